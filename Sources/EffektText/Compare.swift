import EffektModel
import EffektEvaluation
import EffektVocabulary

/// How `effekt compare` groups projects.
package enum CompareGrouping: String, Sendable, CaseIterable {
    case area, phase, owner
}

package struct CompareOptions: Sendable {
    var language: Language
    package var width: Int
    var color: Bool
    /// `text`, `markdown` or `csv` (`json` passes the evaluation JSON through).
    var format: TextFormat
    /// Quarter ends shown, newest last (at most the evaluation's history).
    var quarters: Int
    var grouping: CompareGrouping?

    package init(language: Language = .da, width: Int = 100, color: Bool = false, format: TextFormat = .text,
                quarters: Int = 6, grouping: CompareGrouping? = nil) {
        self.language = language
        self.width = min(max(width, DashboardOptions.minimumWidth), DashboardOptions.maximumWidth)
        self.color = color; self.format = format; self.quarters = max(1, quarters); self.grouping = grouping
    }
}

/// `effekt compare`: projects × the last quarter ends, ranked by the current score.
package enum Compare {
    package static func render(_ evaluation: Evaluation, options: CompareOptions) -> String {
        let table = CompareTable(evaluation, options: options)
        switch options.format {
        case .json: return EvaluationJSON.render(evaluation)
        case .csv: return CompareCSV.render(table, language: options.language)
        case .markdown: return CompareMarkdown.render(table, evaluation, language: options.language)
        case .text: return CompareText.render(table, evaluation, options: options)
        }
    }
}

/// The figures of the comparison, computed once for every format.
struct CompareTable {
    struct Line {
        var rank: Int?
        var id: String
        var name: String
        /// Score at each of `quarters`, oldest first.
        var scores: [Double?]
        var change: Double?
        var trendScore: Double?
        var trendWord: String
        var realized: Double?
        var planned: Double?
        /// The benefit planned by as-of (Docs/methodology.md `expected_value`).
        var expected: Double?
        /// Like-for-like change over the members with a score at both quarter ends, and how many
        /// members got their first score this quarter (Docs/methodology.md `score_change_comparable`, `entered`).
        var comparableChange: Double?
        var entered = 0
        var comparableCount = 0
        var realization: Double? { Realisation.ratio(realized: realized, planned: planned) }

        /// The change as a cell: `▼ 3 pp (▲ 7 pp; 2 nye)` when members entered.
        func changeCell(_ w: Wording) -> String {
            var r = RollUp(score: nil, expected: nil, gap: nil, status: .noData, statusCounts: [:], coverage: nil,
                           realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: change, history: [])
            r.scoreChangeComparable = comparableChange
            r.entered = entered
            return w.compactChange(r, hasHistory: false, withData: comparableCount + entered)
        }
    }

    struct Group {
        var name: String
        var total: Line
        var members: [Line]
    }

    var quarters: [Quarter]
    var groups: [Group]
    /// The portfolio line (the weight-1 mean over all projects, as Docs/methodology.md rolls it up).
    var portfolio: Line
    var groupingTitle: String?

