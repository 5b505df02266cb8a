import EffektModel

/// The comparison as CSV for Excel (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so
/// Excel reads æøå right). Danish: `;` and decimal comma, as Danish Excel opens it by double
/// click; English: `,` and `.`.
///
/// Numbers are written plainly (no grouping, `-` for minus, percent as percent numbers with one
/// decimal) so Excel reads them as numbers. Text cells that a spreadsheet could take for a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR, also after leading spaces) get a leading `'`.
enum CompareCSV {
    static func render(_ t: CompareTable, language: Language) -> String {
        let w = Wording(language: language)
        let separator = language == .da ? ";" : ","
        var header = [w.pick("Type", "Kind"), w.pick("Rang", "Rank"), "Id", w.pick("Projekt", "Project")]
        if let title = t.groupingTitle { header.append(title) }
        header += t.quarters.map { "Score " + w.quarterShort($0) + " (%)" }
        header += [w.pick("Ændring (pp)", "Change (pp)"), w.pick("Tendensscore", "Trend score"), w.pick("Tendens", "Trend"),
                   w.pick("Realiseret (kr.)", "Realised (DKK)"), w.pick("Planlagt (kr.)", "Planned (DKK)"),
                   w.pick("Realisering (%)", "Realised (%)"),
                   // Added at the end so columns read by position keep their place.
                   w.pick("Forventet nu (kr.)", "Expected now (DKK)"),
                   w.pick("Sammenlignelig ændring (pp)", "Comparable change (pp)"), w.pick("Nye", "Entered")]
        func number(_ x: Double?, decimals: Int, scale: Double = 1) -> String {
            guard let x, x.isFinite else { return "" }
            var text = NumberFormatting.number(x * scale, decimals: decimals, language: .en)
            text = String(text.filter { $0 != "," }) // no grouping in data cells
            text = text.hasPrefix(NumberFormatting.minus) ? "-" + text.dropFirst() : text
            return language == .da ? String(text.map { $0 == "." ? "," : $0 }) : text
        }
        func row(_ kind: String, _ line: CompareTable.Line, group: String?) -> [Cell] {
            var c: [Cell] = [.text(kind), .number(line.rank.map(String.init) ?? ""), .text(line.id), .text(line.name)]
            if t.groupingTitle != nil { c.append(.text(group ?? "")) }
            c += line.scores.map { .number(number($0, decimals: 1, scale: 100)) }
            c += [.number(number(line.change, decimals: 1, scale: 100)), .number(number(line.trendScore, decimals: 3)),
                  .text(line.trendWord), .number(number(line.realized, decimals: 0)), .number(number(line.planned, decimals: 0)),
                  .number(number(line.realization, decimals: 1, scale: 100)),
                  .number(number(line.expected, decimals: 0)),
                  .number(number(line.comparableChange, decimals: 1, scale: 100)), .number(String(line.entered))]
            return c
        }
        var rows: [[Cell]] = [header.map { .text($0) }]
        for g in t.groups {
            rows += g.members.map { row(w.pick("projekt", "project"), $0, group: g.name) }
            if t.groupingTitle != nil { rows.append(row(w.pick("gruppe", "group"), g.total, group: g.name)) }
        }
        rows.append(row(w.pick("portefølje", "portfolio"), t.portfolio, group: nil))
        return "\u{FEFF}" + rows.map { $0.map { $0.field(separator: separator) }.joined(separator: separator) + "\r\n" }.joined()
    }

    enum Cell {
        case text(String)
        /// Written by us from a number: never neutralised (a `-` there is a minus sign).
        case number(String)

        func field(separator: String) -> String {
            switch self {
            case .number(let s): return CSVField.quote(s, separator: separator)
            case .text(let s): return CSVField.quote(CSVField.neutralise(DisplayWidth.sanitize(s)), separator: separator)
            }
        }
    }
}

/// RFC 4180 field writing and formula neutralisation, for every CSV this module writes.
enum CSVField {
    /// Characters that make a spreadsheet read a cell as a formula (or DDE) when they come first.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `'` before a text that a spreadsheet would evaluate, also when spaces come first.
    static func neutralise(_ text: String) -> String {
        guard let first = text.first(where: { $0 != " " }), formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// Quoted (with doubled quotes) when it holds the separator, a quote, a line break, or starts
    /// or ends with a space (which Excel would otherwise trim).
    static func quote(_ text: String, separator: String) -> String {
        let needs = text.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator })
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needs else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
