import EffektModel

/// The knobs of Docs/methodology.md, with its defaults. Overridable from the CLI and `effekt.toml`.
package struct Settings: Hashable, Sendable {
    /// Gap (expected − attainment) at or below which a criterion is on track.
    package var onTrackTolerance: Double = 0.10
    /// Gap at or below which a criterion is at risk (above: off track).
    package var atRiskTolerance: Double = 0.25
    /// Significance level of the Mann–Kendall test.
    package var alpha: Double = 0.05
    /// A criterion is stale when its latest measurement is older than this × the frequency's days.
    package var staleFactor: Double = 1.5
    /// SPC (XmR) needs at least this many points.
    package var spcMinimumPoints: Int = 12
    /// 0: each SPC segment's limits come from all its points; N (≥ spcMinimumPoints): from its
    /// first N points only, so a later change shows against the limits it started with.
    package var spcFixAfter: Int = 0
    /// A forecast reach day later than as-of + this many calendar years is `beyond_horizon`.
    package var forecastHorizonYears: Int = 10
    /// How many quarter ends back the score history (sparklines, compare) goes.
    package var historyQuarters: Int = 8
    /// The organisation named in report headers (e.g. "Aarhus Kommune"); nil leaves it out.
    package var organisation: String?

    package init() {}
}

extension Settings {
    /// A setting outside its range. The same text whether the value came from `effekt.toml` or
    /// from the command line: it names the key as the file writes it and the option that sets it.
    package struct Problem: Error, Equatable, Sendable {
        /// The key as `effekt.toml` writes it, e.g. `alpha`.
        package var key: String
        var da: String
        var en: String
        package func message(_ language: Language) -> String { language.pick(da, en) }
    }

    /// Checks every setting's range once the file and the command line have been merged, so a
    /// value is refused whichever way it came (and pairs such as the two tolerances are checked
    /// against each other whatever set them). The first problem is thrown.
    package func validate() throws(Problem) {
        // As the user wrote it: 7, not 7.0.
        func number(_ x: Double) -> String { x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : x.description }
        func problem(_ key: String, _ option: String, _ da: String, _ en: String) -> Problem {
            Problem(key: key, da: "\(key) (\(option)) \(da)", en: "\(key) (\(option)) \(en)")
        }
        if !(0...1).contains(onTrackTolerance) {
            throw problem("on_track_tolerance", "--on-track", "skal ligge mellem 0 og 1, ikke \(number(onTrackTolerance)).",
                          "must lie between 0 and 1, not \(number(onTrackTolerance)).")
        }
        if !(0...1).contains(atRiskTolerance) {
            throw problem("at_risk_tolerance", "--at-risk", "skal ligge mellem 0 og 1, ikke \(number(atRiskTolerance)).",
                          "must lie between 0 and 1, not \(number(atRiskTolerance)).")
        }
        if atRiskTolerance < onTrackTolerance {
            throw problem("at_risk_tolerance", "--at-risk",
                          "må ikke være mindre end on_track_tolerance: \(number(atRiskTolerance)) < \(number(onTrackTolerance)).",
                          "must not be below on_track_tolerance: \(number(atRiskTolerance)) < \(number(onTrackTolerance)).")
        }
        if !(alpha > 0 && alpha < 1) {
            throw problem("alpha", "--alpha", "skal ligge over 0 og under 1, fx 0.05, ikke \(number(alpha)).",
                          "must lie above 0 and below 1, e.g. 0.05, not \(number(alpha)).")
        }
        if !(staleFactor > 0) {
            throw problem("stale_factor", "--stale-factor", "skal være over 0, ikke \(number(staleFactor)).",
                          "must be above 0, not \(number(staleFactor)).")
        }
        if spcMinimumPoints < 2 {
            throw problem("spc_minimum_points", "--spc-min-points", "skal være mindst 2, ikke \(spcMinimumPoints).",
                          "must be at least 2, not \(spcMinimumPoints).")
        }
        if spcFixAfter != 0 && spcFixAfter < spcMinimumPoints {
            throw problem("spc_fix_after", "--spc-fix-after",
                          "skal være 0 (fra) eller mindst spc_minimum_points (\(spcMinimumPoints)), ikke \(spcFixAfter).",
                          "must be 0 (off) or at least spc_minimum_points (\(spcMinimumPoints)), not \(spcFixAfter).")
        }
        if forecastHorizonYears < 1 {
            throw problem("forecast_horizon_years", "--horizon-years", "skal være mindst 1, ikke \(forecastHorizonYears).",
                          "must be at least 1, not \(forecastHorizonYears).")
        }
    }
}
