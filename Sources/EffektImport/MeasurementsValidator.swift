import EffektModel

/// Rows of the measurements file (Docs/input-format.md) into `Measurement`s with interned criteria.
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
    /// Days seen per criterion, one bit each, in a window around its baseline date: finding a
    /// duplicate costs one bit test whatever the row order. `bitOffset[c]` is the criterion's first
    /// word in `bits`, or -1 before its first measurement.
    private var bitOffset: [Int]
    private var bits: [UInt64] = []
    /// The last note read, shared when the next row's note is the same text.
    private var lastNote: String?
    /// (criterion, day) keys outside the window (a typo such as year 2206), seen once.
    private var outside: Set<Int> = []
    /// Keys that occur more than once; their warnings are written in `finish`, with earlier lines.
    private var duplicated: Set<Int> = []
    /// Off in the later half of a file read in two: `merge` then checks its rows against the earlier's.
    private var tracksDuplicates = true
    /// 2,048 days, from 8 months before the baseline to 4.9 years after: 256 bytes a criterion, so
    /// a thousand criteria stay in the L2 cache even when rows come in random order.
    private static let daysBefore = 256
    private static let windowWords = 32

    init(criteria: CriteriaValidator?, criteriaFile: String, expectedRows: Int) {
        // Entries in criterion order, so entry i is criterion i (see `IDIndex.matches`).
        ids = IDIndex((criteria?.index ?? [:]).sorted { $0.value < $1.value }.map { ($0.key, $0.value) })
        successor = [Int](repeating: -1, count: criteria?.criteria.count ?? 0)
        baselineDates = criteria?.criteria.map(\.baselineDate) ?? []
        rejectedLines = criteria?.rejectedLines ?? [:]
        self.criteriaFile = criteriaFile
        checkCriteria = criteria != nil
        bitOffset = [Int](repeating: -1, count: baselineDates.count)
        // Every criterion usually gets its window: room up front (capped at 64 MB) saves the
        // copies and page faults of growing a national file's 12 MB of windows by doubling.
        bits.reserveCapacity(min(baselineDates.count * Self.windowWords, 8 << 20))
        // Room for the expected rows, on huge pages where available (see `HugePages`).
        measurements = [Measurement](unsafeUninitializedCapacity: expectedRows) { buffer, count in
            HugePages.advise(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: buffer.count * MemoryLayout<Measurement>.stride)
            count = 0
        }
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
        let note = row.text(.note, reusing: lastNote)
        if let n = note.value { lastNote = n }
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
        if tracksDuplicates { noteDuplicate(ci, day) }
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

    private mutating func noteDuplicate(_ ci: Int, _ day: Day) {
        let d = day.daysSinceEpoch
        let rel = d - baselineDates[ci].daysSinceEpoch + Self.daysBefore
        if rel >= 0 && rel < Self.windowWords * 64 {
            var offset = bitOffset[ci]
            if offset < 0 {
                offset = bits.count
                bits.append(contentsOf: repeatElement(0, count: Self.windowWords))
                bitOffset[ci] = offset
            }
            let w = offset + rel >> 6
            let mask: UInt64 = 1 << UInt64(rel & 63)
            if bits[w] & mask != 0 { duplicated.insert(Self.key(ci, d)) } else { bits[w] |= mask }
        } else if !outside.insert(Self.key(ci, d)).inserted {
            duplicated.insert(Self.key(ci, d))
        }
    }

    static var splittable: Bool { true }

    /// A copy of the earlier half's fresh validator becomes the later half's: the criteria index
    /// stays shared, the records start over with room for half the rows.
    mutating func becomeLaterHalf() {
        tracksDuplicates = false
        // Released here so the earlier half's reserved tables stay unshared and grow in place.
        bits = []
        bitOffset = []
        let room = measurements.capacity / 2
        measurements = []
        measurements.reserveCapacity(room)
    }

    /// The later half's measurements after this half's, each checked for a duplicate as one pass
    /// would have, in file order.
    mutating func merge(_ later: MeasurementsValidator) {
        for m in later.measurements { noteDuplicate(m.criterion, m.date) }
        measurements.append(contentsOf: later.measurements)
    }

    /// One pass over the accepted measurements names, for each duplicate, the line before it.
    mutating func finish(_ report: inout FileReport) {
        guard !duplicated.isEmpty else { return }
        var last: [Int: Int] = [:]
        for m in measurements {
            let k = Self.key(m.criterion, m.date.daysSinceEpoch)
            guard duplicated.contains(k) else { continue }
            if let earlier = last[k] {
                report.warning(.duplicateMeasurement, line: m.line, column: .date,
                               report.messages.duplicateMeasurement(m.date, earlierLine: earlier))
            }
            last[k] = m.line
        }
    }

    private static func key(_ criterion: Int, _ day: Int) -> Int { criterion << 24 | (day & 0xFF_FFFF) }
}
