import Testing
@testable import EffektImport
import EffektModel

@Suite struct ValidationTests {
    let h = T.criteriaHeader
    let row = T.criteriaRow
    let mh = T.measurementsHeader

    /// The criteria row with one field (by header position) replaced.
    func row(_ column: Int, _ value: String) -> String {
        var f = row.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        f[column] = value
        return f.joined(separator: ";")
    }

    @Test func goodRowIsAcceptedWithEveryField() throws {
        let d = T.load(criteria: [h, row], measurements: [mh, "P1;K1;31-03-2025;28,5;første måling", "P1;K1;2025-Q2;27"])
        #expect(d.diagnostics.isEmpty)
        let c = try #require(d.criteria.first)
        #expect(c.projectID == "P1" && c.id == "K1" && c.name == "Sagsbehandlingstid")
        #expect(c.category == .benefit && c.direction == .decrease && c.unit == "dage" && c.owner == "Anne")
        #expect(c.baseline == 30 && c.target == 20 && c.valuePerUnit == 450 && c.weight == 1 && c.frequency == .quarterly)
        #expect(c.baselineDate.iso == "2025-01-01" && c.targetDate.iso == "2026-12-31" && c.line == 2)
        #expect(d.measurements.map(\.value) == [28.5, 27])
        #expect(d.measurements.map(\.date.iso) == ["2025-03-31", "2025-06-30"])
        #expect(d.measurements.first?.note == "første måling")
        #expect(d.projects.map(\.id) == ["P1"])
        #expect(d.inputs.map(\.rows) == [1, 2])
        #expect(d.inputs.first?.delimiter == ";" && d.inputs.first?.decimal == ",")
    }

    @Test func defaultsAndDirectionFromSign() throws {
        let d = T.load(criteria: ["project_id;criterion_id;name;baseline;baseline_date;target;target_date",
                                  "P1;K1;Uptime;90;2025-01-01;95;2026-01-01", "P1;K2;Fejl;9;2025-01-01;5;2026-01-01"])
        #expect(d.diagnostics.isEmpty)
        #expect(d.criteria.map(\.direction) == [.increase, .decrease])
        #expect(d.criteria.allSatisfy { $0.category == .benefit && $0.frequency == .quarterly && $0.weight == 1 && $0.valuePerUnit == nil })
    }

    @Test func thresholdMayEqualBaseline() {
        let d = T.load(criteria: [h, row(5, "mindst").replacingOccurrences(of: ";20;", with: ";30;")])
        #expect(d.diagnostics.isEmpty)
        #expect(d.criteria.first?.direction == .atLeast)
    }

    @Test(arguments: [
        (0, "", "missing_value", "project_id"), (2, " ", "missing_value", "name"), (6, "12,3,4", "bad_number", "baseline"),
        (7, "31-02-2025", "bad_date", "baseline_date"), (3, "økonomi", "bad_value", "category"), (5, "sidelæns", "bad_value", "direction"),
        (11, "dagligt", "bad_value", "frequency"), (12, "0", "weight_not_positive", "weight"), (12, "-1", "weight_not_positive", "weight"),
        (9, "01-01-2025", "target_date_not_after_baseline", "target_date"), (8, "30", "target_equals_baseline", "target"),
        (5, "øge", "direction_contradicts_target", "direction"), (13, "1e5", "bad_number", "value_per_unit"),
    ])
    func criteriaRowErrors(column: Int, value: String, code: String, field: String) throws {
        let d = T.load(criteria: [h, row, row(column, value).replacingOccurrences(of: ";K1;", with: ";K2;")])
        let diag = try #require(d.diagnostics.first)
        #expect(diag.code.rawValue == code)
        #expect(diag.column == field)
        #expect(diag.line == 3)
        #expect(diag.severity == .error)
        #expect(d.criteria.count == 1)
        #expect(d.inputs[0].rows == 2 && d.inputs[0].accepted == 1 && d.inputs[0].rejected == 1)
    }

    @Test func badNumberMessageNamesTheText() throws {
        let d = T.load(criteria: [h, row(6, "12,3,4")])
        let m = try #require(d.diagnostics.first?.message)
        #expect(m.contains("\"12,3,4\""))
        #expect(m.contains("nulpunkt"))
        let en = T.load(criteria: [h, row(6, "12,3,4")], options: ImportOptions(language: .en))
        #expect(en.diagnostics.first?.message.contains("is not a number") == true)
    }

