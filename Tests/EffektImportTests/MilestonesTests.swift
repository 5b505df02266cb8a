import Foundation
import Testing
@testable import EffektImport
import EffektModel

/// The milestones file (delmål, Docs/input-format.md): every row accepted into `Dataset.milestones` or
/// rejected with its file, line, column and the text found.
@Suite struct MilestonesTests {
    /// K1 decreases 30 → 20 from 01-01-2025 to 31-12-2026; K2 is a threshold (at least 99).
    static let criteria = [T.criteriaHeader, T.criteriaRow,
                           "P1;K2;Oppetid;løsning;%;mindst;98;01-01-2025;99;31-12-2026;Anne;månedlig;1;"]

    func load(_ rows: [String], language: Language = .da) -> Dataset {
        T.loadPlans(criteria: Self.criteria, milestones: T.lines([T.milestonesHeader] + rows),
                    options: ImportOptions(language: language))
    }

    @Test func goodRowsBecomeMilestonesOfTheirCriterion() throws {
        let d = load(["P1;K1;01-02-2026;30", "P1;K1;01-08-2026;24,0", "", ";;;", "P1;K1;31-10-2026;22,5"])
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
        #expect(d.milestones.map(\.criterion) == [0, 0, 0])
        #expect(d.milestones.map(\.date.iso) == ["2026-02-01", "2026-08-01", "2026-10-31"])
        #expect(d.milestones.map(\.value) == [30, 24, 22.5])
        // Blank lines and a row of only delimiters are not rows; lines stay physical.
        #expect(d.milestones.map(\.line) == [2, 3, 6])
        let summary = try #require(d.inputs.last)
        #expect(summary.kind == .milestones && summary.file == "delmaal.csv")
        #expect(summary.rows == 3 && summary.accepted == 3 && summary.rejected == 0)
    }

    @Test func outOfRangeOnEitherEndAndBeyond() {
        // On the baseline date, on the target date, before and after: none strictly inside.
        let d = load(["P1;K1;01-01-2025;30", "P1;K1;31-12-2026;20", "P1;K1;31-12-2024;30", "P1;K1;01-01-2027;19",
                      "P1;K1;02-01-2025;29,9"])
        #expect(T.codes(d) == Array(repeating: "milestone_out_of_range", count: 4))
        #expect(d.diagnostics.map(\.line) == [2, 3, 4, 5])
        #expect(d.diagnostics.allSatisfy { $0.column == "date" && $0.file == "delmaal.csv" && $0.severity == .error })
        #expect(d.diagnostics[0].message.contains("01-01-2025") && d.diagnostics[0].message.contains("31-12-2026"))
        #expect(d.diagnostics[3].message.contains("01-01-2027"))
        #expect(d.diagnostics.allSatisfy { $0.message.contains("vurderes uden dette delmål") })
        #expect(d.milestones.map(\.line) == [6])
        #expect(d.inputs[2].rows == 5 && d.inputs[2].accepted == 1 && d.inputs[2].rejected == 4)
    }

    @Test func thresholdCriterionHasNoMilestones() {
        let d = load(["P1;K2;30-06-2025;98,5"], language: .en)
        #expect(T.codes(d) == ["milestone_on_threshold"])
        #expect(d.diagnostics[0].line == 2 && d.diagnostics[0].column == "criterion_id")
        #expect(d.diagnostics[0].message.contains("\"K2\"") && d.diagnostics[0].message.contains("at_least"))
        #expect(d.diagnostics[0].message.contains("is evaluated without this milestone"))
        #expect(d.milestones.isEmpty)
    }

    @Test func secondMilestoneOnOneDayIsRejectedAndNamesTheFirst() {
        // The same day written two ways; the first row stands.
        let d = load(["P1;K1;30-06-2025;28", "P1;K1;01-02-2026;25", "P1;K1;2025-06-30;27"])
        #expect(T.codes(d) == ["duplicate_milestone"])
        #expect(d.diagnostics[0].line == 4 && d.diagnostics[0].column == "date")
        #expect(d.diagnostics[0].message.contains("linje 2") && d.diagnostics[0].message.contains("30-06-2025"))
        #expect(d.milestones.map(\.value) == [28, 25])
    }

    @Test func unknownAndRejectedCriteria() {
        let criteria = Self.criteria + ["P1;K3;Andel digitale;løsning;%;øge;40;01-01-2025;40;31-12-2026;Anne;;1;"]
        let d = T.loadPlans(criteria: criteria,
                            milestones: T.lines([T.milestonesHeader, "P1;K9;30-06-2025;28", "P2;K1;30-06-2025;28",
                                                 "P1;K3;30-06-2025;50"]))
        // K3 is rejected in the criteria file (target = baseline), on its line 4.
        let rows = d.diagnostics.filter { $0.file == "delmaal.csv" }
        #expect(rows.map(\.code.rawValue) == ["unknown_criterion", "unknown_criterion", "unknown_criterion"])
        #expect(rows.map(\.line) == [2, 3, 4])
        #expect(rows.allSatisfy { $0.column == "criterion_id" })
        #expect(rows[0].message.contains("\"K9\"") && rows[1].message.contains("\"P2\""))
        #expect(rows[2].message.contains("blev afvist") && rows[2].message.contains("linje 4"))
        #expect(d.milestones.isEmpty)
    }

