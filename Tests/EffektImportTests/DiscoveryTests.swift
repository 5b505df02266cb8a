import Foundation
import Testing
@testable import EffektImport
import EffektModel

@Suite struct DiscoveryTests {
    func temporaryFolder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("effekt-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir.path
    }

    @Test func namesMatchCaseInsensitivelyInNFCAndNFD() throws {
        let c = T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n"
        for measurements in ["Målinger.CSV", "Ma\u{030A}linger.csv", "MEASUREMENTS.csv", "maalinger.csv"] {
            let folder = try temporaryFolder(["Succeskriterier.csv": c, measurements: T.measurementsHeader + "\r\n"])
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let (sources, problems) = Importer.discover(folder: folder)
            #expect(problems.isEmpty, "\(measurements)")
            #expect(sources?.measurements.hasSuffix(measurements) == true)
            #expect(sources?.projects == nil)
            #expect(Importer.load(try #require(sources)).diagnostics.isEmpty)
        }
    }

    @Test func missingRequiredFilesAreNamed() throws {
        let folder = try temporaryFolder(["projekter.csv": "projekt_id\r\nP1\r\n", "notes.txt": ""])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (sources, problems) = Importer.discover(folder: folder)
        #expect(sources == nil)
        #expect(problems.map(\.code) == [.missingFile, .missingFile])
        #expect(problems[0].message.contains("kriterier.csv") && problems[1].message.contains("maalinger.csv"))
    }

    @Test func folderThatDoesNotExist() {
        let (sources, problems) = Importer.discover(folder: "/nonexistent/effekt")
        #expect(sources == nil)
        #expect(problems.map(\.code) == [.missingFile])
    }

    @Test func directoryFifoAndMissingFileGiveFileErrors() throws {
        let folder = try temporaryFolder(["kriterier.csv": T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/maalinger.csv", withIntermediateDirectories: false)
        #expect(mkfifo(folder + "/projekter.csv", 0o644) == 0)
        let (sources, _) = Importer.discover(folder: folder)
        let d = Importer.load(try #require(sources))      // must not block on the FIFO
        #expect(T.codes(d) == ["missing_file", "missing_file"])
        #expect(d.diagnostics.contains { $0.message.contains("mappe") })
        #expect(d.diagnostics.contains { $0.message.contains("FIFO") })
        let missing = Importer.load(ImportSources(criteria: folder + "/nope.csv", measurements: folder + "/maalinger.csv"))
        #expect(missing.diagnostics.first?.message.contains("findes ikke") == true)
        #expect(!missing.isUsable)
    }
}

/// The optional milestones and events files are found by each of their names (Docs/input-format.md).
@Suite struct PlanDiscoveryTests {
    @Test(arguments: [("delmaal.csv", "haendelser.csv"), ("Delmål.csv", "Hændelser.CSV"), ("Delma\u{030A}l.csv", "hændelser.csv"),
                      ("milestones.csv", "events.csv"), ("DELMAAL.CSV", "EVENTS.csv")])
    func foundByName(milestones: String, events: String) throws {
        let folder = try DiscoveryTests().temporaryFolder([
            "kriterier.csv": T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n", "maalinger.csv": T.measurementsHeader + "\r\n",
            milestones: T.milestonesHeader + "\r\nP1;K1;30-06-2025;28\r\n", events: T.eventsHeader + "\r\nP1;;01-05-2025;Go;nej\r\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (sources, problems) = Importer.discover(folder: folder)
        #expect(problems.isEmpty)
        let s = try #require(sources)
        #expect(s.milestones?.hasSuffix("/" + milestones) == true, "\(s.milestones ?? "nil")")
        #expect(s.events?.hasSuffix("/" + events) == true, "\(s.events ?? "nil")")
        let d = Importer.load(s)
        #expect(d.diagnostics.isEmpty)
        #expect(d.inputs.map(\.kind) == [.criteria, .measurements, .milestones, .events])
        #expect(d.milestones.count == 1 && d.events.count == 1)
    }

    @Test func bothAreOptional() throws {
        let folder = try DiscoveryTests().temporaryFolder([
            "kriterier.csv": T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n", "maalinger.csv": T.measurementsHeader + "\r\n",
            "delmaal.txt": "", "haendelser-gammel.csv": ""])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (sources, problems) = Importer.discover(folder: folder)
        #expect(problems.isEmpty)
        #expect(sources?.milestones == nil && sources?.events == nil)
    }
}
