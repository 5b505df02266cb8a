import EffektModel
import EffektEvaluation

/// Grafer: one chart per criterion with at least two points in its series — the measurements over
/// time, the target and the planned path; with SPC an XmR chart (limits per segment, special
/// causes in colour); events as numbered vertical lines, listed under the chart. What each chart
/// draws is worked out in `CriterionChartData`; the data lives on a hidden sheet (Grafdata),
/// written block by block in order, as constant-memory mode needs.
///
/// One Grafer sheet rather than a sheet per project: the sheet count stays fixed for 5 or 5,000
/// projects, the cap applies in one place, and charts keep the project/criterion order of Kriterier.
enum ChartsSheet {
    static let chartsPerRow = 2
    static let colsPerChart: Col = 8
    static let firstChartRow: Row = 4

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

    /// Event lines listed under a chart; more are summarised in one line.
    static let maxEventLines = 8
    /// Rows a chart covers (its height is 1.5 × 288 = 432 px; a row is 20 px), plus one.
    static let chartRows: Row = 23
    static let chartYScale = 1.5

    static func write(_ cx: ReportContext, sheet: Worksheet, data: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        let (shown, leftOut) = plan(e, limit: cx.options.chartLimit)
        sheet.hideGridlines()
        // Under each chart: event number, date, text. The two charts of a row sit at columns A and I.
        try sheet.columnWidths([4, 11], from: 0)
        try sheet.columnWidths([4, 11], from: colsPerChart)
        try sheet.text(0, 0, l.pick("Grafer: målinger over tid", "Charts: measurements over time"), f.title)
        let eligible = shown.count + leftOut.count
        var note = l.pick("\(shown.count) grafer for kriterier med mindst 2 punkter: målingerne, målet (grønt) og planen fra baseline over delmålene til målet (okker).",
                          "\(shown.count) charts for criteria with at least 2 points: the measurements, the target (green) and the plan from baseline over the milestones to the target (ochre).")
        if let firstLeft = leftOut.first {
            note += l.pick(" Udeladt: \(leftOut.count) af \(eligible) kriterier (fra \(firstLeft.project.project.id)/\(firstLeft.criterion.criterion.id) og frem i Kriterier-arkets rækkefølge) — grænsen er \(cx.options.chartLimit) grafer; tallene står i Kriterier.",
                           " Left out: \(leftOut.count) of \(eligible) criteria (from \(firstLeft.project.project.id)/\(firstLeft.criterion.criterion.id) onwards in the Criteria sheet's order) — the limit is \(cx.options.chartLimit) charts; their figures are on Criteria.")
        }
        try sheet.text(1, 0, note, f.note)
        if eligible == 0 {
            try sheet.text(2, 0, l.pick("Ingen kriterier har mindst 2 punkter endnu.", "No criterion has at least 2 points yet."), f.note)
        } else {
            try sheet.text(2, 0, l.pick("Med SPC er grafen et XmR-kort: middel og kontrolgrænser pr. segment (grå; et brud, hvor de er genberegnet) og særlige årsager som blå (forbedring) og orange (bekymring) punkter.",
                                        "With SPC the chart is an XmR chart: mean and control limits per segment (grey; a break where they were recalculated) and special causes as blue (improvement) and orange (concern) points."), f.note)
            try sheet.text(3, 0, l.pick("Lodrette streger er hændelser og projektets idriftsættelse; numrene står under grafen med dato og tekst.",
                                        "Vertical lines are events and the project's go-live; their numbers are listed under the chart with date and text."), f.note)
        }

        data.hide()
        try SheetLine.header(data, 0, [
            l.pick("Kriterium", "Criterion"), l.pick("Dato", "Date"), l.pick("Værdi", "Value"),
            l.pick("Referencedato", "Reference date"), "Baseline", l.pick("Mål", "Target"),
            l.pick("Plandato", "Plan date"), l.pick("Plan", "Plan"),
            l.pick("Forbedring", "Improvement"), l.pick("Bekymring", "Concern"),
            l.pick("Segmentdato", "Segment date"), l.pick("Middel", "Mean"), l.pick("Øvre grænse", "Upper limit"),
            l.pick("Nedre grænse", "Lower limit"), l.pick("Hændelsesdato", "Event date"), l.pick("Hændelse (lodret streg)", "Event (vertical line)"),
        ], f.header)
        var row: Row = 1
        var charts: [(Chart, CriterionChartData, Item)] = []
        for item in shown {
            let d = CriterionChartData(item.criterion, project: item.project, language: l)
            let top = row
            row += try writeBlock(d, item, data: data, at: top, f)
            charts.append((try chart(cx, d, item, data: data.name, top: top), d, item))
        }
        // The charts two by two, each row of charts followed by its events; rows in order.
        var breaks: [Row] = []
        var groupTop = firstChartRow
        for (g, start) in stride(from: 0, to: charts.count, by: chartsPerRow).enumerated() {
            // One row of charts (with its events) per printed page, so no chart is cut in half.
            if g > 0 { breaks.append(groupTop) }
            let group = Array(charts[start..<min(start + chartsPerRow, charts.count)])
            var lines = 0
            for (k, (chart, d, item)) in group.enumerated() {
                try sheet.insert(chart, at: groupTop, Col(k) * colsPerChart, yScale: chartYScale, description: chartTitle(cx, item))
                lines = max(lines, eventLines(d, l).count)
            }
            for i in 0..<lines {
                let r = groupTop + chartRows + Row(i)
                for (k, (_, d, _)) in group.enumerated() {
                    let list = eventLines(d, l)
                    guard i < list.count else { continue }
                    var x = SheetLine(sheet, r, from: Col(k) * colsPerChart)
                    try x.int(list[i].number, f.integer)
                    try x.date(list[i].date, f.date)
                    try x.text(list[i].text)
                }
            }
            groupTop += chartRows + Row(lines) + 1
        }
        try sheet.pageBreaks(before: breaks)
        // The print area is the two charts' width: long notes and event texts must not shrink the page.
        try sheet.printSetup(repeatRows: nil, footer: cx.footer, area: (0, 0, max(groupTop, firstChartRow), 2 * colsPerChart - 1))
    }

