import EffektModel
import EffektEvaluation
import Foundation
import Testing
@testable import EffektText

/// The phrases issues 12–14 add to the dashboard, compare and memo, in Danish and English, from
/// hand-built evaluations whose figures are worked out in the comments.
@Suite struct BenefitLineTests {
    /// One criterion: 42 → 28 days from 01-01-2025 to 30-06-2027 (910 days), 12.500 kr. per day,
    /// latest 30 at 30-09-2026 (637 days in): realised (42 − 30)·12.500 = 150.000; expected
    /// 637/910 = 0,7 → 0,7·14·12.500 = 122.500 (the builder's straight line); planned 14·12.500 = 175.000.
    static func evaluation() -> Evaluation {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        b.project("P1", name: "Byggesager", owner: "Mette", goLive: "2025-09-01", history: [0.5, nil], criteria: [
            .init(id: "K1", name: "Sagsbehandlingstid", unit: "dage", direction: .decrease, baseline: 42,
                  baselineDate: "2025-01-01", target: 28, targetDate: "2027-06-30", owner: "Jens", valuePerUnit: 12_500,
                  values: [("2026-09-30", 30)]),
        ])
        return b.build()
    }

    static let danish = "realiseret 150.000 kr. af 122.500 kr. forventet nu (175.000 kr. i alt)"
    static let english = "realised DKK 150,000 of DKK 122,500 expected by now (DKK 175,000 in total)"

    @Test func figuresAreTheHandComputedOnes() throws {
        let r = Self.evaluation().portfolio
        #expect(r.realizedValue == 150_000)
        #expect(abs((r.expectedValue ?? 0) - 122_500) < 1e-6)
        #expect(r.plannedValue == 175_000)
    }

    @Test(arguments: [(Language.da, BenefitLineTests.danish), (Language.en, BenefitLineTests.english)])
    func everywhere(language: Language, line: String) throws {
        let e = Self.evaluation()
        let outputs = [
            Dashboard.render(e, options: DashboardOptions(language: language, width: 120)),
            Dashboard.render(e, options: DashboardOptions(language: language, format: .markdown)),
            Dashboard.render(e, options: DashboardOptions(language: language, width: 120, project: "P1")),
            Dashboard.render(e, options: DashboardOptions(language: language, format: .markdown, project: "P1")),
            try Memo.render(e, projectID: "P1", language: language),
        ]
        for text in outputs { #expect(text.contains(line), "\(text)") }
    }

    @Test func withoutValuePerUnitNoBenefitLine() {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        b.project("P1", name: "X", history: [], criteria: [
            .init(id: "K1", name: "Y", direction: .increase, baseline: 0, baselineDate: "2026-01-01", target: 10,
                  targetDate: "2027-01-01", owner: "A", values: [("2026-06-30", 4)]),
        ])
        let text = Dashboard.render(b.build(), options: DashboardOptions(width: 120))
        #expect(!text.contains("forventet nu"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("  Gevinst") })
    }
}

@Suite struct MilestoneAndEventTests {
    /// 0 → 100 % from 01-07-2025 to 31-12-2026 with milestones 20 % at 31-12-2025 and 60 % at
    /// 30-06-2026; at 31-03-2026 (90 of the 181 days between them): P = 20 + 40·90/181 = 39,889 %.
    static func evaluation(asOf: String = "2026-03-31", events: [EvaluatedEvent] = [], segments: [SPCSegment] = []) -> Evaluation {
        var b = EvaluationBuilder(asOf: asOf)
        b.project("P1", name: "Digitalisering", owner: "Mette", goLive: "2024-10-01", history: [], criteria: [
            .init(id: "K1", name: "Andel digitale ansøgninger", unit: "%", direction: .increase, baseline: 0,
                  baselineDate: "2025-07-01", target: 100, targetDate: "2026-12-31", owner: "Jens",
                  values: [("2025-12-31", 18), ("2026-03-31", 41)],
                  spc: segments.isEmpty ? nil : SPC(points: 26, mean: 40, mrBar: 2, upperLimit: 45.32, lowerLimit: 34.68,
                                                    trial: true, signals: [], variation: .commonCause,
                                                    assurance: .hitAndMiss, segments: segments)),
        ])
        var e = b.build()
        e.projects[0].criteria[0].milestones = [PlannedPoint(date: day("2025-12-31"), value: 20),
                                                PlannedPoint(date: day("2026-06-30"), value: 60)]
        e.projects[0].criteria[0].plannedNow = 20 + 40 * 90 / 181
        e.projects[0].criteria[0].events = events
        e.projects[0].events = events
        return e
    }

