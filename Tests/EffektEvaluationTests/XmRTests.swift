import EffektModel
import Testing
@testable import EffektEvaluation

@Suite struct XmRTests {
    static func dates(_ n: Int) -> [Day] { (0..<n).map { Day(daysSinceEpoch: 20_000 + 30 * $0) } }

    /// A constant series: mean 5, every moving range 0 → mr_bar 0 (no screening), limits at 5,
    /// no rule fires (nothing is strictly beyond a limit or strictly on one side of the mean),
    /// common cause; a target of 6 above the upper limit fails for an increase.
    @Test func constantSeries() throws {
        let spc = try #require(XmR.chart(dates: Self.dates(12), values: Array(repeating: 5, count: 12), d: 1, target: 6, minimumPoints: 12))
        #expect(spc.mean == 5 && spc.mrBar == 0 && spc.upperLimit == 5 && spc.lowerLimit == 5)
        #expect(spc.signals.isEmpty)
        #expect(spc.variation == .commonCause)
        #expect(spc.assurance == .fail)
        #expect(spc.trial)
    }

    @Test func needsMinimumPoints() {
        #expect(XmR.chart(dates: Self.dates(11), values: Array(repeating: 5, count: 11), d: 1, target: 6, minimumPoints: 12) == nil)
    }

    /// y = 1,2,3,4,5,6,7,6,5,4,3,2,1 (n = 13): mean = 49/13 = 3.7692; every moving range is 1 →
    /// mr_bar = 1; limits 3.7692 ± 2.66 = 6.4292 / 1.1092; near-limit lines 5.5426 / 1.9959.
    /// outside_limits: 1 (index 0, low), 7 (index 6, high), 1 (index 12, low).
    /// trend: 1→7 rises in 6 steps (indices 0–6), 7→1 falls in 6 (6–12): the shared point 6 takes
    /// the later trend's direction (low).
    /// two_of_three: window 5–7 (6,7,6) lies above the mean and 6, 6 are beyond 5.5426 but within
    /// 6.4292 → indices 5 and 7 (7 itself is outside the limits).
    /// shift: 4,5,6,7,6,5,4 (indices 3–9) are 7 points above the mean.
    /// The last point's first rule is outside_limits, low, with d = +1: concern.
    @Test func sharedTrendPointAndAllRules() throws {
        let y: [Double] = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1]
        let spc = try #require(XmR.chart(dates: Self.dates(13), values: y, d: 1, target: 10, minimumPoints: 12))
        #expect(close(spc.mean, 49.0 / 13.0, 1e-15) && spc.mrBar == 1)
        #expect(close(spc.upperLimit, 49.0 / 13.0 + 2.66, 1e-15))
        let got = spc.signals.map { "\($0.index) \($0.rule.rawValue) \($0.side.rawValue)" }
        let expected = [
            "0 outside_limits low", "0 trend high", "1 trend high", "2 trend high",
            "3 trend high", "3 shift high", "4 trend high", "4 shift high",
            "5 trend high", "5 two_of_three high", "5 shift high",
            "6 outside_limits high", "6 trend low", "6 shift high",
            "7 trend low", "7 two_of_three high", "7 shift high",
            "8 trend low", "8 shift high", "9 trend low", "9 shift high",
            "10 trend low", "11 trend low", "12 outside_limits low", "12 trend low",
        ]
        #expect(got == expected)
        #expect(spc.variation == .concern)
        #expect(spc.assurance == .fail) // target 10 > upper limit 6.43 with d = +1
        #expect(spc.signals[0].date == Self.dates(13)[0])
    }

    /// A tie breaks a trend: 1,2,3,3,4,5,6,7 has runs of 3 and 5 points, no trend.
    @Test func tieBreaksTrend() throws {
        let y: [Double] = [1, 2, 3, 3, 4, 5, 6, 7, 7, 7, 7, 7]
        let spc = try #require(XmR.chart(dates: Self.dates(12), values: y, d: -1, target: 0, minimumPoints: 12))
        #expect(!spc.signals.contains { $0.rule == .trend })
    }

    /// Moving-range screening: y = 0×6, 100, 0×5 → ranges 0,…,100,100,0,… (11 ranges, two of 100)
    /// → first mr_bar = 200/11 = 18.18; 100 ≥ 3.267·18.18 = 59.4 → both screened out → mr_bar = 0.
    @Test func screeningRemovesLargeRanges() throws {
        var y = Array(repeating: 0.0, count: 12); y[6] = 100
        let spc = try #require(XmR.chart(dates: Self.dates(12), values: y, d: 1, target: 1, minimumPoints: 12))
        #expect(spc.mrBar == 0)
        #expect(spc.signals.contains { $0.rule == .outsideLimits && $0.index == 6 && $0.side == .high })
    }

    /// Assurance for a decrease: a target below the lower limit fails, above the upper passes,
    /// between the limits is hit and miss.
    @Test func assuranceForDecrease() throws {
        let y: [Double] = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11] // mean 10.5, mr_bar 1
        let below = try #require(XmR.chart(dates: Self.dates(12), values: y, d: -1, target: 5, minimumPoints: 12))
        let above = try #require(XmR.chart(dates: Self.dates(12), values: y, d: -1, target: 20, minimumPoints: 12))
        let inside = try #require(XmR.chart(dates: Self.dates(12), values: y, d: -1, target: 10, minimumPoints: 12))
        #expect(below.assurance == .fail && above.assurance == .pass && inside.assurance == .hitAndMiss)
        #expect(below.variation == .commonCause)
    }
}
