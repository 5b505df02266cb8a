/// A project's (or the portfolio's) trend in one word, from its criteria's Mann–Kendall
/// classifications (Docs/methodology.md §6, "Tendens for et projekt"):
///
///     improving  some criterion improves significantly and none worsens
///     worsening  some criterion worsens and none improves
///     mixed      both: a word that hides neither
///     noTrend    criteria with enough points, none significant
///     insufficientData  no criterion has four points
///
/// The weights play no part: a significant worsening is worth a leader's attention whatever its
/// weight, and the weighted figure is the trend score (`RollUp.trendScore`).
package enum ProjectTrend: String, Sendable, CaseIterable {
    case improving
    case worsening
    case mixed
    case noTrend = "no_trend"
    case insufficientData = "insufficient_data"

    package init(_ classifications: some Sequence<TrendClassification>) {
        var up = false, down = false, any = false
        for c in classifications {
            switch c {
            case .improving: up = true
            case .worsening: down = true
            case .noTrend: break
            case .insufficientData: continue
            }
            any = true
        }
        switch (up, down) {
        case (true, true): self = .mixed
        case (true, false): self = .improving
        case (false, true): self = .worsening
        case (false, false): self = any ? .noTrend : .insufficientData
        }
    }
}

extension ProjectEvaluation {
    /// The project's trend word over its criteria.
    package var overallTrend: ProjectTrend { ProjectTrend(criteria.lazy.map(\.trend.classification)) }
}

extension Evaluation {
    /// The portfolio's trend word, by the same rule over every criterion of every project (the
    /// same as over the projects' words, a mixed project counting both ways).
    package var overallTrend: ProjectTrend {
        ProjectTrend(projects.lazy.flatMap { $0.criteria.lazy.map(\.trend.classification) })
    }
}
