import EffektModel

/// The per-criterion rules of Docs/methodology.md that do not need a trend: direction, latest value,
/// attainment, expected progress, gap, status, staleness, due date and value.
enum CriterionAssessment {
    /// d = sign(g − b) for increase/decrease, +1 for at_least, −1 for at_most.
    static func direction(_ c: Criterion) -> Int {
        switch c.direction {
        case .atLeast: return 1
        case .atMost: return -1
        case .increase, .decrease: return c.target > c.baseline ? 1 : (c.target < c.baseline ? -1 : 0)
        }
    }

    /// Whether a value meets a threshold criterion's target (≥ for at_least, ≤ for at_most).
    static func meetsThreshold(_ c: Criterion, _ value: Double) -> Bool {
        c.direction == .atMost ? value <= c.target : value >= c.target
    }

    /// Attainment of `value`: (value − b)/(g − b); for threshold criteria 1 when met, else that
    /// ratio when the baseline was on the failing side, else 0.
    static func attainment(_ c: Criterion, _ value: Double) -> Double {
        let b = c.baseline, g = c.target
        if c.direction.isThreshold {
            if meetsThreshold(c, value) { return 1 }
            return Double(direction(c)) * (g - b) > 0 ? (value - b) / (g - b) : 0
        }
        // Target = baseline is rejected at import; should one arrive, meeting it counts as done.
        if g == b {
            let met = c.direction == .decrease ? value <= g : value >= g
            return met ? 1 : 0
        }
        return (value - b) / (g - b)
    }

    /// (P(A) − b)/(g − b) on the planned path, not clamped: a planned dip below the baseline is
    /// a negative expectation. Without milestones, clamp((A − t0)/(T − t0), 0, 1), computed in
    /// that form so the straight line gives exactly the figures it always gave. 1 for threshold
    /// criteria.
    static func expected(_ c: Criterion, path: PlannedPath, asOf: Day) -> Double {
        if c.direction.isThreshold { return 1 }
        guard !path.milestones.isEmpty, c.target != c.baseline else { return expected(c, asOf: asOf) }
        return (path.value(at: asOf.daysSinceEpoch) - c.baseline) / (c.target - c.baseline)
    }

    /// clamp((A − t0)/(T − t0), 0, 1); 1 for threshold criteria.
    static func expected(_ c: Criterion, asOf: Day) -> Double {
        if c.direction.isThreshold { return 1 }
        let span = c.baselineDate.days(to: c.targetDate)
        guard span > 0 else { return asOf >= c.targetDate ? 1 : 0 }
        let e = Double(c.baselineDate.days(to: asOf)) / Double(span)
        return min(max(e, 0), 1)
    }

    static func status(_ c: Criterion, attainment: Double?, expected: Double, asOf: Day, settings: Settings) -> Status {
        guard let a = attainment else { return .noData }
        if a >= 1 { return .achieved }
        if asOf > c.targetDate { return .missed }
        if c.direction.isThreshold { return .offTrack }
        return gapStatus(expected - a, settings)
    }

    /// Binary rounding must not move a gap a controller computes as exactly 0.10 across the
    /// threshold (0.4 − 0.3 is 0.10000000000000003 in doubles): gaps within this of a threshold
    /// count as on it. Rounding errors here are around 1e-16; a real excess of 1e-9 must count.
    static let thresholdSlack = 1e-12

    /// The gap thresholds shared by criteria, projects and the portfolio.
    static func gapStatus(_ gap: Double, _ settings: Settings) -> Status {
        if gap <= settings.onTrackTolerance + thresholdSlack { return .onTrack }
        if gap <= settings.atRiskTolerance + thresholdSlack { return .atRisk }
        return .offTrack
    }

    /// Stale: more than staleFactor × the frequency's days since the latest measurement (or t0).
    static func isStale(_ c: Criterion, latest: Day?, asOf: Day, settings: Settings) -> Bool {
        let from = latest ?? c.baselineDate
        return Double(from.days(to: asOf)) > settings.staleFactor * Double(c.frequency.days)
    }

    static func dueDate(_ c: Criterion, latest: Day?) -> Day {
        (latest ?? c.baselineDate).adding(days: c.frequency.days)
    }

    /// (latest − b)·d·value_per_unit, with data and a value per unit.
    static func realizedValue(_ c: Criterion, latest: Double?) -> Double? {
        guard let v = latest, let k = c.valuePerUnit else { return nil }
        return (v - c.baseline) * Double(direction(c)) * k
    }

    /// (P(A) − b)·d·value_per_unit: the benefit planned by as-of; for threshold criteria the
    /// whole planned value (keeping the threshold is the benefit from the start).
    static func expectedValue(_ c: Criterion, plannedNow: Double) -> Double? {
        guard let k = c.valuePerUnit else { return nil }
        if c.direction.isThreshold { return plannedValue(c) }
        return (plannedNow - c.baseline) * Double(direction(c)) * k
    }

    /// |g − b|·value_per_unit, always (with a value per unit).
    static func plannedValue(_ c: Criterion) -> Double? {
        guard let k = c.valuePerUnit else { return nil }
        return abs(c.target - c.baseline) * k
    }
}
