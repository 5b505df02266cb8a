/// Text as it may go into a cell: Excel and the XML file format forbid most control characters,
/// and Docs/input-format.md says every output strips them from data. Tab and line breaks become spaces so a
/// pasted note stays on one line; other C0/C1 controls and DEL are dropped. Excel's cell limit is
/// 32,767 characters (UTF-16 units), so longer text is cut, never split inside a surrogate pair.
enum CellText {
    static let maximumLength = 32_767

    static func clean(_ s: String) -> String {
        if isClean(s) { return s }
        var out = String.UnicodeScalarView()
        var units = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            let kept: Unicode.Scalar
            if v == 0x09 || v == 0x0A || v == 0x0D { kept = " " }
            else if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xFFFE || v == 0xFFFF { continue }
            else { kept = scalar }
            let width = v > 0xFFFF ? 2 : 1
            if units + width > maximumLength { break }
            units += width
            out.append(kept)
        }
        return String(out)
    }

    /// The fast path: plain text needs no copy (a single pass over the UTF-8 bytes).
    static func isClean(_ s: String) -> Bool {
        var utf8Count = 0
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F { return false }
            // C1 controls are U+0080...U+009F: C2 80...C2 9F in UTF-8.
            if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return false }
            // U+FFFE / U+FFFF: EF BF BE / EF BF BF — rare; be conservative.
            if previous == 0xBF && (b == 0xBE || b == 0xBF) { return false }
            previous = b
            utf8Count += 1
        }
        // Every UTF-16 unit takes at least one UTF-8 byte, so this bound is safe.
        return utf8Count <= maximumLength
    }

    static func doublingQuotes(_ s: String) -> String {
        guard s.contains("\"") else { return s }
        var out = ""
        for ch in s { if ch == "\"" { out += "\"\"" } else { out.append(ch) } }
        return out
    }

    /// A prepared, cleaned, NUL-terminated UTF-8 copy for the hot path.
    static func cString(_ s: String) -> [CChar] {
        Array(clean(s).utf8CString)
    }
}
