import EffektModel
import EffektEvaluation
import EffektText
import Foundation

/// Everything one record stores, prepared before the write transaction opens so the file is
/// locked only for the inserts.
package struct ReportDraft: Sendable {
    package var quarter: Quarter
    package var asOf: Day
    var settingsJSON: String
    package var portfolioScore: Double?
    /// Writes `effekt evaluate --compact`'s bytes to the sink, a chunk at a time: `record` streams
    /// them into the file inside its transaction instead of holding a national document (140 MB)
    /// in memory several times over (buffer, SQLite's bound copy, its record).
    var writeEvaluation: @Sendable (_ sink: (UnsafeRawBufferPointer) -> Void) -> Void
    /// In natural project id order, as in the evaluation.
    package var projectScores: [(id: String, score: Double?)]
    package var criteria: [RecordedCriterion]
    package var inputs: [InputDigest]

    package init(evaluation: Evaluation, inputs: [InputDigest]) {
        quarter = evaluation.quarter
        asOf = evaluation.asOf
        settingsJSON = Self.settingsJSON(evaluation.settings)
        portfolioScore = evaluation.portfolio.score
        writeEvaluation = { sink in EvaluationJSON.write(evaluation, compact: true, chunk: sink) }
        projectScores = evaluation.projects.map { ($0.project.id, $0.rollUp.score) }
        criteria = evaluation.projects.flatMap { project in
            project.criteria.map {
                RecordedCriterion(projectID: $0.criterion.projectID, criterionID: $0.criterion.id,
                                  baseline: $0.criterion.baseline, target: $0.criterion.target,
                                  targetDate: $0.criterion.targetDate)
            }
        }
        self.inputs = inputs
    }

    /// The settings the report was computed with, as one line of JSON with sorted keys (the
    /// evaluation blob holds them too; this copy can be read without parsing the blob).
    static func settingsJSON(_ s: Settings) -> String {
        let mirror = SettingsRecord(on_track_tolerance: s.onTrackTolerance, at_risk_tolerance: s.atRiskTolerance,
                                    alpha: s.alpha, stale_factor: s.staleFactor,
                                    spc_minimum_points: s.spcMinimumPoints,
                                    forecast_horizon_years: s.forecastHorizonYears,
                                    history_quarters: s.historyQuarters, organisation: s.organisation)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(mirror)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

private struct SettingsRecord: Encodable {
    var on_track_tolerance: Double
    var at_risk_tolerance: Double
    var alpha: Double
    var stale_factor: Double
    var spc_minimum_points: Int
    var forecast_horizon_years: Int
    var history_quarters: Int
    var organisation: String?
}

extension ReportDraft {
    /// A draft from its parts (tests build small histories without an evaluation).
    init(quarter: Quarter, asOf: Day, portfolioScore: Double?, evaluationJSON: [UInt8],
         projectScores: [(id: String, score: Double?)], criteria: [RecordedCriterion], inputs: [InputDigest] = []) {
        self.quarter = quarter; self.asOf = asOf; self.settingsJSON = "{}"; self.portfolioScore = portfolioScore
        self.writeEvaluation = { sink in evaluationJSON.withUnsafeBytes { sink($0) } }
        self.projectScores = projectScores; self.criteria = criteria; self.inputs = inputs
    }
}
