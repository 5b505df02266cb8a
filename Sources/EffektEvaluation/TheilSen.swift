import EffektModel
/// Theil–Sen line (Docs/methodology.md), as scipy's `theilslopes(method="separate")`:
/// slope = median over pairs i < j with t_i ≠ t_j of (y_j − y_i)/(t_j − t_i);
/// intercept = median(y) − slope · median(t).
///
/// Short series (at most `directPairLimit` pairs) compute every pairwise slope and select the
/// median. Longer series use an exact selection that never lists all pairs: a pair's slope is
/// ≤ x exactly when the point with the later date has the smaller (or equal) value of
/// u = y − x·t, so "how many slopes are ≤ x" is an inversion count (O(n log n)). A random sample
/// of pairs brackets the median, bisection narrows the bracket, and once it holds few pairs they
/// are listed (inversions between the orders at both ends) and the median is selected among them.
enum TheilSen {
    struct Line: Hashable, Sendable {
        var slope: Double
        package var intercept: Double
    }

    /// Up to this many pairs (n ≈ 200 points) every pairwise slope is computed.
    static let directPairLimit = 20_000

    /// The line through `(t, y)`, or nil with fewer than two distinct dates.
    static func fit(t: [Int], y: [Double]) -> Line? {
        fit(t: t, y: y, forceFast: false)
    }

    static func fit(t: [Int], y: [Double], forceFast: Bool) -> Line? {
        let n = t.count
        guard n >= 2, y.count == n else { return nil }
        let points = SortedPoints(t: t, y: y)
        let pairs = points.distinctDatePairs
        guard pairs > 0 else { return nil }
        let slope: Double
        if !forceFast && pairs <= directPairLimit {
            slope = directMedianSlope(points, pairs: pairs)
        } else {
            var selector = FastSlopeSelector(points: points, pairs: pairs)
            slope = selector.median()
        }
        var ys = y
        var ts = t.map(Double.init)
        guard let my = Selection.median(&ys), let mt = Selection.median(&ts) else { return nil }
        return Line(slope: slope, intercept: my - slope * mt)
    }

    /// Every pairwise slope, then the median (numpy's: mean of the two middle ones when even).
    static func directMedianSlope(_ p: SortedPoints, pairs: Int) -> Double {
        var slopes = [Double]()
        slopes.reserveCapacity(pairs)
        let n = p.t.count
        for j in 1..<n {
            let tj = p.t[j], yj = p.y[j]
            for i in 0..<j where p.t[i] < tj {
                slopes.append(slope(p, i, j, tj: tj, yj: yj))
            }
        }
        return Selection.median(&slopes) ?? 0
    }

    /// The pair's slope computed exactly as scipy does: (y_later − y_earlier) / (t_later − t_earlier).
    @inline(__always)
    static func slope(_ p: SortedPoints, _ i: Int, _ j: Int, tj: Int, yj: Double) -> Double {
        (yj - p.y[i]) / Double(tj - p.t[i])
    }
}

/// Points sorted by date (stable), with the runs of equal dates marked.
struct SortedPoints {
    var t: [Int]
    var y: [Double]
    /// Start index of each run of equal t, plus `n` at the end.
    var groupStarts: [Int]
    /// Pairs with distinct dates: n(n−1)/2 − Σ k(k−1)/2 over runs of k equal dates.
    var distinctDatePairs: Int

    init(t: [Int], y: [Double]) {
        let n = t.count
        var sorted = true
        for i in 1..<max(n, 1) where t[i] < t[i - 1] { sorted = false; break }
        if sorted {
            self.t = t; self.y = y
        } else {
            let order = (0..<n).sorted { t[$0] < t[$1] || (t[$0] == t[$1] && $0 < $1) }
            self.t = order.map { t[$0] }; self.y = order.map { y[$0] }
        }
        var starts = [0]
        var tied = 0
        var runStart = 0
        for i in 1..<max(n, 1) where self.t[i] != self.t[i - 1] {
            let k = i - runStart; tied += k * (k - 1) / 2
            starts.append(i); runStart = i
        }
        let k = n - runStart; tied += k * (k - 1) / 2
        starts.append(n)
        groupStarts = starts
        distinctDatePairs = n * (n - 1) / 2 - tied
    }

