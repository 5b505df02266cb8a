import EffektModel

/// Statistical process control with an XmR chart (Docs/methodology.md, "SPC"), as NHS England's
/// "Making Data Count": per segment a centre line at the mean, limits at mean ± 2.66·mr_bar,
/// near-limit lines at mean ± (2/3)·2.66·mr_bar, and the four rules of `SPCRules` within it.
enum XmR {
    /// Moving ranges at or above this multiple of their mean are screened out once.
    static let screeningFactor = 3.267
    static let limitFactor = 2.66
    /// Fewer points than this make the limits provisional.
    static let trialBelow = 20

    /// The centre and limits of one segment.
    struct Limits: Equatable {
        var mean: Double
        var mrBar: Double
        var upper: Double { mean + XmR.limitFactor * mrBar }
        var lower: Double { mean - XmR.limitFactor * mrBar }
        var nearUpper: Double { mean + 2.0 / 3.0 * XmR.limitFactor * mrBar }
        var nearLower: Double { mean - 2.0 / 3.0 * XmR.limitFactor * mrBar }
    }

    /// Mean and mr_bar of `y` (at least 2 points): moving ranges between neighbours only, their
    /// mean recomputed once without those ≥ 3.267·mr_bar (skipped when mr_bar is 0).
    static func limits(_ y: ArraySlice<Double>) -> Limits {
        let n = y.count, first = y.startIndex
        let mean = y.reduce(0, +) / Double(n)
        var ranges = [Double](repeating: 0, count: n - 1)
        for i in 1..<n { ranges[i - 1] = abs(y[first + i] - y[first + i - 1]) }
        var mrBar = ranges.reduce(0, +) / Double(n - 1)
        if mrBar > 0 {
            // Summed in order over the kept ranges, as a filtered copy would be, without the copy.
            let cut = screeningFactor * mrBar
            var sum = 0.0, kept = 0
            for r in ranges where r < cut { sum += r; kept += 1 }
            if kept > 0 { mrBar = sum / Double(kept) }
        }
        return Limits(mean: mean, mrBar: mrBar)
    }

    /// The chart for series S (dates and values in series order), cut at `cuts`; nil when no
    /// segment reaches `minimumPoints`. `d` is the direction of improvement (+1 up, −1 down, 0
    /// none); `target` feeds assurance; `fixAfter` > 0 takes each segment's limits from its
    /// first `fixAfter` points only.
    static func chart(dates: [Day], values y: [Double], d: Int, target: Double, minimumPoints: Int,
                      cuts: [SPCSegments.Cut] = [], fixAfter: Int = 0) -> SPC? {
        let n = y.count
        let minimum = max(minimumPoints, 2)
        // No segment can reach the minimum when the whole series does not: most criteria stop here.
        guard n >= minimum, dates.count == n else { return nil }
        let starts = [0] + cuts.map(\.start).filter { $0 > 0 && $0 < n }
        var segments = [SPCSegment]()
        var signals = [SPCSignal]()
        var lastCharted: (limits: Limits, points: Int)?
        var lastPointReading: SPCSide?
        var lastPointCharted = false

        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : n
            let reason = k == 0 ? nil : cuts.first { $0.start == start }?.reason
            let points = end - start
            guard points >= minimum else {
                segments.append(SPCSegment(startIndex: start, startDate: dates[start], points: points,
                                           charted: false, reason: reason))
                if end == n { lastPointCharted = false }
                continue
            }
            let basis = fixAfter > 0 ? start..<min(end, start + fixAfter) : start..<end
            let lim = limits(y[basis])
            segments.append(SPCSegment(startIndex: start, startDate: dates[start], points: points, charted: true,
                                       mean: lim.mean, mrBar: lim.mrBar, upperLimit: lim.upper,
                                       lowerLimit: lim.lower, reason: reason))
            let segment = y[start..<end]
            let flags = [
                SPCRules.outsideLimits(segment, upper: lim.upper, lower: lim.lower),
                SPCRules.trend(segment),
                SPCRules.twoOfThree(segment, mean: lim.mean, nearUpper: lim.nearUpper, nearLower: lim.nearLower,
                                    upper: lim.upper, lower: lim.lower),
                SPCRules.shift(segment, mean: lim.mean),
            ]
            for q in 0..<points {
                var first: SPCSide?
                for (r, rule) in SPCRule.allCases.enumerated() {
                    guard let side = flags[r][q] else { continue }
                    signals.append(SPCSignal(rule: rule, index: start + q, date: dates[start + q], side: side))
                    if first == nil { first = side }
                }
                if start + q == n - 1 { lastPointReading = first }
            }
            lastCharted = (lim, points)
            if end == n { lastPointCharted = true }
        }
        guard let (lim, points) = lastCharted else { return nil }

        let variation: Variation
        if lastPointCharted, let reading = lastPointReading {
            variation = (reading == .high) == (d > 0) && d != 0 ? .improvement : .concern
        } else {
            variation = .commonCause
        }
        var assurance: Assurance?
        if d != 0 {
            if target > lim.upper { assurance = d > 0 ? .fail : .pass }
            else if target < lim.lower { assurance = d > 0 ? .pass : .fail }
            else { assurance = .hitAndMiss }
        }
        return SPC(points: n, mean: lim.mean, mrBar: lim.mrBar, upperLimit: lim.upper, lowerLimit: lim.lower,
                   trial: points < trialBelow, signals: signals, variation: variation, assurance: assurance,
                   segments: segments)
    }
}
