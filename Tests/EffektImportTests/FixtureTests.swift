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
        #expect(d.inputs.map(\.encoding) == ["windows-1252", "windows-1252", "windows-1252", "windows-1252", "windows-1252"])
        #expect(d.inputs.map(\.kind) == [.criteria, .measurements, .projects, .milestones, .events])
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
        // The plans and events as make-fixtures.py writes them (21 milestones of 8 criteria, 7 events).
        #expect(d.milestones.count == 21 && d.inputs[3].rows == 21)
        #expect(Set(d.milestones.map(\.criterion)).count == 8)
        #expect(d.events.count == 7 && d.events.filter(\.recalculate).count == 2)
        #expect(d.events.contains { $0.projectID == "P02" && $0.criterionID == nil && $0.text.hasPrefix("Systemnedbrud") })
        // A Windows-1252 `1.330` in a file with decimal commas is 1330, `3,3` is 3.3.
        #expect(d.milestones.contains { $0.value == 1330 } && d.milestones.contains { $0.value == 3.3 })
        for m in d.milestones {
            let c = d.criteria[m.criterion]
            #expect(c.baselineDate < m.date && m.date < c.targetDate && !c.direction.isThreshold)
        }
        // Two recalculations split a criterion with 33 monthly measurements so that both
        // segments have at least 12 points: (baseline + points before the event, points after).
        for event in d.events where event.recalculate {
            let ci = try #require(d.criteria.firstIndex { $0.projectID == event.projectID && $0.id == event.criterionID })
            let days = [d.criteria[ci].baselineDate] + d.measurements.filter { $0.criterion == ci }.map(\.date).sorted()
            let before = days.filter { $0 < event.date }.count
            #expect(before >= 12 && days.count - before >= 12, "\(event.projectID) \(event.criterionID ?? ""): \(before) + \(days.count - before)")
        }
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

    /// Every code has a folder under Fixtures/broken that exercises it, as its expected.txt says.
    @Test(arguments: DiagnosticCode.allCases)
    func brokenFolder(code: DiagnosticCode) throws {
        try checkBroken(code.rawValue)
    }

    /// Further cases of a code, in the milestones and events files (`<code>-<what>`).
    @Test(arguments: ((try? FileManager.default.contentsOfDirectory(atPath: T.fixture("broken"))) ?? []).filter { $0.contains("-") }.sorted())
    func brokenVariant(name: String) throws {
        try checkBroken(name)
    }

    @Test func everyNewFileHasBrokenCases() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: T.fixture("broken"))
        #expect(names.filter { $0.contains("-delmaal") }.count >= 4)
        #expect(names.filter { $0.contains("-haendelser") }.count >= 6)
    }

    private func checkBroken(_ name: String) throws {
        let folder = T.fixture("broken/" + name)
        let code = try #require(DiagnosticCode(rawValue: String(name.prefix { $0 != "-" })))
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
