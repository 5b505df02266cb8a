import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Overblik: what a head of department reads in a minute — header, portfolio figures, status
/// counts, one row per project, and a chart of score against expected.
enum OverviewSheet {
    static let columns: [(da: String, en: String, width: Double)] = [
        ("Projekt", "Project", 34), ("Id", "Id", 11), ("Projektejer", "Owner", 18), ("Område", "Area", 16),
        ("Fase", "Phase", 14), ("Score", "Score", 9), ("Forventet", "Expected", 10), ("Status", "Status", 14),
        ("Ændring siden sidste kvartal", "Change since last quarter", 13),
        ("Ændring for dem, der kan sammenlignes", "Change, comparable members", 14), ("Nye i scoren", "New in the score", 9),
        ("Tendens", "Trend", 17),
        ("Realiseret kr.", "Realized DKK", 14), ("Forventet kr. nu", "Expected DKK now", 14), ("Planlagt kr.", "Planned DKK", 14),
        ("Realisering %", "Realization %", 11), ("Dækning", "Coverage", 10),
    ]
    /// Shown only with a history (Docs/history.md): what was reported for the previous quarter against
    /// today's recomputation of it.
    static let historyColumns: [(da: String, en: String, width: Double)] = [
        ("Forrige kvartal, indberettet", "Previous quarter, reported", 13),
        ("Forrige kvartal, genberegnet nu", "Previous quarter, recomputed now", 13),
        ("Genberegning (nu − indberettet)", "Restatement (now − reported)", 13),
        ("Ændring siden indberetning", "Change since the report", 13),
    ]
    static func columns(_ e: Evaluation) -> [(da: String, en: String, width: Double)] {
        e.hasHistory ? columns + historyColumns : columns
    }
    static let scoreCol: Col = 5, expectedCol: Col = 6, statusCol: Col = 7
    static let realizedCol: Col = 12, plannedCol: Col = 14
    /// Charts beyond this many projects become unreadable; the table has them all.
    static let chartProjectLimit = 40

    /// The first project row (0-based); fixed so tests and the openpyxl check can find it.
    static let firstProjectRow: Row = 19

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        sheet.activate()
        sheet.hideGridlines()
        let columns = columns(e)
        try sheet.columnWidths(columns.map(\.width))

        // Rows 0–3: title, organisation, as-of date and quarter, source files.
        try sheet.rowHeight(0, 24)
        try sheet.text(0, 0, l.pick("Foreløbig effektvurdering", "Preliminary effect assessment"), f.title)
        try sheet.text(1, 0, e.settings.organisation, f.subtitle)
        var asOf = SheetLine(sheet, 2)
        try asOf.text(l.pick("Opgjort pr.", "As of"), f.bold)
        try asOf.date(e.asOf, f.dateLeft)
        try asOf.text("(" + e.quarter.label(l) + ")")
        var sources = SheetLine(sheet, 3)
        try sources.text(l.pick("Kildefiler", "Source files"), f.bold)
        let files = e.inputs.map(\.file)
        try sources.text(files.isEmpty ? "—" : files.joined(separator: ", "))

        // Rows 5–7: the portfolio, in the same columns as the project table below.
        let p = e.portfolio
        try sheet.text(5, 0, l.pick("Portefølje", "Portfolio"), f.heading)
        // Row heights are set as their row comes up: constant-memory mode flushes earlier rows.
        try sheet.rowHeight(6, 45)
        var ph = SheetLine(sheet, 6)
        try ph.text(l.pick("Hele porteføljen", "Whole portfolio"), f.header)
        try ph.text(l.pick("Projekter", "Projects"), f.header)
        try ph.text(l.pick("Kriterier", "Criteria"), f.header)
        try ph.text(l.pick("Afviste rækker", "Rejected rows"), f.header)
        try ph.text(l.pick("Advarsler", "Warnings"), f.header)
        for c in columns[5...] { try ph.text(l.pick(c.da, c.en), f.header) }
        let portfolioRow: Row = 7
        var pv = SheetLine(sheet, portfolioRow)
        try pv.text(e.settings.organisation ?? l.pick("Alle projekter", "All projects"), f.bold)
        try pv.int(e.projects.count, f.integer)
        try pv.int(e.projects.reduce(0) { $0 + $1.criteria.count }, f.integer)
        try pv.int(e.data.rejectedRows, f.integer)
        try pv.int(e.diagnostics.filter { $0.severity == .warning }.count, f.integer)
        try rollUp(&pv, p, trend: e.overallTrend, row: portfolioRow, bold: true, history: e.hasHistory, f, l)
        // Row 8: the change in words, with the like-for-like change when projects entered the score
        // and, with a history, what was reported.
        try sheet.text(portfolioRow + 1, 0, changeSentence(p, comparable: e.comparableProjectCount, l), f.note)

