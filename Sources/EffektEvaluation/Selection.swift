/// Order statistics on unsorted numbers: the median of a few hundred slopes is needed for every
/// criterion, so a full sort per criterion would dominate a 50,000-criteria evaluation.
enum Selection {
    /// The `k`-th smallest (0-based) of `values`, which is reordered in place. `k` must be valid.
    /// Hoare-style quickselect with a median-of-three pivot: expected linear time.
    static func kth(_ values: inout [Double], _ k: Int) -> Double {
        values.withUnsafeMutableBufferPointer { a in
            var lo = 0, hi = a.count - 1
            while hi > lo {
                if hi - lo < 16 {
                    // Insertion sort for short ranges.
                    var i = lo + 1
                    while i <= hi {
                        let v = a[i]; var j = i - 1
                        while j >= lo && a[j] > v { a[j + 1] = a[j]; j -= 1 }
                        a[j + 1] = v; i += 1
                    }
                    return a[k]
                }
                let mid = lo + (hi - lo) / 2
                if a[mid] < a[lo] { a.swapAt(mid, lo) }
                if a[hi] < a[lo] { a.swapAt(hi, lo) }
                if a[hi] < a[mid] { a.swapAt(hi, mid) }
                let pivot = a[mid]
                var i = lo, j = hi
                while i <= j {
                    while a[i] < pivot { i += 1 }
                    while a[j] > pivot { j -= 1 }
                    if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
            }
            return a[k]
        }
    }

    /// The median as numpy computes it: the middle value, or the mean `(a + b) / 2` of the two
    /// middle values for an even count. nil for no values. `values` is reordered.
    static func median(_ values: inout [Double]) -> Double? {
        let n = values.count
        guard n > 0 else { return nil }
        if n % 2 == 1 { return kth(&values, n / 2) }
        let upper = kth(&values, n / 2)
        // After selecting index n/2, everything below it is ≤ it: the lower middle is their maximum.
        var lower = -Double.infinity
        for i in 0..<(n / 2) where values[i] > lower { lower = values[i] }
        return (lower + upper) / 2
    }
}