    /// The lines under a chart: the first events, then one line saying how many more there are.
    static func eventLines(_ d: CriterionChartData, _ l: Language) -> [(number: Int?, date: Day?, text: String)] {
        var out: [(number: Int?, date: Day?, text: String)] = d.events.prefix(maxEventLines).map { ($0.number, $0.date, $0.text) }
        if d.events.count > maxEventLines {
            let more = d.events.count - maxEventLines
            out.append((nil, nil, l.pick("… og \(more) hændelser mere (se projektets oversigt i dashboardet)",
                                         "… and \(more) more events (see the project's drill-down in the dashboard)")))
        }
        return out
    }

    /// Writes one criterion's block on Grafdata; returns the rows it took.
    private static func writeBlock(_ d: CriterionChartData, _ item: Item, data: Worksheet, at top: Row, _ f: Formats) throws(WorkbookError) -> Row {
        let c = item.criterion.criterion
        // Only the listed events get a line, so every line's number is under the chart.
        let drawn = Array(d.events.prefix(maxEventLines))
        let height = max(d.points.count, 2, d.plan.count, 3 * d.segments.count, 3 * drawn.count)
        for k in 0..<height {
            var x = SheetLine(data, top + Row(k))
            try x.text(k == 0 ? "\(item.project.project.id)/\(c.id)" : nil)
            if k < d.points.count {
                try x.date(d.points[k].date, f.date)
                try x.number(d.points[k].value)
            } else { x.skip(2) }
            if k < 2 {
                // Reference lines span the whole chart.
                try x.date(k == 0 ? d.from : d.to, f.date)
                try x.number(c.baseline)
                try x.number(c.target)
            } else { x.skip(3) }
            if k < d.plan.count {
                try x.date(d.plan[k].date, f.date)
                try x.number(d.plan[k].value)
            } else { x.skip(2) }
            // Special-cause points, row by row with S; blank rows draw nothing.
            try x.number(k < d.points.count ? d.improvement[k] : nil)
            try x.number(k < d.points.count ? d.concern[k] : nil)
            // Each segment's constant lines: its first and last date, then a blank row (a gap).
            if k % 3 < 2, k / 3 < d.segments.count {
                let s = d.segments[k / 3]
                try x.date(k % 3 == 0 ? s.first : s.last, f.date)
                try x.number(s.mean)
                try x.number(s.upper)
                try x.number(s.lower)
            } else { x.skip(4) }
            // Each event: a vertical line from the lowest to the highest value shown, then a gap.
            if k % 3 < 2, k / 3 < drawn.count {
                try x.date(drawn[k / 3].date, f.date)
                try x.number(k % 3 == 0 ? d.low : d.high)
            }
        }
        return Row(height)
    }

