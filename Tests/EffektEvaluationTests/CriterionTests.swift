import EffektModel
import Testing
@testable import EffektEvaluation

@Suite struct CriterionTests {
    /// Decrease: baseline 100 on 2025-01-01, target 60 on 2027-01-01, 80 measured 2026-01-01.
    /// d = sign(60 − 100) = −1; attainment = (80 − 100)/(60 − 100) = 0.5;
    /// expected = 365/730 = 0.5; gap = 0 → on_track.
    /// value per unit 1000 kr.: realized = (80 − 100)·(−1)·1000 = 20000; planned = 40·1000 = 40000.
    /// Due: 2026-01-01 + 92 days = 2026-04-03; not stale (0 days ≤ 1.5·92).
    @Test func decreaseHandWorked() throws {
        let c = criterion("K1", direction: .decrease, baseline: 100, target: 60, valuePerUnit: 1000)
        let e = try #require(evaluateOne(c, [("2026-01-01", 80)], asOf: "2026-01-01"))
        #expect(e.attainment == 0.5 && e.expected == 0.5 && e.gap == 0 && e.status == .onTrack)
        #expect(e.realizedValue == 20000 && e.plannedValue == 40000)
        #expect(e.dueDate == day("2026-04-03") && !e.stale)
        #expect(e.latestValue == 80 && e.latestDate == day("2026-01-01") && e.measurements == 1)
    }

    /// Gap thresholds: expected 0.5; attainment 0.35 → gap 0.15 → at_risk; 0.2 → gap 0.3 → off_track.
    @Test func gapThresholds() throws {
        let c = criterion("K1", baseline: 0, target: 100)
        #expect(evaluateOne(c, [("2026-01-01", 35)], asOf: "2026-01-01")?.status == .atRisk)
        #expect(evaluateOne(c, [("2026-01-01", 20)], asOf: "2026-01-01")?.status == .offTrack)
        #expect(evaluateOne(c, [("2026-01-01", 45)], asOf: "2026-01-01")?.status == .onTrack)
    }

    /// A gap of exactly 0.10 by hand is on_track even when doubles make it 0.10000000000000003:
    /// baseline 0, target 1 over 2025-01-01…2025-01-11 (10 days); as-of 2025-01-05 → expected
    /// 4/10 = 0.4; latest 0.3 → attainment 0.3; gap 0.4 − 0.3 = 0.10000000000000003 in doubles.
    @Test func gapAtThresholdDespiteRounding() throws {
        let c = criterion("K1", baseline: 0, target: 1, targetDate: "2025-01-11")
        let e = try #require(evaluateOne(c, [("2025-01-05", 0.3)], asOf: "2025-01-05"))
        #expect(e.gap == 0.4 - 0.3 && e.gap ?? 0 > 0.1)
        #expect(e.status == .onTrack)
    }

    /// ...but a real excess, however small, counts (the helper audit's case): target 100 over
    /// 2025-06-25…2025-07-05, as-of 2025-06-30 → expected 5/10 = 0.5; 39.9999999 → attainment
    /// 0.399999999, gap 0.100000001 → at_risk; 24.9999999 → gap 0.250000001 → off_track.
    @Test func gapJustAboveThresholdCounts() throws {
        let c = criterion("K1", baseline: 0, baselineDate: "2025-06-25", target: 100, targetDate: "2025-07-05")
        #expect(evaluateOne(c, [("2025-06-30", 39.9999999)], asOf: "2025-06-30")?.status == .atRisk)
        #expect(evaluateOne(c, [("2025-06-30", 24.9999999)], asOf: "2025-06-30")?.status == .offTrack)
    }

    /// No measurement: no_data, no attainment; stale counts from the baseline date (2025-01-01 →
    /// 2026-01-01 is 365 days > 138); due 2025-01-01 + 92 = 2025-04-03. Planned value needs no data.
    @Test func noData() throws {
        let c = criterion("K1", valuePerUnit: 10)
        let e = try #require(evaluateOne(c, [], asOf: "2026-01-01"))
        #expect(e.status == .noData && e.attainment == nil && e.gap == nil && e.measurements == 0)
        #expect(e.stale && e.dueDate == day("2025-04-03"))
        #expect(e.realizedValue == nil && e.plannedValue == 1000)
        #expect(e.series.count == 1 && e.series[0].isBaseline)
        #expect(e.trend.classification == .insufficientData && e.trend.s == nil && e.trend.slopePerDay == nil)
        #expect(e.forecast.state == .insufficientData && e.spc == nil)
    }

    /// Missing value_per_unit: both values null.
    @Test func missingValuePerUnit() throws {
        let e = try #require(evaluateOne(criterion("K1"), [("2026-01-01", 50)], asOf: "2026-01-01"))
        #expect(e.realizedValue == nil && e.plannedValue == nil)
    }

    /// One measurement: S = baseline + 1 point, 2 distinct dates → a line (slope 50/365 per day),
    /// Mann–Kendall with n = 2 (s = 1, var_s = 2·1·9/18 = 1, z = 0, p = 1) but insufficient_data.
    @Test func oneMeasurement() throws {
        let e = try #require(evaluateOne(criterion("K1"), [("2026-01-01", 50)], asOf: "2026-01-01"))
        #expect(e.trend.points == 2 && e.trend.s == 1 && e.trend.varS == 1 && e.trend.z == 0 && e.trend.pValue == 1)
        #expect(close(e.trend.slopePerDay, 50.0 / 365.0, 1e-15))
        #expect(e.trend.classification == .insufficientData && e.trend.score == 1)
    }