    var hasTiedDates: Bool { groupStarts.count - 1 < t.count }
}

/// The exact median of pairwise slopes without listing all pairs (see `TheilSen`).
struct FastSlopeSelector {
    let p: SortedPoints
    let pairs: Int
    /// Dates relative to the middle date: keeps u = y − x·t well conditioned (t counts from 1970).
    let tc: [Double]
    var random: SplitMix64
    /// Once a bracket holds at most this many pairs they are listed.
    let listLimit: Int

    init(points: SortedPoints, pairs: Int) {
        p = points
        self.pairs = pairs
        let origin = points.t[points.t.count / 2]
        tc = points.t.map { Double($0 - origin) }
        random = SplitMix64(seed: UInt64(truncatingIfNeeded: points.t.count &* 0x5851_F42D) ^ UInt64(pairs))
        // Listing a pair costs about as much as one step of a count, and a count halves the
        // bracket: list only once the bracket holds about 2n pairs.
        listLimit = max(2 * points.t.count, 4096)
    }

    mutating func median() -> Double {
        let k1 = (pairs - 1) / 2, k2 = pairs / 2
        if let (a, b) = middleRanks(k1, k2) { return k1 == k2 ? a : (a + b) / 2 }
        // The rare cases the shared search leaves (the two middle slopes split exactly at a
        // candidate, or a huge exact tie) are settled one rank at a time.
        let a = kth(k1)
        if k1 == k2 { return a }
        return (a + kth(k2)) / 2
    }

    /// The k1-th and k2-th smallest slopes (k2 = k1 or k1 + 1) from one shared bracket: half the
    /// work of two separate searches. nil when the bracket cannot hold both at a listable size.
    mutating func middleRanks(_ k1: Int, _ k2: Int) -> (Double, Double)? {
        var (lo, hi) = extremeSlopes()
        // Below the smallest and above the largest slope by far more than rounding: no pair
        // is ≤ lo and every pair is ≤ hi, so neither needs counting.
        lo -= 1 + abs(lo); hi += 1 + abs(hi)
        var cLo = 0, cHi = pairs
        // Try a candidate: narrows (lo, hi] while count(≤ lo) ≤ k1 and count(≤ hi) > k2 hold.
        // Returns true when the candidate is both middle slopes (an exact tie); false otherwise.
        var split = false
        func narrow(_ x: Double, _ sel: FastSlopeSelector) -> Bool {
            guard x > lo && x < hi else { return false }
            let le = sel.count(x, strict: false)
            if le > k2 {
                if sel.count(x, strict: true) <= k1 { return true }
                if le < cHi { hi = x; cHi = le }
            } else if le <= k1 {
                if le > cLo { lo = x; cLo = le }
            } else {
                split = true
            }
            return false
        }
        let candidates = sampleBracket(k1)
        for x in candidates where narrow(x, self) { return (x, x) }
        if split { return nil }
        // Zero slopes tie exactly and often (unchanged values); test 0 when it is still inside.
        if narrow(0, self) { return (0, 0) }
        if split { return nil }
        var rounds = 0
        while cHi - cLo > listLimit && rounds < 200 {
            rounds += 1
            let mid = lo + (hi - lo) / 2
            if !(mid > lo && mid < hi) { break }
            let c = count(mid, strict: false)
            if c > k2 { hi = mid; cHi = c } else if c <= k1 { lo = mid; cLo = c } else { return nil }
        }
        guard cHi - cLo <= listLimit else { return nil }
        var slopes = enumerate(lo: lo, hi: hi)
        guard !slopes.isEmpty else { return nil }
        let r1 = min(max(k1 - cLo, 0), slopes.count - 1)
        let a = Selection.kth(&slopes, r1)
        if k2 == k1 { return (a, a) }
        // After selecting r1 everything beyond it is ≥ a: the next rank is their minimum.
        guard r1 + 1 < slopes.count else { return nil }
        var b = Double.infinity
        for i in (r1 + 1)..<slopes.count where slopes[i] < b { b = slopes[i] }
        return (a, b)
    }

