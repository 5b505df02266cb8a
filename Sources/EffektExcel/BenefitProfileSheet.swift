import EffektModel
import EffektEvaluation

/// Gevinstprofil: the business case's question — how much of each year's planned benefit has been
/// realised? One row per project and the portfolio, a (planned, realised) column pair per calendar
/// year, the year holding the as-of date marked; below, the portfolio's years as a small table
/// with a column chart of planned against realised beside it.
enum BenefitProfileSheet {
    static let headerRow: Row = 3
    /// The first project row (0-based): under the year row and the planned/realised row.
    static let firstProjectRow: Row = 5
    static let firstYearCol: Col = 2

    /// The years shown: the portfolio profile's (Docs/methodology.md: it spans every project's).
    static func years(_ e: Evaluation) -> [Int] { e.portfolio.benefitProfile.map(\.year) }

    /// A project's figures for one year; nil when its own profile does not reach that year.
    static func entry(_ profile: [BenefitYear], _ year: Int) -> BenefitYear? { profile.first { $0.year == year } }

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        let years = years(e), current = e.asOf.year
        sheet.hideGridlines()
        try sheet.columnWidths([10, 34] + years.flatMap { _ in [13.0, 13.0] })
        try sheet.text(0, 0, l.pick("Gevinstprofil: planlagt og realiseret gevinst pr. år", "Benefit profile: planned and realized benefit per year"), f.title)
        try sheet.text(1, 0, l.pick(
            "Kroner ved årets udgang over kriterier med kr. pr. enhed: planlagt = planen (med delmål) den 31. december, realiseret = seneste måling til og med årets udgang (højst \(e.asOf.danish)).",
            "Kroner at each year's end over criteria with DKK per unit: planned = the plan (with milestones) on 31 December, realized = the latest measurement up to the year's end (at most \(e.asOf.iso))."), f.note)
        try sheet.text(2, 0, l.pick(
            "Niveauer, ikke summer over år. Det markerede år rummer opgørelsesdatoen; senere år har intet realiseret endnu.",
            "Levels, not sums over years. The marked year holds the as-of date; later years have nothing realized yet."), f.note)
        guard !years.isEmpty else {
            try sheet.text(headerRow, 0, l.pick("Ingen kriterier med kr. pr. enhed og en retning (øge/reducere): der er ingen gevinstprofil.",
                                                "No criterion with DKK per unit and a direction (increase/decrease): there is no benefit profile."), f.note)
            try sheet.printSetup(repeatRows: nil, footer: cx.footer)
            return
        }
        // Two header rows, no merged cells (constant-memory mode): the year over its pair.
        try sheet.rowHeight(headerRow, 20)
        var top = SheetLine(sheet, headerRow)
        try top.text(l.pick("Projekt-id", "Project id"), f.header)
        try top.text(l.pick("Projekt", "Project"), f.header)
        for y in years {
            let h = y == current ? f.currentYearHeader : f.header
            try top.text(y == current ? "\(y) " + l.pick("(i år)", "(this year)") : "\(y)", h)
            try sheet.blank(headerRow, top.col, h)
            top.skip()
        }
        try sheet.blank(headerRow + 1, 0, f.header)
        try sheet.blank(headerRow + 1, 1, f.header)
        var sub = SheetLine(sheet, headerRow + 1, from: firstYearCol)
        for y in years {
            let h = y == current ? f.currentYearHeader : f.header
            try sub.text(l.pick("Planlagt", "Planned"), h)
            try sub.text(l.pick("Realiseret", "Realized"), h)
        }
        var row = firstProjectRow
        for pe in e.projects {
            var x = SheetLine(sheet, row)
            try x.text(pe.project.id)
            try x.text(cx.projectName(pe.project))
            try pairs(&x, pe.rollUp.benefitProfile, years, current, total: false, f)
            row += 1
        }
        var total = SheetLine(sheet, row)
        try total.text(l.pick("I alt", "Total"), f.boldTotal)
        try total.text(e.settings.organisation ?? l.pick("Porteføljen", "Portfolio"), f.boldTotal)
        try pairs(&total, e.portfolio.benefitProfile, years, current, total: true, f)
        row += 1
        // Docs/methodology.md: the portfolio counts a project in the years after its own profile ends (a benefit
        // reached stays planned), while the project's row shows only its own years.
        if let last = years.last, e.projects.contains(where: { p in p.rollUp.benefitProfile.last.map { $0.year < last } ?? false }) {
            try sheet.text(row, 0, l.pick(
                "I alt tæller også projekter i årene efter deres egen profil (efter deres sidste måldato står planen på målet), så I alt kan være større end summen af rækkerne.",
                "The total also counts projects in the years after their own profile (after their last target date the plan stays at the target), so the total can exceed the sum of the rows."), f.note)
        }
        row += 1

