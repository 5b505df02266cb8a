import Foundation
import Testing
@testable import EffektImport
import EffektModel

@Suite struct FixtureTests {
    @Test func danishExcelSetLoadsCleanly() throws {
        let (sources, problems) = Importer.discover(folder: T.fixture("kommune-da"))
        #expect(problems.isEmpty)
        let s = try #require(sources)
        #expect(s.projects?.hasSuffix("projekter.csv") == true)
        let d = Importer.load(s)
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map { "\($0.location) \($0.code.rawValue) \($0.message)" })")
        #expect(d.inputs.map(\.encoding) == ["windows-1252", "windows-1252", "windows-1252"])
        #expect(d.inputs.allSatisfy { $0.delimiter == ";" && $0.decimal == "," && $0.rejected == 0 && $0.rows == $0.accepted })
        #expect(d.projects.count == 10)
        #expect(d.criteria.count >= 50)
        #expect(Set(d.criteria.map(\.direction)) == Set(Direction.allCases))
        #expect(d.measurements.count == d.inputs[1].rows)
        // Danish letters survive the transcoding, and the CRLF inside a quoted note is kept.
        #expect(d.projects.contains { $0.owner == "Søren Østergaard" && $0.phase == .execution })
        #expect(d.measurements.contains { $0.note?.contains("ny\r\nlovgivning") == true })
        // Periods written as months and quarters resolve to their last day.
        #expect(d.measurements.allSatisfy { $0.date.iso <= "2026-09-30" })
        // Several criteria have enough points for SPC.
        let counts = Dictionary(grouping: d.measurements, by: \.criterion).mapValues(\.count)
        #expect(counts.values.filter { $0 >= 12 }.count >= 10)
    }

    @Test func englishSetLoadsCleanly() throws {
        let (sources, problems) = Importer.discover(folder: T.fixture("english-utf8"), language: .en)
        #expect(problems.isEmpty)
        let d = Importer.load(try #require(sources), options: ImportOptions(language: .en))
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
        #expect(d.inputs.map(\.encoding) == ["utf-8-bom", "utf-8-bom", "utf-8-bom"])
        #expect(d.inputs.allSatisfy { $0.delimiter == "," && $0.decimal == "." })
        #expect(d.projects.map(\.id) == ["DP-1", "DP-2", "DP-3"])
        #expect(d.criteria.count == 10)
    }

    /// Every folder under Fixtures/broken exercises one code, as its expected.txt says.
    @Test(arguments: DiagnosticCode.allCases)
    func brokenFolder(code: DiagnosticCode) throws {
        let folder = T.fixture("broken/" + code.rawValue)
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
        var fields: [String: String] = [:]
        for line in expected.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        #expect(fields["code"] == code.rawValue)
        let (sources, found) = Importer.discover(folder: folder)
        var diagnostics = found
        var exit: Int32 = 65
        if let sources {
            let d = Importer.load(sources)
            diagnostics = d.diagnostics
            exit = !d.isUsable ? 65 : d.rejectedRows > 0 ? 1 : 0
            for input in d.inputs { #expect(input.rows == input.accepted + input.rejected) }
        }
        let diag = try #require(diagnostics.first, "no diagnostic for \(code.rawValue)")
        #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.location) \($0.code.rawValue)" })")
        #expect(diag.code == code)
        #expect(diag.file.hasSuffix("/" + (fields["file"] ?? "?")))
        #expect(diag.line.map(String.init) ?? "-" == fields["line"])
        #expect(String(exit) == fields["exit"])
        #expect(diag.severity == (code.isWarningCode ? .warning : .error))
        #expect(!diag.message.isEmpty)
    }
}

extension DiagnosticCode {
    var isWarningCode: Bool { [.unknownColumn, .duplicateMeasurement, .beforeBaseline, .controlCharacter].contains(self) }
}
