import EffektModel

/// Status of a criterion, project or portfolio (Docs/methodology.md); raw values are the JSON codes.
public enum Status: String, Sendable, CaseIterable {
    case noData = "no_data"
    case achieved
    case missed
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
}

public enum TrendClassification: String, Sendable, CaseIterable {
    case insufficientData = "insufficient_data"
    case improving
    case worsening
    case noTrend = "no_trend"
}

public enum ForecastState: String, Sendable, CaseIterable {
    case reached
    case insufficientData = "insufficient_data"
    case notReaching = "not_reaching"
    case beyondHorizon = "beyond_horizon"
    case projected
}

public enum SPCRule: String, Sendable, CaseIterable {
    case outsideLimits = "outside_limits"
    case trend
    case twoOfThree = "two_of_three"
    case shift
}

public enum SPCSide: String, Sendable { case high, low }
public enum Variation: String, Sendable { case improvement, concern, commonCause = "common_cause" }
public enum Assurance: String, Sendable { case pass, fail, hitAndMiss = "hit_and_miss" }

public enum FindingCode: String, Sendable, CaseIterable {
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
public struct SeriesPoint: Hashable, Sendable {
    public var date: Day
    public var value: Double
    /// True for the baseline point (t0, b).
    public var isBaseline: Bool
    public init(date: Day, value: Double, isBaseline: Bool) {
        self.date = date; self.value = value; self.isBaseline = isBaseline
    }
}

public struct Trend: Hashable, Sendable {
    public var points: Int
    public var slopePerDay: Double?
    public var intercept: Double?
    public var s: Double?
    public var varS: Double?
    public var z: Double?
    public var pValue: Double?
    public var tau: Double?
    public var classification: TrendClassification
    /// tau · d, in [−1, 1]; nil when Mann–Kendall is undefined (n < 2).
    public var score: Double?
    public init(points: Int, slopePerDay: Double? = nil, intercept: Double? = nil, s: Double? = nil,
                varS: Double? = nil, z: Double? = nil, pValue: Double? = nil, tau: Double? = nil,
                classification: TrendClassification, score: Double? = nil) {
        self.points = points; self.slopePerDay = slopePerDay; self.intercept = intercept; self.s = s
        self.varS = varS; self.z = z; self.pValue = pValue; self.tau = tau
        self.classification = classification; self.score = score
    }
}

public struct Forecast: Hashable, Sendable {
    public var valueAtTargetDate: Double?
    public var attainmentAtTargetDate: Double?
    public var reachDate: Day?
    public var state: ForecastState
    public var onCourse: Bool?
    public init(valueAtTargetDate: Double? = nil, attainmentAtTargetDate: Double? = nil,
                reachDate: Day? = nil, state: ForecastState, onCourse: Bool? = nil) {
        self.valueAtTargetDate = valueAtTargetDate; self.attainmentAtTargetDate = attainmentAtTargetDate
        self.reachDate = reachDate; self.state = state; self.onCourse = onCourse
    }
}

public struct SPCSignal: Hashable, Sendable {
    public var rule: SPCRule
    /// 0-based index into the series S.
    public var index: Int
    public var date: Day
    public var side: SPCSide
    public init(rule: SPCRule, index: Int, date: Day, side: SPCSide) {
        self.rule = rule; self.index = index; self.date = date; self.side = side
    }
}

/// One stretch of the series S between recalculations (Docs/methodology.md): its own mean and limits when
/// it has enough points to be charted.
public struct SPCSegment: Hashable, Sendable {
    /// 0-based index into S of the segment's first point.
    public var startIndex: Int
    public var startDate: Day
    public var points: Int
    public var charted: Bool
    public var mean: Double?
    public var mrBar: Double?
    public var upperLimit: Double?
    public var lowerLimit: Double?
    /// The text of the recalculating event that started the segment (nil for the first).
    public var reason: String?
    public init(startIndex: Int, startDate: Day, points: Int, charted: Bool, mean: Double? = nil,
                mrBar: Double? = nil, upperLimit: Double? = nil, lowerLimit: Double? = nil, reason: String? = nil) {
        self.startIndex = startIndex; self.startDate = startDate; self.points = points; self.charted = charted
        self.mean = mean; self.mrBar = mrBar; self.upperLimit = upperLimit; self.lowerLimit = lowerLimit
        self.reason = reason
    }
}

public struct SPC: Hashable, Sendable {
    public var points: Int
    public var mean: Double
    public var mrBar: Double
    public var upperLimit: Double
    public var lowerLimit: Double
    public var trial: Bool
    public var signals: [SPCSignal]
    public var variation: Variation
    public var assurance: Assurance?
    /// Every segment of S in order; one when nothing recalculates.
    public var segments: [SPCSegment]
    public init(points: Int, mean: Double, mrBar: Double, upperLimit: Double, lowerLimit: Double,
                trial: Bool, signals: [SPCSignal], variation: Variation, assurance: Assurance?,
                segments: [SPCSegment] = []) {
        self.points = points; self.mean = mean; self.mrBar = mrBar; self.upperLimit = upperLimit
        self.lowerLimit = lowerLimit; self.trial = trial; self.signals = signals
        self.variation = variation; self.assurance = assurance; self.segments = segments
    }
}

/// A knot of a planned path: a milestone (delmål) as the JSON lists it.
public struct PlannedPoint: Hashable, Sendable {
    public var date: Day
    public var value: Double
    public init(date: Day, value: Double) { self.date = date; self.value = value }
}

/// An event as the evaluation shows it: for the project's `events` list (dated ≤ as-of) and
/// beside each criterion it concerns.
public struct EvaluatedEvent: Hashable, Sendable {
    public var date: Day
    /// nil for a project-wide event.
    public var criterionID: String?
    public var text: String
    public var recalculate: Bool
    /// For a criterion's view: true when this recalculating event started a segment of its S;
    /// false when it changes nothing (on or before the first point, or after the last).
    public var startsSegment: Bool
    public init(date: Day, criterionID: String?, text: String, recalculate: Bool, startsSegment: Bool = false) {
        self.date = date; self.criterionID = criterionID; self.text = text; self.recalculate = recalculate
        self.startsSegment = startsSegment
    }
}

/// The preliminary effect assessment of one success criterion at the as-of date.
public struct CriterionEvaluation: Hashable, Sendable {
    public var criterion: Criterion
    /// Measurements used (dated ≤ as-of, one per day after duplicates are resolved).
    public var measurements: Int
    public var latestValue: Double?
    public var latestDate: Day?
    public var attainment: Double?
    public var expected: Double
    public var gap: Double?
    public var status: Status
    public var stale: Bool
    /// When the next measurement is due: latest (or baseline date) + the frequency's days.
    public var dueDate: Day
    public var realizedValue: Double?
    public var plannedValue: Double?
    public var trend: Trend
    public var forecast: Forecast
    public var spc: SPC?
    /// The series S, for charts and sparklines.
    public var series: [SeriesPoint]
    /// P(A): the planned value at as-of, in the criterion's unit.
    public var plannedNow: Double = 0
    /// (P(A) − b)·d·value_per_unit: the benefit planned by as-of (nil without value_per_unit).
    public var expectedValue: Double?
    /// The criterion's milestones in date order (the planned path's inner knots).
    public var milestones: [PlannedPoint] = []
    /// With a history: the values in the earliest reported report that holds the criterion.
    public var originalBaseline: Double?
    public var originalTarget: Double?
    public var originalTargetDate: Day?
    /// Events that concern this criterion (its own and its project's), dated ≤ as-of, by date.
    public var events: [EvaluatedEvent] = []

