import EffektModel

/// Rows of the criteria file (Docs/input-format.md) into `Criterion`s.
struct CriteriaValidator: RowValidator {
    /// The projects file's ids, when a usable projects file was given.
    let knownProjects: Set<String>?
    let projectsFile: String

    private(set) var criteria: [Criterion] = []
    private(set) var index: [IDPair: Int] = [:]
    /// Criteria whose row was rejected, with that row's line (for `unknown_criterion` messages).
    private(set) var rejectedLines: [IDPair: Int] = [:]
    /// Projects in order of first mention, for those the projects file does not list.
    private(set) var projectOrder: [String] = []
    private var mentioned: Set<String> = []
    private var firstLine: [IDPair: Int] = [:]

    /// `expectedRows` sizes the tables once: rehashing a 50,000-criteria index while it grows costs
    /// a fifth of a national import's page faults.
    init(knownProjects: Set<String>?, projectsFile: String, expectedRows: Int = 0) {
        self.knownProjects = knownProjects
        self.projectsFile = projectsFile
        criteria.reserveCapacity(expectedRows)
        index.reserveCapacity(expectedRows)
        firstLine.reserveCapacity(expectedRows)
    }

    private var categoryCache = EnumerationCache<Category>()
    private var directionCache = EnumerationCache<Direction>()
    private var frequencyCache = EnumerationCache<Frequency>()

    mutating func validate(_ row: inout RowContext) -> Bool {
        let project = row.text(.projectID, required: true)
        let id = row.text(.criterionID, required: true)
        let name = row.text(.name, required: true)
        let category = row.enumeration(.category, Vocabulary.categories, cache: &categoryCache)
        let unit = row.text(.unit)
        let direction = row.enumeration(.direction, Vocabulary.directions, cache: &directionCache)
        let baseline = row.number(.baseline, required: true)
        let baselineDate = row.date(.baselineDate, required: true)
        let target = row.number(.target, required: true)
        let targetDate = row.date(.targetDate, required: true)
        let owner = row.text(.owner)
        let frequency = row.enumeration(.frequency, Vocabulary.frequencies, cache: &frequencyCache)
        let weight = row.number(.weight)
        let valuePerUnit = row.number(.valuePerUnit)

        var resolved: Direction?
        if let b = baseline.value, let t = target.value {
            resolved = check(direction: direction, baseline: b, target: t, &row)
        }
        if let bd = baselineDate.value, let td = targetDate.value, td <= bd {
            row.reject(.targetDateNotAfterBaseline, .targetDate,
                       row.messages.targetDateNotAfterBaseline(baselineDate: bd, targetDate: td))
        }
        if let w = weight.value, w <= 0 {
            row.reject(.weightNotPositive, .weight, row.messages.weightNotPositive(row.header(.weight), row.raw(.weight)))
        }
        var key: IDPair?
        if let p = project.value, let c = id.value {
            let k = IDPair(project: p, criterion: c)
            key = k
            if let first = firstLine[k] {
                row.reject(.duplicateCriterion, .criterionID,
                           row.messages.duplicateCriterion(project: p, criterion: c, firstLine: first))
            } else {
                firstLine[k] = row.line
            }
        }
        if let p = project.value {
            if let known = knownProjects, !known.contains(p) {
                row.reject(.unknownProject, .projectID, row.messages.unknownProject(p, projectsFile: projectsFile))
            } else if !mentioned.contains(p) {
                mentioned.insert(p)
                projectOrder.append(p)
            }
        }
        guard !row.rejected, let key, let name = name.value, let b = baseline.value, let bd = baselineDate.value,
              let t = target.value, let td = targetDate.value, let resolved else {
            if let key, index[key] == nil, rejectedLines[key] == nil { rejectedLines[key] = row.line }
            return false
        }
        index[key] = criteria.count
        criteria.append(Criterion(
            projectID: key.project, id: key.criterion, name: name, category: category.value ?? .benefit,
            unit: unit.value, direction: resolved, baseline: b, baselineDate: bd, target: t, targetDate: td,
            owner: owner.value, frequency: frequency.value ?? .quarterly, weight: weight.value ?? 1,
            valuePerUnit: valuePerUnit.value, line: row.line))
        return true
    }

    /// The direction given or implied by sign(target − baseline), or nil after reporting why none fits.
    private func check(direction: Parsed<Direction>, baseline b: Double, target t: Double, _ row: inout RowContext) -> Direction? {
        switch direction {
        case .invalid:
            return nil
        case .absent:
            if t == b {
                row.reject(.targetEqualsBaseline, .target,
                           row.messages.targetEqualsBaseline(nil, baseline: row.raw(.baseline), target: row.raw(.target)))
                return nil
            }
            return t > b ? .increase : .decrease
        case .value(let d):
            guard !d.isThreshold else { return d }
            if t == b {
                row.reject(.targetEqualsBaseline, .target,
                           row.messages.targetEqualsBaseline(d, baseline: row.raw(.baseline), target: row.raw(.target)))
                return nil
            }
            if (d == .increase) != (t > b) {
                row.reject(.directionContradictsTarget, .direction,
                           row.messages.directionContradictsTarget(d, baseline: row.raw(.baseline), target: row.raw(.target)))
                return nil
            }
            return d
        }
    }
}
