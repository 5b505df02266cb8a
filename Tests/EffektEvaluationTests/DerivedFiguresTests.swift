import Testing
import EffektModel
@testable import EffektEvaluation

/// The figures every exporter shows and none computes: the trend word, the realisation ratio,
/// the ranking, the quarters shown and group totals (Docs/methodology.md, "Hvor tallene bor").
@Suite struct DerivedFiguresTests {
    static func rollUp(score: Double?, realized: Double? = nil, planned: Double? = nil, trend: Double? = nil,
                       history: [(String, Double?)] = []) -> RollUp {
        RollUp(score: score, expected: nil, gap: nil, status: .noData, statusCounts: [:], coverage: nil,
               realizedValue: realized, plannedValue: planned, trendScore: trend, scoreChange: nil,
               history: history.map { QuarterScore(quarter: Quarter($0.0)!, score: $0.1) })
    }

    static func project(_ id: String, _ r: RollUp) -> ProjectEvaluation {
        ProjectEvaluation(project: Project(id: id), rollUp: r, findings: [], criteria: [])
    }

    static let cases: [([TrendClassification], ProjectTrend)] = [
        ([], .insufficientData),
        ([.insufficientData, .insufficientData], .insufficientData),
        ([.insufficientData, .noTrend], .noTrend),
        ([.improving, .noTrend, .insufficientData], .improving),
        ([.worsening, .noTrend], .worsening),
        // The case the workbook's weighted balance called "improving" (weights 3 and 1): both ways.
        ([.improving, .worsening], .mixed),
        ([.worsening, .improving, .improving], .mixed),
    ]

    @Test(arguments: cases)
    func projectTrendWord(_ classes: [TrendClassification], _ expected: ProjectTrend) {
        #expect(ProjectTrend(classes) == expected)
    }

    @Test func realisationNeedsBothFiguresAndAPositivePlan() {
        #expect(abs((Realisation.ratio(realized: 73_724, planned: 181_850) ?? 0) - 0.405411) < 1e-6) // 73724 / 181850, the memo's 41 %
        #expect(Realisation.ratio(realized: 0, planned: 100) == 0)
        #expect(Realisation.ratio(realized: -50, planned: 100) == -0.5)     // a benefit gone backwards shows
        #expect(Realisation.ratio(realized: 10, planned: 0) == nil)
        #expect(Realisation.ratio(realized: 10, planned: -100) == nil)     // negative value per unit
        #expect(Realisation.ratio(realized: nil, planned: 100) == nil)
        #expect(Realisation.ratio(realized: 10, planned: nil) == nil)
        #expect(Self.rollUp(score: nil, realized: 30, planned: 120).realisation == 0.25)
    }

    @Test func rankingIsScoreDescendingThenNaturalId() {
        let e = Evaluation(asOf: Day(iso: "2026-09-30")!, settings: Settings(), portfolio: Self.rollUp(score: nil),
                           projects: [Self.project("P10", Self.rollUp(score: 0.5)), Self.project("P2", Self.rollUp(score: 0.5)),
                                      Self.project("P1", Self.rollUp(score: nil)), Self.project("P3", Self.rollUp(score: 0.9)),
                                      Self.project("P0", Self.rollUp(score: nil))],
                           data: Dataset())
        #expect(e.rankedProjects.map(\.project.id) == ["P3", "P2", "P10", "P0", "P1"])
    }

    @Test func quartersShownAreTheLastOfTheHistory() {
        let history: [(String, Double?)] = [("2025Q4", 0.1), ("2026Q1", 0.2), ("2026Q2", nil), ("2026Q3", 0.4)]
        let e = Evaluation(asOf: Day(iso: "2026-09-30")!, settings: Settings(), portfolio: Self.rollUp(score: 0.4, history: history),
                           projects: [], data: Dataset())
        #expect(e.quartersShown(2).map(\.description) == ["2026Q2", "2026Q3"])
        #expect(e.quartersShown(10).count == 4)
        #expect(e.quartersShown(0).map(\.description) == ["2026Q3"])
        let bare = Evaluation(asOf: Day(iso: "2026-08-01")!, settings: Settings(), portfolio: Self.rollUp(score: nil),
                              projects: [], data: Dataset())
        #expect(bare.quartersShown(6).map(\.description) == ["2026Q3"])
    }

    /// score 0.62 with a change of +0.12 → 0.50 at A′; without a change (no score at A′) → nil.
    @Test func previousQuarterRecomputed() throws {
        var r = Self.rollUp(score: 0.62)
        r.scoreChange = 0.12
        #expect(abs(try #require(r.previousScore) - 0.50) < 1e-12)
        #expect(Self.rollUp(score: 0.62).previousScore == nil)
        let e = Evaluation(asOf: Day(iso: "2026-09-30")!, settings: Settings(), portfolio: Self.rollUp(score: nil),
                           projects: [Self.project("A", r), Self.project("B", Self.rollUp(score: 0.4)),
                                      Self.project("C", Self.rollUp(score: nil))],
                           data: Dataset())
        #expect(e.comparableProjectCount == 1)
    }

    /// Two projects, worked by hand: at 2026Q2 the scores are 0.2 and 0.4 (mean 0.3), at 2026Q3
    /// 0.5 and none (mean 0.5), so the change is 0.5 − 0.3 = 0.2; trend scores 0.6 and none → 0.6;
    /// kroner 100 + 50 realised of 400 + 100 planned → 150 / 500 = 0.3.
    @Test func groupTotalRollsUpLikeThePortfolio() throws {
        let a = Self.project("A", Self.rollUp(score: 0.5, realized: 100, planned: 400, trend: 0.6,
                                              history: [("2026Q2", 0.2), ("2026Q3", 0.5)]))
        let b = Self.project("B", Self.rollUp(score: nil, realized: 50, planned: 100, trend: nil,
                                              history: [("2026Q2", 0.4), ("2026Q3", nil)]))
        let total = GroupTotal([a, b], quarters: [Quarter("2026Q2")!, Quarter("2026Q3")!])
        #expect(total.scores.count == 2)
        #expect(abs(try #require(total.scores[0]) - 0.3) < 1e-12)
        #expect(total.scores[1] == 0.5)
        #expect(abs(try #require(total.scoreChange) - 0.2) < 1e-12)
        #expect(total.trendScore == 0.6)
        #expect(total.realizedValue == 150 && total.plannedValue == 500)
        #expect(total.realisation == 0.3)
        // Like for like: only A has a score at both ends (0.5 − 0.2 = 0.3); B has none now, so it
        // neither compares nor enters. Expected benefit: none given → nil.
        #expect(abs(try #require(total.scoreChangeComparable) - 0.3) < 1e-12)
        #expect(total.comparableMembers == 1 && total.entered == 0)
        #expect(total.expectedValue == nil)
        var c = Self.rollUp(score: 0.7, history: [("2026Q2", nil), ("2026Q3", 0.7)])
        c.expectedValue = 120
        let withNew = GroupTotal([a, Self.project("C", c)], quarters: [Quarter("2026Q2")!, Quarter("2026Q3")!])
        #expect(withNew.entered == 1 && withNew.comparableMembers == 1)
        #expect(withNew.expectedValue == 120)
        let empty = GroupTotal([b], quarters: [Quarter("2026Q3")!])
        #expect(empty.scores == [nil] && empty.scoreChange == nil && empty.trendScore == nil)
    }
}
