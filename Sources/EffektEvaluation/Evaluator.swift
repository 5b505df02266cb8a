import EffektModel

/// Entry point of the evaluation (Docs/methodology.md): a pure function of data, as-of date and settings.
package enum Evaluator {
    /// The default as-of date: the latest accepted measurement date, or `today` when there is none.
    package static func defaultAsOf(_ data: Dataset, today: Day) -> Day {
        data.measurements.map(\.date).max() ?? today
    }

    /// `progress` is told the criteria evaluated, 256 at a time (an observer only). `history` is
    /// every report the history holds (Docs/history.md), superseded ones included; nil without a history.
    package static func evaluate(_ data: Dataset, asOf: Day, settings: Settings = Settings(),
                                history: [RecordedReport]? = nil,
                                progress: ProgressCallback? = nil) -> Evaluation {
        let criteria = data.criteria
        let runs = measurementRuns(data)
        let points = HistoryPoints(asOf: asOf, quarters: settings.historyQuarters)
        let plans = milestonesByCriterion(data)
        let events = orderedEvents(data)
        let concerning = eventsByCriterion(data, events)
        let reported = history.map { ReportedFigures($0, asOf: asOf) }

        // Per criterion: the full evaluation at as-of, and clamp(attainment) at each quarter end.
        // Criteria are independent, so they are spread over the cores; results keep criterion order.
        let days = points.days
        let perCriterion = ParallelMap.map(criteria.count) { i in
            let c = criteria[i]
            if i & 255 == 255 { progress?(256) }
            var e = CriterionEvaluator.evaluate(c, run: runs[i], milestones: plans[i], events: concerning[i],
                                                asOf: asOf, settings: settings)
            if let original = reported?.original(c) {
                e.originalBaseline = original.baseline
                e.originalTarget = original.target
                e.originalTargetDate = original.targetDate
            }
            return (e, days.map { CriterionEvaluator.clampedAttainment(c, run: runs[i], upTo: $0) })
        }
        progress?(criteria.count & 255)
        let evaluations = perCriterion.map(\.0)
        let attainments = perCriterion.flatMap(\.1)
        let h = points.days.count
        func attainment(_ i: Int, at k: Int) -> Double? { attainments[i * h + k] }

        // Criteria per project, projects in natural id order (those only named by criteria too).
        var byProject = [String: [Int]]()
        for (i, c) in criteria.enumerated() { byProject[c.projectID, default: []].append(i) }
        var projects = [Project]()
        var seen = Set<String>()
        for p in data.projects where seen.insert(p.id).inserted { projects.append(p) }
        for c in criteria where seen.insert(c.projectID).inserted { projects.append(Project(id: c.projectID)) }
        projects.sort { NaturalOrder.less($0.id, $1.id) }
        let projectEvents = events.mapValues { $0.filter { $0.date <= asOf } }

        var projectEvaluations = [ProjectEvaluation]()
        var projectHistories = [[Double?]]()
        var profiles = [[BenefitProfile.Member]]()
        for project in projects {
            let members = (byProject[project.id] ?? []).sorted { NaturalOrder.less(criteria[$0].id, criteria[$1].id) }
            let own = members.map { evaluations[$0] }
            let scores = (0..<h).map { k in
                RollUps.weightedMean(members.map { (criteria[$0].weight, attainment($0, at: k)) })
            }
            var rollUp = RollUps.combine(
                own.map(member), coverage: RollUps.coverage(own),
                lastTargetDate: own.map(\.criterion.targetDate).max(),
                history: points.history(scores), previousScore: points.previous(scores),
                asOf: asOf, settings: settings)
            (rollUp.scoreChangeComparable, rollUp.entered) = RollUps.comparableChange(
                members.map { (criteria[$0].weight, attainment($0, at: h - 1), attainment($0, at: h - 2)) })
            rollUp.expectedValue = RollUps.sum(own.map(\.expectedValue))
            let profile = members.compactMap { i in
                BenefitProfile.member(criteria[i], path: PlannedPath(criteria[i], milestones: plans[i]), run: runs[i])
            }
            rollUp.benefitProfile = BenefitProfile.project(profile, asOf: asOf)
            if let reported {
                ReportedFigures.apply(reported: reported.previous?.projectScores[project.id] ?? nil,
                                      recomputed: scores[h - 2], to: &rollUp)
            }
            var evaluation = ProjectEvaluation(
                project: project, rollUp: rollUp,
                findings: Findings.of(project, criteria: own, restated: rollUp.restatement != nil),
                criteria: own)
            evaluation.events = projectEvents[project.id] ?? []
            projectEvaluations.append(evaluation)
            projectHistories.append(scores)
            profiles.append(profile)
        }

        let portfolioScores = (0..<h).map { k in
            RollUps.weightedMean(projectHistories.map { (1.0, $0[k]) })
        }
        var portfolio = RollUps.combine(
            projectEvaluations.map { p in
                RollUps.Member(weight: 1, score: p.rollUp.score, expected: p.rollUp.expected, status: p.rollUp.status,
                               realizedValue: p.rollUp.realizedValue, plannedValue: p.rollUp.plannedValue,
                               trendScore: p.rollUp.trendScore)
            },
            coverage: RollUps.coverage(evaluations), lastTargetDate: criteria.map(\.targetDate).max(),
            history: points.history(portfolioScores), previousScore: points.previous(portfolioScores),
            asOf: asOf, settings: settings)
        (portfolio.scoreChangeComparable, portfolio.entered) = RollUps.comparableChange(
            projectHistories.map { (1.0, $0[h - 1], $0[h - 2]) })
        portfolio.expectedValue = RollUps.sum(projectEvaluations.map(\.rollUp.expectedValue))
        portfolio.benefitProfile = BenefitProfile.portfolio(profiles, asOf: asOf)
        if let reported {
            ReportedFigures.apply(reported: reported.previous?.portfolioScore, recomputed: portfolioScores[h - 2],
                                  to: &portfolio)
        }

        var evaluation = Evaluation(asOf: asOf, settings: settings, portfolio: portfolio, projects: projectEvaluations, data: data)
        evaluation.hasHistory = history != nil
        return evaluation
    }

    /// Each criterion's milestones (Dataset.milestones indexes criteria).
    static func milestonesByCriterion(_ data: Dataset) -> [[PlannedPoint]] {
        var plans = [[PlannedPoint]](repeating: [], count: data.criteria.count)
        for m in data.milestones where m.criterion >= 0 && m.criterion < plans.count {
            plans[m.criterion].append(PlannedPoint(date: m.date, value: m.value))
        }
        // In date order once, so neither the path nor the profile sorts or copies them again.
        for i in plans.indices where plans[i].count > 1 { plans[i].sort { $0.date < $1.date } }
        return plans
    }

    /// Each project's events, put in the order of the JSON's `events` list once; every list
    /// derived from it (per criterion, up to as-of) is a filter and keeps that order.
    static func orderedEvents(_ data: Dataset) -> [String: [EvaluatedEvent]] {
        Dictionary(grouping: data.events, by: \.projectID).mapValues(ordered)
    }

    /// The events that concern each criterion: its own and its project's.
    static func eventsByCriterion(_ data: Dataset, _ byProject: [String: [EvaluatedEvent]]) -> [[EvaluatedEvent]] {
        guard !byProject.isEmpty else { return [[EvaluatedEvent]](repeating: [], count: data.criteria.count) }
        return data.criteria.map { c in
            (byProject[c.projectID] ?? []).filter { $0.criterionID == nil || $0.criterionID == c.id }
        }
    }

    /// By date, then project-wide before criterion events, then criterion id in natural order;
    /// stable on top of that (input order).
    static func ordered(_ events: [ProjectEvent]) -> [EvaluatedEvent] {
        events.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if a.date != b.date { return a.date < b.date }
            switch (a.criterionID, b.criterionID) {
            case (.none, .some): return true
            case (.some, .none): return false
            case let (p?, q?) where p != q: return NaturalOrder.less(p, q)
            default: return x.offset < y.offset
            }
        }.map { EvaluatedEvent(date: $0.element.date, criterionID: $0.element.criterionID,
                               text: $0.element.text, recalculate: $0.element.recalculate) }
    }

    static func member(_ e: CriterionEvaluation) -> RollUps.Member {
        RollUps.Member(
            weight: e.criterion.weight, score: e.attainment.map { min(max($0, 0), 1) },
            // Clamped: a milestone may plan a dip below the baseline or an overshoot past the target.
            expected: e.attainment == nil ? nil : min(max(e.expected, 0), 1), status: e.status,
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
