import EffektModel

/// Entry point of the evaluation (Docs/methodology.md): a pure function of data, as-of date and settings.
public enum Evaluator {
    /// The default as-of date: the latest accepted measurement date, or `today` when there is none.
    public static func defaultAsOf(_ data: Dataset, today: Day) -> Day {
        data.measurements.map(\.date).max() ?? today
    }

    /// `progress` is told the criteria evaluated, 256 at a time (an observer only). `history` is
    /// every report the history holds (Docs/methodology.md §6, "Det indberettede"), superseded ones included; nil without a history.
    public static func evaluate(_ data: Dataset, asOf: Day, settings: Settings = Settings(),
                                history: [RecordedReport]? = nil,
                                progress: ProgressCallback? = nil) -> Evaluation {
        let criteria = data.criteria
        let runs = measurementRuns(data)
        let points = HistoryPoints(asOf: asOf, quarters: settings.historyQuarters)

        // Per criterion: the full evaluation at as-of, and clamp(attainment) at each quarter end.
        // Criteria are independent, so they are spread over the cores; results keep criterion order.
        let days = points.days
        let perCriterion = ParallelMap.map(criteria.count) { i in
            let c = criteria[i]
            if i & 255 == 255 { progress?(256) }
            return (CriterionEvaluator.evaluate(c, run: runs[i], asOf: asOf, settings: settings),
                    days.map { CriterionEvaluator.clampedAttainment(c, run: runs[i], upTo: $0) })
        }
        progress?(criteria.count & 255)
        let evaluations = perCriterion.map(\.0)
        let attainments = perCriterion.flatMap(\.1)

        // Criteria per project, projects in natural id order (those only named by criteria too).
        var byProject = [String: [Int]]()
        for (i, c) in criteria.enumerated() { byProject[c.projectID, default: []].append(i) }
        var projects = [Project]()
        var seen = Set<String>()
        for p in data.projects where seen.insert(p.id).inserted { projects.append(p) }
        for c in criteria where seen.insert(c.projectID).inserted { projects.append(Project(id: c.projectID)) }
        projects.sort { NaturalOrder.less($0.id, $1.id) }

        var projectEvaluations = [ProjectEvaluation]()
        var projectHistories = [[Double?]]()
        for project in projects {
            let members = (byProject[project.id] ?? []).sorted { NaturalOrder.less(criteria[$0].id, criteria[$1].id) }
            let own = members.map { evaluations[$0] }
            let scores = points.days.indices.map { h in
                RollUps.weightedMean(members.map { (criteria[$0].weight, attainments[$0 * points.days.count + h]) })
            }
            let rollUp = RollUps.combine(
                own.map(member), coverage: RollUps.coverage(own),
                lastTargetDate: own.map(\.criterion.targetDate).max(),
                history: points.history(scores), previousScore: points.previous(scores),
                asOf: asOf, settings: settings)
            projectEvaluations.append(ProjectEvaluation(project: project, rollUp: rollUp,
                                                        findings: Findings.of(project, criteria: own), criteria: own))
            projectHistories.append(scores)
        }

        let portfolioScores = points.days.indices.map { h in
            RollUps.weightedMean(projectHistories.map { (1.0, $0[h]) })
        }
        let portfolio = RollUps.combine(
            projectEvaluations.map { p in
                RollUps.Member(weight: 1, score: p.rollUp.score, expected: p.rollUp.expected, status: p.rollUp.status,
                               realizedValue: p.rollUp.realizedValue, plannedValue: p.rollUp.plannedValue,
                               trendScore: p.rollUp.trendScore)
            },
            coverage: RollUps.coverage(evaluations), lastTargetDate: criteria.map(\.targetDate).max(),
            history: points.history(portfolioScores), previousScore: points.previous(portfolioScores),
            asOf: asOf, settings: settings)

        var evaluation = Evaluation(asOf: asOf, settings: settings, portfolio: portfolio, projects: projectEvaluations, data: data)
        evaluation.hasHistory = history != nil
        return evaluation
    }

    static func member(_ e: CriterionEvaluation) -> RollUps.Member {
        RollUps.Member(
            weight: e.criterion.weight, score: e.attainment.map { min(max($0, 0), 1) },
            expected: e.attainment == nil ? nil : e.expected, status: e.status,
            realizedValue: e.realizedValue, plannedValue: e.plannedValue,
            trendScore: e.trend.classification == .insufficientData ? nil : e.trend.score)
    }

    /// Measurements grouped by criterion once (a counting sort that keeps file order), then each
    /// group sorted by date with duplicates resolved.
    static func measurementRuns(_ data: Dataset) -> [MeasurementRun] {
        let nc = data.criteria.count
        var starts = [Int](repeating: 0, count: nc + 1)
        for m in data.measurements where m.criterion >= 0 && m.criterion < nc { starts[m.criterion + 1] += 1 }
        for i in 0..<nc { starts[i + 1] += starts[i] }
        var fill = starts
        var order = [Int](repeating: 0, count: starts[nc])
        for (i, m) in data.measurements.enumerated() where m.criterion >= 0 && m.criterion < nc {
            order[fill[m.criterion]] = i
            fill[m.criterion] += 1
        }
        return (0..<nc).map { c in
            starts[c] == starts[c + 1] ? MeasurementRun()
                : MeasurementRun(indices: order[starts[c]..<starts[c + 1]], in: data.measurements)
        }
    }
}

/// The days a score is computed at: the last days of the quarters before the one holding as-of
/// (oldest first), then as-of itself. At least two, so the score change always has its A′.
struct HistoryPoints {
    var quarters: [Quarter]
    var days: [Int]
    /// How many of the points the published history keeps.
    var published: Int

    init(asOf: Day, quarters count: Int) {
        let total = max(count, 2)
        var qs = [Quarter(containing: asOf)]
        while qs.count < total, let q = qs.first { qs.insert(q.previous, at: 0) }
        quarters = qs
        days = qs.dropLast().map(\.lastDay.daysSinceEpoch) + [asOf.daysSinceEpoch]
        published = max(count, 0)
    }

    func history(_ scores: [Double?]) -> [QuarterScore] {
        zip(quarters, scores).suffix(published).map { QuarterScore(quarter: $0.0, score: $0.1) }
    }

    /// The score at A′, the last day of the previous quarter.
    func previous(_ scores: [Double?]) -> Double?? {
        scores.count >= 2 ? .some(scores[scores.count - 2]) : .none
    }
}
