import EffektModel

/// Follow-up findings per project, "who does what" (Docs/methodology.md).
enum Findings {
    /// `restated`: the project's previous quarter was restated (history only).
    static func of(_ project: Project, criteria: [CriterionEvaluation], restated: Bool = false) -> [Finding] {
        var result = [Finding]()
        for category in Category.allCases where !criteria.contains(where: { $0.criterion.category == category }) {
            result.append(Finding(code: .missingFollowUp, category: category, criterionID: nil,
                                  owner: project.owner, dueDate: nil))
        }
        for e in criteria {
            let c = e.criterion
            if e.stale {
                result.append(Finding(code: .overdueMeasurement, category: c.category, criterionID: c.id,
                                      owner: c.owner, dueDate: e.dueDate))
            }
            if e.status == .missed {
                result.append(Finding(code: .deadlineMissed, category: c.category, criterionID: c.id,
                                      owner: c.owner, dueDate: c.targetDate))
            }
            if c.owner == nil {
                result.append(Finding(code: .noOwner, category: c.category, criterionID: c.id,
                                      owner: nil, dueDate: nil))
            }
            if targetChanged(e) {
                result.append(Finding(code: .targetChanged, category: c.category, criterionID: c.id,
                                      owner: c.owner, dueDate: nil))
            }
        }
        if restated {
            result.append(Finding(code: .restated, category: nil, criterionID: nil, owner: project.owner, dueDate: nil))
        }
        return sorted(result)
    }

    /// Baseline, target or target date differ from the first reported ones (nil originals: the
    /// criterion was never reported, so nothing can have moved).
    static func targetChanged(_ e: CriterionEvaluation) -> Bool {
        let c = e.criterion
        guard let b = e.originalBaseline, let g = e.originalTarget, let t = e.originalTargetDate else { return false }
        return b != c.baseline || g != c.target || t != c.targetDate
    }

    /// By due date (none last), then code (its text, as any reader sorting the JSON would:
    /// deadline_missed, missing_follow_up, no_owner, overdue_measurement), then criterion id in
    /// natural order (none first), then category in the order solution, competencies, benefit. Stable on top of that.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        let codeRank = Dictionary(uniqueKeysWithValues: FindingCode.allCases.sorted { $0.rawValue < $1.rawValue }
            .enumerated().map { ($1, $0) })
        let categoryRank = Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($1, $0) })
        return findings.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            switch (a.dueDate, b.dueDate) {
            case let (p?, q?) where p != q: return p < q
            case (.some, .none): return true
            case (.none, .some): return false
            default: break
            }
            let ca = codeRank[a.code] ?? 0, cb = codeRank[b.code] ?? 0
            if ca != cb { return ca < cb }
            switch (a.criterionID, b.criterionID) {
            case let (p?, q?) where p != q: return NaturalOrder.less(p, q)
            case (.none, .some): return true
            case (.some, .none): return false
            default: break
            }
            let ka = a.category.flatMap { categoryRank[$0] } ?? -1, kb = b.category.flatMap { categoryRank[$0] } ?? -1
            if ka != kb { return ka < kb }
            return x.offset < y.offset
        }.map(\.element)
    }
}
