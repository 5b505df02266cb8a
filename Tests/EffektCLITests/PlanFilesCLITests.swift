import Foundation
import Testing

/// The milestones (delmål) and events (hændelser) files on the command line: `--milestones` and
/// `--events`, `check` listing them, `init` writing their templates, and no output over them.
@Suite struct PlanFilesCLITests {
    static let kommune = CLI.packageRoot.appendingPathComponent("Fixtures/kommune-da")

    @Test func checkListsTheFoundFilesLikeTheOthers() throws {
        let r = try CLI.run(["check", "Fixtures/kommune-da"])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        #expect(r.stdout.contains("Fixtures/kommune-da/delmaal.csv (delmål): windows-1252, skilletegn ';', decimaltegn ',': 21 rækker, 21 godkendt, 0 afvist"))
        #expect(r.stdout.contains("Fixtures/kommune-da/haendelser.csv (hændelser): windows-1252, skilletegn ';', decimaltegn ',': 7 rækker, 7 godkendt, 0 afvist"))
        #expect(r.stdout.split(separator: "\n").count == 5)
        // The English set has neither file: three lines, as before.
        let en = try CLI.run(["check", "Fixtures/english-utf8", "--lang", "en"])
        #expect(en.status == 0 && en.stdout.split(separator: "\n").count == 3)
        #expect(!en.stdout.contains("milestones") && !en.stdout.contains("events"))
    }

