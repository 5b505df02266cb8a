import EffektModel

extension Evaluation {
    /// The quarter ends a comparison shows, oldest first: the last `count` (at least 1) of the
    /// score history every roll-up shares, ending with the quarter holding as-of; that quarter
    /// alone when there is no history.
    package func quartersShown(_ count: Int) -> [Quarter] {
        var quarters = portfolio.history.map(\.quarter)
        if quarters.isEmpty { quarters = projects.first?.rollUp.history.map(\.quarter) ?? [] }
        if quarters.isEmpty { quarters = [quarter] }
        return Array(quarters.suffix(max(1, count)))
    }
}

extension RollUp {
    /// The score at a quarter end of the history (nil when not in it or without a score).
    package func score(at quarter: Quarter) -> Double? {
        history.first { $0.quarter == quarter }?.score ?? nil
    }
}
