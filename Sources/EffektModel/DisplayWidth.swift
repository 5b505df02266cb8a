/// Terminal display width, truncation with `…`, and stripping of control characters and escape
/// sequences from data.
///
/// Why by hand: a terminal cell is neither a `Character` nor a byte. `æøå` take one column, CJK
/// ideographs and emoji two, combining marks none. Swift has no `wcwidth`, and glibc's depends on
/// the locale the program happens to run under, so the width rules live here, fixed and tested.
///
/// Every string that comes from data (names, owners, units, ids) goes through `sanitize` before it
/// is printed, so a project name cannot move the cursor, clear the screen or recolour the terminal.
/// The only escape sequences that `width(of:)` and `truncate` expect are the SGR colour codes the
/// renderer adds itself (`ESC [ … m`); they take no columns.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies on one line (SGR colour sequences count 0).
    public static func width(of text: String) -> Int {
        var total = 0
        var escape = EscapeSkipper()
        for character in text {
            if escape.consume(character) { continue }
            total += width(of: character)
        }
        return total
    }

    /// The width of one grapheme cluster: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // An emoji presentation selector (U+FE0F) turns a text symbol such as ❤ into a wide emoji.
        if scalars.count > 1 && scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji {
            return 2
        }
        // Regional-indicator pairs (flags) are one wide glyph.
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        // The cluster's width is its base's; combining marks and joiners after it add nothing.
        var widest = 0
        for scalar in scalars {
            widest = max(widest, width(of: scalar))
            if scalar.value == 0x200D { break } // ZWJ sequences render as one glyph of the base's width
        }
        return widest
    }

    /// The width of one scalar on its own.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 } // Latin, including æøå: the common case, answered fast
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 } // Hangul medial vowels and final consonants join
        if scalar.properties.isEmojiPresentation { return 2 }
        for range in wideRanges where range.contains(v) { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarse but covering the scripts and
    /// symbols a name can plausibly hold. Ambiguous-width symbols (●, ▲, █) count as 1, as in every
    /// Western terminal.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` cut to at most `width` columns; when something is cut, the last column is `…`.
    /// A wide character that would straddle the limit is left out. SGR sequences are kept and,
    /// when the text is cut after one, closed with a reset so colour cannot leak into what follows.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.width(of: text) <= width { return text }
        let room = width - DisplayWidth.width(of: ellipsis)
        var out = ""
        var used = 0
        var styled = false
        var escape = EscapeSkipper()
        for character in text {
            if escape.consume(character) {
                out.append(character)
                styled = true
                continue
            }
            let w = DisplayWidth.width(of: character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        out += ellipsis
        if styled { out += "\u{1B}[0m" }
        return out
    }

    /// Pads `text` with spaces to exactly `width` columns (truncating first when it is wider).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.width(of: cut)))
        return alignRight ? fill + cut : cut + fill
    }

    /// Data made safe to print on one line: escape sequences (CSI, OSC, DCS and the two-character
    /// ones, in 7-bit and 8-bit form) are removed whole, other control characters are removed,
    /// tab, line breaks and line/paragraph separators become one space, and bidirectional
    /// overrides and isolates (which can make text display in another order than it reads) go.
    public static func sanitize(_ text: String) -> String {
        // Fast path: nothing to do for plain text, the overwhelming case.
        if !text.unicodeScalars.contains(where: needsCleaning) { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            switch v {
            case 0x1B:
                i = skipEscape(scalars, from: i + 1)
                continue
            case 0x9B: // 8-bit CSI
                i = skipCSI(scalars, from: i + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: // 8-bit DCS, SOS, OSC, PM, APC: strings to a terminator
                i = skipString(scalars, from: i + 1)
                continue
            case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                if let last = out.last, last != " " { out.append(" ") }
            case 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                if v < 0x20 || (0x7F..<0xA0).contains(v) { break }
                out.append(scalars[i])
            }
            i += 1
        }
        return String(out)
    }

    static func needsCleaning(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// After ESC: returns the index after the whole sequence.
    static func skipEscape(_ s: [Unicode.Scalar], from start: Int) -> Int {
        guard start < s.count else { return start }
        switch s[start] {
        case "[": return skipCSI(s, from: start + 1)
        case "]", "P", "X", "^", "_": return skipString(s, from: start + 1)
        default:
            // Two-character sequences (ESC c, ESC 7, ESC ( B …): drop intermediates and the final.
            var i = start
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            return i < s.count && (0x30...0x7E).contains(s[i].value) ? i + 1 : i
        }
    }

    /// CSI parameters and intermediates up to the final byte 0x40–0x7E.
    static func skipCSI(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            if (0x40...0x7E).contains(v) { return i + 1 }
            if !(0x20...0x3F).contains(v) { return i } // malformed: stop, the rest is cleaned as usual
            i += 1
        }
        return i
    }

    /// OSC/DCS-style strings end at BEL, ST (ESC \) or the 8-bit ST 0x9C.
    static func skipString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            if v == 0x07 || v == 0x9C { return i + 1 }
            if v == 0x1B { return i + 1 < s.count && s[i + 1] == "\\" ? i + 2 : i + 1 }
            i += 1
        }
        return i
    }
}

/// Recognises the renderer's own SGR sequences (`ESC [ params m`) character by character, so
/// that width and truncation skip them.
struct EscapeSkipper {
    private var state = 0 // 0 outside, 1 after ESC, 2 inside CSI

    /// True when `character` belongs to an escape sequence (and so has no width).
    mutating func consume(_ character: Character) -> Bool {
        switch state {
        case 0:
            if character == "\u{1B}" { state = 1; return true }
            return false
        case 1:
            state = character == "[" ? 2 : 0
            return true
        default:
            if let v = character.unicodeScalars.first?.value, (0x40...0x7E).contains(v) { state = 0 }
            return true
        }
    }
}