        // Rows 9–15: projects per status, counted by formulas over the table's status column so
        // the counts follow edits. The labels carry the status colours.
        let first = firstProjectRow
        let last = first + Row(max(e.projects.count, 1)) - 1
        try sheet.text(9, 0, l.pick("Projekter pr. status", "Projects by status"), f.heading)
        let statusRange = A1.range(first, statusCol, last, statusCol)
        var row: Row = 10
        for (status, _, _) in Formats.statusColors {
            var x = SheetLine(sheet, row)
            try x.text(status.label(l), f.statusPlain)
            let literal = "\"" + CellText.doublingQuotes(status.label(l)) + "\""
            try x.formula("COUNTIF(\(statusRange),\(literal))", f.integer, result: Double(p.statusCounts[status] ?? 0))
            row += 1
        }
        try cx.statusColors(sheet, 10, 0, row - 1, 0)
        try cx.statusColors(sheet, portfolioRow, statusCol, portfolioRow, statusCol)

        // Row 18: the project table header; rows 19…: one row per project.
        try sheet.text(firstProjectRow - 2, 0, l.pick("Projekter", "Projects"), f.heading)
        let headerRow = firstProjectRow - 1
        try sheet.rowHeight(headerRow, 45)
        try SheetLine.header(sheet, headerRow, columns.map { l.pick($0.da, $0.en) }, f.header)
        // Ranges are declared before their rows are written: in constant-memory mode libxlsxwriter
        // refuses an autofilter that ends above rows already flushed.
        let lastCol = Col(columns.count - 1)
        if !e.projects.isEmpty {
            try sheet.autofilter(headerRow, 0, last, lastCol)
            try cx.statusColors(sheet, first, statusCol, last, statusCol)
            try sheet.dataBar(first, scoreCol, last, scoreCol, color: Formats.scoreColor)
            try cx.book.defineName(l.pick("Projekter", "Projects"), "=" + ReportContext.ref(sheet.name) + A1.range(first, 0, last, lastCol))
        }
        row = first
        for pe in e.projects {
            let r = pe.rollUp
            var line = SheetLine(sheet, row)
            try line.text(cx.projectName(pe.project))
            try line.text(pe.project.id)
            try line.text(pe.project.owner)
            try line.text(pe.project.area)
            try line.text(pe.project.phase?.label(l))
            try rollUp(&line, r, trend: pe.overallTrend, row: row, bold: false, history: e.hasHistory, f, l)
            row += 1
        }
        if e.projects.isEmpty {
            try sheet.text(first, 0, l.pick("Ingen projekter i data.", "No projects in the data."), f.note)
        }

