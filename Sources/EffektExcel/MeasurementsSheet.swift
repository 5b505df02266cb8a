import EffektModel
import EffektEvaluation

/// Målinger: every accepted measurement (or the first N), split over `Målinger (2)`, `(3)` … beyond
/// Excel's row limit. This is the one sheet that can hold a million rows, so it is written as a
/// tight loop over prepared C strings: the ids, names and units of each criterion are cleaned and
/// converted once, not once per row.
enum MeasurementsSheetWriter {
    static let columns: [(da: String, en: String, width: Double)] = [
        ("Projekt-id", "Project id", 10), ("Projekt", "Project", 28), ("Kriterie-id", "Criterion id", 10),
        ("Succeskriterium", "Success criterion", 40), ("Dato", "Date", 11), ("Værdi", "Value", 11),
        ("Enhed", "Unit", 8), ("Bemærkning", "Note", 30), ("Linje i fil", "Line in file", 9),
    ]

    /// The per-criterion strings, NUL-terminated in one buffer: 5 per criterion.
    struct Strings {
        var buffer: [CChar] = []
        var offsets: [Int] = []
        static let perCriterion = 5

        init(_ e: Evaluation) {
            var names: [String: String] = [:]
            for p in e.data.projects { names[p.id] = p.name ?? p.id }
            for pe in e.projects where names[pe.project.id] == nil { names[pe.project.id] = pe.project.name ?? pe.project.id }
            buffer.reserveCapacity(e.data.criteria.count * 64)
            offsets.reserveCapacity(e.data.criteria.count * Strings.perCriterion)
            for c in e.data.criteria {
                for s in [c.projectID, names[c.projectID] ?? c.projectID, c.id, c.name, c.unit ?? ""] {
                    offsets.append(buffer.count)
                    buffer.append(contentsOf: CellText.cString(s))
                }
            }
        }
    }

    static func write(_ cx: ReportContext, plan: MeasurementsPlan) throws(WorkbookError) {
        guard !plan.parts.isEmpty else { return }
        let l = cx.l, f = cx.formats, e = cx.evaluation
        let strings = Strings(e)
        let measurements = e.data.measurements
        let criteriaCount = e.data.criteria.count
        for (i, part) in plan.parts.enumerated() {
            let sheet = try cx.book.addWorksheet(cx.names.measurements(part: i + 1))
            try sheet.columnWidths(columns.map(\.width))
            try sheet.column(9, width: 60)
            try SheetLine.header(sheet, 0, columns.map { l.pick($0.da, $0.en) }, f.header)
            // The note sits beside the header row, so every part keeps one header row and 1,048,575 data rows.
            let note: String?
            if plan.truncated {
                note = l.pick("Viser de første \(plan.shown) af \(plan.total) målinger; alle indgår i vurderingen.",
                              "Shows the first \(plan.shown) of \(plan.total) measurements; all count in the assessment.")
            } else if plan.parts.count > 1 {
                note = l.pick("Del \(i + 1) af \(plan.parts.count): målinger \(part.lowerBound + 1)–\(part.upperBound) af \(plan.total).",
                              "Part \(i + 1) of \(plan.parts.count): measurements \(part.lowerBound + 1)–\(part.upperBound) of \(plan.total).")
            } else if plan.total == 0 {
                note = l.pick("Ingen godkendte målinger.", "No accepted measurements.")
            } else {
                note = nil
            }
            try sheet.text(0, 9, note, f.note)
            sheet.freeze(rows: 1, columns: 0)
            try sheet.autofilter(0, 0, Row(max(part.count, 1)), Col(columns.count - 1))
            let date = f.date
            try strings.buffer.withUnsafeBufferPointer { (base) throws(WorkbookError) in
                guard let start = base.baseAddress else { return }
                var row: Row = 1
                for index in part {
                    let m = measurements[index]
                    // A measurement's criterion always indexes `criteria`; guard anyway, never trap.
                    if m.criterion >= 0 && m.criterion < criteriaCount {
                        let o = m.criterion * Strings.perCriterion
                        try sheet.text(row, 0, cString: start + strings.offsets[o])
                        try sheet.text(row, 1, cString: start + strings.offsets[o + 1])
                        try sheet.text(row, 2, cString: start + strings.offsets[o + 2])
                        try sheet.text(row, 3, cString: start + strings.offsets[o + 3])
                        try sheet.date(row, 4, m.date, date)
                        try sheet.number(row, 5, m.value)
                        if start[strings.offsets[o + 4]] != 0 { try sheet.text(row, 6, cString: start + strings.offsets[o + 4]) }
                    } else {
                        try sheet.date(row, 4, m.date, date)
                        try sheet.number(row, 5, m.value)
                    }
                    if let n = m.note { try sheet.text(row, 7, n) }
                    try sheet.number(row, 8, Double(m.line))
                    row += 1
                }
            }
            try sheet.printSetup(repeatRows: 0...0, footer: cx.footer)
        }
    }
}
