import EffektModel
import EffektEvaluation
import EffektText

/// One criterion over time: the measurements, baseline, target, the planned path, the XmR mean
/// and limits of each charted segment (broken where a recalculation starts a new one), events and
/// the project's go-live.
struct CriterionChart {
    static let width = 640.0, height = 240.0
    static let left = 56.0, right = 88.0, top = 16.0, bottom = 26.0
    /// Above this many points the dots are left out and only the line is drawn.
    static let maxDots = 400

    var c: CriterionEvaluation
    var goLive: Day?
    var asOf: Day
    var id: String
    var w: Wording

    /// Days since epoch ↦ x.
    var x: LinearScale
    /// Value ↦ y (upwards).
    var y: LinearScale

    init(_ c: CriterionEvaluation, goLive: Day?, asOf: Day, id: String, w: Wording) {
        self.c = c; self.goLive = goLive; self.asOf = asOf; self.id = id; self.w = w
        let k = c.criterion
        var days = [k.baselineDate.daysSinceEpoch, k.targetDate.daysSinceEpoch, asOf.daysSinceEpoch]
        days += c.series.map(\.date.daysSinceEpoch) + c.milestones.map(\.date.daysSinceEpoch)
        let lo = Double(days.min() ?? 0), hi = Double(days.max() ?? 1)
        x = LinearScale(domain: (lo, hi), range: (Self.left, Self.width - Self.right))
        var values = [k.baseline, k.target] + c.series.map(\.value) + c.milestones.map(\.value)
        for s in Self.segments(c) { values += [s.mean, s.lowerLimit, s.upperLimit].compactMap { $0 } }
        values = values.filter(\.isFinite)
        var vlo = values.min() ?? 0, vhi = values.max() ?? 1
        if vhi == vlo { vlo -= 1; vhi += 1 }
        // A tenth of the span as air above and below, so no line sits on the frame.
        let pad = (vhi - vlo) / 10
        y = LinearScale(domain: (vlo - pad, vhi + pad), range: (Self.height - Self.bottom, Self.top))
    }

    /// The charted segments; before the evaluation fills `segments`, the single set of limits.
    static func segments(_ c: CriterionEvaluation) -> [SPCSegment] {
        guard let spc = c.spc else { return [] }
        if !spc.segments.isEmpty { return spc.segments.filter { $0.charted && $0.mean != nil } }
        return [SPCSegment(startIndex: 0, startDate: c.series.first?.date ?? Day(daysSinceEpoch: 0), points: spc.points,
                           charted: true, mean: spc.mean, mrBar: spc.mrBar, upperLimit: spc.upperLimit,
                           lowerLimit: spc.lowerLimit)]
    }

    /// The planned path's knots: (baseline date, baseline), the milestones, (target date, target).
    /// Only for criteria that move from a baseline to a target; a threshold has no path.
    var plannedPath: [(Day, Double)] {
        let k = c.criterion
        guard !k.direction.isThreshold else { return [] }
        return [(k.baselineDate, k.baseline)] + c.milestones.map { ($0.date, $0.value) } + [(k.targetDate, k.target)]
    }

    func px(_ d: Day) -> Double { x(Double(d.daysSinceEpoch)) }

