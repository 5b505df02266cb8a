import EffektModel

/// A group of projects rolled up like the portfolio (Docs/methodology.md §6, "Grupper"): at each
/// quarter end the plain mean of the members' scores there; the change is that mean now minus
/// the mean at the previous quarter end; the trend score the mean of the members' trend scores;
/// kroner add up (percentages do not), so realisation is Σ realised ÷ Σ planned. Like for like, as
/// the portfolio's: the mean change over the members with a score at both quarter ends, and how
/// many members have a score now but had none at the previous end.
package struct GroupTotal: Hashable, Sendable {
    /// Score at each of the quarters asked for, in their order.
    package var scores: [Double?]
    package var scoreChange: Double?
    package var trendScore: Double?
    package var realizedValue: Double?
    package var plannedValue: Double?
    /// Σ of the members' benefit planned by as-of.
    package var expectedValue: Double?
    package var scoreChangeComparable: Double?
    /// Members with a score at both quarter ends, and members with a score now but none before.
    package var comparableMembers = 0
    package var entered = 0

    package var realisation: Double? { Realisation.ratio(realized: realizedValue, planned: plannedValue) }

    /// The members' total at `quarters`; the change is measured at the last of them.
    package init(_ members: [ProjectEvaluation], quarters: [Quarter]) {
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
        var changes: [Double?] = []
        if let q = quarters.last {
            for member in members {
                guard let now = member.rollUp.score(at: q) else { continue }
                if let before = member.rollUp.score(at: q.previous) { changes.append(now - before) } else { entered += 1 }
            }
        }
        comparableMembers = changes.count
        scoreChangeComparable = mean(changes)
        trendScore = mean(members.map(\.rollUp.trendScore))
        let realized = members.compactMap(\.rollUp.realizedValue)
        let planned = members.compactMap(\.rollUp.plannedValue)
        realizedValue = realized.isEmpty ? nil : realized.reduce(0, +)
        plannedValue = planned.isEmpty ? nil : planned.reduce(0, +)
        expectedValue = RollUps.sum(members.map(\.rollUp.expectedValue))
    }
}
