import EffektModel

/// Status of a criterion, project or portfolio (Docs/methodology.md); raw values are the JSON codes.
package enum Status: String, Sendable, CaseIterable {
    case noData = "no_data"
    case achieved
    case missed
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
}

package enum TrendClassification: String, Sendable, CaseIterable {
    case insufficientData = "insufficient_data"
    case improving
    case worsening
    case noTrend = "no_trend"
}

package enum ForecastState: String, Sendable, CaseIterable {
    case reached
    case insufficientData = "insufficient_data"
    case notReaching = "not_reaching"
    case beyondHorizon = "beyond_horizon"
    case projected
}

package enum SPCRule: String, Sendable, CaseIterable {
    case outsideLimits = "outside_limits"
    case trend
    case twoOfThree = "two_of_three"
    case shift
}

package enum SPCSide: String, Sendable { case high, low }
package enum Variation: String, Sendable { case improvement, concern, commonCause = "common_cause" }
package enum Assurance: String, Sendable { case pass, fail, hitAndMiss = "hit_and_miss" }

package enum FindingCode: String, Sendable, CaseIterable {
    case missingFollowUp = "missing_follow_up"
    case overdueMeasurement = "overdue_measurement"
    case deadlineMissed = "deadline_missed"
    case noOwner = "no_owner"
    /// With a history: baseline, target or target date differs from the first reported value.
    case targetChanged = "target_changed"
    /// With a history: the previous quarter's score, recomputed today, differs from what was reported.
    case restated
}

/// One point of a criterion's series S: the baseline point first, then measurements ≤ as-of.
package struct SeriesPoint: Hashable, Sendable {
    package var date: Day
    package var value: Double
    /// True for the baseline point (t0, b).
    package var isBaseline: Bool
    package init(date: Day, value: Double, isBaseline: Bool) {
        self.date = date; self.value = value; self.isBaseline = isBaseline
    }
}

package struct Trend: Hashable, Sendable {
    package var points: Int
    package var slopePerDay: Double?
    package var intercept: Double?
    package var s: Double?
    package var varS: Double?
    package var z: Double?
    package var pValue: Double?
    package var tau: Double?
    package var classification: TrendClassification
    /// tau · d, in [−1, 1]; nil when Mann–Kendall is undefined (n < 2).
    package var score: Double?
    package init(points: Int, slopePerDay: Double? = nil, intercept: Double? = nil, s: Double? = nil,
                varS: Double? = nil, z: Double? = nil, pValue: Double? = nil, tau: Double? = nil,
                classification: TrendClassification, score: Double? = nil) {
        self.points = points; self.slopePerDay = slopePerDay; self.intercept = intercept; self.s = s
        self.varS = varS; self.z = z; self.pValue = pValue; self.tau = tau
        self.classification = classification; self.score = score
    }
}

package struct Forecast: Hashable, Sendable {
    package var valueAtTargetDate: Double?
    package var attainmentAtTargetDate: Double?
    package var reachDate: Day?
    package var state: ForecastState
    package var onCourse: Bool?
    package init(valueAtTargetDate: Double? = nil, attainmentAtTargetDate: Double? = nil,
                reachDate: Day? = nil, state: ForecastState, onCourse: Bool? = nil) {
        self.valueAtTargetDate = valueAtTargetDate; self.attainmentAtTargetDate = attainmentAtTargetDate
        self.reachDate = reachDate; self.state = state; self.onCourse = onCourse
    }
}

package struct SPCSignal: Hashable, Sendable {
    package var rule: SPCRule
    /// 0-based index into the series S.
    package var index: Int
    package var date: Day
    package var side: SPCSide
    package init(rule: SPCRule, index: Int, date: Day, side: SPCSide) {
        self.rule = rule; self.index = index; self.date = date; self.side = side
    }
}

/// One stretch of the series S between recalculations (Docs/methodology.md): its own mean and limits when
/// it has enough points to be charted.
package struct SPCSegment: Hashable, Sendable {
    /// 0-based index into S of the segment's first point.
    package var startIndex: Int
    package var startDate: Day
    package var points: Int
    package var charted: Bool
    package var mean: Double?
    package var mrBar: Double?
    package var upperLimit: Double?
    package var lowerLimit: Double?
    /// The text of the recalculating event that started the segment (nil for the first).
    package var reason: String?
    package init(startIndex: Int, startDate: Day, points: Int, charted: Bool, mean: Double? = nil,
                mrBar: Double? = nil, upperLimit: Double? = nil, lowerLimit: Double? = nil, reason: String? = nil) {
        self.startIndex = startIndex; self.startDate = startDate; self.points = points; self.charted = charted
        self.mean = mean; self.mrBar = mrBar; self.upperLimit = upperLimit; self.lowerLimit = lowerLimit
        self.reason = reason
    }
}