    static let events = [
        EvaluatedEvent(date: day("2025-01-15"), criterionID: "K1", text: "Gammel\u{1B}[31m ordning\u{202E}", recalculate: true,
                       startsSegment: false),
        EvaluatedEvent(date: day("2026-03-15"), criterionID: "K1", text: "Ny arbejdsgang", recalculate: true, startsSegment: true),
        EvaluatedEvent(date: day("2026-03-20"), criterionID: nil, text: "Presseomtale", recalculate: false),
    ]

    @Test func plannedNowAndNextMilestone() {
        let e = Self.evaluation()
        let da = Dashboard.render(e, options: DashboardOptions(width: 120, project: "P1"))
        #expect(da.contains("planlagt nu 39,89 %   næste delmål 30-06-2026: 60 %"))
        let en = Dashboard.render(e, options: DashboardOptions(language: .en, width: 120, project: "P1"))
        #expect(en.contains("planned now 39.89%   next milestone 2026-06-30: 60%"))
        let md = Dashboard.render(e, options: DashboardOptions(format: .markdown, project: "P1"))
        #expect(md.contains("- **K1 Andel digitale ansøgninger**: planlagt nu 39,89 % · næste delmål 30-06-2026: 60 %"))
    }

    @Test func afterTheLastMilestoneNoneIsNext() {
        // At 31-07-2026 both milestones lie behind: the next knot is the target, not a milestone.
        let text = Dashboard.render(Self.evaluation(asOf: "2026-07-31"), options: DashboardOptions(width: 120, project: "P1"))
        #expect(text.contains("ingen flere delmål før målet 31-12-2026: 100 %"))
        #expect(!text.contains("næste delmål"))
    }

    @Test func withoutMilestonesNoPlanLine() {
        let text = Dashboard.render(BenefitLineTests.evaluation(), options: DashboardOptions(width: 120, project: "P1"))
        #expect(!text.contains("planlagt nu"))
        #expect(!text.contains("Hændelser"))
    }

    @Test func eventsUnderTheCriterionWithGoLive() {
        let e = Self.evaluation(events: Self.events)
        let lines = Dashboard.render(e, options: DashboardOptions(width: 160, project: "P1")).split(separator: "\n").map(String.init)
        guard let i = lines.firstIndex(where: { $0.contains("Hændelser: ") }), i + 3 < lines.count else {
            Issue.record("no events under K1"); return
        }
        // By date; the go-live (01-10-2024) is shown as such, not as a recalculation.
        #expect(lines[i] == "      Hændelser: 01-10-2024 Idriftsat")
        #expect(lines[i + 1] == "                 15-01-2025 Gammel ordning — ingen nye grænser (på eller før første punkt eller efter sidste måling)")
        #expect(lines[i + 2] == "                 15-03-2026 Ny arbejdsgang — nye kontrolgrænser")
        #expect(lines[i + 3] == "                 20-03-2026 Presseomtale")
    }

    @Test func eventsInEnglishAndMarkdown() {
        let e = Self.evaluation(events: Self.events)
        let en = Dashboard.render(e, options: DashboardOptions(language: .en, width: 160, project: "P1"))
        #expect(en.contains("Events: 2024-10-01 Go-live"))
        #expect(en.contains("2026-03-15 Ny arbejdsgang — new control limits"))
        #expect(en.contains("2025-01-15 Gammel ordning — no new limits (on or before the first point or after the last measurement)"))
        let md = Dashboard.render(e, options: DashboardOptions(format: .markdown, project: "P1"))
        #expect(md.contains("  - 01-10-2024 Idriftsat\n  - 15-01-2025 Gammel ordning — ingen nye grænser"))
    }

