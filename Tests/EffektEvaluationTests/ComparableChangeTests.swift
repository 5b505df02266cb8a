import EffektModel
import Testing
@testable import EffektEvaluation

/// Change like for like (score_change_comparable, entered) and the history figures that compare
/// today's evaluation with what was reported.
@Suite struct ComparableChangeTests {
    /// As-of 2026-06-30, A′ = 2026-03-31. P1: K1 0.4 → 0.6 (0 → 100, measured 40 then 60), K2
    /// measured only in Q2 at 10 (enters low). Score at A = (0.6 + 0.1)/2 = 0.35, at A′ = 0.4:
    /// score_change = −0.05, yet comparable change = +0.2 over K1 alone, entered = 1.
    /// P2: K1 0.5 → 0.7. P3: first measured in Q2 at 0.2 (enters the portfolio).
    static func data() -> Dataset {
        let criteria = [criterion("K1"), criterion("K2"), criterion("K1", project: "P2"), criterion("K1", project: "P3")]
        let ms = measurements([(0, "2026-03-15", 40), (0, "2026-06-15", 60), (1, "2026-06-15", 10),
                               (2, "2026-03-15", 50), (2, "2026-06-15", 70), (3, "2026-06-15", 20)])
        return Dataset(criteria: criteria, measurements: ms)
    }

    @Test func projectAndPortfolioLikeForLike() throws {
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-06-30"))
        let p1 = e.projects[0].rollUp
        #expect(close(p1.scoreChange, -0.05, 1e-12) && close(p1.scoreChangeComparable, 0.2, 1e-12) && p1.entered == 1)
        let p2 = e.projects[1].rollUp
        #expect(close(p2.scoreChangeComparable, 0.2, 1e-12) && p2.entered == 0)
        let p3 = e.projects[2].rollUp
        #expect(p3.scoreChangeComparable == nil && p3.entered == 1 && p3.scoreChange == nil)
        // Portfolio at A: (0.35 + 0.7 + 0.2)/3 = 0.41667; at A′: (0.4 + 0.5)/2 = 0.45 → −0.0333.
        // Like for like: P1 −0.05 and P2 +0.2 → mean 0.075; P3 entered.
        #expect(close(e.portfolio.scoreChange, 1.25 / 3 - 0.45, 1e-12))
        #expect(close(e.portfolio.scoreChangeComparable, 0.075, 1e-12) && e.portfolio.entered == 1)
        // Without a history the history figures are null and no history finding appears.
        #expect(!e.hasHistory && p1.reportedPreviousScore == nil && p1.restatement == nil)
        #expect(e.projects[0].criteria[0].originalTarget == nil)
    }

    static func report(_ quarter: String, recordedAt: String, superseded: Bool = false, p1: Double?,
                       portfolio: Double?, target: Double = 100) -> RecordedReport {
        let q = Quarter(quarter) ?? Quarter(containing: day("2026-03-31"))
        return RecordedReport(quarter: q, asOf: q.lastDay, recordedAt: recordedAt, superseded: superseded,
                              portfolioScore: portfolio, projectScores: ["P1": p1, "P2": 0.5],
                              criteria: [RecordedCriterion(projectID: "P1", criterionID: "K1", baseline: 0,
                                                           target: target, targetDate: day("2027-01-01"))])
    }

    /// Reported for 2026Q1: P1 0.43 (superseded 0.40 before it), portfolio 0.46; the data now
    /// recompute P1 at A′ as 0.4: restatement 0.4 − 0.43 = −0.03; score_change_reported =
    /// 0.35 − 0.43 = −0.08. P2 reported 0.5 = recomputed 0.5 → no restatement. The earliest
    /// reported report (2025Q4) had K1's target at 120: original_target 120 → target_changed.
    @Test func reportedFiguresAndFindings() throws {
        let history = [
            Self.report("2025Q4", recordedAt: "2026-01-10T09:00:00Z", p1: 0.3, portfolio: 0.3, target: 120),
            Self.report("2026Q1", recordedAt: "2026-04-10T09:00:00Z", p1: 0.40, portfolio: 0.45),
            Self.report("2026Q1", recordedAt: "2026-04-12T09:00:00Z", p1: 0.43, portfolio: 0.46),
            Self.report("2026Q1", recordedAt: "2026-04-20T09:00:00Z", superseded: true, p1: 0.9, portfolio: 0.9),
        ]
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-06-30"), history: history)
        #expect(e.hasHistory)
        let p1 = e.projects[0]
        #expect(p1.rollUp.reportedPreviousScore == 0.43)
        #expect(close(p1.rollUp.scoreChangeReported, 0.35 - 0.43, 1e-12))
        #expect(close(p1.rollUp.restatement, 0.4 - 0.43, 1e-12))
        #expect(e.projects[1].rollUp.restatement == nil && e.projects[1].rollUp.reportedPreviousScore == 0.5)
        // P3 is not in the report: null.
        #expect(e.projects[2].rollUp.reportedPreviousScore == nil && e.projects[2].rollUp.scoreChangeReported == nil)
        // Portfolio: recomputed at A′ 0.45 vs reported 0.46 → −0.01.
        #expect(close(e.portfolio.restatement, -0.01, 1e-12))
        let k1 = p1.criteria[0]
        #expect(k1.originalTarget == 120 && k1.originalBaseline == 0 && k1.originalTargetDate == day("2027-01-01"))
        #expect(p1.criteria[1].originalTarget == nil)
        let codes = p1.findings.map(\.code)
        #expect(codes.contains(.targetChanged) && codes.contains(.restated))
        #expect(p1.findings.first { $0.code == .targetChanged }?.criterionID == "K1")
        #expect(p1.findings.first { $0.code == .restated }?.criterionID == nil)
    }

    /// A restatement of at most 0.0005 (half of 0.1 pp) is rounding, not a restatement.
    @Test func smallDifferencesAreNotRestatements() throws {
        let history = [Self.report("2026Q1", recordedAt: "2026-04-10T09:00:00Z", p1: 0.4004, portfolio: 0.45)]
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-06-30"), history: history)
        #expect(e.projects[0].rollUp.restatement == nil && e.projects[0].rollUp.reportedPreviousScore == 0.4004)
        #expect(!e.projects[0].findings.contains { $0.code == .restated })
    }
}
