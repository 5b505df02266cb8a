import EffektModel

/// Statistical process control with an XmR chart (Docs/methodology.md), as NHS England's "Making Data
/// Count": centre line at the mean, limits at mean ± 2.66·mr_bar, near-limit lines at
/// mean ± (2/3)·2.66·mr_bar, and four rules that flag special-cause variation.
enum XmR {
    /// Moving ranges at or above this multiple of their mean are screened out once.
    static let screeningFactor = 3.267
    static let limitFactor = 2.66
    /// Runs of at least this many points make a trend (six strict steps) or a shift.
    static let runLength = 7
    /// Fewer points than this make the limits provisional.
    static let trialBelow = 20

    /// The chart for series `S` (dates and values in series order), or nil below `minimumPoints`.
    /// `d` is the direction of improvement (+1 up, −1 down, 0 none); `target` feeds assurance.
    static func chart(dates: [Day], values y: [Double], d: Int, target: Double, minimumPoints: Int) -> SPC? {
        let n = y.count
        guard n >= max(minimumPoints, 2), dates.count == n else { return nil }
        let mean = y.reduce(0, +) / Double(n)
        var ranges = [Double](repeating: 0, count: n - 1)
        for i in 1..<n { ranges[i - 1] = abs(y[i] - y[i - 1]) }
        var mrBar = ranges.reduce(0, +) / Double(n - 1)
        if mrBar > 0 {
            let cut = screeningFactor * mrBar
            let kept = ranges.filter { $0 < cut }
            if !kept.isEmpty { mrBar = kept.reduce(0, +) / Double(kept.count) }
        }
        let upper = mean + limitFactor * mrBar, lower = mean - limitFactor * mrBar
        let nearUpper = mean + 2.0 / 3.0 * limitFactor * mrBar, nearLower = mean - 2.0 / 3.0 * limitFactor * mrBar

        // One optional side per rule per point.
        var flags = [[SPCSide?]](repeating: [SPCSide?](repeating: nil, count: n), count: SPCRule.allCases.count)

        // outside_limits: strictly beyond a limit.
        for i in 0..<n {
            if y[i] > upper { flags[0][i] = .high } else if y[i] < lower { flags[0][i] = .low }
        }

        // trend: runs of strict steps in one direction; later runs overwrite a shared first point.
        var runStart = 0
        var runDirection = 0
        for i in 1...n {
            let step = i < n ? (y[i] > y[i - 1] ? 1 : (y[i] < y[i - 1] ? -1 : 0)) : 0
            if i < n && step != 0 && step == runDirection { continue }
            // The run of points runStart...(i−1) has ended.
            if runDirection != 0 && i - runStart >= runLength {
                for q in runStart..<i { flags[1][q] = runDirection > 0 ? .high : .low }
            }
            runStart = i - 1
            runDirection = step
        }

        // two_of_three: windows of 3 all strictly on one side with ≥ 2 beyond the near line
        // (strictly) but not beyond the limit.
        if n >= 3 {
            for s in 0...(n - 3) {
                let w = s..<(s + 3)
                if w.allSatisfy({ y[$0] > mean }) {
                    let near = w.filter { y[$0] > nearUpper && y[$0] <= upper }
                    if near.count >= 2 { for q in near { flags[2][q] = .high } }
                } else if w.allSatisfy({ y[$0] < mean }) {
                    let near = w.filter { y[$0] < nearLower && y[$0] >= lower }
                    if near.count >= 2 { for q in near { flags[2][q] = .low } }
                }
            }
        }

        // shift: runs of points strictly on one side of the mean.
        var sideStart = 0
        var side = 0
        for i in 0...n {
            let s = i < n ? (y[i] > mean ? 1 : (y[i] < mean ? -1 : 0)) : 0
            if i < n && s != 0 && s == side { continue }
            if side != 0 && i - sideStart >= runLength {
                for q in sideStart..<i { flags[3][q] = side > 0 ? .high : .low }
            }
            sideStart = i
            side = s
        }

        var signals = [SPCSignal]()
        var lastReading: SPCSide?
        for i in 0..<n {
            var first: SPCSide?
            for (r, rule) in SPCRule.allCases.enumerated() {
                if let s = flags[r][i] {
                    signals.append(SPCSignal(rule: rule, index: i, date: dates[i], side: s))
                    if first == nil { first = s }
                }
            }
            if i == n - 1 { lastReading = first }
        }
        let variation: Variation
        if let reading = lastReading {
            variation = (reading == .high) == (d > 0) && d != 0 ? .improvement : .concern
        } else {
            variation = .commonCause
        }
        var assurance: Assurance?
        if d != 0 {
            if target > upper { assurance = d > 0 ? .fail : .pass }
            else if target < lower { assurance = d > 0 ? .pass : .fail }
            else { assurance = .hitAndMiss }
        }
        return SPC(points: n, mean: mean, mrBar: mrBar, upperLimit: upper, lowerLimit: lower,
                   trial: n < trialBelow, signals: signals, variation: variation, assurance: assurance)
    }
}
