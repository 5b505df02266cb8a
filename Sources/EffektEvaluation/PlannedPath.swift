import EffektModel

/// The planned path P(t) of a criterion (Docs/methodology.md, "Den planlagte kurve"): straight
/// lines through the knots (t0, b), the milestones in date order, and (T, g); P(t) = b before
/// t0 and g after T. Without milestones it is the straight line from baseline to target.
struct PlannedPath: Sendable {
    /// Knot days (strictly increasing) and values; at least the two end knots.
    let days: [Int]
    let values: [Double]

    /// `milestones` must lie strictly between the baseline and target dates, one per day (the
    /// import guarantees both); any that do not are left out rather than bend the path backwards.
    init(_ c: Criterion, milestones: [PlannedPoint]) {
        let t0 = c.baselineDate.daysSinceEpoch, t1 = c.targetDate.daysSinceEpoch
        var days = [t0], values = [c.baseline]
        for m in milestones.sorted(by: { $0.date < $1.date }) {
            let t = m.date.daysSinceEpoch
            guard t > days[days.count - 1], t < t1 else { continue }
            days.append(t); values.append(m.value)
        }
        days.append(max(t1, t0)); values.append(c.target)
        self.days = days; self.values = values
    }

    /// P(day).
    func value(at day: Int) -> Double {
        if day <= days[0] { return values[0] }
        let last = days.count - 1
        if day >= days[last] { return values[last] }
        // The segment (k − 1, k] holding `day`; knots are few, so a linear scan is fastest.
        var k = 1
        while days[k] < day { k += 1 }
        let (ta, tb) = (days[k - 1], days[k])
        let (ya, yb) = (values[k - 1], values[k])
        return ya + (yb - ya) * Double(day - ta) / Double(tb - ta)
    }
}
