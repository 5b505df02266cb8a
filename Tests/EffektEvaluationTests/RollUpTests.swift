import EffektModel
import Testing
import EffektTestSupport
@testable import EffektEvaluation

@Suite struct RollUpTests {
    /// Project P1 with K1 (weight 2, increase 0→100 over 2025–2026, 50 on 2026-01-01: attainment
    /// 0.5, expected 0.5), K2 (weight 1, 120 measured: attainment 1.2 → 1 in the score, expected
    /// 0.5) and K10 (no data). Score = (2·0.5 + 1·1)/(2 + 1) = 2/3; expected = (2·0.5 + 1·0.5)/3 =
    /// 0.5; gap = 0.5 − 2/3 < 0.10 → on_track. Coverage: K10 has no data → 2/3.
    /// Natural order puts K2 before K10 (plain order would give K1, K10, K2).
    static func data() -> Dataset {
        let criteria = [
            criterion("K10", weight: 1),
            criterion("K2", weight: 1, valuePerUnit: 10),
            criterion("K1", weight: 2, valuePerUnit: 1),
        ]
        let ms = measurements([(2, "2026-01-01", 50), (1, "2026-01-01", 120), (1, "2025-09-30", 60)])
        return Dataset(projects: [Project(id: "P10", name: "Tom"), Project(id: "P1", owner: "Chef")],
                       criteria: criteria, measurements: ms)
    }

