/// Numbers as Danish and English spreadsheets write them (Docs/input-format.md), parsed straight from bytes.
enum NumberParser {
    private static let pow10: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                          1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// The value, or nil when the text is not a number in any accepted form.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, decimal: DecimalMark) -> Double? {
        guard let core = numericCore(text) else { return nil }
        return parseCore(UnsafeBufferPointer(rebasing: text[core.start..<core.end]),
                         negative: core.negative, decimal: decimal == .comma ? 0x2C : 0x2E)
    }

    /// Where the digits are once sign, `%`, `kr`, `kr.` and `DKK` are taken off.
    struct Core { var start: Int; var end: Int; var negative: Bool }

    static func numericCore(_ t: UnsafeBufferPointer<UInt8>) -> Core? {
        var s = 0, e = t.count
        guard e > 0 else { return nil }
        // Most fields start and end with a digit: no sign, no affix to look for.
        if t[0] >= 0x30 && t[0] <= 0x39 && t[e - 1] >= 0x30 && t[e - 1] <= 0x39 {
            return Core(start: 0, end: e, negative: false)
        }
        var negative = false
        if let len = minus(t, at: s) { negative = true; s += len }
        var affixed = false
        if let len = currency(t, at: s, end: e) {
            affixed = true
            s += len
            s = skipSpaces(t, s, e)
            if !negative, let m = minus(t, at: s) { negative = true; s += m }
        } else if e > s, t[e - 1] == 0x25 {
            affixed = true
            e = skipSpacesBack(t, s, e - 1)
        }
        if !affixed, let start = currencySuffixStart(t, from: s, end: e) {
            e = skipSpacesBack(t, s, start)
        }
        guard s < e else { return nil }
        return Core(start: s, end: e, negative: negative)
    }

    @inline(__always)
    static func minus(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        if i < t.count, t[i] == 0x2D { return 1 }
        if i + 2 < t.count, t[i] == 0xE2, t[i + 1] == 0x88, t[i + 2] == 0x92 { return 3 }
        return nil
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// Length of a leading `kr.`, `kr` or `dkk` (any case) at `i`.
    static func currency(_ t: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        guard i < end else { return nil }
        let c0 = lower(t[i])
        if c0 == 0x6B, i + 1 < end, lower(t[i + 1]) == 0x72 { // kr
            return (i + 2 < end && t[i + 2] == 0x2E) ? 3 : 2
        }
        if c0 == 0x64, i + 2 < end, lower(t[i + 1]) == 0x6B, lower(t[i + 2]) == 0x6B { return 3 } // dkk
        return nil
    }

    /// Where a trailing `kr`, `kr.` or `dkk` starts, if the text ends with one.
    static func currencySuffixStart(_ t: UnsafeBufferPointer<UInt8>, from s: Int, end e: Int) -> Int? {
        var k = e
        if k > s, t[k - 1] == 0x2E { k -= 1 }
        if k - 2 >= s, lower(t[k - 2]) == 0x6B, lower(t[k - 1]) == 0x72 { return k - 2 }
        if e - 3 >= s, lower(t[e - 3]) == 0x64, lower(t[e - 2]) == 0x6B, lower(t[e - 1]) == 0x6B { return e - 3 }
        return nil
    }

    static func skipSpaces(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var i = s
        while i < e {
            if t[i] == 0x20 { i += 1 } else if t[i] == 0xC2, i + 1 < e, t[i + 1] == 0xA0 { i += 2 } else { break }
        }
        return i
    }

    static func skipSpacesBack(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var i = e
        while i > s {
            if t[i - 1] == 0x20 { i -= 1 } else if t[i - 1] == 0xA0, i - 2 >= s, t[i - 2] == 0xC2 { i -= 2 } else { break }
        }
        return i
    }

    /// Length of a thousands separator at `i` (other than the other decimal mark, checked by the caller).
    @inline(__always)
    static func groupSeparator(_ t: UnsafeBufferPointer<UInt8>, at i: Int, other: UInt8) -> (id: UInt32, length: Int)? {
        let b = t[i]
        if b == other || b == 0x20 || b == 0x27 { return (UInt32(b), 1) }
        if b == 0xC2, i + 1 < t.count, t[i + 1] == 0xA0 { return (0xA0, 2) }
        if b == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0xAF { return (0x202F, 3) }
        return nil
    }

    /// Digits in groups of three, an optional decimal part; nothing else.
    static func parseCore(_ t: UnsafeBufferPointer<UInt8>, negative: Bool, decimal: UInt8) -> Double? {
        let n = t.count
        let other: UInt8 = decimal == 0x2C ? 0x2E : 0x2C
        var i = 0
        var mantissa: UInt64 = 0
        var significant = 0
        var intDigits = 0
        var fracDigits = 0
        var separator: UInt32 = 0
        var runLength = 0
        var runs = 0
        while i < n {
            let b = t[i]
            if b >= 0x30 && b <= 0x39 {
                accumulate(b, &mantissa, &significant)
                intDigits += 1
                runLength += 1
                i += 1
                continue
            }
            if b == decimal { break }
            guard runLength > 0, let sep = groupSeparator(t, at: i, other: other) else { return nil }
            if separator == 0 { separator = sep.id } else if separator != sep.id { return nil }
            // The first group may be 1-3 digits; every later group exactly three.
            if runs == 0 ? runLength > 3 : runLength != 3 { return nil }
            runs += 1
            runLength = 0
            i += sep.length
        }
        if runs > 0 && runLength != 3 { return nil }
        if i < n {
            i += 1 // the decimal mark
            guard i < n else { return nil }
            while i < n {
                let b = t[i]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                accumulate(b, &mantissa, &significant)
                fracDigits += 1
                i += 1
            }
        }
        guard intDigits + fracDigits > 0 else { return nil }
        var value: Double
        if significant <= 15 && fracDigits <= 22 {
            // Both operands are exact doubles, so one division rounds correctly.
            value = Double(mantissa) / pow10[fracDigits]
        } else {
            guard let precise = slowValue(t, decimal: decimal) else { return nil }
            value = precise
        }
        if value == 0 { return 0 }
        return negative ? -value : value
    }

    @inline(__always)
    private static func accumulate(_ b: UInt8, _ mantissa: inout UInt64, _ significant: inout Int) {
        if significant == 0 && b == 0x30 { return }
        significant += 1
        if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(b - 0x30) }
    }

    /// Long numbers go through the standard library's correctly rounded conversion.
    private static func slowValue(_ t: UnsafeBufferPointer<UInt8>, decimal: UInt8) -> Double? {
        var ascii = ""
        var seenDecimal = false
        for b in t {
            if b >= 0x30 && b <= 0x39 { ascii.unicodeScalars.append(UnicodeScalar(b)) } else if b == decimal && !seenDecimal {
                ascii += "."
                seenDecimal = true
            }
        }
        guard let v = Double(ascii), v.isFinite else { return nil }
        return v
    }
}

