import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Sammenligning: projects × the last N quarter ends with the score at each, ranked by the current
/// score, and a line chart of the scores over time (the leaders' comparison of issue 5).
enum ComparisonSheet {
    /// Lines beyond this many make the chart a tangle; the table ranks them all.
    static let chartProjectLimit = 10
    static let headerRow: Row = 3

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        sheet.hideGridlines()
        let qs = e.quartersShown(cx.options.compareQuarters)
        let firstQ: Col = 3
        let lastQ = firstQ + Col(qs.count) - 1
        try sheet.columnWidths([7, 10, 32] + qs.map { _ in 11.0 } + [11, 13, 8, 17, 12])
        try sheet.text(0, 0, l.pick("Sammenligning af projekter", "Project comparison"), f.title)
        try sheet.text(1, 0, l.pick(
            "Score ved kvartalsafslutningerne, rangordnet efter den aktuelle score. Sidste kolonne er scoren pr. \(e.asOf.danish).",
            "Score at quarter ends, ranked by the current score. The last column is the score as of \(e.asOf.iso)."), f.note)
        var titles = [l.pick("Rang", "Rank"), "Id", l.pick("Projekt", "Project")]
        titles += qs.map { $0.label(l) }
        titles += [l.pick("Ændring siden sidste kvartal", "Change since last quarter"),
                   l.pick("Ændring for dem, der kan sammenlignes", "Change, comparable members"), l.pick("Nye i scoren", "New in the score"),
                   l.pick("Tendens", "Trend"), l.pick("Realisering %", "Realization %")]
        try sheet.rowHeight(headerRow, 45)
        try SheetLine.header(sheet, headerRow, titles, f.header)
        let projects = e.rankedProjects
        let portfolioRow = headerRow + 1 + Row(projects.count)
        let lastCol = lastQ + 5
        if !projects.isEmpty {
            try sheet.autofilter(headerRow, 0, portfolioRow - 1, lastCol)
            try sheet.dataBar(headerRow + 1, lastQ, portfolioRow - 1, lastQ, color: Formats.scoreColor)
        }
        var row = headerRow + 1
        for (i, pe) in projects.enumerated() {
            var x = SheetLine(sheet, row)
            try x.int(i + 1)
            try x.text(pe.project.id)
            try x.text(cx.projectName(pe.project))
            for q in qs { try x.number(pe.rollUp.score(at: q), f.percent) }
            try x.number(pe.rollUp.scoreChange, f.change)
            try comparable(&x, pe.rollUp, f)
            try x.text(OverviewSheet.trendWord(pe.overallTrend, l))
            try x.number(pe.rollUp.realisation, f.percent)
            row += 1
        }
        var x = SheetLine(sheet, portfolioRow)
        x.skip()
        try x.text(l.pick("Alle", "All"), f.bold)
        try x.text(l.pick("Porteføljen", "Portfolio"), f.bold)
        for q in qs { try x.number(e.portfolio.score(at: q), f.percentBold) }
        try x.number(e.portfolio.scoreChange, f.change)
        try comparable(&x, e.portfolio, f)
        try x.text(OverviewSheet.trendWord(e.overallTrend, l))
        try x.number(e.portfolio.realisation, f.percentBold)
        sheet.freeze(rows: headerRow + 1, columns: 3)

        // The chart: the portfolio and the top-ranked projects, one line each.
        let chart = try cx.book.addChart(.line)
        chart.title(l.pick("Score ved kvartalsafslutning", "Score at quarter end"))
        let categories = CellRange(sheet: sheet.name, firstRow: headerRow, firstCol: firstQ, lastRow: headerRow, lastCol: lastQ)
        try chart.addSeries(name: l.pick("Porteføljen", "Portfolio"), categories: categories,
                            values: CellRange(sheet: sheet.name, firstRow: portfolioRow, firstCol: firstQ, lastRow: portfolioRow, lastCol: lastQ),
                            style: SeriesStyle(color: 0x262626, width: 3))
        let shown = min(projects.count, chartProjectLimit)
        for i in 0..<shown {
            let r = headerRow + 1 + Row(i)
            try chart.addSeries(name: cx.projectName(projects[i].project), nameCell: (sheet.name, r, 2), categories: categories,
                                values: CellRange(sheet: sheet.name, firstRow: r, firstCol: firstQ, lastRow: r, lastCol: lastQ),
                                style: SeriesStyle(color: palette[i % palette.count], width: 1.75))
        }
        chart.yAxis(numberFormat: "0%", min: 0, max: 1)
        chart.legendBottom()
        var chartRow = portfolioRow + 2
        if shown < projects.count {
            try sheet.text(chartRow, 0, l.pick(
                "Grafen viser porteføljen og de \(shown) højest rangerede projekter; tabellen har alle \(projects.count).",
                "The chart shows the portfolio and the \(shown) top-ranked projects; the table has all \(projects.count)."), f.note)
            chartRow += 1
        }
        try sheet.insert(chart, at: chartRow, 0, xScale: 1.8, yScale: 1.4,
                         description: l.pick("Linjediagram: score ved kvartalsafslutning pr. projekt", "Line chart: score at quarter end per project"))
        try sheet.printSetup(repeatRows: headerRow...headerRow, footer: cx.footer)
    }

    /// The like-for-like change and the entrants, only where the composition changed (Docs/methodology.md §6).
    static func comparable(_ x: inout SheetLine, _ r: RollUp, _ f: Formats) throws(WorkbookError) {
        try x.number(r.entered > 0 ? r.scoreChangeComparable : nil, f.change)
        try x.int(r.entered > 0 ? r.entered : nil, f.integer)
    }

    /// Distinguishable colours (Okabe–Ito and friends), readable for colour-blind readers.
    static let palette: [UInt32] = [0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0xF0E442, 0x999999, 0x8C564B, 0x17BECF]
}
