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

    /// `left` and `right` on one line when they fit with two spaces between, else on two lines.
    static func spread(_ left: String, _ right: String, width: Int) -> [String] {
        let room = width - DisplayWidth.width(of: left) - DisplayWidth.width(of: right)
        if room >= 2 { return [left + String(repeating: " ", count: room) + right] }
        return [DisplayWidth.truncate(left, to: width), DisplayWidth.truncate(right, to: width)]
    }
}
