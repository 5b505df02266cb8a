import EffektModel
import EffektEvaluation

/// Builds realistic `Evaluation` values in code, following Docs/methodology.md for the figures the renderers
/// show (attainment, expected, status, roll-ups, findings), so tests do not depend on the engine.
/// Trend, forecast and SPC are given by each test: they are inputs to the text, not its subject.
struct EvaluationBuilder {
    var asOf: Day
    var settings = Settings()
    var projects: [ProjectEvaluation] = []
    var inputs: [InputSummary] = []

    init(asOf: String) {
        self.asOf = day(asOf)
    }

    struct CriterionSpec {
        var id: String
        var name: String
        var category: Category = .benefit
        var unit: String?
        var direction: Direction
        var baseline: Double
        var baselineDate: String
        var target: Double
        var targetDate: String
        var owner: String?
        var frequency: Frequency = .quarterly
        var weight: Double = 1
        var valuePerUnit: Double?
        var values: [(String, Double)] = []
        var trend: TrendClassification = .insufficientData
        var pValue: Double?
        var tau: Double?
        var forecast: ForecastState = .insufficientData
        var reach: String?
        var spc: SPC?
    }

    mutating func project(_ id: String, name: String?, owner: String? = nil, area: String? = nil, phase: Phase? = nil,
                          goLive: String? = nil, history: [Double?], criteria specs: [CriterionSpec]) {
        let project = Project(id: id, name: name, owner: owner, area: area, phase: phase, goLive: goLive.map(day))
        let criteria = specs.map { criterion(projectID: id, $0) }
        var rollUp = Self.rollUp(criteria.map { ($0.criterion.weight, $0) }, asOf: asOf, settings: settings,
                                 lastTarget: criteria.map(\.criterion.targetDate).max())
        // The last history entry is the score at as-of (Docs/methodology.md), whatever the test wrote there.
        var scores = history
        if !scores.isEmpty { scores[scores.count - 1] = rollUp.score }
        rollUp.history = quarters(scores)
        if scores.count >= 2, let now = scores[scores.count - 1], let before = scores[scores.count - 2] {
            rollUp.scoreChange = now - before
        }
        projects.append(ProjectEvaluation(project: project, rollUp: rollUp, findings: findings(project, criteria),
                                          criteria: criteria))
    }

    func quarters(_ scores: [Double?]) -> [QuarterScore] {
        var q = Quarter(containing: asOf)
        var out: [QuarterScore] = []
        for score in scores.reversed() {
            out.insert(QuarterScore(quarter: q, score: score), at: 0)
            q = q.previous
        }
        return out
    }

