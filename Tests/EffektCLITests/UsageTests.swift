import Foundation
import Testing

/// Exit statuses (README, "Exit status") for usage problems, and the `init` templates.
@Suite struct UsageTests {
    @Test func noInputIsAUsageError() throws {
        let r = try CLI.run(["evaluate"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--criteria"))
    }

    @Test func badAsOfDateIsAUsageError() throws {
        let r = try CLI.run(["evaluate", "Fixtures/kommune-da", "--as-of", "31-02-2026"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("YYYY-MM-DD"))
    }

    @Test func badQuarterIsAUsageError() throws {
        let r = try CLI.run(["evaluate", "Fixtures/kommune-da", "--quarter", "2026Q5"])
        #expect(r.status == 64)
    }

    @Test func missingFolderIsUnusableInput() throws {
        let r = try CLI.run(["check", "/nonexistent/effekt-folder"])
        #expect(r.status == 65)
    }

    @Test func outputOverAnInputIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(["init", folder.path])
        let criteria = folder.appendingPathComponent("kriterier.csv")
        let before = try Data(contentsOf: criteria)
        let r = try CLI.run(["evaluate", folder.path, "-o", criteria.path])
        #expect(r.status == 64)
        #expect(try Data(contentsOf: criteria) == before)
    }

    @Test func initWritesDanishTemplatesAndNeverOverwrites() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(["init", folder.path])
        #expect(first.status == 0)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("kriterier.csv"))
        // Excel needs the UTF-8 BOM (EF BB BF) to show æøå right.
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let criteria = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(criteria.hasPrefix("projekt_id;kriterie_id;succeskriterium;"))
        #expect(criteria.hasSuffix("\r\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["LAES-MIG.txt", "delmaal.csv", "haendelser.csv", "kriterier.csv", "maalinger.csv", "projekter.csv"])
        let second = try CLI.run(["init", folder.path])
        #expect(second.status == 64)
        #expect(second.stderr.contains("findes allerede"))
    }

    @Test func settingsFileWithUnknownKeyNamesItsLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(["init", folder.path])
        try "alpha = 0.1\nbogus = 3\n".write(to: folder.appendingPathComponent("effekt.toml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["evaluate", folder.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("effekt.toml:2"))
        #expect(r.stderr.contains("bogus"))
    }
}
