import EffektModel

/// A report as the history (Docs/history.md) recorded it, handed to the evaluation as a plain value so
/// the evaluation stays a pure function: the history module reads SQLite, the evaluation only
/// compares figures.
public struct RecordedReport: Hashable, Sendable {
    /// The quarter the report was recorded for (the one holding its as-of date).
    public var quarter: Quarter
    public var asOf: Day
    /// When it was recorded, ISO 8601 in UTC; orders reports of one quarter.
    public var recordedAt: String
    public var superseded: Bool
    public var portfolioScore: Double?
    /// Project id → its reported score (a nil score: listed without data).
    public var projectScores: [String: Double?]
    public var criteria: [RecordedCriterion]

    public init(quarter: Quarter, asOf: Day, recordedAt: String, superseded: Bool, portfolioScore: Double?,
                projectScores: [String: Double?], criteria: [RecordedCriterion]) {
        self.quarter = quarter; self.asOf = asOf; self.recordedAt = recordedAt; self.superseded = superseded
        self.portfolioScore = portfolioScore; self.projectScores = projectScores; self.criteria = criteria
    }
}

/// What a report held of one criterion's promise.
public struct RecordedCriterion: Hashable, Sendable {
    public var projectID: String
    public var criterionID: String
    public var baseline: Double
    public var target: Double
    public var targetDate: Day

    public init(projectID: String, criterionID: String, baseline: Double, target: Double, targetDate: Day) {
        self.projectID = projectID; self.criterionID = criterionID; self.baseline = baseline
        self.target = target; self.targetDate = targetDate
    }
}
