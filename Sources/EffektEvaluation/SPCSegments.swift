import EffektModel

/// Where a criterion's series S is cut into segments by recalculating events (Docs/methodology.md,
/// "Nye kontrolgrænser"): a new segment starts at the first point dated on or after each event's
/// date; an event on or before the first point, or after the last, starts nothing.
enum SPCSegments {
    /// A cut: the index into S where a segment starts, and the event that started it.
    struct Cut: Equatable {
        var start: Int
        var reason: String
    }

    /// `dates` in series order; `events` the recalculating events that concern the criterion.
    /// Of several events that start the same segment, the latest (by date, then input order)
    /// gives the reason: it is the change nearest the new points.
    static func cuts(dates: [Day], events: [EvaluatedEvent]) -> [Cut] {
        var byStart = [Int: (date: Day, reason: String)]()
        for e in events where startsSegment(e, dates: dates) {
            let start = firstIndex(onOrAfter: e.date, in: dates)
            if let seen = byStart[start], seen.date > e.date { continue }
            byStart[start] = (e.date, e.text)
        }
        return byStart.keys.sorted().map { Cut(start: $0, reason: byStart[$0]?.reason ?? "") }
    }

    /// Whether a recalculating event changes the chart (what a reader is told beside it).
    static func startsSegment(_ e: EvaluatedEvent, dates: [Day]) -> Bool {
        guard e.recalculate, let first = dates.first, let last = dates.last else { return false }
        return e.date > first && e.date <= last
    }

    /// The first index whose date is on or after `day` (dates are non-decreasing).
    static func firstIndex(onOrAfter day: Day, in dates: [Day]) -> Int {
        var lo = 0, hi = dates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dates[mid] < day { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
