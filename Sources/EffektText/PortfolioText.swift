import EffektModel
import EffektEvaluation
import EffektVocabulary

/// The portfolio dashboard for a terminal.
enum PortfolioText {
    static func render(_ e: Evaluation, options: DashboardOptions) -> String {
        let w = Wording(language: options.language)
        let style = Palette(enabled: options.color)
        let width = options.width
        var out: [String] = []
        var showsBenefit = false

        out += header(e, w, style, width: width)
        out.append("")
        out.append(style.bold(w.pick("Portefølje", "Portfolio")))
        out += portfolioFigures(e, w, style, width: width)
        out.append("")
        out.append(style.bold(w.pick("Projekter", "Projects")))
        if e.projects.isEmpty {
            out.append("  " + w.pick("Ingen projekter i data.", "No projects in the data."))
        } else {
            let table = projectTable(e, w, style)
            out += table.render(width: width, palette: style)
            showsBenefit = table.visibleColumns(width: width).contains(PortfolioText.benefitColumn)
        }
        out.append("")
        out.append(style.bold(w.pick("Hvem gør hvad", "Who does what")))
        out += findings(ProjectFinding.all(e), e, w, style, width: width, limit: Dashboard.urgentFindings)
        out.append("")
        out += legend(w, width: width, style: style, extra: tableLegend(e, w, showsBenefit: showsBenefit))
        return out.map { DisplayWidth.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }

    static func header(_ e: Evaluation, _ w: Wording, _ style: Palette, width: Int) -> [String] {
        let facts = HeaderFacts(e, w)
        var out = Flow.spread(style.bold(facts.title), facts.period, width: width)
        out.append(style.dim(String(repeating: "═", count: width)))
        out += Flow.lines([facts.counts], width: width)
        if !facts.rejected.isEmpty {
            out.append("")
            out += box(facts.rejected, width: width, style: style)
        }
        return out
    }

    /// A framed notice, wrapped at word boundaries: impossible to overlook, also without colour.
    static func box(_ text: String, width: Int, style: Palette) -> [String] {
        let inner = width - 4
        let lines = Flow.words(text, width: inner)
        var out = [style.alert("┏" + String(repeating: "━", count: width - 2) + "┓")]
        for line in lines {
            let padded = DisplayWidth.pad(line, to: inner)
            out.append(style.alert("┃") + " " + style.bold(padded) + " " + style.alert("┃"))
        }
        out.append(style.alert("┗" + String(repeating: "━", count: width - 2) + "┛"))
        return out
    }

    static func portfolioFigures(_ e: Evaluation, _ w: Wording, _ style: Palette, width: Int) -> [String] {
        let r = e.portfolio
        let label = 18
        func row(_ name: String, _ segments: [String], separator: String = "  ") -> [String] {
            Flow.lines(segments, width: width, first: "  " + DisplayWidth.pad(name, to: label - 2),
                       separator: separator)
        }
        var out: [String] = []
        var score = r.score == nil ? [w.pick("– (ingen målinger endnu)", "– (no measurements yet)")]
            : [w.percent(r.score) + "  " + style.status(r.status, Glyphs.bar(r.score, cells: width >= 100 ? 20 : 10)),
               w.pick("forventet ", "expected ") + w.percent(r.expected)]
        if let s = r.score, let x = r.expected { score.append("(" + NumberFormatting.points(s - x, language: w.language) + ")") }
        out += row(w.pick("Målopfyldelse", "Attainment"), score)
        out += row(w.pick("Samlet status", "Overall status"), [style.status(r.status, w.status(r.status))])
        let counts = Status.displayOrder.map { s in
            style.status(s, s.symbol + " " + NumberFormatting.number(Double(r.statusCounts[s] ?? 0), language: w.language)
                         + " " + s.label(w.language))
        }
        out += row(w.pick("Projektstatus", "Project status"), counts, separator: "   ")
        let basis = w.changeBasis(r, hasHistory: e.hasHistory)
        let changeText = w.change(r, hasHistory: e.hasHistory, withData: ChangeMembers.withData(e), members: .projects)
        let arrow = Glyphs.change(basis.change, language: w.language)
        // Only the arrow is coloured: the like-for-like change after it may point the other way.
        let colored = style.change(basis.change, arrow) + String(changeText.dropFirst(arrow.count))
        let sparkline = r.history.isEmpty ? "" : Glyphs.scoreSparkline(r.history.map(\.score)) + " "
            + w.pick("(\(r.history.count) kvartaler)", "(\(r.history.count) quarters)")
        if DisplayWidth.width(of: changeText) <= width - label {
            out += row(w.pick("Udvikling", "Change"), [colored, sparkline], separator: "   ")
        } else {
            // Too long for one line (like for like, a restatement): wrapped at words, the sparkline below.
            var words = Flow.gluedWords(changeText)
            if let head = words.first, head.hasPrefix(arrow) {
                words[0] = style.change(basis.change, arrow) + String(head.dropFirst(arrow.count))
            }
            out += row(w.pick("Udvikling", "Change"), words, separator: " ")
            if !sparkline.isEmpty { out += row("", [sparkline]) }
        }
        if w.hasBenefit(r) {
            out += row(w.pick("Gevinst", "Benefit"),
                       w.benefitSegments(realized: r.realizedValue, expected: r.expectedValue, planned: r.plannedValue),
                       separator: " ")
        }
        if let c = r.coverage {
            out += row(w.pick("Dækning", "Coverage"),
                       [w.percent(c) + " " + w.pick("af kriterierne har aktuelle målinger", "of the criteria have up-to-date measurements")])
        }
        return out
    }

    /// The index of the project table's kroner column.
    static let benefitColumn = 8

    static func projectTable(_ e: Evaluation, _ w: Wording, _ style: Palette) -> TextTable {
        let columns = [
            TableColumn(header: "Id", hardMinimum: 4),
            TableColumn(header: w.pick("Projekt", "Project"), flexible: true, softMinimum: 26, hardMinimum: 10),
            TableColumn(header: "Status"),
            TableColumn(header: "Score", alignRight: true),
            // When narrow, coverage goes first, then trend, benefit, the bar, the sparkline, the change.
            TableColumn(header: "", dropPriority: 3),
            TableColumn(header: w.pick("Ændring", "Change"), alignRight: true, dropPriority: 1),
            TableColumn(header: w.pick("Udvikling", "History"), dropPriority: 2),
            TableColumn(header: w.pick("Tendens", "Trend"), dropPriority: 5),
            TableColumn(header: w.pick("Gevinst (kr.)", "Benefit (DKK)"), alignRight: true, dropPriority: 4),
            TableColumn(header: w.pick("Dækning", "Coverage"), alignRight: true, dropPriority: 6),
        ]
        let rows = e.projects.map { p -> TableRow in
            let r = p.rollUp
            let benefit = w.hasBenefit(r) ? w.amount(r.realizedValue) + " / " + w.amount(r.expectedValue) : ""
            return .cells([
                w.clean(p.project.id),
                w.projectName(p.project),
                style.status(r.status, w.status(r.status)),
                w.percent(r.score),
                style.status(r.status, Glyphs.bar(r.score, cells: 10)),
                style.change(w.changeBasis(r, hasHistory: e.hasHistory).change,
                             w.compactChange(r, hasHistory: e.hasHistory, withData: ChangeMembers.withData(p))),
                Glyphs.scoreSparkline(r.history.map(\.score)),
                w.projectTrend(p),
                benefit,
                w.percent(r.coverage),
            ])
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// `limit` 0 lists all; `showProject` false leaves out the project column (drill-down).
    static func findings(_ all: [ProjectFinding], _ e: Evaluation, _ w: Wording, _ style: Palette, width: Int,
                         limit: Int, showProject: Bool = true) -> [String] {
        guard !all.isEmpty else {
            return ["  " + w.pick("Ingen åbne opfølgningspunkter.", "No open follow-up points.")]
        }
        let shown = limit > 0 ? Array(all.prefix(limit)) : all
        let columns = [
            TableColumn(header: w.pick("Frist", "Due")),
            TableColumn(header: w.pick("Ansvarlig", "Owner"), flexible: false),
            TableColumn(header: w.pick("Projekt", "Project"), dropPriority: 1),
            TableColumn(header: w.pick("Hvad", "What"), flexible: true, softMinimum: 24, hardMinimum: 12),
        ]
        let rows = shown.map { pf -> TableRow in
            let overdue = pf.finding.dueDate.map { $0 < e.asOf } ?? false
            let due = pf.finding.dueDate.map { (overdue ? "! " : "  ") + w.date($0) } ?? "  " + w.pick("ingen frist", "no due date")
            return .cells([overdue ? style.bad(due) : due,
                           DisplayWidth.truncate(w.owner(pf.finding.owner), to: 24),
                           w.clean(pf.project.project.id),
                           w.finding(pf.finding, in: pf.project)])
        }
        var table = TextTable(columns: columns, rows: rows)
        if !showProject {
            table.columns.remove(at: 2)
            table.rows = rows.map { row in
                guard case .cells(var cells) = row else { return row }
                cells.remove(at: 2)
                return .cells(cells)
            }
        }
        var out = table.render(width: width, palette: style)
        if all.count > shown.count {
            let rest = all.count - shown.count
            let n = NumberFormatting.number(Double(rest), language: w.language)
            out.append("  " + w.pick("… og \(n) \(rest == 1 ? "punkt" : "punkter") mere; se hvert projekt med effekt dashboard --project ID",
                                     "… and \(n) more \(rest == 1 ? "point" : "points"); see each project with effekt dashboard --project ID"))
        }
        return out
    }

    /// What the project table's cells need explained beyond the fixed legend.
    static func tableLegend(_ e: Evaluation, _ w: Wording, showsBenefit: Bool) -> [String] {
        let rollUps = e.projects.map(\.rollUp)
        var out = w.changeLegend(rollUps, hasHistory: e.hasHistory)
        if showsBenefit, rollUps.contains(where: w.hasBenefit) {
            out.append(w.pick("Gevinst (kr.): realiseret / forventet nu", "Benefit (DKK): realised / expected by now"))
        }
        return out
    }

    static func legend(_ w: Wording, width: Int, style: Palette, extra: [String] = []) -> [String] {
        var parts = Status.displayOrder.map { $0.symbol + " " + $0.label(w.language) }
        parts += ["▲/▼ " + w.pick("ændring i procentpoint (pp)", "change in percentage points (pp)"),
                  "▁▂▃▄▅▆▇█ " + w.pick("score ved kvartalernes udgang, 0–100 %", "score at quarter ends, 0–100%"),
                  "! " + w.pick("frist overskredet", "past due")] + extra
        return Flow.lines(parts, width: width, first: style.dim(w.pick("Forklaring: ", "Legend: ")), separator: "  ·  ")
            .map { style.dim($0) }
    }
}

extension Status {
    /// Best to worst, as the legend and counts list them.
    package static let displayOrder: [Status] = [.achieved, .onTrack, .atRisk, .offTrack, .missed, .noData]
}

