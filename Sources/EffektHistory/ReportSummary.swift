import EffektModel

/// The SHA-256 of one file a report was computed from.
public struct InputDigest: Hashable, Sendable {
    /// `criteria`, `measurements`, `projects`, `milestones`, `events` or `settings`.
    public var kind: String
    var file: String
    /// 64 lowercase hex digits.
    public var sha256: String

    public init(kind: String, file: String, sha256: String) {
        self.kind = kind; self.file = file; self.sha256 = sha256
    }
}

/// One stored report as `effekt history` lists it (without the evaluation itself).
public struct ReportSummary: Hashable, Sendable {
    public var id: Int64
    public var quarter: Quarter
    public var asOf: Day
    public var recordedAt: String
    public var superseded: Bool
    public var portfolioScore: Double?
    public var inputs: [InputDigest]
    /// SHA-256 of the stored evaluation JSON: equal digests, equal evaluations.
    var evaluationSHA256: String

    public init(id: Int64, quarter: Quarter, asOf: Day, recordedAt: String, superseded: Bool,
                portfolioScore: Double?, inputs: [InputDigest], evaluationSHA256: String) {
        self.id = id; self.quarter = quarter; self.asOf = asOf; self.recordedAt = recordedAt
        self.superseded = superseded; self.portfolioScore = portfolioScore; self.inputs = inputs
        self.evaluationSHA256 = evaluationSHA256
    }
}