    @Test func everyDistinctProblemIsReportedButTheRowCountsOnce() {
        let bad = row(6, "x").replacingOccurrences(of: "01-01-2025", with: "99-99-2025").replacingOccurrences(of: "kvartalsvis", with: "ofte")
        let d = T.load(criteria: [h, row, bad.replacingOccurrences(of: ";K1;", with: ";K2;")])
        #expect(Set(T.codes(d)) == ["bad_number", "bad_date", "bad_value"])
        #expect(d.inputs[0].rejected == 1 && d.inputs[0].rows == 2)
    }

    @Test func duplicateCriterionRejectsTheLaterRow() {
        let d = T.load(criteria: [h, row, row])
        #expect(T.codes(d) == ["duplicate_criterion"])
        #expect(d.diagnostics.first?.line == 3)
        #expect(d.criteria.count == 1)
    }

    @Test func sameCriterionIdInTwoProjectsIsFine() {
        let d = T.load(criteria: [h, row, row.replacingOccurrences(of: "P1;", with: "P2;")])
        #expect(d.diagnostics.isEmpty)
        #expect(d.projects.map(\.id) == ["P1", "P2"])
    }

    @Test func unknownProjectOnlyWithProjectsFile() {
        let projects = ["projekt_id;projektnavn;projektejer;forvaltning;fase;idriftsættelse", "P2;Noget;Ib;Teknik;drift;01-02-2025"]
        let d = T.load(criteria: [h, row], projects: projects)
        #expect(T.codes(d) == ["unknown_project"])
        #expect(d.diagnostics.first?.column == "project_id")
        #expect(T.load(criteria: [h, row]).diagnostics.isEmpty)
    }

    @Test func projectsFileRowsAndDuplicates() throws {
        let projects = ["projekt_id;projektnavn;projektejer;forvaltning;fase;idriftsættelse",
                        "P1;Digital pladsanvisning;Ib;Børn og Unge;Overdragelse til drift;01-02-2025",
                        "P1;Igen;;;;", "P3;Tom;;;sjov;", "P4;;;;;31-31-2025"]
        let d = T.load(criteria: [h, row], projects: projects)
        #expect(T.codes(d) == ["duplicate_project", "bad_value", "bad_date"])
        #expect(d.diagnostics.map(\.line) == [3, 4, 5])
        let p = try #require(d.projects.first)
        #expect(p.name == "Digital pladsanvisning" && p.phase == .handover && p.goLive?.iso == "2025-02-01" && p.area == "Børn og Unge")
        #expect(d.inputs.map(\.kind) == [.criteria, .measurements, .projects])
        #expect(d.inputs[2].rows == 4 && d.inputs[2].accepted == 1 && d.inputs[2].rejected == 3)
    }

    @Test func projectsKnownOnlyFromCriteriaAreAppended() {
        let projects = ["projekt_id;projektnavn", "P9;Uden kriterier"]
        let d = T.load(criteria: [h, row.replacingOccurrences(of: "P1;", with: "P9;")], projects: projects)
        #expect(d.projects.map(\.id) == ["P9"])
        let d2 = T.load(criteria: [h, row, row.replacingOccurrences(of: "P1;", with: "P0;")])
        #expect(d2.projects.map(\.id) == ["P1", "P0"])
    }