    /// u_i = y_i − x·t_i in date order.
    func keys(_ x: Double) -> [Double] {
        var u = [Double](repeating: 0, count: tc.count)
        for i in 0..<tc.count { u[i] = p.y[i] - x * tc[i] }
        return u
    }

    /// Pairs (distinct dates) whose slope is ≤ x (or < x when `strict`).
    func count(_ x: Double, strict: Bool) -> Int {
        var u = keys(x)
        if p.hasTiedDates {
            // Within a run of equal dates: descending for ≤ (all its pairs count, removed below),
            // ascending for < (none of its pairs count).
            for g in 0..<(p.groupStarts.count - 1) {
                let s = p.groupStarts[g], e = p.groupStarts[g + 1]
                if e - s > 1 {
                    let run = strict ? u[s..<e].sorted() : u[s..<e].sorted(by: >)
                    u.replaceSubrange(s..<e, with: run)
                }
            }
        }
        let inversions = InversionCount.count(&u, strict: strict)
        if strict { return inversions }
        var tied = 0
        for g in 0..<(p.groupStarts.count - 1) {
            let k = p.groupStarts[g + 1] - p.groupStarts[g]; tied += k * (k - 1) / 2
        }
        return inversions - tied
    }

    /// The k-th smallest pairwise slope (0-based).
    mutating func kth(_ k: Int) -> Double {
        // Bracket (lo, hi] with count(≤ lo) ≤ k < count(≤ hi). The extreme slopes are between
        // neighbouring dates, so they bound every pair.
        var (lo, hi) = extremeSlopes()
        lo -= 1 + abs(lo); hi += 1 + abs(hi)
        var cLo = 0, cHi = pairs
        // Exact ties are common (integer data, zero slopes): a candidate equal to the answer is
        // recognised by count(< x) ≤ k < count(≤ x).
        for candidate in [0.0] + sampleBracket(k) where candidate > lo && candidate < hi {
            let le = count(candidate, strict: false)
            if le > k {
                if count(candidate, strict: true) <= k { return candidate }
                if le < cHi { hi = candidate; cHi = le }
            } else if le > cLo { lo = candidate; cLo = le }
        }
        var rounds = 0
        while cHi - cLo > listLimit && rounds < 200 {
            rounds += 1
            let mid = lo + (hi - lo) / 2
            if !(mid > lo && mid < hi) { break } // adjacent doubles: every pair left has slope hi
            let c = count(mid, strict: false)
            if c > k { hi = mid; cHi = c } else { lo = mid; cLo = c }
        }
        if cHi - cLo > listLimit {
            // Only reachable when a huge number of pairs share one slope to the last bit: any of
            // them is the answer.
            return representative(lo: lo, hi: hi)
        }
        return select(k - cLo, lo: lo, hi: hi)
    }

    /// Smallest and largest slope between neighbouring dates (the extremes over all pairs).
    func extremeSlopes() -> (Double, Double) {
        var lo = Double.infinity, hi = -Double.infinity
        let g = p.groupStarts
        var prevMin = Double.infinity, prevMax = -Double.infinity, prevT = 0
        for r in 0..<(g.count - 1) {
            var mn = Double.infinity, mx = -Double.infinity
            for i in g[r]..<g[r + 1] { mn = min(mn, p.y[i]); mx = max(mx, p.y[i]) }
            let t = p.t[g[r]]
            if r > 0 {
                let dt = Double(t - prevT)
                lo = min(lo, (mn - prevMax) / dt); hi = max(hi, (mx - prevMin) / dt)
            }
            prevMin = mn; prevMax = mx; prevT = t
        }
        return (lo, hi)
    }

