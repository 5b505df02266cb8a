import EffektModel

/// Rows of the milestones file (Docs/input-format.md, *delmål*) into `Milestone`s: knots of a criterion's
/// planned path, strictly between its baseline and target dates.
struct MilestonesValidator: RowValidator {
    /// The accepted criteria (nil when the criteria file was unusable: then nothing is checked
    /// against them, and the run stops with the criteria file's error anyway).
    let criteria: CriteriaValidator?
    let criteriaFile: String

    private(set) var milestones: [Milestone] = []
    /// The line of the accepted milestone per (criterion, day), for `duplicate_milestone`.
    private var firstLine: [Int: Int] = [:]

    init(criteria: CriteriaValidator?, criteriaFile: String) {
        self.criteria = criteria
        self.criteriaFile = criteriaFile
    }

    mutating func validate(_ row: inout RowContext) -> Bool {
        let firstDiagnostic = row.report.diagnostics.count
        let project = row.text(.projectID, required: true)
        let criterion = row.text(.criterionID, required: true)
        let date = row.date(.date, required: true, periodsRefusedFor: .milestones)
        let value = row.number(.value, required: true)
        guard let p = project.value, let c = criterion.value, let criteria else {
            return !row.rejected && criteria == nil && date.value != nil && value.value != nil
        }
        guard let ci = criteria.index[IDPair(project: p, criterion: c)] else {
            row.reject(.unknownCriterion, .criterionID,
                       row.messages.unknownCriterion(project: p, criterion: c,
                                                     rejectedLine: criteria.rejectedLines[IDPair(project: p, criterion: c)],
                                                     criteriaFile: criteriaFile))
            return false
        }
        let k = criteria.criteria[ci]
        if k.direction.isThreshold {
            row.reject(.milestoneOnThreshold, .criterionID, row.messages.milestoneOnThreshold(project: p, criterion: c, k.direction))
        } else if let day = date.value {
            if day <= k.baselineDate || day >= k.targetDate {
                row.reject(.milestoneOutOfRange, .date,
                           row.messages.milestoneOutOfRange(day, baselineDate: k.baselineDate, targetDate: k.targetDate))
            } else if !row.rejected, let first = firstLine[Self.key(ci, day)] {
                row.reject(.duplicateMilestone, .date, row.messages.duplicateMilestone(day, firstLine: first))
            }
        }
        guard !row.rejected, let day = date.value, let v = value.value else {
            // Whatever rejected the row, say what it means for the criterion's evaluation.
            let suffix = row.messages.evaluatedWithoutMilestone(project: p, criterion: c)
            for i in firstDiagnostic..<row.report.diagnostics.count where row.report.diagnostics[i].severity == .error {
                row.report.diagnostics[i].message += suffix
            }
            return false
        }
        firstLine[Self.key(ci, day)] = row.line
        milestones.append(Milestone(criterion: ci, date: day, value: v, line: row.line))
        return true
    }

    private static func key(_ criterion: Int, _ day: Day) -> Int { criterion << 32 | (day.daysSinceEpoch & 0xFFFF_FFFF) }
}
