import EffektModel

/// The knobs of Docs/methodology.md, with its defaults. Overridable from the CLI and `effekt.toml`.
public struct Settings: Hashable, Sendable {
    /// Gap (expected − attainment) at or below which a criterion is on track.
    public var onTrackTolerance: Double = 0.10
    /// Gap at or below which a criterion is at risk (above: off track).
    public var atRiskTolerance: Double = 0.25
    /// Significance level of the Mann–Kendall test.
    public var alpha: Double = 0.05
    /// A criterion is stale when its latest measurement is older than this × the frequency's days.
    public var staleFactor: Double = 1.5
    /// SPC (XmR) needs at least this many points.
    public var spcMinimumPoints: Int = 12
    /// A forecast reach day later than as-of + this many calendar years is `beyond_horizon`.
    public var forecastHorizonYears: Int = 10
    /// How many quarter ends back the score history (sparklines, compare) goes.
    public var historyQuarters: Int = 8
    /// The organisation named in report headers (e.g. "Aarhus Kommune"); nil leaves it out.
    public var organisation: String?

    public init() {}
}
