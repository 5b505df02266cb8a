import EffektModel

/// A report as the history (Docs/history.md) recorded it, handed to the evaluation as a plain value so
/// the evaluation stays a pure function: the history module reads SQLite, the evaluation only
/// compares figures.
package struct RecordedReport: Hashable, Sendable {
    /// The quarter the report was recorded for (the one holding its as-of date).
    package var quarter: Quarter
    package var asOf: Day
    /// When it was recorded, ISO 8601 in UTC; orders reports of one quarter.
    package var recordedAt: String
    package var superseded: Bool
    package var portfolioScore: Double?
    /// Project id → its reported score (a nil score: listed without data).
    package var projectScores: [String: Double?]
    package var criteria: [RecordedCriterion]

    package init(quarter: Quarter, asOf: Day, recordedAt: String, superseded: Bool, portfolioScore: Double?,
                projectScores: [String: Double?], criteria: [RecordedCriterion]) {
        self.quarter = quarter; self.asOf = asOf; self.recordedAt = recordedAt; self.superseded = superseded
        self.portfolioScore = portfolioScore; self.projectScores = projectScores; self.criteria = criteria
    }
}

/// What a report held of one criterion's promise.
package struct RecordedCriterion: Hashable, Sendable {
    package var projectID: String
    package var criterionID: String
    package var baseline: Double
    package var target: Double
    package var targetDate: Day

    package init(projectID: String, criterionID: String, baseline: Double, target: Double, targetDate: Day) {
        self.projectID = projectID; self.criterionID = criterionID; self.baseline = baseline
        self.target = target; self.targetDate = targetDate
    }
}
