/// The realisation ratio (realiseringsgrad): realised benefit over planned, Σ kroner ÷ Σ kroner
/// (Docs/methodology.md §6). Nil without both figures or when the plan is not positive: a share
/// of a zero or negative plan says nothing (planned value is |g − b| · value_per_unit, negative
/// only with a negative value per unit).
package enum Realisation {
    package static func ratio(realized: Double?, planned: Double?) -> Double? {
        guard let realized, let planned, planned > 0 else { return nil }
        return realized / planned
    }
}

extension RollUp {
    /// Realised over planned benefit for this project or the portfolio.
    package var realisation: Double? { Realisation.ratio(realized: realizedValue, planned: plannedValue) }
}