    func criterion(projectID: String, _ s: CriterionSpec) -> CriterionEvaluation {
        let k = Criterion(projectID: projectID, id: s.id, name: s.name, category: s.category, unit: s.unit,
                          direction: s.direction, baseline: s.baseline, baselineDate: day(s.baselineDate),
                          target: s.target, targetDate: day(s.targetDate), owner: s.owner, frequency: s.frequency,
                          weight: s.weight, valuePerUnit: s.valuePerUnit)
        let points = s.values.map { (day($0.0), $0.1) }.filter { $0.0 <= asOf }.sorted { $0.0 < $1.0 }
        let latest = points.last
        let d: Double = k.direction == .atLeast ? 1 : k.direction == .atMost ? -1 : (k.target > k.baseline ? 1 : -1)
        var attainment: Double?
        var expected: Double
        var status: Status
        if k.direction.isThreshold {
            expected = 1
            if let latest {
                let met = k.direction == .atLeast ? latest.1 >= k.target : latest.1 <= k.target
                attainment = met ? 1 : (d * (k.target - k.baseline) > 0 ? (latest.1 - k.baseline) / (k.target - k.baseline) : 0)
                status = met ? .achieved : (asOf > k.targetDate ? .missed : .offTrack)
            } else { status = .noData }
        } else {
            let span = Double(k.baselineDate.days(to: k.targetDate))
            expected = min(max(Double(k.baselineDate.days(to: asOf)) / span, 0), 1)
            if let latest {
                let a = (latest.1 - k.baseline) / (k.target - k.baseline)
                attainment = a
                let gap = expected - a
                status = a >= 1 ? .achieved : asOf > k.targetDate ? .missed
                    : gap <= settings.onTrackTolerance ? .onTrack : gap <= settings.atRiskTolerance ? .atRisk : .offTrack
            } else { status = .noData }
        }
        let since = latest?.0 ?? k.baselineDate
        let stale = Double(since.days(to: asOf)) > settings.staleFactor * Double(k.frequency.days)
        let series = [SeriesPoint(date: k.baselineDate, value: k.baseline, isBaseline: true)]
            + points.map { SeriesPoint(date: $0.0, value: $0.1, isBaseline: false) }
        let trend = Trend(points: series.count, slopePerDay: nil, intercept: nil, s: nil, varS: nil, z: nil,
                          pValue: series.count >= 2 ? s.pValue : nil, tau: s.tau, classification: s.trend,
                          score: s.tau.map { $0 * d })
        let forecast = Forecast(reachDate: s.reach.map(day), state: status == .achieved ? .reached : s.forecast,
                                onCourse: nil)
        var c = CriterionEvaluation(
            criterion: k, measurements: points.count, latestValue: latest?.1, latestDate: latest?.0,
            attainment: attainment, expected: expected, gap: attainment.map { expected - $0 }, status: status,
            stale: stale, dueDate: since.adding(days: k.frequency.days),
            realizedValue: latest.flatMap { l in k.valuePerUnit.map { (l.1 - k.baseline) * d * $0 } },
            plannedValue: k.valuePerUnit.map { abs(k.target - k.baseline) * $0 },
            trend: trend, forecast: forecast, spc: s.spc, series: series)
        // Straight line without milestones (Docs/methodology.md): P(A) = b + expected·(g − b); expected_value
        // = (P(A) − b)·d·value_per_unit = expected·|g − b|·value_per_unit (= planned for thresholds).
        c.plannedNow = k.direction.isThreshold ? k.target : k.baseline + expected * (k.target - k.baseline)
        c.expectedValue = k.valuePerUnit.map { expected * abs(k.target - k.baseline) * $0 }
        return c
    }

    /// Docs/methodology.md roll-up over (weight, criterion).
    static func rollUp(_ items: [(Double, CriterionEvaluation)], asOf: Day, settings: Settings, lastTarget: Day?) -> RollUp {
        let withData = items.filter { $0.1.attainment != nil }
        let wsum = withData.reduce(0) { $0 + $1.0 }
        let score = wsum > 0 ? withData.reduce(0) { $0 + $1.0 * min(max($1.1.attainment ?? 0, 0), 1) } / wsum : nil
        // Clamped per criterion, as Docs/methodology.md rolls expected up (milestones may dip or overshoot).
        let expected = wsum > 0 ? withData.reduce(0) { $0 + $1.0 * min(max($1.1.expected, 0), 1) } / wsum : nil
        var counts: [Status: Int] = [:]
        for s in Status.allCases { counts[s] = items.filter { $0.1.status == s }.count }
        let covered = items.filter { $0.1.status != .noData && !$0.1.stale }.count
        let realized = withData.compactMap(\.1.realizedValue)
        let planned = items.compactMap(\.1.plannedValue)
        let trendItems = items.filter { $0.1.trend.classification != .insufficientData && $0.1.trend.score != nil }
        let tw = trendItems.reduce(0) { $0 + $1.0 }
        var status: Status
        if withData.isEmpty { status = .noData }
        else if items.allSatisfy({ $0.1.status == .achieved }) { status = .achieved }
        else if let lastTarget, asOf > lastTarget { status = .missed }
        else if let score, let expected {
            let gap = expected - score
            status = gap <= settings.onTrackTolerance ? .onTrack : gap <= settings.atRiskTolerance ? .atRisk : .offTrack
        } else { status = .noData }
        var r = RollUp(score: score, expected: expected, gap: score.flatMap { s in expected.map { $0 - s } }, status: status,
                      statusCounts: counts, coverage: items.isEmpty ? nil : Double(covered) / Double(items.count),
                      realizedValue: realized.isEmpty ? nil : realized.reduce(0, +),
                      plannedValue: planned.isEmpty ? nil : planned.reduce(0, +),
                      trendScore: tw > 0 ? trendItems.reduce(0) { $0 + $1.0 * ($1.1.trend.score ?? 0) } / tw : nil,
                      scoreChange: nil, history: [])
        let expectedValues = items.compactMap(\.1.expectedValue)
        r.expectedValue = expectedValues.isEmpty ? nil : expectedValues.reduce(0, +)
        return r
    }

