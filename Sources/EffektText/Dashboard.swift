import EffektModel
import EffektEvaluation
import EffektVocabulary

/// `effekt dashboard`: the quarter's picture of the portfolio, or of one project (`project`).
package enum Dashboard {
    /// How many follow-up findings "Hvem gør hvad" lists; the rest are counted.
    static let urgentFindings = 8

    package static func render(_ evaluation: Evaluation, options: DashboardOptions) -> String {
        switch options.format {
        case .json:
            return EvaluationJSON.render(evaluation)
        case .markdown:
            if let id = options.project { return ProjectDetail.markdown(evaluation, projectID: id, language: options.language) }
            return PortfolioMarkdown.render(evaluation, language: options.language)
        case .text, .csv:
            // The dashboard has no CSV form (the command refuses it); text is the safe fallback.
            if let id = options.project { return ProjectDetail.text(evaluation, projectID: id, options: options) }
            return PortfolioText.render(evaluation, options: options)
        }
    }

    /// The project with this id (exact, else case-insensitive), for the drill-down.
    package static func project(_ id: String, in evaluation: Evaluation) -> ProjectEvaluation? {
        evaluation.projects.first { $0.project.id == id }
            ?? evaluation.projects.first { $0.project.id.lowercased() == id.lowercased() }
    }
}

/// The header facts shared by the text and Markdown dashboards.
package struct HeaderFacts {
    package var title: String
    package var period: String
    package var counts: String
    /// Empty when nothing was rejected.
    package var rejected: String

    package init(_ e: Evaluation, _ w: Wording) {
        let org = w.clean(e.settings.organisation ?? "")
        title = w.pick("Effektvurdering", "Effect assessment") + (org.isEmpty ? "" : " · " + org)
        period = e.quarter.label(w.language) + " · " + w.pick("pr. ", "as of ") + w.date(e.asOf)
        let criteria = e.projects.reduce(0) { $0 + $1.criteria.count }
        let measurements = e.projects.reduce(0) { $0 + $1.criteria.reduce(0) { $0 + $1.measurements } }
        counts = [w.count(e.projects.count, "projekt", "projekter", "project", "projects"),
                  w.count(criteria, "succeskriterium", "succeskriterier", "success criterion", "success criteria"),
                  w.count(measurements, "måling", "målinger", "measurement", "measurements")].joined(separator: " · ")
        let total = e.data.rejectedRows
        if total == 0 {
            rejected = ""
        } else {
            let files = e.inputs.filter { $0.rejected > 0 }
                .map { w.clean(fileName($0.file)) + ": " + NumberFormatting.number(Double($0.rejected), language: w.language) }
                .joined(separator: ", ")
            let rows = w.count(total, "række", "rækker", "row", "rows")
            rejected = w.pick(
                "OBS: \(rows) blev afvist ved indlæsning (\(files)). Tallene bygger kun på de godkendte rækker; se hver fejl med effekt check.",
                "NOTE: \(rows) were rejected on import (\(files)). The figures rest on the accepted rows only; see each problem with effekt check.")
        }
    }
}

/// A finding with the project it belongs to, for the portfolio's "who does what".
package struct ProjectFinding {
    package var project: ProjectEvaluation
    package var finding: Finding

    package init(project: ProjectEvaluation, finding: Finding) { self.project = project; self.finding = finding }

    /// All findings of the portfolio, most urgent first: by due date (none last), then project in
    /// the evaluation's order, then the project's own order (code, criterion).
    package static func all(_ e: Evaluation) -> [ProjectFinding] {
        var list: [(Int, ProjectFinding)] = []
        for p in e.projects { for f in p.findings { list.append((list.count, ProjectFinding(project: p, finding: f))) } }
        list.sort { a, b in
            let da = a.1.finding.dueDate?.daysSinceEpoch ?? Int.max, db = b.1.finding.dueDate?.daysSinceEpoch ?? Int.max
            return da != db ? da < db : a.0 < b.0
        }
        return list.map(\.1)
    }
}

/// The last path component: the notice names files, the full paths are in the diagnostics.
func fileName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
}
