import EffektModel

/// GitHub-flavoured Markdown pieces. Data is sanitised and escaped here, once, so that a name
/// cannot break a table (`|`), start HTML (`<`) or turn into emphasis or a link.
enum Markdown {
    static func escape(_ text: String) -> String {
        var out = ""
        let chars = Array(DisplayWidth.sanitize(text))
        for (i, c) in chars.enumerated() {
            switch c {
            case "|", "\\", "*", "_", "`", "[", "]": out += "\\" + String(c)
            // `<` opens HTML only before a letter, `/`, `!` or `?`; `p < 0,001` stays readable.
            case "<" where i + 1 < chars.count && (chars[i + 1].isLetter || "/!?".contains(chars[i + 1])): out += "&lt;"
            // `>` and `#` matter only at the start (quote, heading); `+`/`-` there could start a list.
            case ">" where i == 0, "#" where i == 0, "+" where i == 0, "-" where i == 0: out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    enum Row {
        /// Plain data: every cell is escaped.
        case cells([String])
        /// A totals or group row: escaped, then bold.
        case strong([String])
    }

    /// A table; `right` marks right-aligned columns. Empty cells are written as a space so every
    /// row has exactly as many cells as the header.
    static func table(_ headers: [String], right: Set<Int> = [], rows: [Row]) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var out = line(headers.map(escape)) + "\n"
        out += "|" + headers.indices.map { right.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in rows {
            switch row {
            case .cells(let cells):
                out += line(headers.indices.map { $0 < cells.count ? cellText(escape(cells[$0])) : " " }) + "\n"
            case .strong(let cells):
                out += line(headers.indices.map { i -> String in
                    let text = i < cells.count ? escape(cells[i]) : ""
                    return text.isEmpty ? " " : "**" + text + "**"
                }) + "\n"
            }
        }
        return out
    }

    private static func cellText(_ s: String) -> String { s.isEmpty ? " " : s }
}
