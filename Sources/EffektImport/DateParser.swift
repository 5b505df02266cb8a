import EffektModel

/// Calendar dates (Docs/input-format.md): `YYYY-MM-DD`, or day first `D-M-YYYY`, `D.M.YYYY`, `D/M/YYYY`,
/// optionally followed by a time that is ignored. Parsed from bytes: a million rows hit this.
enum DateParser {
    static func parse(_ t: UnsafeBufferPointer<UInt8>) -> Day? {
        let n = t.count
        var i = 0
        let a = digits(t, &i, max: 4)
        guard a.count > 0, i < n else { return nil }
        let sep = t[i]
        guard sep == 0x2D || sep == 0x2E || sep == 0x2F else { return nil }
        i += 1
        let b = digits(t, &i, max: 2)
        guard b.count > 0, i < n, t[i] == sep else { return nil }
        i += 1
        let c = digits(t, &i, max: 4)
        let day: Day?
        if a.count == 4 && sep == 0x2D && b.count == 2 && c.count == 2 {
            day = Day(year: a.value, month: b.value, day: c.value)
        } else if a.count <= 2 && b.count <= 2 && c.count == 4 {
            day = Day(year: c.value, month: b.value, day: a.value)
        } else {
            return nil
        }
        guard let day, timeRest(t, from: i) else { return nil }
        return day
    }

    @inline(__always)
    static func digits(_ t: UnsafeBufferPointer<UInt8>, _ i: inout Int, max: Int) -> (value: Int, count: Int) {
        var value = 0, count = 0
        while i < t.count, count <= max, t[i] >= 0x30, t[i] <= 0x39 {
            value = value * 10 + Int(t[i] - 0x30)
            count += 1
            i += 1
        }
        return (value, count)
    }

    /// Nothing, or a space or `T` and a clock time such as `00:00`, `13.45.10` or `00:00:00.000Z`.
    static func timeRest(_ t: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let n = t.count
        guard start < n else { return true }
        var i = start
        guard t[i] == 0x20 || t[i] == 0x54 || t[i] == 0x74 else { return false }
        while i < n, t[i] == 0x20 || t[i] == 0x54 || t[i] == 0x74 { i += 1 }
        let h = digits(t, &i, max: 2)
        guard h.count >= 1, h.count <= 2, h.value < 24, i < n, t[i] == 0x3A || t[i] == 0x2E else { return false }
        i += 1
        let m = digits(t, &i, max: 2)
        guard m.count == 2, m.value < 60 else { return false }
        while i < n {
            let b = t[i]
            let ok = (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2E || b == 0x2C
            if !ok { break }
            i += 1
        }
        if i < n, t[i] == 0x5A || t[i] == 0x7A { i += 1 }
        return i == n
    }
}
