import EffektModel

/// Status of a criterion, project or portfolio (SPEC §3); raw values are the JSON codes.
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
    public init(points: Int, mean: Double, mrBar: Double, upperLimit: Double, lowerLimit: Double,
                trial: Bool, signals: [SPCSignal], variation: Variation, assurance: Assurance?) {
        self.points = points; self.mean = mean; self.mrBar = mrBar; self.upperLimit = upperLimit
        self.lowerLimit = lowerLimit; self.trial = trial; self.signals = signals
        self.variation = variation; self.assurance = assurance
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

public struct ProjectEvaluation: Hashable, Sendable {
    public var project: Project
    public var rollUp: RollUp
    /// Ordered by due date (none last), then code, then criterion id.
    public var findings: [Finding]
    /// In natural criterion id order.
    public var criteria: [CriterionEvaluation]
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

    public init(asOf: Day, settings: Settings, portfolio: RollUp, projects: [ProjectEvaluation], data: Dataset) {
        self.asOf = asOf; self.settings = settings; self.portfolio = portfolio
        self.projects = projects; self.data = data
    }

    public var inputs: [InputSummary] { data.inputs }
    public var diagnostics: [Diagnostic] { data.diagnostics }
}
