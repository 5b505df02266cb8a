import EffektModel

/// The SHA-256 of one file a report was computed from.
package struct InputDigest: Hashable, Sendable {
    /// `criteria`, `measurements`, `projects`, `milestones`, `events` or `settings`.
    package var kind: String
    var file: String
    /// 64 lowercase hex digits.
    package var sha256: String

    package init(kind: String, file: String, sha256: String) {
        self.kind = kind; self.file = file; self.sha256 = sha256
    }
}

/// One stored report as `effekt history` lists it (without the evaluation itself).
package struct ReportSummary: Hashable, Sendable {
    package var id: Int64
    package var quarter: Quarter
    package var asOf: Day
    package var recordedAt: String
    package var superseded: Bool
    package var portfolioScore: Double?
    package var inputs: [InputDigest]
    /// SHA-256 of the stored evaluation JSON: equal digests, equal evaluations.
    var evaluationSHA256: String

    package init(id: Int64, quarter: Quarter, asOf: Day, recordedAt: String, superseded: Bool,
                portfolioScore: Double?, inputs: [InputDigest], evaluationSHA256: String) {
        self.id = id; self.quarter = quarter; self.asOf = asOf; self.recordedAt = recordedAt
        self.superseded = superseded; self.portfolioScore = portfolioScore; self.inputs = inputs
        self.evaluationSHA256 = evaluationSHA256
    }
}