    @Test func eventTextIsSanitisedEverywhere() throws {
        let e = Self.evaluation(events: Self.events)
        let outputs = [Dashboard.render(e, options: DashboardOptions(width: 160, project: "P1")),
                       Dashboard.render(e, options: DashboardOptions(format: .markdown, project: "P1")),
                       try Memo.render(e, projectID: "P1")]
        for text in outputs {
            #expect(!text.contains("\u{1B}"))
            #expect(!text.contains("\u{202E}"))
            #expect(text.contains("Gammel ordning"))
        }
    }

    @Test func spcNamesTheCurrentSegment() {
        let two = [SPCSegment(startIndex: 0, startDate: day("2025-07-01"), points: 12, charted: true),
                   SPCSegment(startIndex: 12, startDate: day("2026-03-15"), points: 14, charted: true)]
        let e = Self.evaluation(segments: two)
        #expect(Dashboard.render(e, options: DashboardOptions(width: 160, project: "P1"))
            .contains("SPC (siden 15-03-2026: 14 punkter): Almindelig variation"))
        #expect(Dashboard.render(e, options: DashboardOptions(language: .en, width: 160, project: "P1"))
            .contains("SPC (since 2026-03-15: 14 points): "))
        #expect(Dashboard.render(e, options: DashboardOptions(format: .markdown, project: "P1"))
            .contains("(siden 15-03-2026: 14 punkter)"))
        // One segment: nothing to name.
        let one = Self.evaluation(segments: [two[0]])
        let text = Dashboard.render(one, options: DashboardOptions(width: 160, project: "P1"))
        #expect(text.contains("SPC: Almindelig variation"))
        #expect(!text.contains("siden 01-07-2025"))
    }
}

@Suite struct ChangeTextTests {
    /// `n` projects, each with one criterion measured at 30-06-2026: (40 − 30)/(40 − 20) = 50 %.
    static func portfolio(_ n: Int) -> Evaluation {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        for i in 1...n {
            b.project("P\(i)", name: "Projekt \(i)", history: [0.5, nil], criteria: [
                .init(id: "K1", name: "Tid", unit: "dage", direction: .decrease, baseline: 40, baselineDate: "2025-01-01",
                      target: 20, targetDate: "2027-01-01", owner: "A", values: [("2026-06-30", 30)]),
            ])
        }
        return b.build()
    }