    @Test func weightedProjectRollUp() throws {
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-01-01"))
        #expect(e.projects.map(\.project.id) == ["P1", "P10"])
        let p = try #require(e.projects.first)
        #expect(p.criteria.map(\.criterion.id) == ["K1", "K2", "K10"])
        let r = p.rollUp
        #expect(close(r.score, 2.0 / 3.0, 1e-15) && close(r.expected, 0.5, 1e-15))
        #expect(close(r.gap, 0.5 - 2.0 / 3.0, 1e-15) && r.status == .onTrack)
        #expect(close(r.coverage, 2.0 / 3.0, 1e-15))
        #expect(r.statusCounts.count == 6 && r.statusCounts[.noData] == 1 && r.statusCounts[.achieved] == 1
                && r.statusCounts[.onTrack] == 1 && r.statusCounts[.missed] == 0)
        // realized: K1 (50 − 0)·1·1 = 50, K2 (120 − 0)·10 = 1200 → 1250; planned 100·1 + 100·10 = 1100.
        #expect(r.realizedValue == 1250 && r.plannedValue == 1100)
    }

    /// Score change against 2025-12-31 (A′, the last day of 2025Q4): then only K2 had data (60
    /// measured 2025-09-30 → 0.6), so the score was 0.6; now 2/3 → change 2/3 − 0.6.
    /// History: 8 quarter ends, the last one the quarter holding as-of with the score at as-of.
    @Test func scoreChangeAndHistory() throws {
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-01-01"))
        let r = try #require(e.projects.first?.rollUp)
        #expect(close(r.scoreChange, 2.0 / 3.0 - 0.6, 1e-12))
        #expect(r.history.count == 8)
        #expect(r.history.last?.quarter.description == "2026Q1" && r.history.first?.quarter.description == "2024Q2")
        #expect(r.history.last?.score == r.score)
        #expect(close(r.history[6].score, 0.6, 1e-15) && close(r.history[5].score, 0.6, 1e-15) && r.history[4].score == nil)
    }

    /// As-of in the first quarter of year 1: A′ is 0000-12-31, before every measurement, so the
    /// score there is null and so is the change (it once fell back to 1970-01-01, after them).
    /// Baseline 0 on 0001-01-01, target 100 on 9999-12-31; 10 on 0001-02-01 and 20 on 0001-03-01.
    @Test func scoreChangeInYearOneIsNull() throws {
        let c = criterion("K1", baselineDate: "0001-01-01", targetDate: "9999-12-31")
        let data = Dataset(criteria: [c], measurements: measurements([(0, "0001-02-01", 10), (0, "0001-03-01", 20)]))
        let r = try #require(Evaluator.evaluate(data, asOf: day("0001-03-31")).projects.first?.rollUp)
        #expect(close(r.score, 0.2, 1e-15))
        #expect(r.scoreChange == nil)
    }

    /// The progress callback is told every criterion once: 600 criteria (two batches of 256 and
    /// a remainder of 88), on both cores.
    @Test func progressCountsEveryCriterion() {
        let counter = UnitCounter()
        let criteria = (1...600).map { criterion("K\($0)") }
        _ = Evaluator.evaluate(Dataset(criteria: criteria), asOf: day("2026-01-01"), progress: counter.callback)
        #expect(counter.units == 600)
    }

    /// A project in the projects file without criteria: no_data, zero counts, no coverage.
    /// The portfolio rolls up projects with weight 1: only P1 has data → its score; status counts
    /// count projects; coverage is over all criteria (2 of 3).
    @Test func projectWithoutCriteriaAndPortfolio() throws {
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-01-01"))
        let empty = try #require(e.projects.last)
        #expect(empty.rollUp.status == .noData && empty.rollUp.score == nil && empty.rollUp.coverage == nil)
        #expect(empty.rollUp.statusCounts.values.allSatisfy { $0 == 0 } && empty.rollUp.statusCounts.count == 6)
        #expect(empty.findings.map(\.code) == [.missingFollowUp, .missingFollowUp, .missingFollowUp])
        let portfolio = e.portfolio
        #expect(close(portfolio.score, 2.0 / 3.0, 1e-15) && portfolio.status == .onTrack)
        #expect(portfolio.statusCounts[.onTrack] == 1 && portfolio.statusCounts[.noData] == 1)
        #expect(close(portfolio.coverage, 2.0 / 3.0, 1e-15))
    }

    /// After the project's last target date, a project not fully achieved is missed; all
    /// achieved → achieved.
    @Test func projectStatuses() {
        let late = Dataset(criteria: [criterion("K1")], measurements: measurements([(0, "2027-03-01", 99)]))
        #expect(Evaluator.evaluate(late, asOf: day("2027-03-01")).projects.first?.rollUp.status == .missed)
        let done = Dataset(criteria: [criterion("K1"), criterion("K2")],
                           measurements: measurements([(0, "2026-03-01", 100), (1, "2026-03-01", 150)]))
        let e = Evaluator.evaluate(done, asOf: day("2026-03-01"))
        #expect(e.projects.first?.rollUp.status == .achieved && e.portfolio.status == .achieved)
    }

    /// Trend score: weighted over criteria whose trend is not insufficient_data (n ≥ 4).
    @Test func trendScoreLeavesOutInsufficient() throws {
        let rows: [(Int, String, Double)] = [(0, "2025-02-01", 10), (0, "2025-03-01", 20), (0, "2025-04-01", 30), (1, "2025-02-01", 5)]
        let data = Dataset(criteria: [criterion("K1", weight: 3), criterion("K2")], measurements: measurements(rows))
        let p = try #require(Evaluator.evaluate(data, asOf: day("2025-04-01")).projects.first)
        // K1: 4 points rising → tau 1, score 1; K2: 2 points → insufficient, left out.
        #expect(p.rollUp.trendScore == 1)
    }

    /// Natural order for projects too: P2 before P10 (plain byte order would put P10 first), and
    /// a project only named by criteria is listed.
    @Test func naturalProjectOrder() {
        let data = Dataset(projects: [Project(id: "P10"), Project(id: "P2")],
                           criteria: [criterion("K1", project: "P1b"), criterion("K1", project: "P10")])
        let ids = Evaluator.evaluate(data, asOf: day("2026-01-01")).projects.map(\.project.id)
        #expect(ids == ["P1b", "P2", "P10"])
    }

    /// A project whose criteria have no measurements: no_data, no score or expected, coverage 0
    /// (both criteria no_data), planned value still summed (2·50 = 100), realized null.
    @Test func projectWithCriteriaButNoData() throws {
        let data = Dataset(criteria: [criterion("K1", valuePerUnit: 0.5), criterion("K2", valuePerUnit: 0.5)])
        let r = try #require(Evaluator.evaluate(data, asOf: day("2025-02-01")).projects.first?.rollUp)
        #expect(r.status == .noData && r.score == nil && r.expected == nil && r.gap == nil && r.coverage == 0)
        #expect(r.plannedValue == 100 && r.realizedValue == nil && r.trendScore == nil && r.scoreChange == nil)
        #expect(r.statusCounts[.noData] == 2)
    }

    /// The default as-of date is the latest measurement date, or today without measurements.
    @Test func defaultAsOf() {
        let data = Dataset(criteria: [criterion("K1")], measurements: measurements([(0, "2026-02-01", 1), (0, "2025-12-01", 2)]))
        #expect(Evaluator.defaultAsOf(data, today: day("2030-01-01")) == day("2026-02-01"))
        #expect(Evaluator.defaultAsOf(Dataset(), today: day("2030-01-01")) == day("2030-01-01"))
    }

    /// No data anywhere: every roll-up is no_data with null figures.
    @Test func emptyDataset() {
        let e = Evaluator.evaluate(Dataset(), asOf: day("2026-01-01"))
        #expect(e.projects.isEmpty && e.portfolio.status == .noData && e.portfolio.score == nil)
        #expect(e.portfolio.statusCounts.count == 6 && e.portfolio.coverage == nil)
    }
}

