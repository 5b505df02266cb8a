import EffektModel
import EffektEvaluation

/// What a change is counted over: a portfolio's or a group's projects, or a project's criteria.
enum ChangeMembers {
    case projects, criteria

    /// Members with a score (projects) or with data (criteria) at as-of.
    static func withData(_ e: Evaluation) -> Int { e.projects.filter { $0.rollUp.score != nil }.count }
    static func withData(_ p: ProjectEvaluation) -> Int { p.criteria.filter { $0.attainment != nil }.count }
}

/// The change since last quarter, told so that it cannot mislead (issue 13): when members got
/// their first data this quarter, the like-for-like change beside it; with a history, the change
/// since what was reported, and a mark when that report has since been recomputed differently.
extension Wording {
    /// The change to show and whether it is against the reported previous quarter (Docs/history.md): with
    /// a history holding that report, else today's recomputation of the previous quarter's end.
    func changeBasis(_ r: RollUp, hasHistory: Bool) -> (change: Double?, reported: Bool) {
        if hasHistory, r.reportedPreviousScore != nil { return (r.scoreChangeReported, true) }
        return (r.scoreChange, false)
    }

    func since(reported: Bool) -> String {
        reported ? pick("siden sidste indberetning", "since the last report") : pick("siden forrige kvartal", "since last quarter")
    }

    /// `▲ 7 pp for de 8 projekter, der kan sammenlignes; 2 nye`, nil when nobody entered. The
    /// comparable members are those with data now minus those that entered (Docs/methodology.md `entered`).
    func comparable(_ r: RollUp, withData: Int, members: ChangeMembers) -> String? {
        guard r.entered > 0 else { return nil }
        let n = max(0, withData - r.entered)
        var parts: [String] = []
        if let c = r.scoreChangeComparable, n > 0 {
            parts.append(Glyphs.change(c, language: language) + " " + forTheComparable(n, members))
        }
        parts.append(newMembers(r.entered))
        return parts.joined(separator: "; ")
    }

    func forTheComparable(_ n: Int, _ members: ChangeMembers) -> String {
        let count = NumberFormatting.number(Double(n), language: language)
        switch members {
        case .projects:
            return n == 1 ? pick("for det ene projekt, der kan sammenlignes", "for the one comparable project")
                : pick("for de \(count) projekter, der kan sammenlignes", "for the \(count) comparable projects")
        case .criteria:
            return n == 1 ? pick("for det ene kriterium, der kan sammenlignes", "for the one comparable criterion")
                : pick("for de \(count) kriterier, der kan sammenlignes", "for the \(count) comparable criteria")
        }
    }

    /// `2 nye` / `1 nyt` (projekt and kriterium are both neuter), `2 new`.
    func newMembers(_ n: Int) -> String {
        NumberFormatting.number(Double(n), language: language) + " " + (n == 1 ? pick("nyt", "new") : pick("nye", "new"))
    }

    /// `forrige kvartal er genberegnet: 71 % → 68 %` (reported → recomputed today), nil without a restatement.
    func restatement(_ r: RollUp) -> String? {
        guard let reported = r.reportedPreviousScore, let delta = r.restatement else { return nil }
        return pick("forrige kvartal er genberegnet: ", "the previous quarter has been recomputed: ")
            + percent(reported) + " → " + percent(reported + delta)
    }

    /// The whole change: `▼ 3 pp siden forrige kvartal; ▲ 7 pp for de 8 projekter, der kan
    /// sammenlignes; 2 nye`, with the restatement last. `label` false leaves out "siden …" (the
    /// drill-down's score line, whose change is labelled by its place).
    func change(_ r: RollUp, hasHistory: Bool, withData: Int, members: ChangeMembers, label: Bool = true) -> String {
        let basis = changeBasis(r, hasHistory: hasHistory)
        var parts = [Glyphs.change(basis.change, language: language) + (label ? " " + since(reported: basis.reported) : "")]
        if let c = comparable(r, withData: withData, members: members) { parts.append(c) }
        if hasHistory, let s = restatement(r) { parts.append(s) }
        return parts.joined(separator: "; ")
    }

    /// The change for a table cell: `▼ 3 pp (▲ 7 pp; 2 nye)`, `*` after a restated one; the legend
    /// explains both (see `changeLegend`).
    func compactChange(_ r: RollUp, hasHistory: Bool, withData: Int) -> String {
        var text = Glyphs.change(changeBasis(r, hasHistory: hasHistory).change, language: language)
        if r.entered > 0 {
            let n = withData - r.entered
            let inner = (n > 0 ? r.scoreChangeComparable.map { Glyphs.change($0, language: language) + "; " } ?? "" : "")
                + newMembers(r.entered)
            text += " (" + inner + ")"
        }
        if hasHistory, r.restatement != nil, r.reportedPreviousScore != nil { text += "*" }
        return text
    }

    /// Legend entries for what `compactChange` added to the rows shown (none when nothing was added).
    func changeLegend(_ rollUps: [RollUp], hasHistory: Bool) -> [String] {
        var out: [String] = []
        if hasHistory, rollUps.contains(where: { $0.reportedPreviousScore != nil }) {
            out.append(pick("Ændring: siden sidste indberetning (ellers siden forrige kvartal)",
                            "Change: since the last report (else since last quarter)"))
        }
        if rollUps.contains(where: { $0.entered > 0 }) {
            out.append(pick("(▲ x pp; n nye): ændringen for dem, der kan sammenlignes, og hvor mange der er nye",
                            "(▲ x pp; n new): the change for those comparable, and how many are new"))
        }
        if hasHistory, rollUps.contains(where: { $0.restatement != nil && $0.reportedPreviousScore != nil }) {
            out.append(pick("* forrige kvartal er genberegnet siden indberetningen", "* the previous quarter has been recomputed since it was reported"))
        }
        return out
    }
}