    private static func chart(_ cx: ReportContext, _ d: CriterionChartData, _ item: Item, data dn: String, top: Row) throws(WorkbookError) -> Chart {
        let l = cx.l
        let c = item.criterion.criterion
        func range(_ col: Col, _ count: Int) -> CellRange {
            CellRange(sheet: dn, firstRow: top, firstCol: col, lastRow: top + Row(max(count, 1)) - 1, lastCol: col)
        }
        let chart = try cx.book.addChart(.scatterStraightWithMarkers)
        chart.title(chartTitle(cx, item) + (d.isXmR ? " — XmR" : ""), size: 10)
        chart.showBlanksAsGap()
        let n = d.points.count
        try chart.addSeries(name: l.pick("Målinger", "Measurements"), categories: range(1, n), values: range(2, n),
                            style: SeriesStyle(color: d.isXmR ? Formats.mdcCommonCause : Formats.scoreColor, width: 2.25))
        if !d.isXmR {
            try chart.addSeries(name: "Baseline", categories: range(3, 2), values: range(4, 2),
                                style: SeriesStyle(color: 0x7F7F7F, width: 1.5, dashed: true, markers: false))
        }
        try chart.addSeries(name: l.pick("Mål", "Target"), categories: range(3, 2), values: range(5, 2),
                            style: SeriesStyle(color: 0x00A651, width: 1.5, dashed: true, markers: false))
        let planName = d.plan.count > 2 ? l.pick("Plan (med delmål)", "Plan (with milestones)") : l.pick("Plan (jævn fremdrift)", "Plan (steady progress)")
        try chart.addSeries(name: planName, categories: range(6, d.plan.count), values: range(7, d.plan.count),
                            style: SeriesStyle(color: 0xBF9000, width: 1.25, dashed: true, markers: d.plan.count > 2, markerSize: 4))
        if d.isXmR {
            let rows = 3 * d.segments.count - 1
            try chart.addSeries(name: l.pick("Middel", "Mean"), categories: range(10, rows), values: range(11, rows),
                                style: SeriesStyle(color: Formats.mdcCommonCause, width: 1.25, markers: false))
            try chart.addSeries(name: l.pick("Øvre grænse", "Upper limit"), categories: range(10, rows), values: range(12, rows),
                                style: SeriesStyle(color: Formats.mdcCommonCause, width: 1, dashed: true, markers: false))
            try chart.addSeries(name: l.pick("Nedre grænse", "Lower limit"), categories: range(10, rows), values: range(13, rows),
                                style: SeriesStyle(color: Formats.mdcCommonCause, width: 1, dashed: true, markers: false))
            if d.improvement.contains(where: { $0 != nil }) {
                try chart.addSeries(name: Variation.improvement.label(l), categories: range(1, n), values: range(8, n),
                                    style: SeriesStyle(color: Formats.mdcImprovement, line: false, markerSize: 9))
            }
            if d.concern.contains(where: { $0 != nil }) {
                try chart.addSeries(name: Variation.concern.label(l), categories: range(1, n), values: range(9, n),
                                    style: SeriesStyle(color: Formats.mdcConcern, line: false, markerSize: 9))
            }
        }
        let drawn = Array(d.events.prefix(maxEventLines))
        if !drawn.isEmpty {
            let rows = 3 * drawn.count - 1
            let events = try chart.addSeries(name: l.pick("Hændelser (nr. under grafen)", "Events (numbers under the chart)"),
                                             categories: range(14, rows), values: range(15, rows),
                                             style: SeriesStyle(color: 0x7030A0, width: 1, dashed: true, markers: false))
            // The number on top of each line; it matches the list under the chart.
            try chart.label(events, (0..<rows).map { $0 % 3 == 1 ? "\(drawn[$0 / 3].number)" : nil })
        }
        chart.xAxis(numberFormat: l.pick("mm-yyyy", "yyyy-mm"), min: excelSerial(d.from), max: excelSerial(d.to))
        chart.yAxis(name: c.unit)
        chart.legendBottom()
        return chart
    }
}
