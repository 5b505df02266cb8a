import EffektModel
import EffektEvaluation

/// Grafer: one chart per criterion with at least two points in its series — the measurements over
/// time with baseline and target as dashed reference lines. The charts' data lives on a hidden
/// sheet (Grafdata), written block by block in order, as constant-memory mode needs.
///
/// One Grafer sheet rather than a sheet per project: the sheet count stays fixed for 5 or 5,000
/// projects, the cap applies in one place, and charts keep the project/criterion order of Kriterier.
enum ChartsSheet {
    static let chartsPerRow = 2
    static let rowsPerChart: Row = 16
    static let colsPerChart: Col = 8
    static let firstChartRow: Row = 3

    struct Item {
        var project: ProjectEvaluation
        var criterion: CriterionEvaluation
    }

    /// Criteria with ≥ 2 points, in project then criterion order; the first `limit` get charts.
    static func plan(_ e: Evaluation, limit: Int) -> (shown: [Item], leftOut: [Item]) {
        var all: [Item] = []
        for pe in e.projects {
            for ce in pe.criteria where ce.series.count >= 2 { all.append(Item(project: pe, criterion: ce)) }
        }
        let n = min(all.count, max(0, limit))
        return (Array(all[..<n]), Array(all[n...]))
    }

    static func chartTitle(_ cx: ReportContext, _ item: Item) -> String {
        let c = item.criterion.criterion
        let unit = c.unit.map { " (\($0))" } ?? ""
        return cx.projectName(item.project.project) + ": " + c.name + unit
    }

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        let (shown, leftOut) = plan(e, limit: cx.options.chartLimit)
        sheet.hideGridlines()
        try sheet.text(0, 0, l.pick("Grafer: målinger over tid", "Charts: measurements over time"), f.title)
        let eligible = shown.count + leftOut.count
        var note = l.pick("\(shown.count) grafer for kriterier med mindst 2 punkter. Stiplet: baseline (grå) og mål (grøn).",
                          "\(shown.count) charts for criteria with at least 2 points. Dashed: baseline (grey) and target (green).")
        if let firstLeft = leftOut.first {
            note += l.pick(" Udeladt: \(leftOut.count) af \(eligible) kriterier (fra \(firstLeft.project.project.id)/\(firstLeft.criterion.criterion.id) og frem i Kriterier-arkets rækkefølge) — grænsen er \(cx.options.chartLimit) grafer; tallene står i Kriterier.",
                           " Left out: \(leftOut.count) of \(eligible) criteria (from \(firstLeft.project.project.id)/\(firstLeft.criterion.criterion.id) onwards in the Criteria sheet's order) — the limit is \(cx.options.chartLimit) charts; their figures are on Criteria.")
        }
        try sheet.text(1, 0, note, f.note)
        if eligible == 0 {
            try sheet.text(2, 0, l.pick("Ingen kriterier har mindst 2 punkter endnu.", "No criterion has at least 2 points yet."), f.note)
        }

        let data = try cx.book.addWorksheet(cx.names.chartData)
        data.hide()
        try SheetLine.header(data, 0, [
            l.pick("Kriterium", "Criterion"), l.pick("Dato", "Date"), l.pick("Værdi", "Value"),
            l.pick("Referencedato", "Reference date"), "Baseline", l.pick("Mål", "Target"),
        ], f.header)
        var row: Row = 1
        for (i, item) in shown.enumerated() {
            let ce = item.criterion, c = ce.criterion
            let points = ce.series
            let top = row
            // Reference lines span the whole chart: from the earliest to the latest of the series'
            // dates and the baseline and target dates.
            let dates = points.map(\.date) + [c.baselineDate, c.targetDate]
            let from = dates.min() ?? c.baselineDate, to = dates.max() ?? c.targetDate
            let height = max(points.count, 2)
            for k in 0..<height {
                var x = SheetLine(data, row)
                try x.text(k == 0 ? "\(item.project.project.id)/\(c.id)" : nil)
                if k < points.count {
                    try x.date(points[k].date, f.date)
                    try x.number(points[k].value)
                } else {
                    x.skip(2)
                }
                if k < 2 {
                    try x.date(k == 0 ? from : to, f.date)
                    try x.number(c.baseline)
                    try x.number(c.target)
                }
                row += 1
            }
            let chart = try cx.book.addChart(.scatterStraightWithMarkers)
            chart.title(chartTitle(cx, item), size: 10)
            let dn = data.name
            try chart.addSeries(name: l.pick("Målinger", "Measurements"),
                                categories: CellRange(sheet: dn, firstRow: top, firstCol: 1, lastRow: top + Row(points.count) - 1, lastCol: 1),
                                values: CellRange(sheet: dn, firstRow: top, firstCol: 2, lastRow: top + Row(points.count) - 1, lastCol: 2),
                                style: SeriesStyle(color: Formats.scoreColor, width: 2.25))
            let refDates = CellRange(sheet: dn, firstRow: top, firstCol: 3, lastRow: top + 1, lastCol: 3)
            try chart.addSeries(name: "Baseline", categories: refDates,
                                values: CellRange(sheet: dn, firstRow: top, firstCol: 4, lastRow: top + 1, lastCol: 4),
                                style: SeriesStyle(color: 0x7F7F7F, width: 1.5, dashed: true, markers: false))
            try chart.addSeries(name: l.pick("Mål", "Target"), categories: refDates,
                                values: CellRange(sheet: dn, firstRow: top, firstCol: 5, lastRow: top + 1, lastCol: 5),
                                style: SeriesStyle(color: 0x00A651, width: 1.5, dashed: true, markers: false))
            chart.xAxis(numberFormat: l.pick("mm-yyyy", "yyyy-mm"), min: Double(from.daysSinceEpoch + 25_569), max: Double(to.daysSinceEpoch + 25_569))
            chart.yAxis(name: c.unit)
            chart.legendBottom()
            let r = firstChartRow + Row(i / chartsPerRow) * rowsPerChart
            let col = Col(i % chartsPerRow) * colsPerChart
            try sheet.insert(chart, at: r, col, description: chartTitle(cx, item))
        }
        try sheet.printSetup(repeatRows: nil, footer: cx.footer)
    }
}