    @Test func measurementErrorsAndWarnings() {
        let d = T.load(criteria: [h, row, row(6, "x").replacingOccurrences(of: ";K1;", with: ";K9;")], measurements: [
            mh,
            "P1;K1;31-03-2025;28",          // 2 ok
            "P1;K2;31-03-2025;28",          // 3 unknown_criterion
            "P1;K9;31-03-2025;28",          // 4 unknown_criterion (rejected criterion)
            "P1;K1;marts 2025;27",          // 5 duplicate_measurement (same day after period resolution)
            "P1;K1;31-12-2024;31",          // 6 before_baseline
            "P1;K1;;31",                    // 7 missing_value
            "P1;K1;2025-06-30;85 pct.",     // 8 bad_number
            "P1;K1;30-06-2025;5;note;extra", // 9 too_many_fields
            "P1;K1;30-06-2025;5;;;;",        // 10 trailing empty fields are fine
        ])
        #expect(T.codes(d) == ["bad_number", "unknown_criterion", "unknown_criterion", "duplicate_measurement", "before_baseline",
                               "missing_value", "bad_number", "too_many_fields"])
        #expect(d.diagnostics.map(\.line) == [3, 3, 4, 5, 6, 7, 8, 9])
        #expect(d.diagnostics[2].message.contains("afvist"))
        // Docs/input-format.md: the message quotes the offending text; 6 fields up to the last filled one.
        #expect(d.diagnostics[7].message.contains("\"extra\"") && d.diagnostics[7].message.contains("6 felter"))
        let m = d.inputs[1]
        #expect(m.rows == 9 && m.accepted == 4 && m.rejected == 5 && m.rows == m.accepted + m.rejected)
        #expect(d.measurements.map(\.line) == [2, 5, 6, 10])     // both duplicates kept, file order
        #expect(d.measurements.allSatisfy { $0.criterion == 0 })
    }

    @Test func duplicateMeasurementsFoundOutOfOrder() {
        let d = T.load(criteria: [h, row, row.replacingOccurrences(of: ";K1;", with: ";K2;")], measurements: [
            mh, "P1;K1;2025-06-30;1", "P1;K2;2025-06-30;1", "P1;K1;2025-03-31;1", "P1;K2;2025-09-30;1", "P1;K1;2025-06-30;2",
        ])
        #expect(T.codes(d) == ["duplicate_measurement"])
        #expect(d.diagnostics.first?.line == 6)
        #expect(d.diagnostics.first?.message.contains("linje 2") == true)
    }

    @Test func fileErrors() {
        #expect(T.codes(T.load(criteria: [""])).contains("empty_file"))
        #expect(T.codes(T.load(criteria: [";;;", "", ";;"])) == ["empty_file"])
        #expect(T.codes(T.load(criteria: [h])) == ["no_rows"])
        #expect(T.load(criteria: [h, row], measurements: [mh]).diagnostics.isEmpty)   // measurements may be header-only
        let missing = T.load(criteria: ["projekt;navn;baseline", "P1;x;1"])
        #expect(T.codes(missing) == ["missing_column"])
        let msg = missing.diagnostics.first?.message ?? ""
        for name in ["kriterie_id", "nulpunkt_dato", "målværdi", "måldato", "\"projekt\"", "\"baseline\""] { #expect(msg.contains(name)) }
        #expect(!missing.isUsable)
    }

    @Test func unknownColumnsOneWarningNamingAll() {
        let d = T.load(criteria: [h + ";Budget;Noter", row + ";1;2"])
        #expect(T.codes(d) == ["unknown_column"])
        #expect(d.diagnostics.first?.message.contains("\"Budget\"") == true && d.diagnostics.first?.message.contains("\"Noter\"") == true)
        #expect(d.diagnostics.first?.line == 1 && d.diagnostics.first?.severity == .warning)
        #expect(d.criteria.count == 1)
    }

    @Test func csvSyntaxRejectsOnlyTheOpenRecord() {
        let d = T.load(criteria: [h, row], measurements: [mh, "P1;K1;31-03-2025;28", "P1;K1;30-06-2025;27;\"åben note", "P1;K1;30-09-2025;26"])
        #expect(T.codes(d) == ["csv_syntax"])
        #expect(d.diagnostics.first?.line == 3)
        #expect(d.diagnostics.first?.message.contains("til linje 4") == true)   // the swallowed row was line 4
        #expect(d.measurements.count == 1)
        #expect(d.inputs[1].rows == 2 && d.inputs[1].rejected == 1)
    }

    @Test func nulAndControlCharacters() {
        let d = T.load(criteria: [h, row], measurements: [mh, "P1;K1;31-03-2025;2\u{0}8", "P1;K1;30-06-2025;27;bad\u{7}note",
                                                          "P1;K1;30-09-2025;26;more\u{1}", "P1\u{0};K1;31-12-2025;26"])
        #expect(T.codes(d) == ["bad_number", "control_character", "bad_value"])
        #expect(d.diagnostics.map(\.column) == ["value", "note", "project_id"])
        #expect(d.measurements.count == 2)
        #expect(d.measurements.first?.note == "bad\u{7}note")        // kept in the data
        #expect(!d.diagnostics.contains { $0.message.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func rowsOfDelimitersAndBlankLinesAreNotCounted() {
        let d = T.load(criteria: [h, "", row, ";;;;;;;;;;;;;", "  ;  ;", ""], measurements: [mh, "", "P1;K1;31-03-2025;28", ";;;;"])
        #expect(d.diagnostics.isEmpty)
        #expect(d.inputs.map(\.rows) == [1, 1])
        #expect(d.criteria.first?.line == 3)
    }

    @Test func decimalDetectionPerFileAndOverride() {
        let c = ["project_id,criterion_id,name,baseline,baseline_date,target,target_date,value_per_unit",
                 "P1,K1,\"Tid, i dage\",30.5,2025-01-01,20,2026-01-01,\"1,450\""]
        let m = ["project_id,criterion_id,date,value", "P1,K1,2025-03-31,28.25"]
        let d = T.load(criteria: c, measurements: m)
        #expect(d.diagnostics.isEmpty)
        #expect(d.criteria.first?.baseline == 30.5 && d.criteria.first?.valuePerUnit == 1450)
        #expect(d.inputs.map(\.decimal) == [".", "."] && d.inputs.map(\.delimiter) == [",", ","])
        // A `;`-file written with decimal points is read with points.
        let semi = T.load(criteria: [h, row(6, "30.5")], measurements: [mh, "P1;K1;31-03-2025;28.25"])
        #expect(semi.inputs.map(\.decimal) == [".", "."])
        #expect(semi.criteria.first?.baseline == 30.5 && semi.measurements.first?.value == 28.25)
        // `--decimal ,` forces comma: 30.5 is then not a number.
        let forced = T.load(criteria: [h, row(6, "30.5")], options: ImportOptions(decimal: .comma))
        #expect(T.codes(forced) == ["bad_number"])
    }

    @Test func criteriaFileErrorStillChecksMeasurementsOwnProblems() {
        let d = T.load(criteria: ["x;y"], measurements: [mh, "P1;K1;31-03-2025;abc"])
        #expect(T.codes(d) == ["missing_column", "bad_number"])
        #expect(d.measurements.isEmpty && d.criteria.isEmpty)
    }
}