    var svg: String {
        let k = c.criterion
        let unit = k.unit.map(w.clean).flatMap { $0.isEmpty ? nil : $0 }
        var s = SVG.open(width: Self.width, height: Self.height, className: "chart criterion-chart", id: id,
                         title: w.clean(k.id) + " " + w.clean(k.name), desc: description(unit))
        let plotLeft = Self.left, plotRight = Self.width - Self.right
        let plotTop = Self.top, plotBottom = Self.height - Self.bottom
        // Grid and axes.
        for v in Ticks.nice(y.domain.lo, y.domain.hi, count: 4) {
            s += SVG.line(plotLeft, y(v), plotRight, y(v), className: "grid")
            s += SVG.text(plotLeft - 6, y(v) + 4, w.value(v), className: "tick", anchor: "end")
        }
        // Quarter labels are ~55 px wide: beyond six, every other one is labelled.
        let ticks = timeTicks()
        for (i, (day, label)) in ticks.enumerated() {
            s += SVG.line(px(day), plotBottom, px(day), plotBottom + 4, className: "axis")
            if ticks.count <= 6 || i % 2 == 0 { s += SVG.text(px(day), plotBottom + 17, label, className: "tick", anchor: "middle") }
        }
        s += SVG.line(plotLeft, plotBottom, plotRight, plotBottom, className: "axis")
        // Each segment's band between its limits, under every line: it sets the SPC apart from
        // the dashed planned path.
        for (x1, x2, seg) in segmentSpans() {
            guard let u = seg.upperLimit, let l = seg.lowerLimit, u.isFinite, l.isFinite else { continue }
            s += "<rect class=\"spc-band\" x=\"\(SVG.n(x1))\" y=\"\(SVG.n(min(y(u), y(l))))\" width=\"\(SVG.n(x2 - x1))\" height=\"\(SVG.n(abs(y(l) - y(u))))\"/>"
        }
        // Reference lines, labelled at the right edge.
        s += SVG.line(plotLeft, y(k.baseline), plotRight, y(k.baseline), className: "baseline")
        s += SVG.line(plotLeft, y(k.target), plotRight, y(k.target), className: "target")
        let labels = edgeLabels([(y(k.target), w.pick("Mål ", "Target ") + w.value(k.target), "lbl-target"),
                                 (y(k.baseline), "Baseline " + w.value(k.baseline), "lbl-baseline")])
        for l in labels { s += SVG.text(plotRight + 4, l.0 + 4, l.1, className: l.2) }
        // SPC: each segment's mean and limits over its own stretch of dates.
        for (x1, x2, seg) in segmentSpans() {
            guard let mean = seg.mean else { continue }
            s += SVG.line(x1, y(mean), x2, y(mean), className: "spc-mean")
            if let u = seg.upperLimit { s += SVG.line(x1, y(u), x2, y(u), className: "spc-limit") }
            if let l = seg.lowerLimit { s += SVG.line(x1, y(l), x2, y(l), className: "spc-limit") }
        }
        let path = plannedPath
        if path.count >= 2 { s += SVG.polyline(path.map { (px($0.0), y($0.1)) }, className: "plan") }
        // Markers: go-live and events, numbered as in the list under the chart.
        if let g = goLive, g.daysSinceEpoch >= Int(x.domain.lo), g.daysSinceEpoch <= Int(x.domain.hi) {
            s += SVG.line(px(g), plotTop, px(g), plotBottom, className: "golive")
            s += SVG.text(px(g) + 3, plotTop + 8, w.pick("Idriftsat", "Go-live"), className: "lbl-golive")
        }
        for (i, e) in c.events.enumerated() where Double(e.date.daysSinceEpoch) >= x.domain.lo && Double(e.date.daysSinceEpoch) <= x.domain.hi {
            s += SVG.line(px(e.date), plotTop, px(e.date), plotBottom, className: e.recalculate ? "event recalc" : "event")
            s += SVG.text(px(e.date), plotTop - 4, String(i + 1), className: "lbl-event", anchor: "middle")
        }
        s += SVG.line(px(asOf), plotTop, px(asOf), plotBottom, className: "asof")
        // The measurements last, on top.
        if c.series.count >= 2 { s += SVG.polyline(c.series.map { (px($0.date), y($0.value)) }, className: "series") }
        if c.series.count <= Self.maxDots {
            let signals = Set(c.spc?.signals.map(\.index) ?? [])
            for (i, p) in c.series.enumerated() {
                let cls = p.isBaseline ? "pt base" : signals.contains(i) ? "pt signal" : "pt"
                s += "<circle cx=\"\(SVG.n(px(p.date)))\" cy=\"\(SVG.n(y(p.value)))\" r=\"\(signals.contains(i) ? "4" : "3")\" class=\"\(cls)\"/>"
            }
        }
        return s + "</svg>"
    }

