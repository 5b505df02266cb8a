import EffektModel
import EffektEvaluation

/// The comparison for a terminal.
enum CompareText {
    static func render(_ t: CompareTable, _ e: Evaluation, options: CompareOptions) -> String {
        let w = Wording(language: options.language)
        let style = Palette(enabled: options.color)
        let width = options.width
        var out: [String] = []
        let facts = HeaderFacts(e, w)
        out += Flow.spread(style.bold(w.pick("Sammenligning af projekter", "Project comparison")), facts.period, width: width)
        out.append(style.dim(String(repeating: "═", count: width)))
        let intro = w.pick("Score (vægtet målopfyldelse) ved hvert kvartals udgang, rangeret efter den nuværende",
                           "Score (weighted attainment) at each quarter end, ranked by the current one")
        out += Flow.words(intro, width: width).map { style.dim($0) }
        if !facts.rejected.isEmpty { out += PortfolioText.box(facts.rejected, width: width, style: style) }
        out.append("")
        guard !e.projects.isEmpty else {
            out.append("  " + w.pick("Ingen projekter i data.", "No projects in the data."))
            return out.joined(separator: "\n") + "\n"
        }

        let n = t.quarters.count
        var columns = [TableColumn(header: "#", alignRight: true), TableColumn(header: "Id", hardMinimum: 4),
                       TableColumn(header: w.pick("Projekt", "Project"), flexible: true, softMinimum: 24, hardMinimum: 10)]
        for (i, q) in t.quarters.enumerated() {
            // Oldest quarters go first when narrow; the last three only after the trend column.
            let k = n - 1 - i
            columns.append(TableColumn(header: w.quarterShort(q), alignRight: true,
                                       dropPriority: k == 0 ? 0 : k <= 2 ? 3 + k : 20 + k))
        }
        columns.append(TableColumn(header: w.pick("Ændring", "Change"), alignRight: true, dropPriority: 1))
        columns.append(TableColumn(header: w.pick("Tendens", "Trend"), dropPriority: 10))
        columns.append(TableColumn(header: w.pick("Realisering", "Realised"), alignRight: true, dropPriority: 2))
        // Realised / expected-now kroner in one column, as the dashboard's project table has it; it
        // goes after the oldest quarters and the trend, before the two quarters before the current.
        columns.append(TableColumn(header: w.pick("Gevinst (kr.)", "Benefit (DKK)"), alignRight: true, dropPriority: 9))

        func cells(_ line: CompareTable.Line, total: Bool) -> [String] {
            var c = [line.rank.map(String.init) ?? "", line.id, total ? style.bold(line.name) : line.name]
            c += line.scores.map { w.percent($0) }
            c.append(style.change(line.change, line.changeCell(w)))
            c.append(line.trendWord)
            c.append(line.realization.map { w.percent($0) } ?? "")
            c.append(line.realized == nil && line.expected == nil ? "" : w.amount(line.realized) + " / " + w.amount(line.expected))
            return total ? c.map { style.bold($0) } : c
        }

        var rows: [TableRow] = []
        if let title = t.groupingTitle {
            for g in t.groups {
                rows.append(.heading(style.bold(title + ": " + g.name)))
                rows += g.members.map { .cells(cells($0, total: false)) }
                // A group of one is its project: no total line repeating it.
                if g.members.count > 1 {
                    var total = g.total
                    total.name = "Σ " + w.pick("I alt", "Total") + " (" + String(g.members.count) + ")"
                    rows.append(.cells(cells(total, total: true)))
                }
                rows.append(.rule)
            }
        } else {
            rows += t.groups.flatMap { $0.members.map { TableRow.cells(cells($0, total: false)) } }
            rows.append(.rule)
        }
        var portfolio = t.portfolio
        portfolio.name = "Σ " + portfolio.name
        rows.append(.cells(cells(portfolio, total: true)))
        let table = TextTable(columns: columns, rows: rows)
        out += table.render(width: width, palette: style)
        let showsKroner = table.visibleColumns(width: width).contains(columns.count - 1)
        out.append("")
        let notes = [w.pick("Grupper og portefølje: uvægtet gennemsnit af projekternes score.",
                            "Groups and portfolio: unweighted mean of the projects' scores."),
                     w.pick("Realisering = realiseret / planlagt gevinst.", "Realised = realised / planned benefit."),
                     "▲/▼ " + w.pick("ændring siden forrige kvartal i procentpoint.", "change since last quarter in percentage points.")]
            + t.notes(w, kroner: showsKroner ? .combined : .hidden)
        out += Flow.words(notes.joined(separator: " "), width: width).map { style.dim($0) }
        return out.map { DisplayWidth.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }
}
