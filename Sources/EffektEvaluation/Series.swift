import EffektModel

/// One criterion's measurements after duplicates are resolved, in date order, independent of
/// the as-of date: every as-of date (the evaluation's and each quarter end of the history) is a
/// prefix of it, so nothing is sorted twice.
struct MeasurementRun {
    var dates: [Int] = []
    var values: [Double] = []

    /// `indices` point into `all` (file order). Of two measurements on one day the later one in
    /// file order (higher line, then later position) is used.
    init(indices: ArraySlice<Int>, in all: [Measurement]) {
        guard !indices.isEmpty else { return }
        var order = Array(indices)
        var sorted = true
        var previous = all[order[0]]
        for q in order.dropFirst() {
            let m = all[q]
            if m.date < previous.date || (m.date == previous.date && m.line < previous.line) { sorted = false; break }
            previous = m
        }
        if !sorted {
            order.sort { a, b in
                let x = all[a], y = all[b]
                if x.date != y.date { return x.date < y.date }
                if x.line != y.line { return x.line < y.line }
                return a < b
            }
        }
        dates.reserveCapacity(order.count)
        values.reserveCapacity(order.count)
        for q in order {
            let m = all[q]
            if let last = dates.last, last == m.date.daysSinceEpoch {
                values[values.count - 1] = m.value
            } else {
                dates.append(m.date.daysSinceEpoch); values.append(m.value)
            }
        }
    }

    init() {}

    /// How many measurements are dated on or before `day` (binary search).
    func count(upTo day: Int) -> Int {
        var lo = 0, hi = dates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dates[mid] <= day { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The series S for the first `m` measurements: sorted by date, the baseline point first
    /// among equal dates (measurements before the baseline date come before it).
    func series(baseline: Double, baselineDay: Int, first m: Int) -> (t: [Int], y: [Double], points: [SeriesPoint]) {
        var t = [Int](), y = [Double](), points = [SeriesPoint]()
        t.reserveCapacity(m + 1); y.reserveCapacity(m + 1); points.reserveCapacity(m + 1)
        var q = 0
        while q < m && dates[q] < baselineDay {
            t.append(dates[q]); y.append(values[q]); q += 1
        }
        let baselineIndex = t.count
        t.append(baselineDay); y.append(baseline)
        while q < m { t.append(dates[q]); y.append(values[q]); q += 1 }
        for i in 0..<t.count {
            points.append(SeriesPoint(date: Day(daysSinceEpoch: t[i]), value: y[i], isBaseline: i == baselineIndex))
        }
        return (t, y, points)
    }
}