    @Test func portfolioLikeForLike() {
        // 10 projects with a score, 2 of them new: 8 comparable.
        var e = Self.portfolio(10)
        e.portfolio.scoreChange = -0.03
        e.portfolio.scoreChangeComparable = 0.07
        e.portfolio.entered = 2
        let w = Wording(language: .da)
        #expect(w.change(e.portfolio, hasHistory: false, withData: ChangeMembers.withData(e), members: .projects, label: false)
                == "▼ 3 pp; ▲ 7 pp for de 8 projekter, der kan sammenlignes; 2 nye")
        #expect(Wording(language: .en).change(e.portfolio, hasHistory: false, withData: 10, members: .projects, label: false)
                == "▼ 3 pp; ▲ 7 pp for the 8 comparable projects; 2 new")
        let text = Dashboard.render(e, options: DashboardOptions(width: 200))
        #expect(text.contains("▼ 3 pp siden forrige kvartal; ▲ 7 pp for de 8 projekter, der kan sammenlignes; 2 nye"))
        let md = Dashboard.render(e, options: DashboardOptions(format: .markdown))
        #expect(md.contains("▼ 3 pp siden forrige kvartal; ▲ 7 pp for de 8 projekter, der kan sammenlignes; 2 nye"))
        let compare = Compare.render(e, options: CompareOptions(width: 200))
        #expect(compare.contains("▼ 3 pp (▲ 7 pp; 2 nye)"))
    }

    @Test func nothingEnteredNothingAdded() {
        var e = Self.portfolio(3)
        e.portfolio.scoreChange = 0.02
        e.portfolio.scoreChangeComparable = 0.02
        let text = Dashboard.render(e, options: DashboardOptions(width: 200))
        #expect(text.contains("▲ 2 pp siden forrige kvartal"))
        #expect(!text.contains("sammenlignes"))
    }

    @Test func projectCriteria() {
        // 4 criteria with data, 1 entered: 3 comparable; a single comparable one in the singular.
        var r = RollUp(score: 0.5, expected: 0.5, gap: 0, status: .onTrack, statusCounts: [:], coverage: 1,
                       realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: -0.03, history: [])
        r.scoreChangeComparable = 0.07
        r.entered = 1
        let da = Wording(language: .da), en = Wording(language: .en)
        #expect(da.change(r, hasHistory: false, withData: 4, members: .criteria, label: false)
                == "▼ 3 pp; ▲ 7 pp for de 3 kriterier, der kan sammenlignes; 1 nyt")
        #expect(en.change(r, hasHistory: false, withData: 4, members: .criteria, label: false)
                == "▼ 3 pp; ▲ 7 pp for the 3 comparable criteria; 1 new")
        #expect(da.change(r, hasHistory: false, withData: 2, members: .criteria, label: false)
                == "▼ 3 pp; ▲ 7 pp for det ene kriterium, der kan sammenlignes; 1 nyt")
        #expect(da.compactChange(r, hasHistory: false, withData: 4) == "▼ 3 pp (▲ 7 pp; 1 nyt)")
        // All new: no comparable change to give.
        r.scoreChange = nil; r.scoreChangeComparable = nil; r.entered = 2
        #expect(da.change(r, hasHistory: false, withData: 2, members: .criteria, label: false) == "–; 2 nye")
        #expect(da.compactChange(r, hasHistory: false, withData: 2) == "– (2 nye)")
    }

    @Test func projectTableAndDrillDown() {
        var e = Self.portfolio(2)
        e.projects[0].rollUp.scoreChange = -0.03
        e.projects[0].rollUp.scoreChangeComparable = 0.07
        e.projects[0].rollUp.entered = 1
        // The project has one criterion with data; pretend three more for the count (4 − 1 = 3).
        let extra = e.projects[0].criteria[0]
        e.projects[0].criteria += [extra, extra, extra]
        let table = Dashboard.render(e, options: DashboardOptions(width: 200))
        #expect(table.contains("▼ 3 pp (▲ 7 pp; 1 nyt)"))
        #expect(table.contains("(▲ x pp; n nye): ændringen for dem, der kan sammenlignes"))
        let drill = Dashboard.render(e, options: DashboardOptions(width: 200, project: "P1"))
        #expect(drill.contains("Ændring: ▼ 3 pp siden forrige kvartal; ▲ 7 pp for de 3 kriterier, der kan sammenlignes; 1 nyt"))
    }

    /// Score 50 % now; reported 71 % last quarter, recomputed today 68 % (restatement −0,03).
    static func withHistory(_ has: Bool) -> Evaluation {
        var e = portfolio(1)
        e.hasHistory = has
        e.portfolio.scoreChange = -0.18
        e.portfolio.reportedPreviousScore = 0.71
        e.portfolio.restatement = -0.03
        e.portfolio.scoreChangeReported = 0.5 - 0.71
        e.projects[0].rollUp.reportedPreviousScore = 0.71
        e.projects[0].rollUp.restatement = -0.03
        e.projects[0].rollUp.scoreChangeReported = 0.5 - 0.71
        e.projects[0].rollUp.scoreChange = -0.18
        // The evaluation finds `restated` only with a history.
        if has { e.projects[0].findings.append(Finding(code: .restated, category: nil, criterionID: nil, owner: "A", dueDate: nil)) }
        return e
    }

    @Test func sinceTheLastReport() {
        let e = Self.withHistory(true)
        // 0,50 − 0,71 = −0,21 → ▼ 21 pp; 0,71 − 0,03 = 0,68.
        let text = Dashboard.render(e, options: DashboardOptions(width: 200))
        #expect(text.contains("▼ 21 pp siden sidste indberetning; forrige kvartal er genberegnet: 71 % → 68 %"))
        #expect(text.contains("▼ 21 pp*"))
        #expect(text.contains("* forrige kvartal er genberegnet siden indberetningen"))
        #expect(text.contains("Forrige kvartal er genberegnet: 71 % → 68 %")) // the finding in "Hvem gør hvad"
        let en = Dashboard.render(e, options: DashboardOptions(language: .en, width: 200))
        #expect(en.contains("▼ 21 pp since the last report; the previous quarter has been recomputed: 71% → 68%"))
        #expect(en.contains("Previous quarter restated: 71% → 68%"))
        let drill = Dashboard.render(e, options: DashboardOptions(format: .markdown, project: "P1"))
        #expect(drill.contains("| Ændring siden sidste indberetning | ▼ 21 pp; forrige kvartal er genberegnet: 71 % → 68 % |"))
    }

    @Test func withoutAHistoryTheReportIsIgnored() {
        // The history figures are only read when the evaluation says a history was given.
        let text = Dashboard.render(Self.withHistory(false), options: DashboardOptions(width: 200))
        #expect(text.contains("▼ 18 pp siden forrige kvartal"))
        #expect(!text.contains("indberetning"))
        #expect(!text.contains("71 %"))
    }
}