    func findings(_ p: Project, _ criteria: [CriterionEvaluation]) -> [Finding] {
        var out: [Finding] = []
        for c in Category.allCases where !criteria.contains(where: { $0.criterion.category == c }) {
            out.append(Finding(code: .missingFollowUp, category: c, criterionID: nil, owner: p.owner, dueDate: nil))
        }
        for c in criteria {
            let k = c.criterion
            if c.stale { out.append(Finding(code: .overdueMeasurement, category: k.category, criterionID: k.id, owner: k.owner, dueDate: c.dueDate)) }
            if c.status == .missed { out.append(Finding(code: .deadlineMissed, category: k.category, criterionID: k.id, owner: k.owner, dueDate: k.targetDate)) }
            if k.owner == nil { out.append(Finding(code: .noOwner, category: k.category, criterionID: k.id, owner: nil, dueDate: nil)) }
        }
        return out.sorted { a, b in
            let da = a.dueDate?.daysSinceEpoch ?? Int.max, db = b.dueDate?.daysSinceEpoch ?? Int.max
            if da != db { return da < db }
            if a.code != b.code { return a.code.rawValue < b.code.rawValue }
            return NaturalOrder.less(a.criterionID ?? "", b.criterionID ?? "")
        }
    }

    func build() -> Evaluation {
        let sorted = projects.sorted { NaturalOrder.less($0.project.id, $1.project.id) }
        let projectItems = sorted.filter { $0.rollUp.score != nil }
        var portfolio = RollUp(score: nil, expected: nil, gap: nil, status: .noData, statusCounts: [:], coverage: nil,
                               realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: nil, history: [])
        if !projectItems.isEmpty {
            let n = Double(projectItems.count)
            portfolio.score = projectItems.reduce(0) { $0 + ($1.rollUp.score ?? 0) } / n
            portfolio.expected = projectItems.reduce(0) { $0 + ($1.rollUp.expected ?? 0) } / n
            portfolio.gap = (portfolio.expected ?? 0) - (portfolio.score ?? 0)
            let gap = portfolio.gap ?? 0
            portfolio.status = gap <= settings.onTrackTolerance ? .onTrack : gap <= settings.atRiskTolerance ? .atRisk : .offTrack
        }
        for s in Status.allCases { portfolio.statusCounts[s] = sorted.filter { $0.rollUp.status == s }.count }
        let all = sorted.flatMap(\.criteria)
        portfolio.coverage = all.isEmpty ? nil : Double(all.filter { $0.status != .noData && !$0.stale }.count) / Double(all.count)
        let realized = sorted.compactMap(\.rollUp.realizedValue), planned = sorted.compactMap(\.rollUp.plannedValue)
        portfolio.realizedValue = realized.isEmpty ? nil : realized.reduce(0, +)
        portfolio.plannedValue = planned.isEmpty ? nil : planned.reduce(0, +)
        let expectedValues = sorted.compactMap(\.rollUp.expectedValue)
        portfolio.expectedValue = expectedValues.isEmpty ? nil : expectedValues.reduce(0, +)
        let trends = sorted.compactMap(\.rollUp.trendScore)
        portfolio.trendScore = trends.isEmpty ? nil : trends.reduce(0, +) / Double(trends.count)
        // Portfolio history: the mean of the projects' history at each quarter.
        let length = sorted.map(\.rollUp.history.count).max() ?? 0
        portfolio.history = quarters((0..<length).map { i -> Double? in
            let xs = sorted.compactMap { p -> Double? in
                let h = p.rollUp.history
                let j = i - (length - h.count)
                return j >= 0 ? h[j].score : nil
            }
            return xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
        })
        if length >= 2, let a = portfolio.history[length - 1].score, let b = portfolio.history[length - 2].score {
            portfolio.scoreChange = a - b
        }
        let data = Dataset(projects: sorted.map(\.project), criteria: all.map(\.criterion), inputs: inputs,
                           hasProjectsFile: true)
        return Evaluation(asOf: asOf, settings: settings, portfolio: portfolio, projects: sorted, data: data)
    }
}

func day(_ iso: String) -> Day {
    Day(iso: iso) ?? Day(daysSinceEpoch: 0)
}