        // The portfolio by year, one year per row: readable on its own, and the chart's data.
        try sheet.text(row, 0, l.pick("Porteføljen pr. år", "The portfolio by year"), f.heading)
        row += 1
        try SheetLine.header(sheet, row, [l.pick("År", "Year"), l.pick("Planlagt", "Planned"), l.pick("Realiseret", "Realized")], f.header)
        let blockTop = row + 1
        for b in e.portfolio.benefitProfile {
            row += 1
            var x = SheetLine(sheet, row)
            let isCurrent = b.year == current
            try x.int(b.year, isCurrent ? f.currentYearHeader : f.year)
            try x.number(b.plannedValue, isCurrent ? f.kronerCurrentYear : f.kroner)
            try x.number(b.realizedValue, isCurrent ? f.kronerCurrentYear : f.kroner)
        }
        let blockBottom = row
        let chart = try cx.book.addChart(.column)
        chart.title(l.pick("Porteføljen: planlagt og realiseret gevinst pr. år", "Portfolio: planned and realized benefit per year"))
        let categories = CellRange(sheet: sheet.name, firstRow: blockTop, firstCol: 0, lastRow: blockBottom, lastCol: 0)
        try chart.addBars(name: l.pick("Planlagt", "Planned"), categories: categories,
                          values: CellRange(sheet: sheet.name, firstRow: blockTop, firstCol: 1, lastRow: blockBottom, lastCol: 1),
                          color: Formats.expectedColor)
        try chart.addBars(name: l.pick("Realiseret", "Realized"), categories: categories,
                          values: CellRange(sheet: sheet.name, firstRow: blockTop, firstCol: 2, lastRow: blockBottom, lastCol: 2),
                          color: Formats.scoreColor)
        chart.yAxis(numberFormat: l.pick("#,##0 \"kr.\"", "\"DKK \"#,##0"), min: nil)
        chart.legendBottom()
        chart.gap(80)
        let chartTop = blockTop - 1
        try sheet.insert(chart, at: chartTop, 4, xScale: 1.4, yScale: 1.1,
                         description: l.pick("Søjlediagram: porteføljens planlagte og realiserede gevinst pr. år",
                                             "Column chart: the portfolio's planned and realized benefit per year"))
        sheet.freeze(rows: firstProjectRow, columns: firstYearCol)
        let lastCol = firstYearCol + Col(2 * years.count) - 1
        let chartBottom = chartTop + Row((1.1 * 288 / 20).rounded(.up))
        try sheet.printSetup(repeatRows: headerRow...(headerRow + 1), footer: cx.footer,
                             area: (0, 0, max(blockBottom, chartBottom), max(lastCol, 12)))
    }

    /// One (planned, realised) pair per year; blank where the profile lacks the year or nothing is
    /// realised (a later year, or no measurement by then).
    private static func pairs(_ x: inout SheetLine, _ profile: [BenefitYear], _ years: [Int], _ current: Int,
                              total: Bool, _ f: Formats) throws(WorkbookError) {
        for y in years {
            let format: Format = switch (total, y == current) {
            case (false, false): f.kroner
            case (false, true): f.kronerCurrentYear
            case (true, false): f.kronerTotal
            case (true, true): f.kronerTotalCurrentYear
            }
            let b = entry(profile, y)
            // Blank cells keep their fill and border, so the marked year and the total row read as one.
            let plannedCol = x.col
            if let p = b?.plannedValue, p.isFinite { try x.number(p, format) } else { try x.sheet.blank(x.row, plannedCol, format); x.skip() }
            let realizedCol = x.col
            if let r = b?.realizedValue, r.isFinite { try x.number(r, format) } else { try x.sheet.blank(x.row, realizedCol, format); x.skip() }
        }
    }
}
