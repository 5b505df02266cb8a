import EffektModel

/// Rows of the measurements file (SPEC §1–§2) into `Measurement`s with interned criteria.
struct MeasurementsValidator: RowValidator {
    let ids: IDIndex
    let baselineDates: [Day]
    let rejectedLines: [IDPair: Int]
    let criteriaFile: String
    /// False when the criteria file itself was unusable: then criteria cannot be looked up.
    let checkCriteria: Bool

    private(set) var measurements: [Measurement] = []
    /// Exports list criteria in a steady order (grouped, or cycling through them per date), so
    /// the criterion of the previous row, or the one that followed it last time, is usually right.
    private var previous = -1
    private var successor: [Int]
    /// The latest day accepted per criterion: while every criterion's days only grow, no
    /// duplicate is possible and no hashing is needed.
    private var latestDay: [Int]
    /// (criterion, day) → line, built the first time some criterion's days go back.
    private var seen: [Int: Int]?

    init(criteria: CriteriaValidator?, criteriaFile: String, expectedRows: Int) {
        // Entries in criterion order, so entry i is criterion i (see `IDIndex.matches`).
        ids = IDIndex((criteria?.index ?? [:]).sorted { $0.value < $1.value }.map { ($0.key, $0.value) })
        successor = [Int](repeating: -1, count: criteria?.criteria.count ?? 0)
        baselineDates = criteria?.criteria.map(\.baselineDate) ?? []
        rejectedLines = criteria?.rejectedLines ?? [:]
        self.criteriaFile = criteriaFile
        checkCriteria = criteria != nil
        latestDay = [Int](repeating: Int.min, count: baselineDates.count)
        measurements.reserveCapacity(expectedRows)
    }

    mutating func validate(_ row: inout RowContext) -> Bool {
        // Fast path: both ids present and clean, looked up from their bytes without strings.
        var ci = fastLookup(row)
        var idsGiven = ci != Self.needsStrings
        if ci == Self.needsStrings {
            let project = row.text(.projectID, required: true)
            let criterion = row.text(.criterionID, required: true)
            ci = -1
            if let p = project.value, let c = criterion.value {
                idsGiven = true
                ci = Array(p.utf8).withUnsafeBufferPointer { pb in Array(c.utf8).withUnsafeBufferPointer { ids.find(pb, $0) } } ?? -1
            }
        }
        let date = row.date(.date, required: true, periods: true)
        let value = row.number(.value, required: true)
        let note = row.text(.note)
        if checkCriteria, idsGiven, ci < 0, let p = row.text(.projectID).value, let c = row.text(.criterionID).value {
            let key = IDPair(project: p, criterion: c)
            row.reject(.unknownCriterion, .criterionID,
                       row.messages.unknownCriterion(project: p, criterion: c, rejectedLine: rejectedLines[key],
                                                     criteriaFile: criteriaFile))
        }
        guard !row.rejected, let day = date.value, let v = value.value else { return false }
        guard ci >= 0 else { return checkCriteria == false }
        if day < baselineDates[ci] {
            row.report.warning(.beforeBaseline, line: row.line, column: .date,
                               row.messages.beforeBaseline(day, baselineDate: baselineDates[ci]))
        }
        noteDuplicate(ci, day, &row)
        measurements.append(Measurement(criterion: ci, date: day, value: v, note: note.value, line: row.line))
        return true
    }

    private static let needsStrings = -2

    /// The criterion index, -1 when unknown, or `needsStrings` when an id is missing or holds
    /// NUL or control characters (the string path reports those).
    @inline(__always)
    private mutating func fastLookup(_ row: RowContext) -> Int {
        guard let pr = row.ref(.projectID), let cr = row.ref(.criterionID),
              (pr.flags | cr.flags) & (FieldRef.nul | FieldRef.control) == 0 else { return Self.needsStrings }
        let last = previous
        let guess = last >= 0 ? successor[last] : -1
        let found = FieldBytes.with(pr, in: row.buf) { p in
            FieldBytes.with(cr, in: row.buf) { c -> Int in
                if p.isEmpty || c.isEmpty { return Self.needsStrings }
                if ids.matches(last, p, c) { return last }
                if ids.matches(guess, p, c) { return guess }
                return ids.find(p, c) ?? -1
            }
        }
        if found >= 0 {
            if last >= 0 { successor[last] = found }
            previous = found
        }
        return found
    }

    private mutating func noteDuplicate(_ ci: Int, _ day: Day, _ row: inout RowContext) {
        let d = day.daysSinceEpoch
        if seen == nil {
            if d > latestDay[ci] { latestDay[ci] = d; return }
            var table: [Int: Int] = [:]
            table.reserveCapacity(measurements.count * 2)
            for m in measurements where table[Self.key(m.criterion, m.date.daysSinceEpoch)] == nil {
                table[Self.key(m.criterion, m.date.daysSinceEpoch)] = m.line
            }
            seen = table
        }
        let k = Self.key(ci, d)
        if let earlier = seen?[k] {
            row.report.warning(.duplicateMeasurement, line: row.line, column: .date,
                               row.messages.duplicateMeasurement(day, earlierLine: earlier))
        }
        seen?[k] = row.line
        latestDay[ci] = max(latestDay[ci], d)
    }

    private static func key(_ criterion: Int, _ day: Int) -> Int { criterion << 24 | (day & 0xFF_FFFF) }
}
