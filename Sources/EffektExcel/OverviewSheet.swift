import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Overblik: what a head of department reads in a minute — header, portfolio figures, status
/// counts, one row per project, and a chart of score against expected.
enum OverviewSheet {
    static let columns: [(da: String, en: String, width: Double)] = [
        ("Projekt", "Project", 34), ("Id", "Id", 11), ("Projektejer", "Owner", 18), ("Område", "Area", 16),
        ("Fase", "Phase", 14), ("Score", "Score", 9), ("Forventet", "Expected", 10), ("Status", "Status", 14),
        ("Ændring siden sidste kvartal", "Change since last quarter", 13), ("Tendens", "Trend", 17),
        ("Realiseret kr.", "Realized DKK", 14), ("Planlagt kr.", "Planned DKK", 14),
        ("Realisering %", "Realization %", 11), ("Dækning", "Coverage", 10),
    ]
    static let scoreCol: Col = 5, expectedCol: Col = 6, statusCol: Col = 7
    static let realizedCol: Col = 10, plannedCol: Col = 11
    /// Charts beyond this many projects become unreadable; the table has them all.
    static let chartProjectLimit = 40

    /// The first project row (0-based); fixed so tests and the openpyxl check can find it.
    static let firstProjectRow: Row = 19

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        sheet.activate()
        sheet.hideGridlines()
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
        try rollUp(&pv, p, trend: e.overallTrend, row: portfolioRow, bold: true, f, l)

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
            try rollUp(&line, r, trend: pe.overallTrend, row: row, bold: false, f, l)
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
                               _ f: Formats, _ l: Language) throws(WorkbookError) {
        let percent = bold ? f.percentBold : f.percent, kroner = bold ? f.kronerBold : f.kroner
        try line.number(r.score, percent)
        try line.number(r.expected, percent)
        try line.text(r.status.label(l), f.statusPlain)
        try line.number(r.scoreChange, f.change)
        try line.text(trendWord(trend, l))
        try line.number(r.realizedValue, kroner)
        try line.number(r.plannedValue, kroner)
        try realization(&line, row: row, realized: r.realizedValue, planned: r.plannedValue, f)
        try line.number(r.coverage, percent)
    }

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