        // Below the table: score against expected per project (bar chart, first projects only).
        var chartRow = last + 2
        let shown = min(e.projects.count, chartProjectLimit)
        if shown > 0 {
            if shown < e.projects.count {
                try sheet.text(chartRow, 0, l.pick(
                    "Grafen viser de første \(shown) af \(e.projects.count) projekter; tabellen ovenfor har dem alle.",
                    "The chart shows the first \(shown) of \(e.projects.count) projects; the table above has them all."), f.note)
                chartRow += 1
            }
            let chart = try cx.book.addChart(.bar)
            chart.title(l.pick("Score og forventet score pr. projekt", "Score and expected score per project"))
            let names = CellRange(sheet: sheet.name, firstRow: first, firstCol: 0, lastRow: first + Row(shown) - 1, lastCol: 0)
            try chart.addBars(name: l.pick("Score", "Score"), categories: names,
                              values: CellRange(sheet: sheet.name, firstRow: first, firstCol: scoreCol, lastRow: first + Row(shown) - 1, lastCol: scoreCol),
                              color: Formats.scoreColor)
            try chart.addBars(name: l.pick("Forventet", "Expected"), categories: names,
                              values: CellRange(sheet: sheet.name, firstRow: first, firstCol: expectedCol, lastRow: first + Row(shown) - 1, lastCol: expectedCol),
                              color: Formats.expectedColor)
            // In a bar chart libxlsxwriter's x axis is the horizontal value axis and y the category
            // axis; categories run bottom-up, so reversing y makes the chart read in table order.
            chart.xAxis(numberFormat: "0%", min: 0, max: 1)
            chart.yAxis(reverse: true)
            chart.legendBottom()
            chart.gap(60)
            let height = Double(max(288, 90 + 26 * shown)) / 288
            try sheet.insert(chart, at: chartRow, 0, xScale: 2.1, yScale: height,
                             description: l.pick("Søjlediagram: score og forventet score pr. projekt", "Bar chart: score and expected score per project"))
            chartRow += Row((height * 288 / 20).rounded(.up)) + 1
        }
        try sheet.printSetup(repeatRows: headerRow...headerRow, footer: cx.footer,
                             area: (0, 0, max(chartRow, last), lastCol))
    }

    /// Realization % as a formula over the row's kroner cells (the cached result is the same ratio).
    /// The columns the portfolio row and every project row share, from score to coverage; the
    /// portfolio's figures in bold.
    private static func rollUp(_ line: inout SheetLine, _ r: RollUp, trend: ProjectTrend, row: Row, bold: Bool,
                               history: Bool, _ f: Formats, _ l: Language) throws(WorkbookError) {
        let percent = bold ? f.percentBold : f.percent, kroner = bold ? f.kronerBold : f.kroner
        try line.number(r.score, percent)
        try line.number(r.expected, percent)
        try line.text(r.status.label(l), f.statusPlain)
        try line.number(r.scoreChange, f.change)
        // The like-for-like change only where the composition changed; otherwise it is the change.
        try line.number(r.entered > 0 ? r.scoreChangeComparable : nil, f.change)
        try line.int(r.entered > 0 ? r.entered : nil, f.integer)
        try line.text(trendWord(trend, l))
        try line.number(r.realizedValue, kroner)
        try line.number(r.expectedValue, kroner)
        try line.number(r.plannedValue, kroner)
        try realization(&line, row: row, realized: r.realizedValue, planned: r.plannedValue, f)
        try line.number(r.coverage, percent)
        guard history else { return }
        try line.number(r.reportedPreviousScore, percent)
        try line.number(r.previousScore, percent)
        try line.number(r.restatement, f.change)
        try line.number(r.scoreChangeReported, f.change)
    }

    /// "▼ 3,0 pp; ▲ 7,0 pp for de 8 projekter, der kan sammenlignes; 2 nye" — and, with a history,
    /// the change since the report and a restatement. Nil-safe: says what is known.
    static func changeSentence(_ r: RollUp, comparable: Int, _ l: Language) -> String {
        guard let change = r.scoreChange else {
            return l.pick("Ingen ændring siden sidste kvartal kan beregnes (ingen score ved kvartalets start eller nu).",
                          "No change since last quarter can be computed (no score at the quarter's start or now).")
        }
        var text = l.pick("Ændring siden sidste kvartal: ", "Change since last quarter: ") + points(change, l)
        if r.entered > 0 {
            if let comparableChange = r.scoreChangeComparable {
                text += "; " + points(comparableChange, l) + " " + comparableProjects(comparable, l)
            }
            text += "; " + (r.entered == 1 ? l.pick("1 nyt", "1 new") : l.pick("\(r.entered) nye", "\(r.entered) new"))
        }
        if let reported = r.scoreChangeReported {
            text += l.pick(". Siden indberetningen: ", ". Since the report: ") + points(reported, l)
        }
        if let restatement = r.restatement, let before = r.reportedPreviousScore {
            text += l.pick(". Forrige kvartal er genberegnet: ", ". Previous quarter restated: ")
                + percentText(before, l) + " → " + percentText(before + restatement, l)
        }
        return text + "."
    }

    /// "for de 8 projekter, der kan sammenlignes" / "for det ene projekt, …".
    static func comparableProjects(_ n: Int, _ l: Language) -> String {
        n == 1 ? l.pick("for det ene projekt, der kan sammenlignes", "for the one project that can be compared")
               : l.pick("for de \(n) projekter, der kan sammenlignes", "for the \(n) projects that can be compared")
    }

    /// "▲ 7 pp" / "▼ 3 pp" / "0 pp": a change in whole percentage points with its arrow, as the
    /// dashboard writes it.
    static func points(_ x: Double, _ l: Language) -> String {
        let pp = (x * 100).rounded(.toNearestOrAwayFromZero)
        let arrow = pp > 0 ? "▲ " : pp < 0 ? "▼ " : ""
        return arrow + NumberFormatting.number(abs(x) * 100, language: l) + " pp"
    }

    static func percentText(_ x: Double, _ l: Language) -> String { NumberFormatting.percent(x, language: l) }

    private static func realization(_ line: inout SheetLine, row: Row, realized: Double?, planned: Double?, _ f: Formats) throws(WorkbookError) {
        // The formula states Realisation.ratio's rule, so an edited cell recomputes the same way.
        guard let ratio = Realisation.ratio(realized: realized, planned: planned) else { line.skip(); return }
        let formula = "IF(\(A1.cell(row, plannedCol))>0,\(A1.cell(row, realizedCol))/\(A1.cell(row, plannedCol)),\"\")"
        try line.formula(formula, row == 7 ? f.percentBold : f.percent, result: ratio)
    }

    /// The trend word (`ProjectTrend`, computed in EffektEvaluation) with an arrow for the sheet.
    static func trendWord(_ c: ProjectTrend, _ l: Language) -> String {
        switch c {
        case .improving: return "▲ " + c.label(l)
        case .worsening: return "▼ " + c.label(l)
        default: return c.label(l)
        }
    }
}
