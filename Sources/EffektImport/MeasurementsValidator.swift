import EffektModel

/// Rows of the measurements file (SPEC §1–§2) into `Measurement`s with interned criteria.
struct MeasurementsValidator: RowValidator {
    let index: [IDPair: Int]
    let baselineDates: [Day]
    let rejectedLines: [IDPair: Int]
    let criteriaFile: String
    /// False when the criteria file itself was unusable: then criteria cannot be looked up.
    let checkCriteria: Bool

    private(set) var measurements: [Measurement] = []
    private var lastKey = IDPair(project: "", criterion: "")
    private var lastIndex = -1
    /// The latest day accepted per criterion: while every criterion's days only grow, no
    /// duplicate is possible and no hashing is needed.
    private var latestDay: [Int]
    /// (criterion, day) → line, built the first time some criterion's days go back.
    private var seen: [Int: Int]?

    init(criteria: CriteriaValidator?, criteriaFile: String, expectedRows: Int) {
        index = criteria?.index ?? [:]
        baselineDates = criteria?.criteria.map(\.baselineDate) ?? []
        rejectedLines = criteria?.rejectedLines ?? [:]
        self.criteriaFile = criteriaFile
        checkCriteria = criteria != nil
        latestDay = [Int](repeating: Int.min, count: baselineDates.count)
        measurements.reserveCapacity(expectedRows)
    }

    mutating func validate(_ row: inout RowContext) -> Bool {
        let project = row.text(.projectID, required: true)
        let criterion = row.text(.criterionID, required: true)
        let date = row.date(.date, required: true, periods: true)
        let value = row.number(.value, required: true)
        let note = row.text(.note)
        var ci = -1
        if checkCriteria, let p = project.value, let c = criterion.value {
            ci = lookup(p, c)
            if ci < 0 {
                let key = IDPair(project: p, criterion: c)
                row.reject(.unknownCriterion, .criterionID,
                           row.messages.unknownCriterion(project: p, criterion: c, rejectedLine: rejectedLines[key],
                                                         criteriaFile: criteriaFile))
            }
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

    @inline(__always)
    private mutating func lookup(_ p: String, _ c: String) -> Int {
        if lastIndex >= 0, p == lastKey.project, c == lastKey.criterion { return lastIndex }
        let key = IDPair(project: p, criterion: c)
        guard let i = index[key] else { return -1 }
        lastKey = key
        lastIndex = i
        return i
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
