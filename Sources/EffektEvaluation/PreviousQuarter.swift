/// The previous quarter as today's data gives it (Docs/methodology.md §6): what the reported
/// figures and the like-for-like change are set against.
extension RollUp {
    /// The score at A′, the previous quarter's last day, recomputed now: score − score_change
    /// (nil unless both are known).
    package var previousScore: Double? {
        guard let score, let scoreChange else { return nil }
        return score - scoreChange
    }
}

extension Evaluation {
    /// The projects with a score at both A and A′: those the portfolio's like-for-like change
    /// (`score_change_comparable`) is the mean over.
    package var comparableProjectCount: Int {
        projects.reduce(0) { $0 + ($1.rollUp.score != nil && $1.rollUp.scoreChange != nil ? 1 : 0) }
    }
}