@Suite struct CompareKronerTests {
    @Test func csvHasExpectedNowAndComparableColumns() {
        let text = Compare.render(Fixture.planned(), options: CompareOptions(format: .csv))
        let rows = CSVTests.parse(String(text.dropFirst()), separator: ";")
        let header = rows[0]
        let expected = header.firstIndex(of: "Forventet nu (kr.)"), comparable = header.firstIndex(of: "Sammenlignelig ændring (pp)"),
            entered = header.firstIndex(of: "Nye")
        guard let expected, let comparable, let entered else { Issue.record("columns missing: \(header)"); return }
        let p1 = rows.first { $0.count > 2 && $0[2] == "P1" } ?? []
        let p2 = rows.first { $0.count > 2 && $0[2] == "P2" } ?? []
        // P1: 0,7·175.000 = 122.500 (see BenefitLineTests); P2: 9 pp like for like, 1 new.
        #expect(p1[expected] == "122500")
        #expect(p2[comparable] == "9,0")
        #expect(p2[entered] == "1")
        #expect(p1[entered] == "0")
    }

    @Test func textAndMarkdownShowRealisedAndExpectedNow() {
        let e = Fixture.planned()
        #expect(Compare.render(e, options: CompareOptions(width: 200)).contains("150.000 / 122.500"))
        let md = Compare.render(e, options: CompareOptions(format: .markdown))
        #expect(md.contains("| Realiseret (kr.) | Forventet nu (kr.) |"))
        #expect(md.contains("| 150.000 | 122.500 |"))
    }

    @Test func groupTotalsCountTheEntrants() {
        // Group of two: A 40 % → 50 %, B none → 30 %. Mean now (50 + 30)/2 = 40 %, before 40 %:
        // change 0; like for like only A: +10 pp; 1 new.
        var b = EvaluationBuilder(asOf: "2026-09-30")
        for id in ["A", "B"] {
            b.project(id, name: id, area: "Samme", history: [nil, nil], criteria: [])
        }
        var e = b.build()
        let q = e.quarter
        e.projects[0].rollUp.history = [QuarterScore(quarter: q.previous, score: 0.4), QuarterScore(quarter: q, score: 0.5)]
        e.projects[1].rollUp.history = [QuarterScore(quarter: q.previous, score: nil), QuarterScore(quarter: q, score: 0.3)]
        let w = Wording(language: .da)
        let total = CompareTable.Line(group: "Samme", GroupTotal(e.projects, quarters: [q.previous, q]))
        #expect(total.comparableChange.map { abs($0 - 0.1) < 1e-12 } == true)
        #expect(total.entered == 1)
        #expect(total.changeCell(w) == "= 0 pp (▲ 10 pp; 1 nyt)")
    }
}

