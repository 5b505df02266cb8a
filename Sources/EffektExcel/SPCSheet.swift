import EffektModel
import EffektEvaluation

/// SPC: one row per criterion that has an XmR chart, with variation and assurance in the words and
/// colours of NHS England's "Making Data Count" icons, so a leader can scan (and filter) which
/// processes changed and whether their targets are within reach.
enum SPCSheet {
    static let headerRow: Row = 3
    static let columns: [(da: String, en: String, width: Double)] = [
        ("Projekt-id", "Project id", 10), ("Projekt", "Project", 26), ("Kriterie-id", "Criterion id", 10),
        ("Succeskriterium", "Success criterion", 34), ("Variation", "Variation", 31), ("Målsikkerhed", "Assurance", 29),
        ("Regel ved seneste punkt", "Rule at the latest point", 24), ("Punkter", "Points", 8), ("Segmenter", "Segments", 10),
        ("Seneste genberegning", "Last recalculation", 12), ("Årsag", "Reason", 30), ("Foreløbige grænser (< 20 punkter)", "Trial limits (< 20 points)", 12),
        ("Middel", "Mean", 10), ("Nedre grænse", "Lower limit", 10), ("Øvre grænse", "Upper limit", 10), ("Mål", "Target", 10),
    ]
    static let variationCol: Col = 4, assuranceCol: Col = 5

    struct Item {
        var project: ProjectEvaluation
        var criterion: CriterionEvaluation
        var spc: SPC
    }

    static func items(_ e: Evaluation) -> [Item] {
        e.projects.flatMap { pe in pe.criteria.compactMap { ce in ce.spc.map { Item(project: pe, criterion: ce, spc: $0) } } }
    }

    /// The reading of the last point of S: the first rule (in the rule order of Docs/methodology.md §5) that flags it.
    static func lastReading(_ ce: CriterionEvaluation, _ spc: SPC) -> SPCSignal? {
        let last = ce.series.count - 1
        return spc.signals.filter { $0.index == last }.min { order($0.rule) < order($1.rule) }
    }

    static func order(_ r: SPCRule) -> Int { SPCRule.allCases.firstIndex(of: r) ?? 0 }

    /// The Making Data Count variation icon as words: improvement/concern with high/low, or common cause.
    static func variationWord(_ v: Variation, side: SPCSide?, _ l: Language) -> String {
        guard v != .commonCause, let side else { return v.label(l) }
        return v.label(l) + (side == .high ? l.pick(" (høj)", " (high)") : l.pick(" (lav)", " (low)"))
    }

    /// Every word the variation column can hold, with its colour (for the conditional formats).
    static func variationWords(_ l: Language, _ f: Formats) -> [(String, Format)] {
        [(variationWord(.improvement, side: .high, l), f.spcImprovement), (variationWord(.improvement, side: .low, l), f.spcImprovement),
         (variationWord(.concern, side: .high, l), f.spcConcern), (variationWord(.concern, side: .low, l), f.spcConcern),
         (Variation.commonCause.label(l), f.spcNeutral)]
    }

    static func assuranceWords(_ l: Language, _ f: Formats) -> [(String, Format)] {
        [(Assurance.pass.label(l), f.spcImprovement), (Assurance.fail.label(l), f.spcConcern), (Assurance.hitAndMiss.label(l), f.spcNeutral)]
    }

    /// The segment a recalculation started last (nil when the limits were never recalculated).
    static func lastRecalculation(_ spc: SPC) -> SPCSegment? {
        spc.segments.count > 1 ? spc.segments.last : nil
    }

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        let list = items(e)
        try sheet.columnWidths(columns.map(\.width))
        try sheet.text(0, 0, l.pick("SPC: variation og målsikkerhed pr. kriterium", "SPC: variation and assurance per criterion"), f.title)
        if list.isEmpty {
            try sheet.text(1, 0, l.pick("Ingen kriterier har nok punkter til et SPC-kort (mindst \(e.settings.spcMinimumPoints)).",
                                        "No criterion has enough points for an SPC chart (at least \(e.settings.spcMinimumPoints))."), f.note)
        } else {
            try sheet.text(1, 0, l.pick("\(list.count) kriterier med SPC-kort (XmR, som NHS ‘Making Data Count’). Grænserne er det seneste segments; en genberegning starter nye grænser.",
                                        "\(list.count) criteria with SPC charts (XmR, as NHS ‘Making Data Count’). The limits are the latest segment's; a recalculation starts new limits."), f.note)
            try sheet.text(2, 0, l.pick("Blå: forbedring / målet nås stabilt. Orange: bekymring / målet nås ikke uden ændring. Grå: almindelig variation / målet nås af og til.",
                                        "Blue: improvement / consistently passes. Orange: concern / consistently fails. Grey: common cause / hit and miss."), f.note)
        }
        try sheet.rowHeight(headerRow, 45)
        try SheetLine.header(sheet, headerRow, columns.map { l.pick($0.da, $0.en) }, f.header)
        let lastCol = Col(columns.count - 1)
        if !list.isEmpty {
            let first = headerRow + 1, last = headerRow + Row(list.count)
            try sheet.autofilter(headerRow, 0, last, lastCol)
            for (word, format) in variationWords(l, f) { try sheet.highlight(first, variationCol, last, variationCol, equalTo: word, format) }
            for (word, format) in assuranceWords(l, f) { try sheet.highlight(first, assuranceCol, last, assuranceCol, equalTo: word, format) }
        }
        let yes = l.pick("Ja", "Yes"), no = l.pick("Nej", "No")
        var row = headerRow + 1
        for item in list {
            let ce = item.criterion, c = ce.criterion, spc = item.spc
            let reading = lastReading(ce, spc)
            let recalculated = lastRecalculation(spc)
            var x = SheetLine(sheet, row)
            try x.text(item.project.project.id)
            try x.text(cx.projectName(item.project.project))
            try x.text(c.id)
            try x.text(c.name)
            try x.text(variationWord(spc.variation, side: reading?.side, l), f.statusPlain)
            try x.text(spc.assurance?.label(l), f.statusPlain)
            try x.text(reading?.rule.label(l))
            try x.int(spc.points, f.integer)
            try x.int(max(spc.segments.count, 1), f.integer)
            try x.date(recalculated?.startDate, f.date)
            try x.text(recalculated?.reason)
            try x.text(spc.trial ? yes : no)
            try x.number(spc.mean, f.decimal)
            try x.number(spc.lowerLimit, f.decimal)
            try x.number(spc.upperLimit, f.decimal)
            try x.number(c.target, f.decimal)
            row += 1
        }
        sheet.freeze(rows: headerRow + 1, columns: 4)
        try sheet.printSetup(repeatRows: headerRow...headerRow, footer: cx.footer, area: (0, 0, max(row, headerRow + 1), lastCol))
    }
}
