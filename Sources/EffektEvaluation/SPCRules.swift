/// The four Making Data Count rules (Docs/methodology.md, "SPC"), one function each, applied to
/// the points of one segment. Each returns, per point, the side it is flagged on by that rule
/// (nil: not flagged). Sides are `high` or `low` by the rule's own sense: above/below the mean,
/// or, for a trend, increasing/decreasing.
enum SPCRules {
    /// Runs of at least this many points make a trend (six strict steps) or a shift.
    static let runLength = 7

    /// `outside_limits`: a point strictly above the upper or strictly below the lower limit.
    static func outsideLimits(_ y: ArraySlice<Double>, upper: Double, lower: Double) -> [SPCSide?] {
        y.map { $0 > upper ? .high : ($0 < lower ? .low : nil) }
    }

    /// `trend`: 7 or more consecutive points joined by strict steps all up or all down (a tie
    /// breaks the run). Every point of the run is flagged; a point that ends one run and starts
    /// the next takes the later run's direction.
    static func trend(_ y: ArraySlice<Double>) -> [SPCSide?] {
        let v = y, n = v.count, o = y.startIndex
        var flags = [SPCSide?](repeating: nil, count: n)
        guard n >= 2 else { return flags }
        var runStart = 0, runDirection = 0
        for i in 1...n {
            let step = i < n ? (v[o + i] > v[o + i - 1] ? 1 : (v[o + i] < v[o + i - 1] ? -1 : 0)) : 0
            if i < n && step != 0 && step == runDirection { continue }
            // The run of points runStart...(i − 1) has ended; later runs overwrite a shared point.
            if runDirection != 0 && i - runStart >= runLength {
                for q in runStart..<i { flags[q] = runDirection > 0 ? .high : .low }
            }
            runStart = i - 1
            runDirection = step
        }
        return flags
    }

    /// `two_of_three`: in 3 consecutive points all strictly on one side of the mean, the (at
    /// least 2) that lie strictly beyond the near-limit line but within the limit are flagged.
    static func twoOfThree(_ y: ArraySlice<Double>, mean: Double, nearUpper: Double, nearLower: Double,
                           upper: Double, lower: Double) -> [SPCSide?] {
        let v = y, n = v.count, o = y.startIndex
        var flags = [SPCSide?](repeating: nil, count: n)
        guard n >= 3 else { return flags }
        for s in 0...(n - 3) {
            let w = s..<(s + 3)
            if w.allSatisfy({ v[o + $0] > mean }) {
                let near = w.filter { v[o + $0] > nearUpper && v[o + $0] <= upper }
                if near.count >= 2 { for q in near { flags[q] = .high } }
            } else if w.allSatisfy({ v[o + $0] < mean }) {
                let near = w.filter { v[o + $0] < nearLower && v[o + $0] >= lower }
                if near.count >= 2 { for q in near { flags[q] = .low } }
            }
        }
        return flags
    }

    /// `shift`: 7 or more consecutive points strictly on one side of the mean (a point on the
    /// mean breaks the run); all of them are flagged.
    static func shift(_ y: ArraySlice<Double>, mean: Double) -> [SPCSide?] {
        let v = y, n = v.count, o = y.startIndex
        var flags = [SPCSide?](repeating: nil, count: n)
        var sideStart = 0, side = 0
        for i in 0...n {
            let s = i < n ? (v[o + i] > mean ? 1 : (v[o + i] < mean ? -1 : 0)) : 0
            if i < n && s != 0 && s == side { continue }
            if side != 0 && i - sideStart >= runLength {
                for q in sideStart..<i { flags[q] = side > 0 ? .high : .low }
            }
            sideStart = i
            side = s
        }
        return flags
    }
}
