import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Opfølgning: the follow-up findings as a to-do list — who does what, by when — sorted by due date.
enum FollowUpSheet {
    struct Item {
        var project: ProjectEvaluation
        var finding: Finding
        var criterion: CriterionEvaluation?
    }

    static let headerRow: Row = 3

    /// By due date (none last), then project in natural id order, then the project's own finding
    /// order (code, criterion). A stable sort keeps ties in input order.
    static func items(_ e: Evaluation) -> [Item] {
        var all: [(Int, Item)] = []
        for pe in e.projects {
            for finding in pe.findings {
                let criterion = finding.criterionID.flatMap { id in pe.criteria.first { $0.criterion.id == id } }
                all.append((all.count, Item(project: pe, finding: finding, criterion: criterion)))
            }
        }
        return all.sorted { a, b in
            switch (a.1.finding.dueDate, b.1.finding.dueDate) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return a.0 < b.0
            }
        }.map(\.1)
    }

    /// The finding's label, with what it is about: the missing area, what was changed from the
    /// first report (old → new), or the restated score (reported → recomputed).
    static func what(_ item: Item, _ l: Language) -> String {
        let f = item.finding
        switch f.code {
        case .missingFollowUp:
            if let c = f.category { return f.code.label(l) + ": " + c.label(l) }
        case .targetChanged:
            if let ce = item.criterion {
                let c = ce.criterion, changed = OriginalPromise(ce)
                var parts: [String] = []
                func n(_ x: Double) -> String { NumberFormatting.compact(x, language: l) }
                if changed.baseline, let b = ce.originalBaseline { parts.append("baseline \(n(b)) → \(n(c.baseline))") }
                if changed.target, let g = ce.originalTarget { parts.append(l.pick("mål", "target") + " \(n(g)) → \(n(c.target))") }
                if changed.targetDate, let d = ce.originalTargetDate {
                    parts.append(l.pick("måldato \(d.danish) → \(c.targetDate.danish)", "target date \(d.iso) → \(c.targetDate.iso)"))
                }
                if !parts.isEmpty { return f.code.label(l) + ": " + parts.joined(separator: "; ") }
            }
        case .restated:
            let r = item.project.rollUp
            if let before = r.reportedPreviousScore, let delta = r.restatement {
                return f.code.label(l) + ": " + NumberFormatting.percent(before, language: l) + " → "
                    + NumberFormatting.percent(before + delta, language: l)
            }
        default: break
        }
        return f.code.label(l)
    }

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        let list = items(e)
        try sheet.columnWidths([10, 28, 10, 36, 46, 20, 12, 10, 14])
        try sheet.text(0, 0, l.pick("Opfølgning: hvem gør hvad", "Follow-up: who does what"), f.title)
        try sheet.text(1, 0, list.isEmpty
            ? l.pick("Ingen opfølgningspunkter.", "No follow-up items.")
            : l.pick("\(list.count) opfølgningspunkter, sorteret efter frist. Negative dage: fristen er overskredet pr. \(e.asOf.danish).",
                     "\(list.count) follow-up items, sorted by due date. Negative days: overdue as of \(e.asOf.iso)."), f.note)
        try sheet.rowHeight(headerRow, 30)
        try SheetLine.header(sheet, headerRow, [
            l.pick("Projekt-id", "Project id"), l.pick("Projekt", "Project"), l.pick("Kriterie-id", "Criterion id"),
            l.pick("Succeskriterium", "Success criterion"), l.pick("Hvad", "What"), l.pick("Ansvarlig", "Owner"),
            l.pick("Frist", "Due date"), l.pick("Dage til frist", "Days to due date"), l.pick("Kriteriets status", "Criterion status"),
        ], f.header)
        if !list.isEmpty {
            let last = headerRow + Row(list.count)
            try sheet.autofilter(headerRow, 0, last, 8)
            try cx.statusColors(sheet, headerRow + 1, 8, last, 8)
        }
        var row = headerRow + 1
        for item in list {
            var x = SheetLine(sheet, row)
            try x.text(item.project.project.id)
            try x.text(cx.projectName(item.project.project))
            try x.text(item.finding.criterionID)
            try x.text(item.criterion?.criterion.name)
            try x.text(what(item, l))
            try x.text(item.finding.owner ?? l.pick("(ingen)", "(none)"))
            try x.date(item.finding.dueDate, f.date)
            try x.int(item.finding.dueDate.map { e.asOf.days(to: $0) }, f.integer)
            try x.text(item.criterion?.status.label(l), f.statusPlain)
            row += 1
        }
        sheet.freeze(rows: headerRow + 1, columns: 0)
        try sheet.printSetup(repeatRows: headerRow...headerRow, footer: cx.footer)
    }
}