    init(_ e: Evaluation, options: CompareOptions) {
        let w = Wording(language: options.language)
        quarters = e.quartersShown(options.quarters)
        let shown = quarters

        func scores(_ r: RollUp) -> [Double?] { shown.map { r.score(at: $0) } }
        var lines: [(ProjectEvaluation, Line)] = []
        for (i, p) in e.rankedProjects.enumerated() {
            let r = p.rollUp
            lines.append((p, Line(rank: i + 1, id: w.clean(p.project.id), name: w.projectName(p.project),
                                  scores: scores(r), change: r.scoreChange, trendScore: r.trendScore,
                                  trendWord: w.projectTrend(p), realized: r.realizedValue, planned: r.plannedValue,
                                  expected: r.expectedValue, comparableChange: r.scoreChangeComparable, entered: r.entered,
                                  comparableCount: max(0, ChangeMembers.withData(p) - r.entered))))
        }
        let portfolioLine = Line(rank: nil, id: "", name: w.pick("Portefølje", "Portfolio"),
                                 scores: scores(e.portfolio), change: e.portfolio.scoreChange,
                                 trendScore: e.portfolio.trendScore, trendWord: "",
                                 realized: e.portfolio.realizedValue, planned: e.portfolio.plannedValue,
                                 expected: e.portfolio.expectedValue, comparableChange: e.portfolio.scoreChangeComparable,
                                 entered: e.portfolio.entered,
                                 comparableCount: max(0, ChangeMembers.withData(e) - e.portfolio.entered))
        portfolio = portfolioLine

        guard let grouping = options.grouping else {
            groups = [Group(name: "", total: portfolioLine, members: lines.map(\.1))]
            groupingTitle = nil
            return
        }
        groupingTitle = grouping.title(w)
        var byKey: [String: [(ProjectEvaluation, Line)]] = [:]
        for entry in lines { byKey[grouping.key(entry.0.project, w), default: []].append(entry) }
        // The group's figures are a roll-up (GroupTotal, in EffektEvaluation); only the key is words.
        let built = byKey.map { key, members -> Group in
            Group(name: key, total: Line(group: key, GroupTotal(members.map(\.0), quarters: shown)), members: members.map(\.1))
        }
        groups = Ranking.sorted(built, score: { $0.total.scores.last ?? nil }, name: \.name)
    }
}

extension CompareTable.Line {
    /// A group's total line from its roll-up (GroupTotal, in EffektEvaluation).
    init(group name: String, _ total: GroupTotal) {
        self.init(rank: nil, id: "", name: name, scores: total.scores, change: total.scoreChange,
                  trendScore: total.trendScore, trendWord: "", realized: total.realizedValue, planned: total.plannedValue,
                  expected: total.expectedValue, comparableChange: total.scoreChangeComparable, entered: total.entered,
                  comparableCount: total.comparableMembers)
    }
}

extension CompareTable {
    var allLines: [Line] { groups.flatMap { [$0.total] + $0.members } + [portfolio] }

    /// Notes explaining what only some tables show.
    /// How the kroner are shown: one column `realised / expected now` (text), two (Markdown), or
    /// not at all (a narrow terminal dropped the column; then no note about it).
    enum KronerColumns { case combined, separate, hidden }

    func notes(_ w: Wording, kroner: KronerColumns) -> [String] {
        var out: [String] = []
        if kroner != .hidden, allLines.contains(where: { $0.expected != nil }) {
            out.append(kroner == .combined
                ? w.pick("Gevinst (kr.) = realiseret / forventet nu, den gevinst planen har nået pr. opgørelsesdatoen.",
                         "Benefit (DKK) = realised / expected now, the benefit the plan has reached by the as-of date.")
                : w.pick("Forventet nu = den gevinst, planen har nået pr. opgørelsesdatoen.",
                         "Expected now = the benefit the plan has reached by the as-of date."))
        }
        if allLines.contains(where: { $0.entered > 0 }) {
            out.append(w.pick("(▲ x pp; n nye): ændringen over de kriterier (i et projekt) eller projekter (i en gruppe), der har data ved begge kvartalers udgang, og hvor mange der er nye.",
                              "(▲ x pp; n new): the change over the criteria (of a project) or projects (of a group) with data at both quarter ends, and how many are new."))
        }
        return out
    }
}

extension CompareGrouping {
    func title(_ w: Wording) -> String {
        switch self {
        case .area: return w.pick("Område", "Area")
        case .phase: return w.pick("Fase", "Phase")
        case .owner: return w.pick("Projektejer", "Owner")
        }
    }

    func key(_ p: Project, _ w: Wording) -> String {
        let value: String?
        switch self {
        case .area: value = p.area.map(w.clean)
        case .phase: value = p.phase?.label(w.language)
        case .owner: value = p.owner.map(w.clean)
        }
        if let value, !value.isEmpty { return value }
        switch self {
        case .area: return w.pick("(uden område)", "(no area)")
        case .phase: return w.pick("(uden fase)", "(no phase)")
        case .owner: return w.pick("(uden ejer)", "(no owner)")
        }
    }
}