@Suite struct FindingsTests {
    /// Project owner "Chef"; K1 stale (no measurement for a year: due 2025-04-03) and without owner,
    /// K2 missed (target 2025-12-31), K10 fine. Only benefit criteria: solution and competencies
    /// are missing follow-up areas (owner = project owner, no due date).
    /// Order: due dates first (2025-04-03 overdue K1, 2025-12-31 deadline K2), then the undated by
    /// code (missing_follow_up solution, competencies; no_owner K1).
    @Test func orderAndContent() throws {
        let criteria = [
            criterion("K10", baselineDate: "2025-06-01"),
            criterion("K2", targetDate: "2025-12-31"),
            criterion("K1", owner: nil),
        ]
        let ms = measurements([(0, "2025-12-01", 10), (1, "2025-12-01", 10)])
        let data = Dataset(projects: [Project(id: "P1", owner: "Chef")], criteria: criteria, measurements: ms)
        let p = try #require(Evaluator.evaluate(data, asOf: day("2026-01-02")).projects.first)
        let got = p.findings.map { "\($0.code.rawValue) \($0.category?.rawValue ?? "-") \($0.criterionID ?? "-") \($0.owner ?? "-") \($0.dueDate?.iso ?? "-")" }
        #expect(got == [
            "overdue_measurement benefit K1 - 2025-04-03",
            "deadline_missed benefit K2 Ejer 2025-12-31",
            "missing_follow_up solution - Chef -",
            "missing_follow_up competencies - Chef -",
            "no_owner benefit K1 - -",
        ])
    }

    /// On one due date, codes sort by their text: deadline_missed before overdue_measurement.
    /// K1 (quarterly, baseline 2025-01-01, no data): due 2025-01-01 + 92 = 2025-04-03, stale at
    /// 2025-06-30 (180 > 138 days). K2: target 2025-04-03 passed with a measurement at 10 → missed,
    /// due = target date 2025-04-03; measured 2025-04-01, so not stale. K10 is stale too: due
    /// 2025-04-03 as well; criteria then in natural order (K1 before K10).
    @Test func sameDueDateSortsByCodeThenNaturalCriterion() throws {
        let criteria = [
            criterion("K10", category: .solution),
            criterion("K2", category: .competencies, targetDate: "2025-04-03"),
            criterion("K1"),
        ]
        let data = Dataset(criteria: criteria, measurements: measurements([(1, "2025-04-01", 10)]))
        let p = try #require(Evaluator.evaluate(data, asOf: day("2025-06-30")).projects.first)
        let got = p.findings.map { "\($0.code.rawValue) \($0.criterionID ?? "-") \($0.dueDate?.iso ?? "-")" }
        #expect(got == [
            "deadline_missed K2 2025-04-03",
            "overdue_measurement K1 2025-04-03",
            "overdue_measurement K10 2025-04-03",
        ])
    }
}