@Suite struct MultiLineTests {
    @Test func quotedNoteWithDelimiterAndLineBreakKeepsLaterLineNumbers() throws {
        let d = T.load(criteria: [T.criteriaHeader, T.criteriaRow], measurements: [
            T.measurementsHeader,
            "P1;K1;31-03-2025;28;\"Ny opgørelse; se bilag\r\nfra fagsystemet\"",
            "P1;K1;30-06-2025;x;",
        ])
        #expect(d.measurements.first?.note == "Ny opgørelse; se bilag\r\nfra fagsystemet")
        let problem = try #require(d.diagnostics.first)
        #expect(problem.code == .badNumber)
        #expect(problem.line == 4)      // the two-line note occupies lines 2 and 3
        #expect(d.inputs[1].rows == 2)
    }

    @Test func messagesFollowTheLanguage() {
        for code in ["bad_date", "duplicate_criterion", "unknown_criterion"] {
            let folder = T.fixture("broken/" + code)
            guard let sources = Importer.discover(folder: folder).0 else { Issue.record("no sources for \(code)"); continue }
            let da = Importer.load(sources).diagnostics.first?.message ?? ""
            let en = Importer.load(sources, options: ImportOptions(language: .en)).diagnostics.first?.message ?? ""
            #expect(!da.isEmpty && !en.isEmpty && da != en)
        }
    }
}

@Suite struct DuplicateMeasurementTests {
    @Test func duplicatesFarFromTheBaselineAndTripleEntries() {
        let d = T.load(criteria: [T.criteriaHeader, T.criteriaRow], measurements: [
            T.measurementsHeader,
            "P1;K1;31-03-2206;1", "P1;K1;30-06-2025;2", "P1;K1;31-03-2206;3", "P1;K1;2025-Q2;4", "P1;K1;30-06-2025;5",
        ])
        #expect(T.codes(d) == ["duplicate_measurement", "duplicate_measurement", "duplicate_measurement"])
        #expect(d.diagnostics.map(\.line) == [4, 5, 6])
        #expect(d.diagnostics.map { $0.message.contains("linje 2") } == [true, false, false])
        #expect(d.diagnostics[1].message.contains("linje 3") && d.diagnostics[2].message.contains("linje 5"))
        #expect(d.measurements.count == 5)
    }
}

@Suite struct ControlCharacterTests {
    @Test func controlCharacterInANumberIsABadNumberNotAWarning() {
        let d = T.load(criteria: [T.criteriaHeader, T.criteriaRow], measurements: [T.measurementsHeader, "P1;K1;31-03-2025;2\u{7}8"])
        #expect(T.codes(d) == ["bad_number"])
    }

    @Test func warnedOncePerFileAtTheFirstOccurrence() {
        let d = T.load(criteria: [T.criteriaHeader, T.criteriaRow.replacingOccurrences(of: "Anne", with: "An\u{1B}ne")],
                       measurements: [T.measurementsHeader, "P1;K1;31-03-2025;28;a\u{1}", "P1;K1;30-06-2025;27;b\u{1}"])
        #expect(T.codes(d) == ["control_character", "control_character"])
        #expect(d.diagnostics.map(\.file) == ["kriterier.csv", "maalinger.csv"])
        #expect(d.diagnostics.map(\.line) == [2, 2])
        #expect(d.criteria.first?.owner == "An\u{1B}ne")
    }
}
