import EffektModel

/// Rows of the projects file (Docs/input-format.md) into `Project`s.
struct ProjectsValidator: RowValidator {
    private(set) var projects: [Project] = []
    /// Every id the file names, accepted or not: a criterion naming a project whose row has an
    /// error is not an unknown project, so its criteria are not rejected a second time.
    private(set) var ids: Set<String> = []
    private var firstLine: [String: Int] = [:]

    mutating func validate(_ row: inout RowContext) -> Bool {
        let id = row.text(.projectID, required: true)
        let name = row.text(.name)
        let owner = row.text(.owner)
        let area = row.text(.area)
        let phase = row.enumeration(.phase, Vocabulary.phases)
        let goLive = row.date(.goLive)
        guard let id = id.value else { return false }
        ids.insert(id)
        if let first = firstLine[id] {
            row.reject(.duplicateProject, .projectID, row.messages.duplicateProject(id, firstLine: first))
        } else {
            firstLine[id] = row.line
        }
        if row.rejected { return false }
        projects.append(Project(id: id, name: name.value, owner: owner.value, area: area.value,
                                phase: phase.value, goLive: goLive.value, line: row.line))
        return true
    }
}