    @Test func aPeriodIsNotAMilestoneDay() {
        for (text, end) in [("2026-06", "30-06-2026"), ("juni 2026", "30-06-2026"), ("2026-Q2", "30-06-2026"), ("2026", "31-12-2026")] {
            let d = load(["P1;K1;\(text);25"])
            #expect(T.codes(d) == ["bad_date"], "\(text)")
            #expect(d.diagnostics.first?.column == "date" && d.diagnostics.first?.line == 2)
            let message = d.diagnostics.first?.message ?? ""
            #expect(message.contains("\"\(text)\"") && message.contains("et delmål skal have en bestemt dag") && message.contains(end),
                    "\(message)")
            #expect(message.contains("vurderes uden dette delmål"))
        }
        let en = load(["P1;K1;Q2 2026;25"], language: .en)
        #expect(en.diagnostics.first?.message.contains("a milestone needs a real day") == true)
        #expect(en.diagnostics.first?.message.contains("2026-06-30") == true)
        // Not a date at all: the ordinary message.
        let bad = load(["P1;K1;31-06-2026;25"])
        #expect(T.codes(bad) == ["bad_date"])
        #expect(bad.diagnostics[0].message.contains("\"31-06-2026\" er ikke en gyldig dato"))
    }

    @Test func missingAndBadFields() {
        let d = load(["P1;K1;30-06-2025;", "P1;;30-06-2025;28", "P1;K1;;28", "P1;K1;30-06-2025;ca. 28"])
        #expect(T.codes(d) == ["missing_value", "missing_value", "missing_value", "bad_number"])
        #expect(d.diagnostics.map(\.column) == ["value", "criterion_id", "date", "value"])
        #expect(d.diagnostics.map(\.line) == [2, 3, 4, 5])
        #expect(d.diagnostics[3].message.contains("\"ca. 28\""))
        // Without a criterion id no criterion can be named as evaluated without the row.
        #expect(!d.diagnostics[1].message.contains("vurderes uden"))
        #expect(d.diagnostics[0].message.contains("vurderes uden dette delmål"))
        #expect(d.inputs[2].rejected == 4 && d.milestones.isEmpty)
    }

    @Test func windows1252WithDecimalCommaAndThousands() throws {
        // "Delmål" in Windows-1252 is 0xE5; 1.330 with decimal commas elsewhere is 1330.
        var bytes = Array("Projekt-id;Kriterie-id;Dato;Delm".utf8) + [0xE5] + Array("l\r\n".utf8)
        bytes += Array("P1;K1;01-02-2026;29,5\r\nP1;K1;01.08.2026;1.330\r\n".utf8)
        let d = T.loadPlans(criteria: Self.criteria, milestones: bytes)
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
        let s = try #require(d.inputs.last)
        #expect(s.encoding == "windows-1252" && s.delimiter == ";" && s.decimal == ",")
        #expect(d.milestones.map(\.value) == [29.5, 1330])
    }

    @Test func utf8WithBOMCommaDelimitedDecimalPoint() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("project_id,criterion_id,date,value\r\nP1,K1,2026-02-01,29.5\r\nP1,K1,2026-08-01,\"24.25\"\r\n".utf8)
        let d = T.loadPlans(criteria: Self.criteria, milestones: bytes)
        #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
        let s = try #require(d.inputs.last)
        #expect(s.encoding == "utf-8-bom" && s.delimiter == "," && s.decimal == ".")
        #expect(d.milestones.map(\.value) == [29.5, 24.25])
    }

    @Test func headersFoldLikeTheOtherFiles() {
        // "Delmål dato" is not a header; "Frist" is the date; "Delmål" the value.
        let d = T.loadPlans(criteria: Self.criteria, milestones: T.lines(["Projekt nr;KRITERIE-ID;Frist;Delmål", "P1;K1;01-02-2026;29"]))
        #expect(d.diagnostics.isEmpty)
        #expect(d.milestones.count == 1)
        let missing = T.loadPlans(criteria: Self.criteria, milestones: T.lines(["projekt_id;kriterie_id;værdi", "P1;K1;29"]))
        #expect(T.codes(missing) == ["missing_column"])
        #expect(missing.diagnostics[0].message.contains("dato (date)"))
        #expect(!missing.isUsable)
    }

    @Test func tooManyFieldsAndAnOpenQuote() {
        let d = load(["P1;K1;01-02-2026;29;se bilag", "P1;K1;01-03-2026;28;", "P1;K1;01-04-2026;\"27"])
        #expect(T.codes(d) == ["too_many_fields", "csv_syntax"])
        #expect(d.diagnostics.map(\.line) == [2, 4])
        #expect(d.milestones.map(\.line) == [3])
        #expect(d.inputs[2].rows == 3 && d.inputs[2].accepted == 1 && d.inputs[2].rejected == 2)
    }

    @Test func aHeaderOnlyFileIsFineAndAnEmptyOneIsNot() {
        let header = T.loadPlans(criteria: Self.criteria, milestones: T.lines([T.milestonesHeader]))
        #expect(header.diagnostics.isEmpty && header.inputs[2].rows == 0)
        let empty = T.loadPlans(criteria: Self.criteria, milestones: [])
        #expect(T.codes(empty) == ["empty_file"] && !empty.isUsable)
    }

    @Test func diagnosticsFollowTheOtherFilesInLineOrder() {
        let d = T.loadPlans(criteria: Self.criteria, measurements: [T.measurementsHeader, "P1;K9;31-03-2025;28;"],
                            milestones: T.lines([T.milestonesHeader + ";kilde", "P1;K1;31-12-2027;20;x", "P1;K1;2026;20;"]))
        #expect(d.diagnostics.map(\.file) == ["maalinger.csv", "delmaal.csv", "delmaal.csv", "delmaal.csv"])
        #expect(d.diagnostics.map(\.line) == [2, 1, 2, 3])
        #expect(T.codes(d) == ["unknown_criterion", "unknown_column", "milestone_out_of_range", "bad_date"])
    }
}