package struct SPC: Hashable, Sendable {
    package var points: Int
    package var mean: Double
    package var mrBar: Double
    package var upperLimit: Double
    package var lowerLimit: Double
    package var trial: Bool
    package var signals: [SPCSignal]
    package var variation: Variation
    package var assurance: Assurance?
    /// Every segment of S in order; one when nothing recalculates.
    package var segments: [SPCSegment]
    package init(points: Int, mean: Double, mrBar: Double, upperLimit: Double, lowerLimit: Double,
                trial: Bool, signals: [SPCSignal], variation: Variation, assurance: Assurance?,
                segments: [SPCSegment] = []) {
        self.points = points; self.mean = mean; self.mrBar = mrBar; self.upperLimit = upperLimit
        self.lowerLimit = lowerLimit; self.trial = trial; self.signals = signals
        self.variation = variation; self.assurance = assurance; self.segments = segments
    }
}

/// A knot of a planned path: a milestone (delmål) as the JSON lists it.
package struct PlannedPoint: Hashable, Sendable {
    package var date: Day
    package var value: Double
    package init(date: Day, value: Double) { self.date = date; self.value = value }
}

/// An event as the evaluation shows it: for the project's `events` list (dated ≤ as-of) and
/// beside each criterion it concerns.
package struct EvaluatedEvent: Hashable, Sendable {
    package var date: Day
    /// nil for a project-wide event.
    package var criterionID: String?
    package var text: String
    package var recalculate: Bool
    /// For a criterion's view: true when this recalculating event started a segment of its S;
    /// false when it changes nothing (on or before the first point, or after the last).
    package var startsSegment: Bool
    package init(date: Day, criterionID: String?, text: String, recalculate: Bool, startsSegment: Bool = false) {
        self.date = date; self.criterionID = criterionID; self.text = text; self.recalculate = recalculate
        self.startsSegment = startsSegment
    }
}

/// The preliminary effect assessment of one success criterion at the as-of date.
package struct CriterionEvaluation: Hashable, Sendable {
    package var criterion: Criterion
    /// Measurements used (dated ≤ as-of, one per day after duplicates are resolved).
    package var measurements: Int
    package var latestValue: Double?
    package var latestDate: Day?
    package var attainment: Double?
    package var expected: Double
    package var gap: Double?
    package var status: Status
    package var stale: Bool
    /// When the next measurement is due: latest (or baseline date) + the frequency's days.
    package var dueDate: Day
    package var realizedValue: Double?
    package var plannedValue: Double?
    package var trend: Trend
    package var forecast: Forecast
    package var spc: SPC?
    /// The series S, for charts and sparklines.
    package var series: [SeriesPoint]
    /// P(A): the planned value at as-of, in the criterion's unit.
    package var plannedNow: Double = 0
    /// (P(A) − b)·d·value_per_unit: the benefit planned by as-of (nil without value_per_unit).
    package var expectedValue: Double?
    /// The criterion's milestones in date order (the planned path's inner knots).
    package var milestones: [PlannedPoint] = []
    /// With a history: the values in the earliest reported report that holds the criterion.
    package var originalBaseline: Double?
    package var originalTarget: Double?
    package var originalTargetDate: Day?
    /// Events that concern this criterion (its own and its project's), dated ≤ as-of, by date.
    package var events: [EvaluatedEvent] = []

    package init(criterion: Criterion, measurements: Int, latestValue: Double?, latestDate: Day?,
                attainment: Double?, expected: Double, gap: Double?, status: Status, stale: Bool,
                dueDate: Day, realizedValue: Double?, plannedValue: Double?, trend: Trend,
                forecast: Forecast, spc: SPC?, series: [SeriesPoint]) {
        self.criterion = criterion; self.measurements = measurements; self.latestValue = latestValue
        self.latestDate = latestDate; self.attainment = attainment; self.expected = expected
        self.gap = gap; self.status = status; self.stale = stale; self.dueDate = dueDate
        self.realizedValue = realizedValue; self.plannedValue = plannedValue; self.trend = trend
        self.forecast = forecast; self.spc = spc; self.series = series
    }
}

