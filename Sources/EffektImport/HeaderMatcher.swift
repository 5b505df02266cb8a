/// Docs/input-format.md's matching of headers and enumeration values: case-insensitive, trimmed, æ→ae ø→oe
/// å→aa, and every run of spaces, `-`, `_` and `.` one separator (`Kr. pr. enhed` = `kr_pr_enhed`).
enum HeaderMatcher {
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            let v = scalar.value
            if v == 0x20 || v == 0x2D || v == 0x5F || v == 0x2E || v == 0x09 || v == 0xA0 || v == 0x202F {
                pendingSeparator = !out.isEmpty
                continue
            }
            // Combining marks: a ring above after `a` is the decomposed `å` (macOS file names, some exports).
            if v >= 0x300 && v <= 0x36F {
                if v == 0x30A, out.last == "a" { out.append("a") }
                continue
            }
            if v < 0x20 || v == 0x7F || v == 0xFEFF { continue }
            if pendingSeparator { out.append("_"); pendingSeparator = false }
            switch v {
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)
            case 0xF8, 0xF6: out.append(contentsOf: "oe".unicodeScalars)
            case 0xE5: out.append(contentsOf: "aa".unicodeScalars)
            case 0xE4: out.append(contentsOf: "ae".unicodeScalars)
            case 0xFC: out.append("u")
            case 0xE9, 0xE8, 0xEA, 0xEB: out.append("e")
            case 0xE1, 0xE0, 0xE2: out.append("a")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