@Suite struct MemoPlanTests {
    @Test func benefitProfileMilestonesAndEvents() throws {
        let text = try Memo.render(Fixture.planned(), projectID: "P1")
        // Amounts worked out in PlannedFixture: 14·729/910·12.500 = 140.192,3 → 140.192 kr.
        #expect(text.contains("| År | Planlagt | Realiseret |\n|---:|---:|---:|\n| 2025 | 70.000 kr. | 100.000 kr. |\n"
                              + "| 2026 (indeværende) | 140.192 kr. | 150.000 kr. |\n| 2027 | 175.000 kr. | – |\n"))
        #expect(text.contains("- 31-10-2026: K2 Andel ansøgninger indsendt digitalt – 85 % (planlagt nu: 82,48 %)"))
        #expect(text.contains("### Hændelser\n\n- 01-09-2025 Idriftsat\n- 15-03-2026 (K1) Ny arbejdsgang — nye kontrolgrænser\n"
                              + "- 01-05-2026 Presseomtale\n- 15-09-2026 (K1) Ny leverandør — ingen nye grænser"))
        #expect(text.contains("**Ændrede mål:** Målet for K2 er ændret fra 95 % til 90 % siden første indberetning."))
    }

    @Test func targetChangeSentences() {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        b.project("P1", name: "X", history: [], criteria: [
            .init(id: "K2", name: "Sager", direction: .decrease, baseline: 800, baselineDate: "2025-01-01", target: 400,
                  targetDate: "2027-06-30", owner: "A"),
        ])
        var c = b.build().projects[0].criteria[0]
        c.originalTarget = 500
        c.originalBaseline = 800
        #expect(Wording(language: .da).targetChanges(c) == ["Målet for K2 er ændret fra 500 til 400 siden første indberetning."])
        #expect(Wording(language: .en).targetChanges(c) == ["The target of K2 has changed from 500 to 400 since the first report."])
        c.originalBaseline = 750
        c.originalTargetDate = day("2026-12-31")
        #expect(Wording(language: .da).targetChanges(c) == [
            "Baseline for K2 er ændret fra 750 til 800 siden første indberetning.",
            "Målet for K2 er ændret fra 500 til 400 siden første indberetning.",
            "Fristen for K2 er ændret fra 31-12-2026 til 30-06-2027 siden første indberetning.",
        ])
        // Without a history (originals nil) nothing is said.
        c.originalBaseline = nil; c.originalTarget = nil; c.originalTargetDate = nil
        #expect(Wording(language: .da).targetChanges(c).isEmpty)
    }

    @Test func sectionsVanishWithoutData() throws {
        let text = try Memo.render(BenefitLineTests.evaluation(), projectID: "P1")
        #expect(!text.contains("Gevinstprofil"))
        #expect(!text.contains("Næste delmål"))
        #expect(!text.contains("Ændrede mål"))
        #expect(text.contains("### Hændelser\n\n- 01-09-2025 Idriftsat\n")) // the go-live alone
    }
}

@Suite struct EnglishMemoPlanTests {
    @Test func englishTemplateHasTheNewSections() throws {
        let text = try Memo.render(Fixture.planned(), projectID: "P1", template: Memo.englishTemplate, language: .en)
        // The same amounts as MemoPlanTests (14·729/910·12,500 = 140,192.3), in English formats.
        #expect(text.contains("| Year | Planned | Realised |\n|---:|---:|---:|\n| 2025 | DKK 70,000 | DKK 100,000 |\n"
                              + "| 2026 (current) | DKK 140,192 | DKK 150,000 |\n| 2027 | DKK 175,000 | – |\n"))
        #expect(text.contains("### Events\n\n- 2025-09-01 Go-live\n- 2026-03-15 (K1) Ny arbejdsgang — new control limits\n"))
        #expect(text.contains("**Changed targets:** The target of K2 has changed from 95% to 90% since the first report."))
        #expect(text.contains("Next milestones:\n\n- 2026-10-31: K2 Andel ansøgninger indsendt digitalt – 85% (planned now: 82.48%)"))
        #expect(text.contains("| Benefit | realised DKK 150,000 of DKK 122,500 expected by now (DKK 175,000 in total) |"))
        #expect(text.contains("| Change since last quarter | ▲ 9 pp |"))
        let p3 = try Memo.render(Fixture.planned(), projectID: "P3", template: Memo.englishTemplate, language: .en)
        #expect(p3.contains("| Change since the last report | ▲ 3 pp; the previous quarter has been recomputed: 90% → 88% |"))
        #expect(p3.contains("> The previous quarter has been recomputed since it was reported: reported 90%, recomputed today 88%."))
    }
}
