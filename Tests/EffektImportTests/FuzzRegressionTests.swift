import Foundation
import Testing
import EffektImport
import EffektModel

/// Inputs that made a fuzz target (Fuzz/, `make fuzz`) fail, fed to the importer the way that
/// target feeds them, with the invariants it checks. Each file in Fuzz/regressions/<target>/ is one
/// case; the first byte is the target's mode byte (see Fuzz/Sources/FuzzImport/main.swift).
@Suite struct FuzzRegressionTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Fuzz/regressions/FuzzImport")
    }()

    static let cases: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }()

    static let criteria = Array("""
    project_id,criterion_id,name,category,unit,direction,baseline,baseline_date,target,target_date,owner,frequency,weight,value_per_unit
    P1,C1,Share online,solution,%,increase,55,2025-01-01,90,2026-12-31,Sarah,monthly,1,

    """.utf8)
    static let measurements = Array("project_id,criterion_id,date,value,note\nP1,C1,2025-01-31,56.5,\n".utf8)
    static let projects = Array("project_id,name,owner,area,phase,go_live\nP1,Digital permits,Sarah,Planning,execution,2025-09-01\n".utf8)

    @Test func thereAreCases() { #expect(!Self.cases.isEmpty) }

    @Test(arguments: cases)
    func regression(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent(name)))
        let mode = try #require(bytes.first)
        let rest = Array(bytes.dropFirst())
        var c = Self.criteria, m = Self.measurements
        var p: [UInt8]? = Self.projects
        switch mode % 4 {
        case 0: c = rest
        case 1: m = rest
        case 2: p = rest
        default:
            let parts = rest.split(separator: 0x1E, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
            c = parts[0]; m = parts.count > 1 ? parts[1] : []; p = parts.count > 2 ? parts[2] : nil
        }
        let decimal: DecimalMark? = [nil, .comma, .point][Int((mode >> 2) % 3)]
        let data = Importer.load(criteria: NamedBytes(name: "criteria.csv", bytes: c),
                                 measurements: NamedBytes(name: "measurements.csv", bytes: m),
                                 projects: p.map { NamedBytes(name: "projects.csv", bytes: $0) },
                                 options: ImportOptions(decimal: decimal, language: mode & 0x10 == 0 ? .da : .en))
        for input in data.inputs {
            #expect(input.rows == input.accepted + input.rejected)
        }
        // Messages quote at most 20 items of at most 60 characters each: well under 8 KB.
        for d in data.diagnostics {
            #expect(d.message.utf8.count < 8_192, "\(d.code): a \(d.message.utf8.count)-byte message")
        }
        if name == "missing-column-long-header-list.bin" {
            let message = data.diagnostics.first { $0.code == .missingColumn }?.message ?? ""
            #expect(message.utf8.count < 1_000, "\(message.utf8.count) bytes (4,421 before the list was capped)")
        }
    }

    /// The case behind missing-column-long-header-list: a header of 100,000 unknown columns gave a
    /// 1.6 MB `missing_column` message listing every one of them.
    @Test func missingColumnListsAtMostTwentyHeaders() {
        let header = (0..<100_000).map { "kolonne\($0)" }.joined(separator: ";")
        let data = Importer.load(criteria: NamedBytes(name: "kriterier.csv", bytes: Array((header + "\r\nP1;K1\r\n").utf8)),
                                 measurements: NamedBytes(name: "maalinger.csv", bytes: Array("projekt_id;kriterie_id;dato;værdi\r\n".utf8)))
        let message = data.diagnostics.first { $0.code == .missingColumn }?.message ?? ""
        #expect(message.contains("\"kolonne19\""))
        #expect(!message.contains("\"kolonne20\""))
        #expect(message.contains("99980"))
        #expect(message.utf8.count < 2_000, "\(message.utf8.count) bytes")
    }

    /// Bidi overrides in an offending text are not echoed into messages (they go to a terminal).
    @Test func messagesCarryNoBidiOverrides() {
        let data = Importer.load(criteria: NamedBytes(name: "kriterier.csv", bytes: Array("""
            projekt_id;kriterie_id;succeskriterium;retning;nulpunkt;nulpunkt_dato;målværdi;måldato
            P1;K1;Tid;reducere;4\u{202E}0;01-01-2025;30;31-12-2026

            """.utf8)), measurements: NamedBytes(name: "maalinger.csv", bytes: Array("projekt_id;kriterie_id;dato;værdi\n".utf8)))
        let message = data.diagnostics.first { $0.code == .badNumber }?.message ?? ""
        #expect(message.contains("\"40\""), "\(message)")
        #expect(!message.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    }
}
