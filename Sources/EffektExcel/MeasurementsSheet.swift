import EffektModel
import EffektEvaluation

/// Målinger: every accepted measurement (or the first N), split over `Målinger (2)`, `(3)` … beyond
/// Excel's row limit. This is the one sheet that can hold a million rows, so it is written as a
/// tight loop over prepared C strings: the ids, names and units of each criterion are cleaned and
/// converted once, not once per row.
enum MeasurementsSheet {
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

        init(_ data: Dataset, projectNames names: [String: String]) {
            buffer.reserveCapacity(data.criteria.count * 64)
            offsets.reserveCapacity(data.criteria.count * Strings.perCriterion)
            for c in data.criteria {
                for s in [c.projectID, names[c.projectID] ?? c.projectID, c.id, c.name, c.unit ?? ""] {
                    offsets.append(buffer.count)
                    buffer.append(contentsOf: CellText.cString(s))
                }
            }
        }
    }

    /// Display names of projects by id: the projects file's, then those of an evaluation built
    /// elsewhere (tests); a project without a name shows its id.
    static func projectNames(_ data: Dataset, _ projects: [ProjectEvaluation]) -> [String: String] {
        var names: [String: String] = [:]
        for p in data.projects { names[p.id] = p.name ?? p.id }
        for pe in projects where names[pe.project.id] == nil { names[pe.project.id] = pe.project.name ?? pe.project.id }
        return names
    }

    /// Everything the sheet needs, handed to the worker thread that writes it (see `Job`).
    struct Job: @unchecked Sendable {
        // Why unchecked: the worksheets are written by this job alone (libxlsxwriter keeps each
        // constant-memory worksheet's rows and temporary file to itself), and the formats' indices
        // were registered before the job started (`Formats.init`), so the job only reads them.
        // Nothing here touches the workbook object, which the main thread keeps using.
        let sheets: [Worksheet]
        let formats: Formats
        let data: Dataset
        let projectNames: [String: String]
        let language: Language
        let footer: String
        let plan: MeasurementsPlan
        let progress: ProgressCallback?
    }

    /// The order of the rows: by project and criterion in natural id order (Docs/methodology.md, "in every
    /// output"), then by date, then by line in the file — so the sheet does not change when the
    /// rows of the file are in another order. A stable counting sort by criterion (measurements
    /// arrive in file order, usually already by date), then a sort only of runs out of date order.
    static func rowOrder(_ data: Dataset) -> [Int] {
        let criteria = data.criteria, measurements = data.measurements
        let ranked = criteria.indices.sorted { a, b in
            let x = criteria[a], y = criteria[b]
            if x.projectID != y.projectID { return NaturalOrder.less(x.projectID, y.projectID) }
            return NaturalOrder.less(x.id, y.id)
        }
        var rank = [Int](repeating: 0, count: criteria.count)
        for (r, c) in ranked.enumerated() { rank[c] = r }
        // Bucket `criteria.count` holds any measurement whose criterion is out of range (none, by construction).
        let buckets = criteria.count + 1
        func bucket(_ m: Measurement) -> Int { m.criterion >= 0 && m.criterion < criteria.count ? rank[m.criterion] : criteria.count }
        var start = [Int](repeating: 0, count: buckets + 1)
        for m in measurements { start[bucket(m) + 1] += 1 }
        for b in 0..<buckets { start[b + 1] += start[b] }
        var next = start
        var order = [Int](repeating: 0, count: measurements.count)
        for (i, m) in measurements.enumerated() {
            let b = bucket(m)
            order[next[b]] = i
            next[b] += 1
        }
        func before(_ i: Int, _ j: Int) -> Bool {
            let a = measurements[i], b = measurements[j]
            return a.date != b.date ? a.date < b.date : (a.line != b.line ? a.line < b.line : i < j)
        }
        for b in 0..<buckets where start[b + 1] - start[b] > 1 {
            let run = start[b]..<start[b + 1]
            if zip(run.dropLast(), run.dropFirst()).contains(where: { !before(order[$0], order[$1]) }) {
                order[run].sort(by: before)
            }
        }
        return order
    }

    static func write(_ job: Job) throws(WorkbookError) {
        let l = job.language, f = job.formats, data = job.data, plan = job.plan
        guard !plan.parts.isEmpty, job.sheets.count == plan.parts.count else { return }
        let strings = Strings(data, projectNames: job.projectNames)
        let measurements = data.measurements
        let order = rowOrder(data)
        let criteriaCount = data.criteria.count
        for (i, part) in plan.parts.enumerated() {
            let sheet = job.sheets[i]
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
                    let m = measurements[order[index]]
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
                    if row & 16383 == 0 { job.progress?(16384) }
                    row += 1
                }
            }
            try sheet.printSetup(repeatRows: 0...0, footer: job.footer)
            job.progress?(part.count & 16383)
        }
    }
}
