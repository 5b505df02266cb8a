import EffektModel

/// The planned path P(t) of a criterion (Docs/methodology.md, "Den planlagte kurve"): straight
/// lines through the knots (t0, b), the milestones in date order, and (T, g); P(t) = b before
/// t0 and g after T. Without milestones it is the straight line from baseline to target.
struct PlannedPath: Sendable {
    let t0: Int, baseline: Double
    let t1: Int, target: Double
    /// The inner knots: strictly inside (t0, T), strictly increasing dates.
    let milestones: [PlannedPoint]

    /// The import guarantees milestones strictly inside the window, one per day; they are
    /// usually handed over in date order too, so the common case copies nothing. Any others are
    /// sorted, and those outside the window or on a taken day left out, rather than bend the
    /// path backwards.
    init(_ c: Criterion, milestones: [PlannedPoint]) {
        t0 = c.baselineDate.daysSinceEpoch; baseline = c.baseline
        t1 = max(c.targetDate.daysSinceEpoch, t0); target = c.target
        if Self.isInner(milestones, t0, t1) {
            self.milestones = milestones
        } else {
            var kept = [PlannedPoint]()
            for m in milestones.sorted(by: { $0.date < $1.date }) where m.date.daysSinceEpoch < t1 {
                if m.date.daysSinceEpoch > (kept.last?.date.daysSinceEpoch ?? t0) { kept.append(m) }
            }
            self.milestones = kept
        }
    }

    private static func isInner(_ ms: [PlannedPoint], _ t0: Int, _ t1: Int) -> Bool {
        var last = t0
        for m in ms {
            let t = m.date.daysSinceEpoch
            guard t > last, t < t1 else { return false }
            last = t
        }
        return true
    }

    /// P(day).
    func value(at day: Int) -> Double {
        if day <= t0 { return baseline }
        if day >= t1 { return target }
        // The knots around `day`; milestones are few, so a linear scan is fastest.
        var (ta, ya) = (t0, baseline)
        for m in milestones {
            let t = m.date.daysSinceEpoch
            if t == day { return m.value }
            if t > day {
                return ya + (m.value - ya) * Double(day - ta) / Double(t - ta)
            }
            (ta, ya) = (t, m.value)
        }
        return ya + (target - ya) * Double(day - ta) / Double(t1 - ta)
    }
}
