import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Kriterier: one row per success criterion with every input and every computed figure of Docs/methodology.md,
/// for controllers who filter, sort and reuse.
enum CriteriaSheet {
    /// (Danish, English, width). The order here is the column order written below.
    static let columns: [(da: String, en: String, width: Double)] = [
        ("Projekt-id", "Project id", 10), ("Projekt", "Project", 26), ("Kriterie-id", "Criterion id", 10),
        ("Succeskriterium", "Success criterion", 38), ("Kategori", "Category", 12), ("Enhed", "Unit", 8),
        ("Retning", "Direction", 10), ("Ansvarlig", "Owner", 16), ("Frekvens", "Frequency", 12), ("Vægt", "Weight", 7),
        ("Baseline", "Baseline", 11), ("Baselinedato", "Baseline date", 11), ("Mål", "Target", 11),
        ("Måldato", "Target date", 11),
        ("Oprindelig baseline", "Original baseline", 11), ("Oprindeligt mål", "Original target", 11),
        ("Oprindelig måldato", "Original target date", 11), ("Antal delmål", "Milestones", 9),
        ("Kr. pr. enhed", "DKK per unit", 11), ("Målinger", "Measurements", 10),
        ("Seneste værdi", "Latest value", 11), ("Seneste dato", "Latest date", 11), ("Planlagt nu", "Planned now", 11),
        ("Målopfyldelse", "Attainment", 11), ("Forventet", "Expected", 10), ("Afvigelse (forventet − opfyldelse)", "Gap (expected − attainment)", 13),
        ("Status", "Status", 14), ("Forældet", "Stale", 9), ("Næste måling senest", "Next measurement due", 12),
        ("Realiseret kr.", "Realized DKK", 13), ("Forventet kr. nu", "Expected DKK now", 13), ("Planlagt kr.", "Planned DKK", 13),
        ("Tendens: punkter", "Trend: points", 9), ("Hældning pr. dag", "Slope per day", 11), ("Skæring", "Intercept", 11),
        ("Mann–Kendall S", "Mann–Kendall S", 9), ("Var(S)", "Var(S)", 9), ("z", "z", 8), ("p-værdi", "p-value", 9),
        ("Kendalls tau", "Kendall's tau", 9), ("Tendens", "Trend", 17), ("Tendensscore", "Trend score", 10),
        ("Prognose: værdi ved måldato", "Forecast: value at target date", 13),
        ("Prognose: målopfyldelse ved måldato", "Forecast: attainment at target date", 13),
        ("Prognose: når målet", "Forecast: reach date", 12), ("Prognose", "Forecast", 16), ("På kurs", "On course", 9),
        ("SPC: punkter", "SPC: points", 9), ("SPC: middel", "SPC: mean", 10), ("SPC: øvre grænse", "SPC: upper limit", 10),
        ("SPC: nedre grænse", "SPC: lower limit", 10), ("SPC: foreløbig (< 20 punkter)", "SPC: trial (< 20 points)", 11),
        ("SPC: variation", "SPC: variation", 22), ("SPC: målsikkerhed", "SPC: assurance", 22), ("SPC: signaler", "SPC: signals", 9),
        ("SPC: regler", "SPC: rules", 30),
    ]
    static func col(_ da: String) -> Col { Col(columns.firstIndex { $0.da == da } ?? 0) }
    static let statusCol = col("Status")
    static let attainmentCol = col("Målopfyldelse")

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        try sheet.columnWidths(columns.map(\.width))
        try sheet.rowHeight(0, 45)
        try SheetLine.header(sheet, 0, columns.map { l.pick($0.da, $0.en) }, f.header)
        let yes = l.pick("Ja", "Yes"), no = l.pick("Nej", "No")
        // Ranges first (constant-memory mode: declared before their rows are flushed).
        let count = e.projects.reduce(0) { $0 + $1.criteria.count }
        let lastCol = Col(columns.count - 1)
        try sheet.autofilter(0, 0, Row(max(count, 1)), lastCol)
        if count > 0 {
            try cx.statusColors(sheet, 1, statusCol, Row(count), statusCol)
            try sheet.dataBar(1, attainmentCol, Row(count), attainmentCol, color: Formats.scoreColor)
            try cx.book.defineName(l.pick("Kriterier", "Criteria"), "=" + ReportContext.ref(sheet.name) + A1.range(0, 0, Row(count), lastCol))
        }
        var row: Row = 1
        for pe in e.projects {
            for ce in pe.criteria {
                let c = ce.criterion, t = ce.trend, fc = ce.forecast
                var x = SheetLine(sheet, row)
                try x.text(pe.project.id)
                try x.text(cx.projectName(pe.project))
                try x.text(c.id)
                try x.text(c.name)
                try x.text(c.category.label(l))
                try x.text(c.unit)
                try x.text(c.direction.label(l))
                try x.text(c.owner)
                try x.text(c.frequency.label(l))
                try x.number(c.weight)
                // With a history, a baseline, target or target date that differs from what was first
                // reported is highlighted together with its original, beside it.
                let changed = OriginalPromise(ce)
                try x.number(c.baseline, changed.baseline ? f.changed : nil)
                try x.date(c.baselineDate, f.date)
                try x.number(c.target, changed.target ? f.changed : nil)
                try x.date(c.targetDate, changed.targetDate ? f.changedDate : f.date)
                try x.number(ce.originalBaseline, changed.baseline ? f.changed : nil)
                try x.number(ce.originalTarget, changed.target ? f.changed : nil)
                try x.date(ce.originalTargetDate, changed.targetDate ? f.changedDate : f.date)
                try x.int(ce.milestones.count, f.integer)
                try x.number(c.valuePerUnit, f.kroner)
                try x.int(ce.measurements, f.integer)
                try x.number(ce.latestValue)
                try x.date(ce.latestDate, f.date)
                try x.number(ce.plannedNow, f.decimal)
                try x.number(ce.attainment, f.percent)
                try x.number(ce.expected, f.percent)
                try x.number(ce.gap, f.percent)
                try x.text(ce.status.label(l), f.statusPlain)
                try x.text(ce.stale ? yes : no)
                try x.date(ce.dueDate, f.date)
                try x.number(ce.realizedValue, f.kroner)
                try x.number(ce.expectedValue, f.kroner)
                try x.number(ce.plannedValue, f.kroner)
                try x.int(t.points, f.integer)
                try x.number(t.slopePerDay, f.slope)
                try x.number(t.intercept, f.decimal)
                try x.number(t.s)
                try x.number(t.varS, f.decimal)
                try x.number(t.z, f.decimal)
                try x.number(t.pValue, f.pValue)
                try x.number(t.tau, f.decimal)
                try x.text(t.classification.label(l))
                try x.number(t.score, f.decimal)
                try x.number(fc.valueAtTargetDate, f.decimal)
                try x.number(fc.attainmentAtTargetDate, f.percent)
                try x.date(fc.reachDate, f.date)
                try x.text(fc.state.label(l))
                try x.text(fc.onCourse.map { $0 ? yes : no })
                if let spc = ce.spc {
                    try x.int(spc.points, f.integer)
                    try x.number(spc.mean, f.decimal)
                    try x.number(spc.upperLimit, f.decimal)
                    try x.number(spc.lowerLimit, f.decimal)
                    try x.text(spc.trial ? yes : no)
                    try x.text(spc.variation.label(l))
                    try x.text(spc.assurance?.label(l))
                    try x.int(spc.signals.count, f.integer)
                    // The rules that fired, once each, in the rule order of Docs/methodology.md.
                    let fired = SPCRule.allCases.filter { rule in spc.signals.contains { $0.rule == rule } }
                    try x.text(fired.map { $0.label(l) }.joined(separator: "; "))
                }
                // Without SPC (fewer points than the setting) the SPC cells stay empty, so filters
                // and sorts on them work; Metode says when SPC applies.
                if row & 1023 == 0 { cx.options.progress?(1024) }
                row += 1
            }
        }
        cx.options.progress?(count & 1023)
        // Header row and the identifying columns (project id … criterion name) stay in view.
        sheet.freeze(rows: 1, columns: 4)
        try sheet.printSetup(repeatRows: 0...0, footer: cx.footer, pagesWide: 3)
    }
}

/// Which parts of a criterion's promise differ from the first report that held it (Docs/history.md).
/// Without a history the originals are nil and nothing counts as changed.
struct OriginalPromise {
    var baseline = false, target = false, targetDate = false

    init(_ ce: CriterionEvaluation) {
        let c = ce.criterion
        if let b = ce.originalBaseline { baseline = b != c.baseline }
        if let g = ce.originalTarget { target = g != c.target }
        if let d = ce.originalTargetDate { targetDate = d != c.targetDate }
    }

    var any: Bool { baseline || target || targetDate }
}