    /// Each charted segment with the x of its first and last point.
    func segmentSpans() -> [(Double, Double, SPCSegment)] {
        Self.segments(c).compactMap { seg in
            let first = seg.startIndex, last = min(c.series.count, seg.startIndex + seg.points) - 1
            guard first >= 0, first <= last else { return nil }
            return (px(c.series[first].date), px(c.series[last].date), seg)
        }
    }

    /// Two labels at the right edge pushed apart when they would overlap (at least 12 px).
    func edgeLabels(_ labels: [(Double, String, String)]) -> [(Double, String, String)] {
        guard labels.count == 2 else { return labels }
        var a = labels[0], b = labels[1]
        if abs(a.0 - b.0) < 12 {
            let mid = (a.0 + b.0) / 2
            if a.0 <= b.0 { a.0 = mid - 6; b.0 = mid + 6 } else { a.0 = mid + 6; b.0 = mid - 6 }
        }
        return [a, b]
    }

    /// Year starts when the chart spans more than about two years, else quarter starts.
    func timeTicks() -> [(Day, String)] {
        let lo = Day(daysSinceEpoch: Int(x.domain.lo)), hi = Day(daysSinceEpoch: Int(x.domain.hi))
        var out: [(Day, String)] = []
        if x.domain.hi - x.domain.lo > 800 {
            // Round years (steps of 1, 2, 5, 10 …), at most eight: a target date in 9999 must not
            // draw eight thousand ticks.
            let last = max(lo.year, hi.year)
            let years = last - lo.year <= 8 ? Array(lo.year...last)
                : Ticks.nice(Double(lo.year), Double(last), count: 7).map { Int($0) }
            for year in years {
                guard let d = Day(year: year, month: 1, day: 1), d >= lo, d <= hi else { continue }
                out.append((d, String(year)))
            }
        } else {
            var q = Quarter(containing: lo)
            while q.firstDay <= hi && out.count < 16 {
                if q.firstDay >= lo { out.append((q.firstDay, w.quarterShort(q))) }
                q = Quarter(containing: Day(daysSinceEpoch: q.lastDay.daysSinceEpoch + 1))
            }
        }
        return out
    }

    /// The figures the drawing shows, as a sentence for screen readers.
    func description(_ unit: String?) -> String {
        let k = c.criterion
        var parts = ["Baseline " + w.value(k.baseline, unit: unit) + " (" + w.date(k.baselineDate) + ")",
                     w.pick("mål ", "target ") + w.value(k.target, unit: unit) + " (" + w.date(k.targetDate) + ")"]
        if let v = c.latestValue, let d = c.latestDate {
            parts.append(w.pick("seneste måling ", "latest measurement ") + w.value(v, unit: unit) + " (" + w.date(d) + ")")
        }
        parts.append(w.count(c.measurements, "måling", "målinger", "measurement", "measurements"))
        if !k.direction.isThreshold { parts.append(w.pick("planlagt nu ", "planned now ") + w.value(c.plannedNow, unit: unit)) }
        for m in c.milestones { parts.append(w.pick("delmål ", "milestone ") + w.value(m.value, unit: unit) + " (" + w.date(m.date) + ")") }
        for seg in Self.segments(c) {
            guard let mean = seg.mean else { continue }
            parts.append(w.pick("SPC-middel ", "SPC mean ") + w.value(mean) + ", " + w.pick("grænser ", "limits ")
                         + w.value(seg.lowerLimit) + "–" + w.value(seg.upperLimit) + w.pick(" fra ", " from ") + w.date(seg.startDate))
        }
        return parts.joined(separator: "; ") + "."
    }
}
