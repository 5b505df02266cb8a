import EffektModel
import Testing
@testable import EffektEvaluation

@Suite struct ForecastTests {
    static let t0 = day("2025-01-01")
    static func at(_ offset: Int) -> String { Day(daysSinceEpoch: t0.daysSinceEpoch + offset).iso }

    /// Points (t0, 0), (t0+10, 10), (t0+20, 20), (t0+30, 30): every slope is 1 per day; intercept =
    /// median(y) 15 − 1·median(t) (t0 + 15) = −t0. Target 100 on 2026-01-01 (t0 + 365):
    /// value at T = 365, attainment 3.65, on course; t* = (100 + t0)/1 = t0 + 100 → reach 2025-04-11.
    @Test func projected() throws {
        let c = criterion("K1", baseline: 0, target: 100, targetDate: "2026-01-01")
        let e = try #require(evaluateOne(c, [(Self.at(10), 10), (Self.at(20), 20), (Self.at(30), 30)], asOf: Self.at(30)))
        #expect(e.trend.slopePerDay == 1 && e.trend.intercept == -Double(Self.t0.daysSinceEpoch))
        #expect(e.forecast.valueAtTargetDate == 365 && e.forecast.attainmentAtTargetDate == 3.65)
        #expect(e.forecast.onCourse == true && e.forecast.state == .projected)
        #expect(e.forecast.reachDate == day("2025-04-11"))
    }

    /// Slope 1/3 per day (points every 3 days, +1 each): t* = t0 + 30 up to rounding in the
    /// intercept (t counts from 1970); within 1e-6 of a whole day it is that day, not the next.
    @Test func reachDayWithinToleranceOfWholeDay() throws {
        let c = criterion("K1", baseline: 0, target: 10, targetDate: "2026-01-01")
        let e = try #require(evaluateOne(c, [(Self.at(3), 1), (Self.at(6), 2), (Self.at(9), 3)], asOf: Self.at(9)))
        #expect(e.forecast.reachDate == Day(daysSinceEpoch: Self.t0.daysSinceEpoch + 30))
    }

    /// A falling series for an increase criterion: slope·d ≤ 0 → not_reaching (value and
    /// attainment at T are still reported).
    @Test func notReaching() throws {
        let c = criterion("K1", baseline: 50, target: 100)
        let e = try #require(evaluateOne(c, [(Self.at(30), 45), (Self.at(60), 40)], asOf: Self.at(60)))
        #expect(e.forecast.state == .notReaching && e.forecast.onCourse == false && e.forecast.attainmentAtTargetDate != nil)
    }

    /// A very slow rise: reach day after as-of + 10 years → beyond_horizon; with a 1000-year
    /// horizon it is projected.
    @Test func beyondHorizon() throws {
        let c = criterion("K1", baseline: 0, target: 100)
        let rows = [(Self.at(365), 1.0), (Self.at(730), 2.0)] // 1 a year: 100 after ~100 years
        #expect(evaluateOne(c, rows, asOf: Self.at(730))?.forecast.state == .beyondHorizon)
        var s = Settings(); s.forecastHorizonYears = 1000
        #expect(evaluateOne(c, rows, asOf: Self.at(730), settings: s)?.forecast.state == .projected)
    }

    /// Threshold: at_least 99.5 from 99.0, rising 0.1 per 30 days: the line crosses 99.5 at
    /// t0 + 150; value at T decides on_course with the threshold rule (met → attainment 1).
    @Test func thresholdForecast() throws {
        let c = criterion("K1", direction: .atLeast, baseline: 99, target: 99.5, targetDate: "2026-01-01")
        let e = try #require(evaluateOne(c, [(Self.at(30), 99.1), (Self.at(60), 99.2), (Self.at(90), 99.3)], asOf: Self.at(90)))
        #expect(e.forecast.state == .projected && e.forecast.attainmentAtTargetDate == 1 && e.forecast.onCourse == true)
        let reach = try #require(e.forecast.reachDate)
        #expect(abs(reach.daysSinceEpoch - (Self.t0.daysSinceEpoch + 150)) <= 1)
    }
}
