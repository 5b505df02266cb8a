import Foundation
import Testing
@testable import EffektImport
import EffektModel

/// The events file (hændelser, Docs/input-format.md): project-wide and criterion-level events, yes/no in
/// Danish and English words, and every problem at its file, line and column.
@Suite struct EventsTests {
    static let projects = [ "projekt_id;projektnavn", "P1;Digital sagsbehandling", "P3;Uden kriterier endnu"]

    func load(_ rows: [String], projects: [String]? = EventsTests.projects, language: Language = .da) -> Dataset {
        T.loadPlans(projects: projects, events: T.lines([T.eventsHeader] + rows), options: ImportOptions(language: language))
    }

    @Test func criterionAndProjectWideEvents() throws {
        let d = load(["P1;K1;15-03-2026;Ny arbejdsgang;ja", "P1;;02-05-2026;Systemnedbrud;nej", "P3;;01-09-2026;Kick-off;"])
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
        #expect(d.events == [
            ProjectEvent(projectID: "P1", criterionID: "K1", date: Day(iso: "2026-03-15")!, text: "Ny arbejdsgang", recalculate: true, line: 2),
            ProjectEvent(projectID: "P1", criterionID: nil, date: Day(iso: "2026-05-02")!, text: "Systemnedbrud", recalculate: false, line: 3),
            // A project of the projects file without criteria is known; an empty yes/no is no.
            ProjectEvent(projectID: "P3", criterionID: nil, date: Day(iso: "2026-09-01")!, text: "Kick-off", recalculate: false, line: 4),
        ])
        let s = try #require(d.inputs.last)
        #expect(s.kind == .events && s.rows == 3 && s.accepted == 3 && s.rejected == 0)
    }

    @Test(arguments: [("ja", true), ("Ja", true), ("J", true), ("x", true), ("X", true), ("1", true), ("yes", true),
                      ("Y", true), ("true", true), (" JA ", true), ("nej", false), ("Nej", false), ("n", false),
                      ("0", false), ("no", false), ("false", false), ("", false), ("-", false)])
    func yesAndNoWords(word: String, yes: Bool) throws {
        let d = load(["P1;K1;15-03-2026;Ny arbejdsgang;\(word)"])
        #expect(d.diagnostics.isEmpty, "\(word): \(d.diagnostics.map(\.message))")
        #expect(try #require(d.events.first).recalculate == yes)
    }

    @Test func unreadableYesNoNamesTheTextAndTheWords() {
        let d = load(["P1;K1;15-03-2026;Ny arbejdsgang;måske", "P1;K1;16-03-2026;Ny arbejdsgang;2"])
        #expect(T.codes(d) == ["bad_value", "bad_value"])
        #expect(d.diagnostics.map(\.column) == ["recalculate", "recalculate"])
        #expect(d.diagnostics.map(\.line) == [2, 3])
        #expect(d.diagnostics[0].message.contains("\"måske\"") && d.diagnostics[0].message.contains("ja (j, x, 1) eller nej"))
        let en = load(["P1;K1;15-03-2026;New process;maybe"], language: .en)
        #expect(en.diagnostics[0].message.contains("\"maybe\"") && en.diagnostics[0].message.contains("yes (ja, j, x, 1) or no"))
        #expect(d.events.isEmpty && en.events.isEmpty)
    }

    @Test func unknownCriterionAndUnknownProject() {
        // K1 of P1 exists; K2 does not; P2 is in neither file; P9's criterion is unknown too.
        let d = load(["P1;K2;15-03-2026;Ny arbejdsgang;ja", "P2;;15-03-2026;Systemnedbrud;nej", "P9;K1;15-03-2026;X;nej"])
        #expect(T.codes(d) == ["unknown_criterion", "unknown_project", "unknown_criterion"])
        #expect(d.diagnostics.map(\.column) == ["criterion_id", "project_id", "criterion_id"])
        #expect(d.diagnostics.map(\.line) == [2, 3, 4])
        #expect(d.diagnostics[0].message.contains("\"K2\""))
        #expect(d.diagnostics[1].message.contains("\"P2\"") && d.diagnostics[1].message.contains("projekter.csv"))
        // Without a projects file, a project is known through its accepted criteria only.
        let alone = load(["P1;;15-03-2026;Systemnedbrud;nej", "P3;;15-03-2026;Kick-off;nej"], projects: nil, language: .en)
        #expect(T.codes(alone) == ["unknown_project"])
        #expect(alone.diagnostics[0].line == 3 && alone.diagnostics[0].message.contains("no accepted success criteria"))
        #expect(alone.events.map(\.projectID) == ["P1"])
    }

    @Test func eventOfAProjectWhoseRowWasRejected() {
        // P3's row has an unknown phase: P3 is not a project of the run, and the message says why.
        let d = load(["P3;;15-03-2026;Kick-off;nej"], projects: ["projekt_id;fase", "P1;drift", "P3;ukendt"])
        let e = d.diagnostics.filter { $0.file == "haendelser.csv" }
        #expect(e.map(\.code) == [.unknownProject])
        #expect(e.first?.message.contains("blev afvist") == true)
        #expect(d.events.isEmpty)
    }

    @Test func eventOfARejectedCriterionNamesItsLine() {
        let d = T.loadPlans(criteria: [T.criteriaHeader, T.criteriaRow, "P1;K2;Andel;løsning;%;øge;40;01-01-2025;30;31-12-2026;Anne;;1;"],
                            events: T.lines([T.eventsHeader, "P1;K2;15-03-2026;Ny arbejdsgang;ja"]))
        let e = d.diagnostics.filter { $0.file == "haendelser.csv" }
        #expect(e.map(\.code) == [.unknownCriterion])
        #expect(e.first?.message.contains("linje 3") == true)
    }

    @Test func textIsRequiredAndDatesMustBeDays() {
        let d = load(["P1;K1;15-03-2026;;ja", "P1;K1;marts 2026;Ny arbejdsgang;ja", "P1;;;Systemnedbrud;nej", "P1;K1;2026-13-01;X;ja"])
        #expect(T.codes(d) == ["missing_value", "bad_date", "missing_value", "bad_date"])
        #expect(d.diagnostics.map(\.column) == ["text", "date", "date", "date"])
        #expect(d.diagnostics.map(\.line) == [2, 3, 4, 5])
        #expect(d.diagnostics[0].message.contains("\"hændelse\""))
        #expect(d.diagnostics[1].message.contains("\"marts 2026\"") && d.diagnostics[1].message.contains("en hændelse skal have en bestemt dag"))
        #expect(d.diagnostics[1].message.contains("31-03-2026"))
        #expect(d.diagnostics[3].message.contains("\"2026-13-01\" er ikke en gyldig dato"))
        let en = load(["P1;K1;2026-Q1;New process;yes"], language: .en)
        #expect(en.diagnostics[0].message.contains("an event needs a real day"))
        #expect(d.events.isEmpty)
    }

    @Test func controlCharactersInTextAreKeptAndWarnedOnce() {
        let d = load(["P1;K1;15-03-2026;Ny\u{07} arbejdsgang;ja", "P1;;16-03-2026;Ned\u{1B}[2Jbrud;nej"])
        #expect(T.codes(d) == ["control_character"])
        #expect(d.diagnostics[0].severity == .warning && d.diagnostics[0].line == 2 && d.diagnostics[0].column == "text")
        #expect(d.events.map(\.text) == ["Ny\u{07} arbejdsgang", "Ned\u{1B}[2Jbrud"])
        // A NUL makes the field invalid: the row is rejected as an unreadable value.
        let nul = load(["P1;K1;15-03-2026;Ny\u{0} arbejdsgang;ja"])
        #expect(T.codes(nul) == ["bad_value"] && nul.events.isEmpty)
    }

    @Test func quotedTextWithDelimiterAndLineBreak() throws {
        let d = load(["P1;;15-03-2026;\"Nedbrud; \"\"kritisk\"\"\r\nhele dagen\";nej", "P1;K1;16-03-2026;Ny arbejdsgang;ja"])
        #expect(d.diagnostics.isEmpty)
        #expect(d.events.first?.text == "Nedbrud; \"kritisk\"\r\nhele dagen")
        // The second record starts on physical line 4.
        #expect(d.events.map(\.line) == [2, 4])
    }

    @Test func englishHeadersInWindows1252() throws {
        var bytes = Array("Projekt-id;Kriterie-id;Dato;H".utf8) + [0xE6] + Array("ndelse;Genberegn\r\n".utf8)
        bytes += Array("P1;K1;15.03.2026;Ny arbejdsgang p".utf8) + [0xE5] + Array(" kontoret;Ja\r\n".utf8)
        let d = T.loadPlans(projects: Self.projects, events: bytes)
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
        #expect(d.inputs.last?.encoding == "windows-1252")
        #expect(d.events.first?.text == "Ny arbejdsgang på kontoret")
        let english = T.loadPlans(events: Array("project_id,criterion_id,date,text,recalculate\r\nP1,,2026-03-15,Go-live,no\r\n".utf8))
        #expect(english.diagnostics.isEmpty && english.events.count == 1)
    }
}
