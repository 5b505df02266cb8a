import EffektModel
import EffektEvaluation

/// How `effekt compare` groups projects.
public enum CompareGrouping: String, Sendable, CaseIterable {
    case area, phase, owner
}

public struct CompareOptions: Sendable {
    public var language: Language
    public var width: Int
    public var color: Bool
    /// `text`, `markdown` or `csv` (`json` passes the evaluation JSON through).
    public var format: TextFormat
    /// Quarter ends shown, newest last (at most the evaluation's history).
    public var quarters: Int
    public var grouping: CompareGrouping?

    public init(language: Language = .da, width: Int = 100, color: Bool = false, format: TextFormat = .text,
                quarters: Int = 6, grouping: CompareGrouping? = nil) {
        self.language = language
        self.width = min(max(width, DashboardOptions.minimumWidth), DashboardOptions.maximumWidth)
        self.color = color; self.format = format; self.quarters = max(1, quarters); self.grouping = grouping
    }
}

/// `effekt compare`: projects × the last quarter ends, ranked by the current score.
public enum Compare {
    public static func render(_ evaluation: Evaluation, options: CompareOptions) -> String {
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
        var realization: Double? { share(realized, of: planned) }
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
        let allQuarters = (e.portfolio.history.isEmpty ? e.projects.first?.rollUp.history ?? [] : e.portfolio.history).map(\.quarter)
        quarters = Array(allQuarters.suffix(options.quarters))
        let shown = quarters

        func scores(_ history: [QuarterScore]) -> [Double?] {
            shown.map { q in history.first { $0.quarter == q }?.score ?? nil }
        }
        // Ranked by the current score, best first; projects without a score last, then by id.
        let ranked = e.projects.sorted { a, b in
            switch (a.rollUp.score, b.rollUp.score) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return NaturalOrder.less(a.project.id, b.project.id)
            }
        }
        var lines: [(ProjectEvaluation, Line)] = []
        for (i, p) in ranked.enumerated() {
            let r = p.rollUp
            lines.append((p, Line(rank: i + 1, id: w.clean(p.project.id), name: w.projectName(p.project),
                                  scores: scores(r.history), change: r.scoreChange, trendScore: r.trendScore,
                                  trendWord: w.projectTrend(p), realized: r.realizedValue, planned: r.plannedValue)))
        }
        let portfolioLine = Line(rank: nil, id: "", name: w.pick("Portefølje", "Portfolio"),
                                 scores: scores(e.portfolio.history), change: e.portfolio.scoreChange,
                                 trendScore: e.portfolio.trendScore, trendWord: "",
                                 realized: e.portfolio.realizedValue, planned: e.portfolio.plannedValue)
        portfolio = portfolioLine

        guard let grouping = options.grouping else {
            groups = [Group(name: "", total: portfolioLine, members: lines.map(\.1))]
            groupingTitle = nil
            return
        }
        groupingTitle = grouping.title(w)
        var byKey: [String: [(ProjectEvaluation, Line)]] = [:]
        for entry in lines { byKey[grouping.key(entry.0.project, w), default: []].append(entry) }
        var built = byKey.map { key, members -> Group in
            let total = Self.total(name: key, members.map(\.0), shown: shown, w)
            return Group(name: key, total: total, members: members.map(\.1))
        }
        built.sort { a, b in
            switch (a.total.scores.last ?? nil, b.total.scores.last ?? nil) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return NaturalOrder.less(a.name, b.name)
            }
        }
        groups = built
    }

    /// A group's total: at each quarter end the plain (weight-1) mean of its projects' scores
    /// there, like the portfolio roll-up; change = mean now − mean at the previous quarter end;
    /// trend = mean trend score; realization = Σ realized / Σ planned.
    static func total(name: String, _ members: [ProjectEvaluation], shown: [Quarter], _ w: Wording) -> Line {
        func mean(_ values: [Double?]) -> Double? {
            let xs = values.compactMap { $0 }
            return xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
        }
        func score(at q: Quarter?) -> Double? {
            guard let q else { return nil }
            return mean(members.map { p in p.rollUp.history.first { $0.quarter == q }?.score ?? nil })
        }
        let scores = shown.map { score(at: $0) }
        let current = shown.last
        let change: Double? = {
            guard let q = current, let now = score(at: q), let before = score(at: q.previous) else { return nil }
            return now - before
        }()
        let realized = members.compactMap(\.rollUp.realizedValue)
        let planned = members.compactMap(\.rollUp.plannedValue)
        return Line(rank: nil, id: "", name: name, scores: scores, change: change,
                    trendScore: mean(members.map(\.rollUp.trendScore)), trendWord: "",
                    realized: realized.isEmpty ? nil : realized.reduce(0, +),
                    planned: planned.isEmpty ? nil : planned.reduce(0, +))
    }
}

func share(_ realized: Double?, of planned: Double?) -> Double? {
    guard let realized, let planned, planned != 0 else { return nil }
    return realized / planned
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
