import Testing
import EffektModel
import EffektEvaluation
@testable import EffektExcel

/// What a chart draws, before anything is written.
@Suite struct CriterionChartDataTests {
    static let day = Fixture.day

    /// K2 of the fixture: "Sagsbehandlingstid", decrease 30 → 10, series 30, 28, 26.
    static func decreasing(signals: [SPCSignal], segments: [SPCSegment]) -> (CriterionEvaluation, ProjectEvaluation) {
        let e = Fixture.make()
        var ce = e.projects[0].criteria[1]
        ce.spc = SPC(points: 3, mean: 28, mrBar: 2, upperLimit: 33.32, lowerLimit: 22.68, trial: true, signals: signals,
                     variation: .commonCause, assurance: .hitAndMiss, segments: segments)
        return (ce, e.projects[0])
    }

    @Test func aHighPointOfADecreasingCriterionIsAConcern() {
        // Index 1 (28) flagged high, index 2 (26) flagged low: for a decrease, high is worse.
        let (ce, p) = Self.decreasing(signals: [SPCSignal(rule: .shift, index: 1, date: Self.day("2025-06-30"), side: .high),
                                                SPCSignal(rule: .outsideLimits, index: 2, date: Self.day("2025-12-31"), side: .low)],
                                      segments: [])
        let d = CriterionChartData(ce, project: p, language: .da)
        #expect(d.concern == [nil, 28, nil])
        #expect(d.improvement == [nil, nil, 26])
        // No segments yet: one over the whole series with the SPC's own limits.
        #expect(d.segments == [CriterionChartData.Segment(first: Self.day("2025-01-01"), last: Self.day("2025-12-31"),
                                                          mean: 28, upper: 33.32, lower: 22.68)])
        // The value span covers the series (26–30), the plan (30 → 10) and the limits (22.68–33.32).
        #expect(d.low == 10 && d.high == 33.32)
    }

    @Test func unchartedSegmentsDrawNothingAndTheRestEndBeforeTheNext() {
        let (ce, p) = Self.decreasing(signals: [], segments: [
            SPCSegment(startIndex: 0, startDate: Self.day("2025-01-01"), points: 1, charted: false),
            SPCSegment(startIndex: 1, startDate: Self.day("2025-06-30"), points: 2, charted: true, mean: 27, mrBar: 2,
                       upperLimit: 32.32, lowerLimit: 21.68, reason: "Ny proces"),
        ])
        let d = CriterionChartData(ce, project: p, language: .da)
        #expect(d.segments == [CriterionChartData.Segment(first: Self.day("2025-06-30"), last: Self.day("2025-12-31"),
                                                          mean: 27, upper: 32.32, lower: 21.68)])
        #expect(d.isXmR)
    }

    @Test func eventsByDateWithTheGoLiveFirstOnATie() {
        var (ce, p) = Self.decreasing(signals: [], segments: [])
        p.project.goLive = Self.day("2025-06-30")
        ce.events = [
            EvaluatedEvent(date: Self.day("2025-06-30"), criterionID: "K2", text: "Ny proces", recalculate: true, startsSegment: true),
            EvaluatedEvent(date: Self.day("2024-12-01"), criterionID: nil, text: "Beslutning", recalculate: true, startsSegment: false),
        ]
        let d = CriterionChartData(ce, project: p, language: .en)
        #expect(d.events.map(\.number) == [1, 2, 3])
        #expect(d.events.map(\.text) == [
            "Beslutning — recalculation changes nothing (on or before the first point or after the last)",
            "Go-live",
            "Ny proces — new control limits from here",
        ])
        // The time span takes in the earliest event.
        #expect(d.from == Self.day("2024-12-01"))
        #expect(d.to == Self.day("2027-12-31"))
    }

    @Test func aPlainRunChartHasNoXmRParts() {
        let e = Fixture.make()
        let d = CriterionChartData(e.projects[1].criteria[0], project: e.projects[1], language: .da)
        #expect(!d.isXmR)
        #expect(d.improvement == [nil, nil] && d.concern == [nil, nil])
        #expect(d.plan.map(\.value) == [0, 12])
        #expect(d.events.isEmpty)
    }
}