/// What a file's number fields say about its decimal mark (Docs/input-format.md's per-file rule).
struct DecimalEvidence: Sendable, Equatable {
    var anyComma = false
    var anyPoint = false
    /// A point not followed by exactly three digits: cannot be a thousands separator.
    var pointNotGrouping = false
    var commaNotGrouping = false

    mutating func observe(_ t: UnsafeBufferPointer<UInt8>) {
        guard let core = NumberParser.numericCore(t) else { return }
        var i = core.start
        while i < core.end {
            let b = t[i]
            if b == 0x2C || b == 0x2E {
                var k = i + 1
                while k < core.end, t[k] >= 0x30, t[k] <= 0x39 { k += 1 }
                let grouping = k - i - 1 == 3
                if b == 0x2C { anyComma = true; if !grouping { commaNotGrouping = true } } else { anyPoint = true; if !grouping { pointNotGrouping = true } }
            }
            i += 1
        }
    }

    /// What both halves of a file saw.
    mutating func merge(_ other: DecimalEvidence) {
        anyComma = anyComma || other.anyComma
        anyPoint = anyPoint || other.anyPoint
        pointNotGrouping = pointNotGrouping || other.pointNotGrouping
        commaNotGrouping = commaNotGrouping || other.commaNotGrouping
    }

    /// True when no further number can change `decide`: a comma seen in a `;`-file, a point in others.
    func isSettled(delimiter: UInt8) -> Bool { delimiter == 0x3B ? anyComma : anyPoint }

    /// The mark a file uses: `;`-files decimal comma unless the evidence rules it out; other
    /// files mirrored.
    func decide(delimiter: UInt8) -> DecimalMark {
        if delimiter == 0x3B {
            return !anyComma && pointNotGrouping ? .point : .comma
        }
        return !anyPoint && commaNotGrouping ? .comma : .point
    }
}