    @Test func namedFilesWithoutAFolder() throws {
        let k = Self.kommune.path
        let r = try CLI.run(["check", "--criteria", k + "/kriterier.csv", "--measurements", k + "/maalinger.csv",
                             "--milestones", k + "/delmaal.csv", "--events", k + "/haendelser.csv", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        #expect(r.stdout.contains("delmaal.csv (milestones): windows-1252, delimiter ';', decimal ',': 21 rows, 21 accepted, 0 rejected"))
        // Without the projects file, the projects of accepted criteria are known to the events.
        #expect(r.stdout.contains("haendelser.csv (events): windows-1252, delimiter ';', decimal ',': 7 rows, 7 accepted, 0 rejected"))
    }

    @Test func aNamedFileReplacesTheOneInTheFolderAndIsReported() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("andre-delmaal.csv")
        try Data("projekt_id;kriterie_id;dato;delmål\r\nP03;K3;01-04-2026;68\r\nP03;K3;01-04-2026;66\r\nP04;K2;01-04-2026;99\r\n".utf8).write(to: plan)
        let r = try CLI.run(["check", "Fixtures/kommune-da", "--milestones", plan.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("andre-delmaal.csv (delmål): utf-8, skilletegn ';', decimaltegn ',': 3 rækker, 1 godkendt, 2 afvist"))
        #expect(!r.stdout.contains("kommune-da/delmaal.csv"))
        #expect(r.stderr.contains("andre-delmaal.csv:3: fejl [duplicate_milestone]"))
        #expect(r.stderr.contains("andre-delmaal.csv:4: fejl [milestone_on_threshold]"))
        #expect(r.stderr.contains("vurderes uden dette delmål"))
        let strict = try CLI.run(["evaluate", "Fixtures/kommune-da", "--milestones", plan.path, "--strict", "-q"])
        #expect(strict.status == 65 && strict.stdout.isEmpty)
    }

    @Test func aMissingNamedFileIsAFileError() throws {
        let r = try CLI.run(["check", "Fixtures/kommune-da", "--events", "/nonexistent/haendelser.csv"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("/nonexistent/haendelser.csv: fejl [missing_file]"))
    }

    @Test func evaluateListsTheNewInputsInTheJSON() throws {
        struct Input: Decodable { var file: String; var kind: String; var rows: Int; var accepted: Int; var rejected: Int }
        struct Output: Decodable { var inputs: [Input] }
        let r = try CLI.run(["evaluate", "Fixtures/kommune-da", "-q"])
        #expect(r.status == 0)
        let out = try JSONDecoder().decode(Output.self, from: Data(r.stdout.utf8))
        #expect(out.inputs.map(\.kind) == ["criteria", "measurements", "projects", "milestones", "events"])
        #expect(out.inputs[3].rows == 21 && out.inputs[4].rows == 7)
    }

    @Test(arguments: ["evaluate", "dashboard", "check"])
    func outputOverAMilestonesOrEventsFileIsRefused(_ command: String) throws {
        guard command != "check" else { return } // check writes nothing
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Self.kommune, to: data)
        let plan = folder.appendingPathComponent("plan.csv"), events = folder.appendingPathComponent("log.csv")
        try FileManager.default.copyItem(at: data.appendingPathComponent("delmaal.csv"), to: plan)
        try FileManager.default.copyItem(at: data.appendingPathComponent("haendelser.csv"), to: events)
        let before = try [plan, events, data.appendingPathComponent("delmaal.csv"), data.appendingPathComponent("haendelser.csv")].map { try Data(contentsOf: $0) }
        let files = ["--criteria", data.appendingPathComponent("kriterier.csv").path,
                     "--measurements", data.appendingPathComponent("maalinger.csv").path,
                     "--milestones", plan.path, "--events", events.path]
        for (input, output) in [(files, plan.path), (files, events.path), ([data.path], data.path + "/delmaal.csv"),
                                ([data.path], data.path + "/haendelser.csv"), ([data.path, "--events", events.path], events.path)] {
            let r = try CLI.run([command] + input + ["-q", "-o", output])
            #expect(r.status == 64, "\(command) -o \(output): exit \(r.status): \(r.stderr.prefix(300))")
        }
        let after = try [plan, events, data.appendingPathComponent("delmaal.csv"), data.appendingPathComponent("haendelser.csv")].map { try Data(contentsOf: $0) }
        #expect(after == before)
    }

    @Test func initWritesMilestonesAndEventsTemplates() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["init", folder.path]).status == 0)
        for (name, header) in [("delmaal.csv", "projekt_id;kriterie_id;dato;delmål"),
                               ("haendelser.csv", "projekt_id;kriterie_id;dato;hændelse;genberegn")] {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
            #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == header + "\r\n", "\(name)")
        }
        // Empty, only the criteria file is a problem (no_rows); the guide's example rows are valid input.
        let r = try CLI.run(["check", folder.path])
        #expect(r.status == 65)
        #expect(!r.stderr.contains("delmaal.csv") && !r.stderr.contains("haendelser.csv"), "\(r.stderr)")
        let guide = try String(contentsOf: folder.appendingPathComponent("LAES-MIG.txt"), encoding: .utf8)
        func example(after marker: String, lines: Int) -> [String] {
            let all = guide.components(separatedBy: "\n")
            guard let i = all.firstIndex(where: { $0.hasPrefix(marker) }) else { return [] }
            return Array(all[(i + 1)...].drop { !$0.hasPrefix("P01;") }.prefix(lines))
        }
        func append(_ name: String, _ rows: [String]) throws {
            let url = folder.appendingPathComponent(name)
            try (Data(contentsOf: url) + Data((rows.joined(separator: "\r\n") + "\r\n").utf8)).write(to: url)
        }
        try append("kriterier.csv", example(after: "Eksempel, kriterier.csv", lines: 1))
        try append("maalinger.csv", example(after: "Eksempel, maalinger.csv", lines: 1))
        try append("projekter.csv", example(after: "Eksempel, projekter.csv", lines: 1))
        try append("delmaal.csv", example(after: "Eksempel, delmaal.csv", lines: 2))
        try append("haendelser.csv", example(after: "Eksempel, haendelser.csv", lines: 2))
        let filled = try CLI.run(["check", folder.path])
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(filled.stdout.contains("delmaal.csv (delmål): utf-8-bom, skilletegn ';', decimaltegn ',': 2 rækker, 2 godkendt"))
        #expect(filled.stdout.contains("haendelser.csv (hændelser): utf-8-bom, skilletegn ';', decimaltegn ',': 2 rækker, 2 godkendt"))
        // English templates: English names and headers.
        let en = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: en) }
        #expect(try CLI.run(["init", en.path, "--lang", "en"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: en.path).sorted()
        #expect(names == ["README.txt", "criteria.csv", "events.csv", "measurements.csv", "milestones.csv", "projects.csv"])
    }
}
