import EffektModel

/// Lines of short segments that wrap at segment boundaries instead of mid-word, for the header and
/// fact lines of the dashboard. A segment longer than a whole line is truncated with `…`.
enum Flow {
    static func lines(_ segments: [String], width: Int, first: String = "", continuation: String? = nil,
                      separator: String = "  ·  ") -> [String] {
        let next = continuation ?? String(repeating: " ", count: DisplayWidth.width(of: first))
        var out: [String] = []
        var current = first
        var empty = true
        for segment in segments where !segment.isEmpty {
            let prefix = empty ? "" : separator
            if DisplayWidth.width(of: current + prefix + segment) <= width {
                current += prefix + segment
            } else if empty {
                current = DisplayWidth.truncate(current + segment, to: width)
            } else {
                out.append(current)
                current = DisplayWidth.truncate(next + segment, to: width)
            }
            empty = false
        }
        if !empty || out.isEmpty { out.append(current) }
        return out.map(trimTrailing)
    }

    /// Running text wrapped at spaces.
    static func words(_ text: String, width: Int, first: String = "") -> [String] {
        lines(text.split(separator: " ").map(String.init), width: width, first: first, separator: " ")
    }

    /// Running text wrapped at spaces, but never between a number and its unit or noun, nor after
    /// an arrow: `▼ 3 pp`, `2 nye`, `→ 68 %` stay whole.
    static func phrases(_ text: String, width: Int, first: String = "") -> [String] {
        lines(gluedWords(text), width: width, first: first, separator: " ")
    }

    static func gluedWords(_ text: String) -> [String] {
        let glue: Set<Character> = ["▲", "▼", "=", "→"]
        func binds(_ word: Substring) -> Bool {
            word.count == 1 && glue.contains(word.first ?? " ")
                || (!word.isEmpty && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "−" })
        }
        var out: [String] = []
        for word in text.split(separator: " ") {
            if let last = out.last, let tail = last.split(separator: " ").last, binds(tail) {
                out[out.count - 1] = last + " " + word
            } else {
                out.append(String(word))
            }
        }
        return out
    }

    /// `left` and `right` on one line when they fit with two spaces between, else on two lines.
    static func spread(_ left: String, _ right: String, width: Int) -> [String] {
        let room = width - DisplayWidth.width(of: left) - DisplayWidth.width(of: right)
        if room >= 2 { return [left + String(repeating: " ", count: room) + right] }
        return [DisplayWidth.truncate(left, to: width), DisplayWidth.truncate(right, to: width)]
    }
}
