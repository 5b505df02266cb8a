import EffektModel

/// A group of projects rolled up like the portfolio (Docs/methodology.md §6, "Grupper"): at each
/// quarter end the plain mean of the members' scores there; the change is that mean now minus
/// the mean at the previous quarter end; the trend score the mean of the members' trend scores;
/// kroner add up (percentages do not), so realisation is Σ realised ÷ Σ planned.
public struct GroupTotal: Hashable, Sendable {
    /// Score at each of the quarters asked for, in their order.
    public var scores: [Double?]
    public var scoreChange: Double?
    public var trendScore: Double?
    public var realizedValue: Double?
    public var plannedValue: Double?

    public var realisation: Double? { Realisation.ratio(realized: realizedValue, planned: plannedValue) }

    /// The members' total at `quarters`; the change is measured at the last of them.
    public init(_ members: [ProjectEvaluation], quarters: [Quarter]) {
        func mean(_ values: [Double?]) -> Double? {
            let xs = values.compactMap { $0 }
            return xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
        }
        func score(at q: Quarter) -> Double? { mean(members.map { $0.rollUp.score(at: q) }) }
        scores = quarters.map(score(at:))
        if let q = quarters.last, let now = score(at: q), let before = score(at: q.previous) {
            scoreChange = now - before
        } else {
            scoreChange = nil
        }
        trendScore = mean(members.map(\.rollUp.trendScore))
        let realized = members.compactMap(\.rollUp.realizedValue)
        let planned = members.compactMap(\.rollUp.plannedValue)
        realizedValue = realized.isEmpty ? nil : realized.reduce(0, +)
        plannedValue = planned.isEmpty ? nil : planned.reduce(0, +)
    }
}
