/// Counting (and listing) inversions with merge sort: the O(n log n) core shared by Mann–Kendall's
/// `s` and the exact Theil–Sen median for long series.
enum InversionCount {
    /// Number of pairs i < j with `a[i] > a[j]` (strict) or `a[i] >= a[j]` (non-strict).
    /// `a` is sorted ascending on return.
    static func count(_ a: inout [Double], strict: Bool) -> Int {
        let n = a.count
        guard n > 1 else { return 0 }
        var buffer = [Double](repeating: 0, count: n)
        var total = 0
        a.withUnsafeMutableBufferPointer { src0 in
            buffer.withUnsafeMutableBufferPointer { dst0 in
                var src = src0, dst = dst0
                var width = 1
                while width < n {
                    var start = 0
                    while start < n {
                        let mid = min(start + width, n), end = min(start + 2 * width, n)
                        var i = start, j = mid, k = start
                        // Take from the left while it is not part of an inversion with a[j]
                        // (two loops so the comparison is not chosen per element).
                        if strict {
                            while i < mid && j < end {
                                if src[i] <= src[j] { dst[k] = src[i]; i += 1 } else {
                                    dst[k] = src[j]; j += 1; total += mid - i
                                }
                                k += 1
                            }
                        } else {
                            while i < mid && j < end {
                                if src[i] < src[j] { dst[k] = src[i]; i += 1 } else {
                                    dst[k] = src[j]; j += 1; total += mid - i
                                }
                                k += 1
                            }
                        }
                        while i < mid { dst[k] = src[i]; i += 1; k += 1 }
                        while j < end { dst[k] = src[j]; j += 1; k += 1 }
                        start = end
                    }
                    swap(&src, &dst)
                    width *= 2
                }
                if src.baseAddress != src0.baseAddress {
                    for i in 0..<n { src0[i] = src[i] }
                }
            }
        }
        return total
    }

    /// Calls `body(left, right)` for every pair of positions p < q in `ranks` with
    /// `ranks[p] > ranks[q]`, passing the `ids` at those positions. Ranks must be distinct.
    /// O(n log n + number of inversions).
    static func forEachInversion(ranks: [Int], ids: [Int], _ body: (Int, Int) -> Void) {
        let n = ranks.count
        guard n > 1 else { return }
        var src = Array(zip(ranks, ids)), dst = src
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let mid = min(start + width, n), end = min(start + 2 * width, n)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    if src[i].0 < src[j].0 { dst[k] = src[i]; i += 1 } else {
                        for x in i..<mid { body(src[x].1, src[j].1) }
                        dst[k] = src[j]; j += 1
                    }
                    k += 1
                }
                while i < mid { dst[k] = src[i]; i += 1; k += 1 }
                while j < end { dst[k] = src[j]; j += 1; k += 1 }
                start = end
            }
            swap(&src, &dst)
            width *= 2
        }
    }
}
