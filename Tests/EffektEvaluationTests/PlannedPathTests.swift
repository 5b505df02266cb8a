import EffektModel
import Testing
@testable import EffektEvaluation

/// The planned path P(t), `expected`, `expected_value` and the status they give (methodology
/// "Den planlagte kurve"). Every figure below is worked by hand in its comment.
@Suite struct PlannedPathTests {
    /// Baseline 100 on 2025-01-01, target 200 on 2027-01-01 (730 days), milestones 100 on
    /// 2025-07-01 (day 181: nothing until go-live) and 160 on 2026-01-01 (day 365).
    static func rampUp() -> (Criterion, [Milestone]) {
        let c = criterion("K1", baseline: 100, baselineDate: "2025-01-01", target: 200, targetDate: "2027-01-01",
                          valuePerUnit: 50)
        return (c, [Milestone(criterion: 0, date: day("2026-01-01"), value: 160, line: 3),
                    Milestone(criterion: 0, date: day("2025-07-01"), value: 100, line: 2)])
    }

    static func evaluate(_ c: Criterion, _ ms: [Milestone], _ rows: [(String, Double)], asOf: String) -> CriterionEvaluation? {
        let data = Dataset(criteria: [c], measurements: measurements(rows.map { (0, $0.0, $0.1) }), milestones: ms)
        return Evaluator.evaluate(data, asOf: day(asOf)).projects.first?.criteria.first
    }

    @Test func pathThroughKnotsInDateOrder() {
        let (c, ms) = Self.rampUp()
        let path = PlannedPath(c, milestones: ms.map { PlannedPoint(date: $0.date, value: $0.value) })
        // Before t0 and at t0: b = 100; flat to 2025-07-01; then 100 → 160 over 184 days
        // (2025-07-01 → 2026-01-01), so on 2025-10-01 (92 days in) 100 + 60·92/184 = 130;
        // then 160 → 200 over 365 days: 2026-07-02 is 182 days in → 160 + 40·182/365.
        #expect(path.value(at: day("2024-06-01").daysSinceEpoch) == 100)
        #expect(path.value(at: day("2025-03-01").daysSinceEpoch) == 100)
        #expect(path.value(at: day("2025-10-01").daysSinceEpoch) == 130)
        #expect(close(path.value(at: day("2026-07-02").daysSinceEpoch), 160 + 40 * 182.0 / 365.0, 1e-15))
        #expect(path.value(at: day("2027-01-01").daysSinceEpoch) == 200)
        #expect(path.value(at: day("2030-01-01").daysSinceEpoch) == 200)
    }

    /// On 2025-10-01 the plan is 130: expected = (130 − 100)/(200 − 100) = 0.3, where the
    /// straight line would expect 273/730 = 0.374. Measured 125 → attainment 0.25, gap 0.05:
    /// on track (the straight line's gap 0.124 would say at risk).
    @Test func rampUpJudgesAgainstThePlan() throws {
        let (c, ms) = Self.rampUp()
        let e = try #require(Self.evaluate(c, ms, [("2025-10-01", 125)], asOf: "2025-10-01"))
        #expect(close(e.expected, 0.3, 1e-12))
        #expect(close(e.gap, 0.05, 1e-12))
        #expect(e.status == .onTrack)
        #expect(e.plannedNow == 130)
        // expected_value = (130 − 100)·(+1)·50 = 1500; realised (125 − 100)·50 = 1250.
        #expect(close(e.expectedValue, 1500, 1e-12) && e.realizedValue == 1250)
        #expect(e.milestones.map(\.date) == [day("2025-07-01"), day("2026-01-01")])
        let straight = try #require(evaluateOne(c, [("2025-10-01", 125)], asOf: "2025-10-01"))
        #expect(close(straight.expected, 273.0 / 730.0, 1e-15) && straight.status == .atRisk)
    }

    /// A planned dip: decrease from 40 to 20 (minutes per case), 2025-01-01 → 2026-01-01, with a
    /// milestone of 50 on 2025-04-01 (day 90: worse than baseline right after go-live). On
    /// 2025-04-01 expected = (50 − 40)/(20 − 40) = −0.5 (not clamped); measured 50 → attainment
    /// −0.5, gap 0 → on track. expected_value = (50 − 40)·(−1)·2 = −20 kr.
    @Test func plannedDipAsPlannedIsOnTrack() throws {
        let c = criterion("K1", direction: .decrease, baseline: 40, baselineDate: "2025-01-01", target: 20,
                          targetDate: "2026-01-01", valuePerUnit: 2)
        let ms = [Milestone(criterion: 0, date: day("2025-04-01"), value: 50, line: 2)]
        let e = try #require(Self.evaluate(c, ms, [("2025-04-01", 50)], asOf: "2025-04-01"))
        #expect(e.expected == -0.5 && e.attainment == -0.5 && e.gap == 0)
        #expect(e.status == .onTrack)
        #expect(e.expectedValue == -20)
    }

    /// An overshooting milestone (130 % of the target before the target date) gives expected
    /// above 1: baseline 0 → target 100 (2025-01-01 → 2026-01-01), milestone 130 on 2025-07-02
    /// (day 182). At 2025-07-02 expected = 1.3; measured 100 → attainment 1 → achieved (the
    /// first rule), and the project's expected is clamped to 1 in the roll-up.
    @Test func overshootClampsInTheRollUpOnly() throws {
        let c = criterion("K1", baseline: 0, baselineDate: "2025-01-01", target: 100, targetDate: "2026-01-01")
        let ms = [Milestone(criterion: 0, date: day("2025-07-02"), value: 130, line: 2)]
        let data = Dataset(criteria: [c], measurements: measurements([(0, "2025-07-02", 90)]), milestones: ms)
        let p = try #require(Evaluator.evaluate(data, asOf: day("2025-07-02")).projects.first)
        #expect(close(p.criteria[0].expected, 1.3, 1e-15))
        // Criterion: gap 1.3 − 0.9 = 0.4 → off track. Project: expected clamp(1.3) = 1, score 0.9,
        // gap 0.1 → on track (the slack of 1e-12 holds 1 − 0.9 = 0.09999999999999998).
        #expect(p.criteria[0].status == .offTrack)
        #expect(p.rollUp.expected == 1 && close(p.rollUp.score, 0.9, 1e-15) && p.rollUp.status == .onTrack)
    }

    /// Threshold criteria ignore the path: expected 1, expected_value = planned_value = |g − b|·k.
    @Test func thresholdExpectedValueIsThePlannedValue() throws {
        let c = criterion("K1", direction: .atLeast, baseline: 95, target: 99, valuePerUnit: 1000)
        let e = try #require(evaluateOne(c, [("2025-06-01", 97)], asOf: "2025-06-01"))
        #expect(e.expected == 1 && e.expectedValue == 4000 && e.plannedValue == 4000)
    }

    /// Without milestones expected_value follows the straight line: baseline 0 → 100 over 730
    /// days (2025-01-01 → 2027-01-01), at 2026-01-01 (365 days) P = 50, so (50 − 0)·1·3 = 150.
    @Test func straightLineExpectedValue() throws {
        let c = criterion("K1", valuePerUnit: 3)
        let e = try #require(evaluateOne(c, [], asOf: "2026-01-01"))
        #expect(close(e.expectedValue, 150, 1e-12) && e.plannedNow == 50 && e.expected == 0.5)
    }
}