/// "Who does what": one follow-up finding of a project.
package struct Finding: Hashable, Sendable {
    package var code: FindingCode
    package var category: Category?
    package var criterionID: String?
    package var owner: String?
    package var dueDate: Day?
    package init(code: FindingCode, category: Category?, criterionID: String?, owner: String?, dueDate: Day?) {
        self.code = code; self.category = category; self.criterionID = criterionID
        self.owner = owner; self.dueDate = dueDate
    }
}

/// A roll-up's score at one quarter end, for sparklines and comparisons.
package struct QuarterScore: Hashable, Sendable {
    package var quarter: Quarter
    package var score: Double?
    package init(quarter: Quarter, score: Double?) { self.quarter = quarter; self.score = score }
}

/// The figures shared by a project and the portfolio roll-up.
package struct RollUp: Hashable, Sendable {
    package var score: Double?
    package var expected: Double?
    package var gap: Double?
    package var status: Status
    /// All six statuses as keys.
    package var statusCounts: [Status: Int]
    package var coverage: Double?
    package var realizedValue: Double?
    package var plannedValue: Double?
    package var trendScore: Double?
    package var scoreChange: Double?
    /// Σ expected_value over all members (nil when nothing contributes).
    package var expectedValue: Double?
    /// Change over the members with data at both A and A′ (Docs/methodology.md); nil when none.
    package var scoreChangeComparable: Double?
    /// Members with data at A but not at A′.
    package var entered: Int = 0
    /// Planned and realised kroner per calendar year.
    package var benefitProfile: [BenefitYear] = []
    /// With a history (Docs/history.md): the score reported for the previous quarter, the change since it,
    /// and today's recomputation of it minus the reported one when they differ by > 0.0005.
    package var reportedPreviousScore: Double?
    package var scoreChangeReported: Double?
    package var restatement: Double?
    /// Score at the last `Settings.historyQuarters` quarter ends, oldest first, ending with the
    /// quarter that holds as-of (its value is the score at as-of).
    package var history: [QuarterScore]

    package init(score: Double?, expected: Double?, gap: Double?, status: Status, statusCounts: [Status: Int],
                coverage: Double?, realizedValue: Double?, plannedValue: Double?, trendScore: Double?,
                scoreChange: Double?, history: [QuarterScore]) {
        self.score = score; self.expected = expected; self.gap = gap; self.status = status
        self.statusCounts = statusCounts; self.coverage = coverage; self.realizedValue = realizedValue
        self.plannedValue = plannedValue; self.trendScore = trendScore; self.scoreChange = scoreChange
        self.history = history
    }
}

/// One year of a benefit profile (gevinstprofil).
package struct BenefitYear: Hashable, Sendable {
    package var year: Int
    package var plannedValue: Double
    /// nil for years after the one holding as-of, and when nothing has been measured by then.
    package var realizedValue: Double?
    package init(year: Int, plannedValue: Double, realizedValue: Double?) {
        self.year = year; self.plannedValue = plannedValue; self.realizedValue = realizedValue
    }
}

package struct ProjectEvaluation: Hashable, Sendable {
    package var project: Project
    package var rollUp: RollUp
    /// Ordered by due date (none last), then code, then criterion id.
    package var findings: [Finding]
    /// In natural criterion id order.
    package var criteria: [CriterionEvaluation]
    /// The project's events dated ≤ as-of: by date, then project-wide ones, then criterion.
    package var events: [EvaluatedEvent] = []
    package init(project: Project, rollUp: RollUp, findings: [Finding], criteria: [CriterionEvaluation]) {
        self.project = project; self.rollUp = rollUp; self.findings = findings; self.criteria = criteria
    }
}

/// The whole evaluation at one as-of date: what every exporter renders.
package struct Evaluation: Sendable {
    package var asOf: Day
    package var quarter: Quarter { Quarter(containing: asOf) }
    package var settings: Settings
    package var portfolio: RollUp
    /// In natural project id order.
    package var projects: [ProjectEvaluation]
    /// The imported data (inputs summaries, diagnostics, accepted measurements) carried along.
    package var data: Dataset
    /// True when a history was given (Docs/history.md): the history figures are then computed.
    package var hasHistory: Bool = false

    package init(asOf: Day, settings: Settings, portfolio: RollUp, projects: [ProjectEvaluation], data: Dataset) {
        self.asOf = asOf; self.settings = settings; self.portfolio = portfolio
        self.projects = projects; self.data = data
    }

    package var inputs: [InputSummary] { data.inputs }
    package var diagnostics: [Diagnostic] { data.diagnostics }
}
