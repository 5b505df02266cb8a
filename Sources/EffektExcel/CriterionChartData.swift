import EffektModel
import EffektEvaluation

/// What one criterion's chart on Grafer draws, worked out before anything is written (a pure
/// value, so tests can check it): the series S, the planned path, and — when the criterion has
/// SPC — the XmR lines per charted segment, the special-cause points in their colours, and the
/// events as numbered vertical lines.
struct CriterionChartData {
    /// A charted segment's constant lines, drawn from its first to its last point.
    struct Segment: Equatable {
        var first: Day
        var last: Day
        var mean: Double
        var upper: Double
        var lower: Double
    }

    /// An event listed under the chart; `number` is the label on its vertical line.
    struct Event: Equatable {
        var number: Int
        var date: Day
        var text: String
    }

    var points: [SeriesPoint]
    /// The planned path's knots: (baseline date, baseline), the milestones, (target date, target).
    var plan: [PlannedPoint]
    /// Empty when the chart is a plain run chart (no SPC).
    var segments: [Segment]
    /// Per point of S: its value when a special cause flags it as an improvement (or a concern).
    var improvement: [Double?]
    var concern: [Double?]
    var events: [Event]
    /// The chart's time span and the value span the event lines cover.
    var from: Day
    var to: Day
    var low: Double
    var high: Double

    var isXmR: Bool { !segments.isEmpty }

    /// The criterion's direction as a sign d (Docs/methodology.md): 0 when an increase/decrease target equals
    /// its baseline (then, as in the evaluation's variation, nothing counts as an improvement).
    static func sign(_ c: Criterion) -> Double {
        switch c.direction {
        case .atLeast: return 1
        case .atMost: return -1
        case .increase, .decrease: return c.target > c.baseline ? 1 : c.target < c.baseline ? -1 : 0
        }
    }

    init(_ ce: CriterionEvaluation, project: ProjectEvaluation, language l: Language) {
        let c = ce.criterion
        points = ce.series
        plan = [PlannedPoint(date: c.baselineDate, value: c.baseline)] + ce.milestones
            + [PlannedPoint(date: c.targetDate, value: c.target)]
        segments = Self.segments(ce)
        improvement = Array(repeating: nil, count: points.count)
        concern = Array(repeating: nil, count: points.count)
        if let spc = ce.spc, !segments.isEmpty {
            let d = Self.sign(c)
            // A point's reading is the first rule (in the rule order of Docs/methodology.md §5) that flags it.
            var reading: [Int: SPCSignal] = [:]
            for s in spc.signals where s.index >= 0 && s.index < points.count {
                if let r = reading[s.index], SPCSheet.order(r.rule) <= SPCSheet.order(s.rule) { continue }
                reading[s.index] = s
            }
            for (i, s) in reading {
                let improving = d != 0 && (s.side == .high) == (d > 0)
                if improving { improvement[i] = points[i].value } else { concern[i] = points[i].value }
            }
        }
        let listed = Self.events(ce, project: project, language: l)
        let dates = points.map(\.date) + plan.map(\.date) + listed.map(\.date)
        from = dates.min() ?? c.baselineDate
        to = dates.max() ?? c.targetDate
        var values = points.map(\.value) + plan.map(\.value)
        for s in segments { values += [s.mean, s.upper, s.lower] }
        let finite = values.filter(\.isFinite)
        low = finite.min() ?? 0
        high = finite.max() ?? 1
        events = listed.enumerated().map { Event(number: $0.offset + 1, date: $0.element.date, text: $0.element.text) }
    }

    /// Charted segments with their first and last point's dates. Before the evaluation fills
    /// `segments`, an SPC without them is one segment over the whole series.
    static func segments(_ ce: CriterionEvaluation) -> [Segment] {
        guard let spc = ce.spc, let lastPoint = ce.series.last else { return [] }
        if spc.segments.isEmpty {
            guard let first = ce.series.first else { return [] }
            return [Segment(first: first.date, last: lastPoint.date, mean: spc.mean, upper: spc.upperLimit, lower: spc.lowerLimit)]
        }
        var out: [Segment] = []
        for (k, s) in spc.segments.enumerated() {
            guard s.charted, let mean = s.mean, let upper = s.upperLimit, let lower = s.lowerLimit else { continue }
            let end = k + 1 < spc.segments.count ? spc.segments[k + 1].startIndex - 1 : ce.series.count - 1
            guard s.startIndex >= 0, end >= s.startIndex, end < ce.series.count else { continue }
            out.append(Segment(first: ce.series[s.startIndex].date, last: ce.series[end].date, mean: mean, upper: upper, lower: lower))
        }
        return out
    }

    /// The criterion's events and the project's go-live (not an event in the file: shown, never
    /// recalculating), by date, go-live first on a tie. A recalculation says what it did.
    static func events(_ ce: CriterionEvaluation, project: ProjectEvaluation, language l: Language) -> [(date: Day, text: String)] {
        var list: [(date: Day, text: String, order: Int)] = []
        if let goLive = project.project.goLive {
            list.append((goLive, l.pick("Idriftsat", "Go-live"), 0))
        }
        for (i, ev) in ce.events.enumerated() {
            var text = ev.text
            if ev.recalculate {
                text += ev.startsSegment
                    ? l.pick(" — nye kontrolgrænser herfra", " — new control limits from here")
                    : l.pick(" — genberegning ændrer intet (på eller før første punkt eller efter sidste)",
                             " — recalculation changes nothing (on or before the first point or after the last)")
            }
            list.append((ev.date, text, i + 1))
        }
        list.sort { $0.date != $1.date ? $0.date < $1.date : $0.order < $1.order }
        return list.map { ($0.date, $0.text) }
    }
}