    public init(criterion: Criterion, measurements: Int, latestValue: Double?, latestDate: Day?,
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
public struct Finding: Hashable, Sendable {
    public var code: FindingCode
    public var category: Category?
    public var criterionID: String?
    public var owner: String?
    public var dueDate: Day?
    public init(code: FindingCode, category: Category?, criterionID: String?, owner: String?, dueDate: Day?) {
        self.code = code; self.category = category; self.criterionID = criterionID
        self.owner = owner; self.dueDate = dueDate
    }
}

/// A roll-up's score at one quarter end, for sparklines and comparisons.
public struct QuarterScore: Hashable, Sendable {
    public var quarter: Quarter
    public var score: Double?
    public init(quarter: Quarter, score: Double?) { self.quarter = quarter; self.score = score }
}

/// The figures shared by a project and the portfolio roll-up.
public struct RollUp: Hashable, Sendable {
    public var score: Double?
    public var expected: Double?
    public var gap: Double?
    public var status: Status
    /// All six statuses as keys.
    public var statusCounts: [Status: Int]
    public var coverage: Double?
    public var realizedValue: Double?
    public var plannedValue: Double?
    public var trendScore: Double?
    public var scoreChange: Double?
    /// Σ expected_value over all members (nil when nothing contributes).
    public var expectedValue: Double?
    /// Change over the members with data at both A and A′ (Docs/methodology.md); nil when none.
    public var scoreChangeComparable: Double?
    /// Members with data at A but not at A′.
    public var entered: Int = 0
    /// Planned and realised kroner per calendar year.
    public var benefitProfile: [BenefitYear] = []
    /// With a history (Docs/history.md): the score reported for the previous quarter, the change since it,
    /// and today's recomputation of it minus the reported one when they differ by > 0.0005.
    public var reportedPreviousScore: Double?
    public var scoreChangeReported: Double?
    public var restatement: Double?
    /// Score at the last `Settings.historyQuarters` quarter ends, oldest first, ending with the
    /// quarter that holds as-of (its value is the score at as-of).
    public var history: [QuarterScore]

    public init(score: Double?, expected: Double?, gap: Double?, status: Status, statusCounts: [Status: Int],
                coverage: Double?, realizedValue: Double?, plannedValue: Double?, trendScore: Double?,
                scoreChange: Double?, history: [QuarterScore]) {
        self.score = score; self.expected = expected; self.gap = gap; self.status = status
        self.statusCounts = statusCounts; self.coverage = coverage; self.realizedValue = realizedValue
        self.plannedValue = plannedValue; self.trendScore = trendScore; self.scoreChange = scoreChange
        self.history = history
    }
}

/// One year of a benefit profile (gevinstprofil).
public struct BenefitYear: Hashable, Sendable {
    public var year: Int
    public var plannedValue: Double
    /// nil for years after the one holding as-of, and when nothing has been measured by then.
    public var realizedValue: Double?
    public init(year: Int, plannedValue: Double, realizedValue: Double?) {
        self.year = year; self.plannedValue = plannedValue; self.realizedValue = realizedValue
    }
}

public struct ProjectEvaluation: Hashable, Sendable {
    public var project: Project
    public var rollUp: RollUp
    /// Ordered by due date (none last), then code, then criterion id.
    public var findings: [Finding]
    /// In natural criterion id order.
    public var criteria: [CriterionEvaluation]
    /// The project's events dated ≤ as-of: by date, then project-wide ones, then criterion.
    public var events: [EvaluatedEvent] = []
    public init(project: Project, rollUp: RollUp, findings: [Finding], criteria: [CriterionEvaluation]) {
        self.project = project; self.rollUp = rollUp; self.findings = findings; self.criteria = criteria
    }
}

/// The whole evaluation at one as-of date: what every exporter renders.
public struct Evaluation: Sendable {
    public var asOf: Day
    public var quarter: Quarter { Quarter(containing: asOf) }
    public var settings: Settings
    public var portfolio: RollUp
    /// In natural project id order.
    public var projects: [ProjectEvaluation]
    /// The imported data (inputs summaries, diagnostics, accepted measurements) carried along.
    public var data: Dataset
    /// True when a history was given (Docs/history.md): the history figures are then computed.
    public var hasHistory: Bool = false

    public init(asOf: Day, settings: Settings, portfolio: RollUp, projects: [ProjectEvaluation], data: Dataset) {
        self.asOf = asOf; self.settings = settings; self.portfolio = portfolio
        self.projects = projects; self.data = data
    }

    public var inputs: [InputSummary] { data.inputs }
    public var diagnostics: [Diagnostic] { data.diagnostics }
}