    /// All on one date: measurements on the baseline date only → no line; MK s = 0 (equal dates).
    @Test func allOnOneDate() throws {
        let c = criterion("K1", baselineDate: "2026-01-01")
        let e = try #require(evaluateOne(c, [("2026-01-01", 10)], asOf: "2026-03-01"))
        #expect(e.trend.slopePerDay == nil && e.trend.intercept == nil && e.trend.s == 0)
        #expect(e.forecast.state == .insufficientData && e.forecast.valueAtTargetDate == nil)
    }

    /// Duplicates on one day: the later line (value 30) is used and counted once; measurements
    /// after as-of are ignored.
    @Test func duplicatesAndAsOf() throws {
        let c = criterion("K1")
        let e = try #require(evaluateOne(c, [("2026-01-01", 20), ("2026-01-01", 30), ("2026-06-01", 90)], asOf: "2026-03-31"))
        #expect(e.measurements == 1 && e.latestValue == 30 && e.series.map(\.value) == [0, 30])
    }

    /// A measurement before the baseline date stays in S, before the baseline point; the baseline
    /// comes first among equal dates.
    @Test func measurementBeforeBaseline() throws {
        let c = criterion("K1", baseline: 10, baselineDate: "2025-01-01")
        let e = try #require(evaluateOne(c, [("2025-01-01", 12), ("2024-06-01", 8)], asOf: "2025-02-01"))
        #expect(e.series.map(\.value) == [8, 10, 12])
        #expect(e.series.map(\.isBaseline) == [false, true, false])
        #expect(e.latestValue == 12 && e.measurements == 2)
    }

    /// Already achieved: attainment 1.2 ≥ 1 → achieved (unbounded attainment), forecast reached.
    @Test func alreadyAchieved() throws {
        let e = try #require(evaluateOne(criterion("K1"), [("2026-01-01", 120)], asOf: "2026-01-01"))
        #expect(e.attainment == 1.2 && e.status == .achieved && e.forecast.state == .reached)
    }

    /// Target date passed without reaching it → missed (expected clamps to 1).
    @Test func targetDatePassed() throws {
        let e = try #require(evaluateOne(criterion("K1"), [("2027-02-01", 70)], asOf: "2027-02-01"))
        #expect(e.status == .missed && e.expected == 1 && close(e.gap, 0.3, 1e-15))
    }

    /// Expected before the baseline date clamps to 0.
    @Test func expectedClampsAtZero() throws {
        let e = try #require(evaluateOne(criterion("K1"), [], asOf: "2024-06-01"))
        #expect(e.expected == 0 && !e.stale)
    }

    /// at_least 99.5 %, baseline 99.0 (failing side: d·(g − b) = 0.5 > 0): latest 99.3 →
    /// attainment (99.3 − 99)/(99.5 − 99) = 0.6, expected 1, off_track before T, missed after.
    @Test func thresholdUnmetFromFailingBaseline() throws {
        let c = criterion("K1", direction: .atLeast, baseline: 99, target: 99.5)
        let e = try #require(evaluateOne(c, [("2026-01-01", 99.3)], asOf: "2026-01-01"))
        #expect(close(e.attainment, 0.6, 1e-12) && e.expected == 1 && e.status == .offTrack)
        let late = try #require(evaluateOne(c, [("2027-02-01", 99.3)], asOf: "2027-02-01"))
        #expect(late.status == .missed)
    }

    /// at_least 99.5 with a baseline 99.8 that already met it: a lapse to 99.2 gives attainment 0;
    /// 99.6 meets it again → 1, achieved.
    @Test func thresholdBaselineAlreadyMet() throws {
        let c = criterion("K1", direction: .atLeast, baseline: 99.8, target: 99.5)
        #expect(evaluateOne(c, [("2026-01-01", 99.2)], asOf: "2026-01-01")?.attainment == 0)
        let met = try #require(evaluateOne(c, [("2026-01-01", 99.6)], asOf: "2026-01-01"))
        #expect(met.attainment == 1 && met.status == .achieved && met.gap == 0)
    }

    /// at_most 5 with the threshold equal to the baseline: 5 meets it (≤), 6 does not (baseline on
    /// the meeting side → 0). realized = (6 − 5)·(−1)·100 = −100.
    @Test func thresholdAtMostEqualBaseline() throws {
        let c = criterion("K1", direction: .atMost, baseline: 5, target: 5, valuePerUnit: 100)
        #expect(evaluateOne(c, [("2026-01-01", 5)], asOf: "2026-01-01")?.status == .achieved)
        let e = try #require(evaluateOne(c, [("2026-01-01", 6)], asOf: "2026-01-01"))
        #expect(e.attainment == 0 && e.status == .offTrack && e.realizedValue == -100 && e.plannedValue == 0)
    }

    /// Stale: monthly (31 days) is stale after more than 46.5 days.
    @Test func staleness() throws {
        let c = criterion("K1", frequency: .monthly)
        #expect(evaluateOne(c, [("2026-01-01", 10)], asOf: "2026-02-16")?.stale == false) // 46 days
        #expect(evaluateOne(c, [("2026-01-01", 10)], asOf: "2026-02-17")?.stale == true)  // 47 days
    }

    /// Trend classification uses d: a clearly falling series is improving for a decrease criterion.
    @Test func classificationWithDirection() throws {
        let c = criterion("K1", direction: .decrease, baseline: 100, target: 0)
        let rows = (1...10).map { (Day(daysSinceEpoch: day("2025-01-01").daysSinceEpoch + 30 * $0).iso, 100.0 - Double($0) * 3) }
        let e = try #require(evaluateOne(c, rows, asOf: "2026-01-01"))
        #expect(e.trend.classification == .improving)
        #expect(close(e.trend.score, 1, 1e-15)) // tau = 1 (all pairs falling), d = −1 → score (−1)(−1)
    }
}
