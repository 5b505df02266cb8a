import EffektModel
import EffektEvaluation
import EffektVocabulary

/// The portfolio dashboard as GitHub-flavoured Markdown: the same content as the terminal, in
/// tables a wiki or a mail client renders.
enum PortfolioMarkdown {
    static func render(_ e: Evaluation, language: Language) -> String {
        let w = Wording(language: language)
        let facts = HeaderFacts(e, w)
        let r = e.portfolio
        var out = "## " + Markdown.escape(facts.title) + "\n\n"
        out += "*" + Markdown.escape(facts.period + " · " + facts.counts) + "*\n\n"
        if !facts.rejected.isEmpty { out += "> **" + Markdown.escape(facts.rejected) + "**\n\n" }

        var figures: [Markdown.Row] = []
        var score = w.percent(r.score) + " " + Glyphs.bar(r.score, cells: 10) + " (" + w.pick("forventet ", "expected ") + w.percent(r.expected)
        if let s = r.score, let x = r.expected { score += ", " + NumberFormatting.points(s - x, language: language) }
        figures.append(.cells([w.pick("Målopfyldelse", "Attainment"), score + ")"]))
        figures.append(.cells(["Status", w.status(r.status)]))
        figures.append(.cells([w.pick("Projekter", "Projects"), Status.displayOrder.map {
            $0.symbol + " " + NumberFormatting.number(Double(r.statusCounts[$0] ?? 0), language: language) + " " + $0.label(language)
        }.joined(separator: " · ")]))
        var change = w.change(r, hasHistory: e.hasHistory, withData: ChangeMembers.withData(e), members: .projects)
        if !r.history.isEmpty { change += " · " + Glyphs.scoreSparkline(r.history.map(\.score)) }
        figures.append(.cells([w.pick("Udvikling", "Change"), change]))
        if w.hasBenefit(r) { figures.append(.cells([w.pick("Gevinst", "Benefit"), w.benefit(r)])) }
        if let c = r.coverage {
            figures.append(.cells([w.pick("Dækning", "Coverage"), w.percent(c) + " " + w.pick("af kriterierne har aktuelle målinger", "of the criteria have up-to-date measurements")]))
        }
        out += Markdown.table([w.pick("Portefølje", "Portfolio"), ""], rows: figures) + "\n"

        out += "### " + w.pick("Projekter", "Projects") + "\n\n"
        let history = e.projects.first?.rollUp.history.count ?? 0
        let headers = ["Id", w.pick("Projekt", "Project"), "Status", "Score", w.pick("Ændring", "Change"),
                       history > 0 ? w.pick("\(history) kvartaler", "\(history) quarters") : w.pick("Udvikling", "History"),
                       w.pick("Tendens", "Trend"), w.pick("Realiseret / forventet nu (kr.)", "Realised / expected by now (DKK)"),
                       w.pick("Dækning", "Coverage")]
        let rows = e.projects.map { p -> Markdown.Row in
            let pr = p.rollUp
            return .cells([p.project.id, w.projectName(p.project), w.status(pr.status),
                           w.percent(pr.score) + (pr.score == nil ? "" : " " + Glyphs.bar(pr.score, cells: 10)),
                           w.compactChange(pr, hasHistory: e.hasHistory, withData: ChangeMembers.withData(p)),
                           Glyphs.scoreSparkline(pr.history.map(\.score)), w.projectTrend(p),
                           w.hasBenefit(pr) ? w.amount(pr.realizedValue) + " / " + w.amount(pr.expectedValue) : "",
                           w.percent(pr.coverage)])
        }
        out += e.projects.isEmpty ? w.pick("Ingen projekter i data.", "No projects in the data.") + "\n\n"
            : Markdown.table(headers, right: [3, 4, 7, 8], rows: rows) + "\n"

        out += "### " + w.pick("Hvem gør hvad", "Who does what") + "\n\n"
        out += findings(ProjectFinding.all(e), e, w, limit: Dashboard.urgentFindings)
        out += "\n" + Status.displayOrder.map { $0.symbol + " " + $0.label(language) }.joined(separator: " · ")
            + " · ▲/▼ " + w.pick("ændring i procentpoint (pp)", "change in percentage points (pp)")
            + w.changeLegend(e.projects.map(\.rollUp), hasHistory: e.hasHistory).map { " · " + Markdown.escape($0) }.joined() + "\n"
        return out
    }

    static func findings(_ all: [ProjectFinding], _ e: Evaluation, _ w: Wording, limit: Int, showProject: Bool = true) -> String {
        guard !all.isEmpty else { return w.pick("Ingen åbne opfølgningspunkter.", "No open follow-up points.") + "\n" }
        let shown = limit > 0 ? Array(all.prefix(limit)) : all
        let rows = shown.map { pf -> Markdown.Row in
            let overdue = pf.finding.dueDate.map { $0 < e.asOf } ?? false
            let due = pf.finding.dueDate.map { w.date($0) + (overdue ? " " + w.pick("(overskredet)", "(past due)") : "") }
                ?? w.pick("ingen frist", "no due date")
            return .cells([due, w.owner(pf.finding.owner)] + (showProject ? [pf.project.project.id] : [])
                          + [w.finding(pf.finding, in: pf.project)])
        }
        let headers = [w.pick("Frist", "Due"), w.pick("Ansvarlig", "Owner")] + (showProject ? [w.pick("Projekt", "Project")] : [])
            + [w.pick("Hvad", "What")]
        var out = Markdown.table(headers, rows: rows)
        if all.count > shown.count {
            let rest = all.count - shown.count
            out += "\n" + w.pick("… og \(rest) \(rest == 1 ? "punkt" : "punkter") mere.", "… and \(rest) more \(rest == 1 ? "point" : "points").") + "\n"
        }
        return out
    }
}
