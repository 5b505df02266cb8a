import EffektModel
import Testing
@testable import EffektEvaluation

/// SPC per segment: recalculating events cut the series S, each segment gets its own limits and
/// rules, and one segment gives exactly the figures of the whole-series chart.
@Suite struct SegmentTests {
    static func dates(_ n: Int, from start: String = "2024-01-01") -> [Day] {
        let first = day(start)
        return (0..<n).map { first.adding(days: 30 * $0) }
    }

    /// 10, 11, 10, 11, … (12 points), then 20, 21, 20, 21, … (12 points).
    static let steps: [Double] = (0..<24).map { (i: Int) -> Double in Double((i < 12 ? 10 : 20) + i % 2) }

    static func event(_ iso: String, _ text: String = "Ny arbejdsgang", recalculate: Bool = true) -> EvaluatedEvent {
        EvaluatedEvent(date: day(iso), criterionID: "K1", text: text, recalculate: recalculate)
    }

    /// Points every 30 days from 2024-01-01: index 12 is 2024-12-26, index 11 is 2024-11-26.
    /// An event on 2024-12-01 starts a segment at index 12; on or before the first point, or
    /// after the last, it starts nothing; two events before one point make one cut, with the
    /// later event's text.
    @Test func cutsFromEvents() {
        let d = Self.dates(24)
        #expect(SPCSegments.cuts(dates: d, events: [Self.event("2024-12-01")]) == [.init(start: 12, reason: "Ny arbejdsgang")])
        #expect(SPCSegments.cuts(dates: d, events: [Self.event("2024-12-26")]).map(\.start) == [12])
        #expect(SPCSegments.cuts(dates: d, events: [Self.event("2024-01-01"), Self.event("2023-05-01")]).isEmpty)
        #expect(SPCSegments.cuts(dates: d, events: [Self.event("2030-01-01")]).isEmpty)
        #expect(SPCSegments.cuts(dates: d, events: [Self.event("2024-12-01", recalculate: false)]).isEmpty)
        #expect(SPCSegments.cuts(dates: d, events: [Self.event("2024-12-20", "B"), Self.event("2024-12-01", "A")])
                == [.init(start: 12, reason: "B")])
    }

    /// Two segments of 12: values 10, 11 alternating (mean 10.5, moving ranges all 1 → mr_bar 1,
    /// limits 10.5 ± 2.66), then 20, 21 alternating (mean 20.5, limits 20.5 ± 2.66). Without
    /// the cut the second half lies far above one common mean: a shift of 12 points. With it,
    /// no moving range crosses the boundary (the jump of 9 would be one) and no signal fires.
    @Test func eachSegmentHasItsOwnLimits() throws {
        let y = Self.steps
        let d = Self.dates(24)
        let cut = SPCSegments.cuts(dates: d, events: [Self.event("2024-12-01")])
        let spc = try #require(XmR.chart(dates: d, values: y, d: 1, target: 30, minimumPoints: 12, cuts: cut))
        #expect(spc.segments.count == 2)
        #expect(spc.segments[0].mean == 10.5 && spc.segments[0].mrBar == 1 && spc.segments[0].charted)
        #expect(spc.segments[1].mean == 20.5 && spc.segments[1].mrBar == 1 && spc.segments[1].startIndex == 12)
        #expect(spc.segments[1].reason == "Ny arbejdsgang" && spc.segments[0].reason == nil)
        #expect(spc.mean == 20.5 && close(spc.upperLimit, 23.16, 1e-12) && close(spc.lowerLimit, 17.84, 1e-12))
        #expect(spc.signals.isEmpty && spc.variation == .commonCause)
        // Target 30 above the last segment's upper limit with d = +1 → fail; 12 points → trial.
        #expect(spc.assurance == .fail && spc.trial)
        let whole = try #require(XmR.chart(dates: d, values: y, d: 1, target: 30, minimumPoints: 12))
        #expect(whole.signals.contains { $0.rule == .shift })
    }

    /// A short last segment (5 points after 12) is not charted: its points get no signals, the
    /// spc object takes the first segment's figures, and variation is common cause because the
    /// last point lies in an uncharted segment.
    @Test func shortSegmentIsNotCharted() throws {
        let y: [Double] = Array(Self.steps.prefix(12)) + [50, 51, 52, 53, 54]
        let d = Self.dates(17)
        let cut = SPCSegments.cuts(dates: d, events: [Self.event("2024-12-01")])
        let spc = try #require(XmR.chart(dates: d, values: y, d: 1, target: 30, minimumPoints: 12, cuts: cut))
        #expect(spc.segments.map(\.charted) == [true, false] && spc.segments[1].points == 5)
        #expect(spc.segments[1].mean == nil && spc.mean == 10.5)
        #expect(spc.signals.isEmpty && spc.variation == .commonCause && spc.points == 17)
        // No segment charted: no chart.
        let early = SPCSegments.cuts(dates: d, events: [Self.event("2024-06-01")])
        #expect(XmR.chart(dates: d, values: y, d: 1, target: 30, minimumPoints: 12, cuts: early) == nil)
    }

    /// spc_fix_after = 12 on 24 points: the limits come from the first 12 (10/11 alternating:
    /// mean 10.5, mr_bar 1, upper 13.16), so the later 20s lie above the upper limit.
    @Test func fixedLimitsFromTheFirstPoints() throws {
        let y = Self.steps
        let spc = try #require(XmR.chart(dates: Self.dates(24), values: y, d: 1, target: 30, minimumPoints: 12, fixAfter: 12))
        #expect(spc.mean == 10.5 && spc.mrBar == 1 && close(spc.upperLimit, 13.16, 1e-12))
        #expect(spc.signals.filter { $0.rule == .outsideLimits }.map(\.index) == Array(12..<24))
        #expect(spc.variation == .improvement && !spc.trial)
    }

    /// Through the evaluator: a project-wide recalculating event concerns every criterion, and
    /// the criterion's events say whether they cut its series.
    @Test func projectWideEventCutsEveryCriterion() throws {
        let c = criterion("K1", baseline: 10, baselineDate: "2023-12-31", target: 40, targetDate: "2027-01-01",
                          frequency: .monthly)
        let rows = (0..<23).map { i in (0, Self.dates(23)[i].iso, Self.steps[i + 1]) }
        let events = [
            ProjectEvent(projectID: "P1", criterionID: nil, date: day("2024-11-15"), text: "Ny arbejdsgang", recalculate: true, line: 2),
            ProjectEvent(projectID: "P1", criterionID: "K1", date: day("2023-06-01"), text: "For tidligt", recalculate: true, line: 3),
            ProjectEvent(projectID: "P1", criterionID: "K9", date: day("2024-03-01"), text: "Andet kriterie", recalculate: true, line: 4),
        ]
        let data = Dataset(criteria: [c], measurements: measurements(rows), events: events)
        let p = try #require(Evaluator.evaluate(data, asOf: day("2025-12-31")).projects.first)
        let e = p.criteria[0]
        // S = baseline (2023-12-31) + 23 points; 2024-11-15 falls before index 12 of S
        // (the 12th measurement, 2024-11-26).
        #expect(e.spc?.segments.map(\.startIndex) == [0, 12])
        #expect(e.events.map(\.text) == ["For tidligt", "Ny arbejdsgang"])
        #expect(e.events.map(\.startsSegment) == [false, true])
        // The project's list: by date; K9's event is listed (it is the project's), not applied.
        #expect(p.events.map(\.text) == ["For tidligt", "Andet kriterie", "Ny arbejdsgang"])
    }
}
