import EffektModel

/// Rows of the events file (Docs/input-format.md, *hændelser*) into `ProjectEvent`s: of one criterion, or
/// of the whole project when the criterion is empty.
struct EventsValidator: RowValidator {
    let criteria: CriteriaValidator?
    /// Every project the run knows: the projects file's accepted ones and those of accepted criteria.
    let projects: Set<String>
    /// Ids whose every row in the projects file was rejected: named in the message.
    let rejectedProjects: Set<String>
    let criteriaFile: String
    let projectsFile: String?

    private(set) var events: [ProjectEvent] = []
    private var recalculateCache = EnumerationCache<Bool>()

    init(criteria: CriteriaValidator?, projects: Set<String>, rejectedProjects: Set<String> = [],
         criteriaFile: String, projectsFile: String?) {
        self.criteria = criteria
        self.projects = projects
        self.rejectedProjects = rejectedProjects
        self.criteriaFile = criteriaFile
        self.projectsFile = projectsFile
    }

    mutating func validate(_ row: inout RowContext) -> Bool {
        let project = row.text(.projectID, required: true)
        let criterion = row.text(.criterionID)
        let date = row.date(.date, required: true, periodsRefusedFor: .events)
        let text = row.text(.text, required: true)
        let recalculate = row.enumeration(.recalculate, Vocabulary.yesNo, cache: &recalculateCache)
        if let p = project.value, let criteria {
            if let c = criterion.value {
                let key = IDPair(project: p, criterion: c)
                if criteria.index[key] == nil {
                    row.reject(.unknownCriterion, .criterionID,
                               row.messages.unknownCriterion(project: p, criterion: c, rejectedLine: criteria.rejectedLines[key],
                                                             criteriaFile: criteriaFile))
                }
            } else if !projects.contains(p) {
                row.reject(.unknownProject, .projectID,
                           row.messages.unknownEventProject(p, projectsFile: projectsFile, rejected: rejectedProjects.contains(p)))
            }
        }
        // An invalid criterion id or yes/no has rejected the row already.
        guard !row.rejected, let p = project.value, let day = date.value, let t = text.value else { return false }
        events.append(ProjectEvent(projectID: p, criterionID: criterion.value, date: day, text: t,
                                   recalculate: recalculate.value ?? false, line: row.line))
        return true
    }
}