    /// Slopes of random pairs just below and above rank k (about three standard errors away).
    mutating func sampleBracket(_ k: Int) -> [Double] {
        let n = p.t.count
        let size = min(2 * n, 100_000)
        var sample = [Double]()
        sample.reserveCapacity(size)
        var attempts = 0
        while sample.count < size && attempts < 20 * size {
            attempts += 1
            let a = random.below(n), b = random.below(n)
            if p.t[a] == p.t[b] { continue }
            let (i, j) = p.t[a] < p.t[b] ? (a, b) : (b, a)
            sample.append(TheilSen.slope(p, i, j, tj: p.t[j], yj: p.y[j]))
        }
        guard sample.count >= 100 else { return [] }
        let r = Double(sample.count), q = (Double(k) + 0.5) / Double(pairs)
        let spread = 3 * (r * q * (1 - q)).squareRoot() + 2
        let below = Int((q * r - spread).rounded(.down)), above = Int((q * r + spread).rounded(.up))
        var result = [Double]()
        if below >= 0 { result.append(Selection.kth(&sample, below)) }
        if above < sample.count { result.append(Selection.kth(&sample, above)) }
        return result
    }

    /// Orders of the points by u at x, ties with the later date first (a tie counts as slope ≤ x,
    /// as in `count`).
    func order(_ x: Double) -> [Int] {
        let u = keys(x)
        // Sorted as tuples (u, −t, index): plain comparisons instead of a closure over three arrays.
        var keyed = [(Double, Int, Int)]()
        keyed.reserveCapacity(u.count)
        for i in 0..<u.count { keyed.append((u[i], -p.t[i], i)) }
        keyed.sort(by: <)
        return keyed.map { $0.2 }
    }

    /// The slope of one pair in (lo, hi]: two points neighbouring in the order at lo that swap by hi.
    func representative(lo: Double, hi: Double) -> Double {
        let hiOrder = order(hi)
        var hiRank = [Int](repeating: 0, count: p.t.count)
        for (r, i) in hiOrder.enumerated() { hiRank[i] = r }
        let loOrder = order(lo)
        for q in 1..<max(loOrder.count, 1) {
            let a = loOrder[q - 1], b = loOrder[q]
            if hiRank[a] > hiRank[b] && p.t[a] != p.t[b] {
                let (i, j) = p.t[a] < p.t[b] ? (a, b) : (b, a)
                return TheilSen.slope(p, i, j, tj: p.t[j], yj: p.y[j])
            }
        }
        return hi
    }

    /// The `rank`-th smallest slope among the pairs in (lo, hi]: the pairs whose order by u
    /// differs between x = lo and x = hi.
    func select(_ rank: Int, lo: Double, hi: Double) -> Double {
        var slopes = enumerate(lo: lo, hi: hi)
        if slopes.isEmpty { return hi }
        return Selection.kth(&slopes, min(max(rank, 0), slopes.count - 1))
    }

    /// Every pair's slope in (lo, hi], computed as scipy does.
    func enumerate(lo: Double, hi: Double) -> [Double] {
        let hiOrder = order(hi)
        var hiRank = [Int](repeating: 0, count: p.t.count)
        for (r, i) in hiOrder.enumerated() { hiRank[i] = r }
        let loOrder = order(lo)
        var slopes = [Double]()
        InversionCount.forEachInversion(ranks: loOrder.map { hiRank[$0] }, ids: loOrder) { a, b in
            let ta = p.t[a], tb = p.t[b]
            if ta == tb { return }
            let (i, j) = ta < tb ? (a, b) : (b, a)
            slopes.append(TheilSen.slope(p, i, j, tj: p.t[j], yj: p.y[j]))
        }
        return slopes
    }
}
