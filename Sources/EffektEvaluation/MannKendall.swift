/// Mann–Kendall trend test (Docs/methodology.md), as pymannkendall's `original_test` when no dates tie:
/// s = Σ_{i<j} sgn(t_j − t_i)·sgn(y_j − y_i);
/// var_s = [n(n−1)(2n+5) − Σ_g k_g(k_g−1)(2k_g+5)] / 18 over groups of k_g equal values;
/// z = (s − sgn(s)) / √var_s (0 when s = 0); p = erfc(|z|/√2); tau = s / (n(n−1)/2).
enum MannKendall {
    struct Result: Hashable, Sendable {
        package var s: Int
        package var varS: Double
        package var z: Double
        var p: Double
        package var tau: Double
    }

    /// Up to this many points s is summed pair by pair; above, by inversion counting.
    static let directLimit = 200

    /// The test on `(t, y)`, or nil for fewer than two points.
    static func test(t: [Int], y: [Double]) -> Result? {
        test(t: t, y: y, forceFast: false)
    }

    static func test(t: [Int], y: [Double], forceFast: Bool) -> Result? {
        let n = t.count
        guard n >= 2, y.count == n else { return nil }
        let s = (!forceFast && n <= directLimit) ? directS(t: t, y: y) : fastS(t: t, y: y)
        let varS = variance(n: n, y: y)
        let z: Double
        if s > 0 { z = Double(s - 1) / varS.squareRoot() }
        else if s < 0 { z = Double(s + 1) / varS.squareRoot() }
        else { z = 0 }
        // varS is 0 only when every value is equal, and then s is 0 too: z stays 0.
        let zFinite = z.isFinite ? z : 0
        let tau = Double(s) / (Double(n) * Double(n - 1) / 2)
        return Result(s: s, varS: varS, z: zFinite, p: NormalDistribution.twoSidedP(zFinite), tau: tau)
    }

    static func directS(t: [Int], y: [Double]) -> Int {
        var s = 0
        let n = t.count
        for j in 1..<n {
            for i in 0..<j {
                let dt = t[j] - t[i]
                if dt == 0 { continue }
                let dy = y[j] - y[i]
                let sy = dy > 0 ? 1 : (dy < 0 ? -1 : 0)
                s += dt > 0 ? sy : -sy
            }
        }
        return s
    }

    /// Knight's method: sort by (t, y); discordant pairs are the strict inversions of y in that
    /// order; concordant = all pairs − tied in t − tied in y + tied in both − discordant.
    static func fastS(t: [Int], y: [Double]) -> Int {
        let n = t.count
        let order = (0..<n).sorted { t[$0] < t[$1] || (t[$0] == t[$1] && y[$0] < y[$1]) }
        var ys = order.map { y[$0] }
        // Ties in t, and in both t and y, along the sorted order.
        var tiedT = 0, tiedBoth = 0
        var runT = 1, runBoth = 1
        for q in 1..<n {
            let a = order[q - 1], b = order[q]
            if t[a] == t[b] {
                runT += 1
                if y[a] == y[b] { runBoth += 1 } else { tiedBoth += runBoth * (runBoth - 1) / 2; runBoth = 1 }
            } else {
                tiedT += runT * (runT - 1) / 2; runT = 1
                tiedBoth += runBoth * (runBoth - 1) / 2; runBoth = 1
            }
        }
        tiedT += runT * (runT - 1) / 2
        tiedBoth += runBoth * (runBoth - 1) / 2
        let discordant = InversionCount.count(&ys, strict: true)
        // ys is now sorted: ties in y.
        var tiedY = 0, runY = 1
        for q in 1..<n {
            if ys[q] == ys[q - 1] { runY += 1 } else { tiedY += runY * (runY - 1) / 2; runY = 1 }
        }
        tiedY += runY * (runY - 1) / 2
        let all = n * (n - 1) / 2
        let concordant = all - tiedT - tiedY + tiedBoth - discordant
        return concordant - discordant
    }

    /// var_s with the correction for groups of equal values (ties in y only, as pymannkendall).
    static func variance(n: Int, y: [Double]) -> Double {
        let sorted = y.sorted()
        var correction = 0
        var run = 1
        for q in 1..<max(n, 1) {
            if sorted[q] == sorted[q - 1] { run += 1 } else {
                correction += run * (run - 1) * (2 * run + 5); run = 1
            }
        }
        correction += run * (run - 1) * (2 * run + 5)
        // Exact in integers (n up to ~1.6 million), one rounding in the division, as Python's int / int.
        let numerator = n * (n - 1) * (2 * n + 5) - correction
        return Double(numerator) / 18
    }
}