/// Random milestone files against an independent rule: a row is accepted exactly when its
/// criterion exists, is increase/decrease, the day lies strictly inside the window, and no earlier
/// accepted row has the same criterion and day.
@Suite struct MilestonesPropertyTests {
    @Test(arguments: [UInt64(11), 12, 13])
    func acceptedExactlyWhenTheRulesSaySo(seed: UInt64) throws {
        var rng = RoundTripPropertyTests.Rng(state: seed)
        // K1 decrease 01-01-2025 → 31-12-2026, K2 at_least, K3 increase 01-07-2025 → 30-06-2026.
        let criteria = [T.criteriaHeader, T.criteriaRow,
                        "P1;K2;Oppetid;løsning;%;mindst;98;01-01-2025;99;31-12-2026;Anne;månedlig;1;",
                        "P1;K3;Andel;løsning;%;øge;10;01-07-2025;60;30-06-2026;Anne;månedlig;1;"]
        let windows: [String: (Day, Day, Bool)] = [
            "K1": (Day(iso: "2025-01-01")!, Day(iso: "2026-12-31")!, false),
            "K2": (Day(iso: "2025-01-01")!, Day(iso: "2026-12-31")!, true),
            "K3": (Day(iso: "2025-07-01")!, Day(iso: "2026-06-30")!, false)]
        let start = Day(iso: "2024-12-01")!.daysSinceEpoch
        var rows = [T.milestonesHeader], expectedLines: [Int] = [], rejectedLines: [Int] = []
        var taken = Set<String>()
        for i in 0..<400 {
            let k = ["K1", "K2", "K3", "K9"][Int.random(in: 0..<4, using: &rng)]
            // Days from a month before the earliest window to a month after the latest, so that
            // both ends and repeats occur.
            let day = Day(daysSinceEpoch: start + Int.random(in: 0...(790), using: &rng))
            let text = Bool.random(using: &rng) ? day.iso : day.danish
            rows.append("P1;\(k);\(text);\(Int.random(in: 0...100, using: &rng)),5")
            let line = i + 2
            if let (b, t, threshold) = windows[k], !threshold, b < day, day < t, taken.insert("\(k) \(day.iso)").inserted {
                expectedLines.append(line)
            } else {
                rejectedLines.append(line)
            }
        }
        let d = T.loadPlans(criteria: criteria, milestones: T.lines(rows))
        #expect(d.milestones.map(\.line) == expectedLines)
        let errors = d.diagnostics.filter { $0.file == "delmaal.csv" && $0.severity == .error }
        #expect(errors.compactMap(\.line) == rejectedLines)
        #expect(Set(errors.map(\.code)).isSubset(of: [.unknownCriterion, .milestoneOnThreshold, .milestoneOutOfRange, .duplicateMilestone]))
        let s = try #require(d.inputs.last)
        #expect(s.rows == 400 && s.accepted == expectedLines.count && s.rejected == rejectedLines.count)
        #expect(expectedLines.count > 50 && rejectedLines.count > 50)
        #expect(Set(errors.map(\.code)).count == 4, "every rule fired")
    }
}
