import EffektModel
import EffektEvaluation

/// The comparison as a GitHub-flavoured Markdown table.
enum CompareMarkdown {
    static func render(_ t: CompareTable, _ e: Evaluation, language: Language) -> String {
        let w = Wording(language: language)
        let facts = HeaderFacts(e, w)
        var out = "## " + w.pick("Sammenligning af projekter", "Project comparison") + "\n\n"
        out += "*" + Markdown.escape(facts.period + " · " + w.pick("score ved hvert kvartals udgang, rangeret efter den nuværende",
                                                                   "score at each quarter end, ranked by the current one")) + "*\n\n"
        if !facts.rejected.isEmpty { out += "> **" + Markdown.escape(facts.rejected) + "**\n\n" }
        var headers = ["#", "Id", w.pick("Projekt", "Project")]
        if let title = t.groupingTitle { headers.append(title) }
        headers += t.quarters.map { w.quarterShort($0) }
        headers += [w.pick("Ændring", "Change"), w.pick("Tendens", "Trend"), w.pick("Realisering", "Realised"),
                    w.pick("Realiseret (kr.)", "Realised (DKK)"), w.pick("Forventet nu (kr.)", "Expected now (DKK)")]
        let grouped = t.groupingTitle != nil
        func cells(_ line: CompareTable.Line, group: String?) -> [String] {
            var c = [line.rank.map(String.init) ?? "", line.id, line.name]
            if grouped { c.append(group ?? "") }
            c += line.scores.map { w.percent($0) }
            let kroner = line.realized != nil || line.expected != nil
            c += [line.changeCell(w), line.trendWord, line.realization.map { w.percent($0) } ?? "",
                  kroner ? w.amount(line.realized) : "", kroner ? w.amount(line.expected) : ""]
            return c
        }
        var rows: [Markdown.Row] = []
        for g in t.groups {
            rows += g.members.map { .cells(cells($0, group: g.name)) }
            if grouped && g.members.count > 1 {
                var total = g.total
                total.name = "Σ " + w.pick("I alt", "Total") + " (" + String(g.members.count) + ")"
                rows.append(.strong(cells(total, group: g.name)))
            }
        }
        var portfolio = t.portfolio
        portfolio.name = "Σ " + portfolio.name
        rows.append(.strong(cells(portfolio, group: nil)))
        let first = grouped ? 4 : 3
        let right = Set([0] + Array(first..<(first + t.quarters.count + 1)) + [headers.count - 3, headers.count - 2, headers.count - 1])
        out += Markdown.table(headers, right: right, rows: rows)
        out += "\n" + w.pick("Grupper og portefølje: uvægtet gennemsnit af projekternes score. Realisering = realiseret / planlagt gevinst.",
                             "Groups and portfolio: unweighted mean of the projects' scores. Realised = realised / planned benefit.")
            + t.notes(w, kroner: .separate).map { " " + Markdown.escape($0, atLineStart: false) }.joined() + "\n"
        return out
    }
}
