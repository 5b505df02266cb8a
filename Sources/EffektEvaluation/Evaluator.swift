import EffektModel

/// Entry point of the evaluation (SPEC §3): a pure function of data, as-of date and settings.
public enum Evaluator {
    /// The default as-of date: the latest accepted measurement date, or `today` when there is none.
    public static func defaultAsOf(_ data: Dataset, today: Day) -> Day {
        data.measurements.map(\.date).max() ?? today
    }

    public static func evaluate(_ data: Dataset, asOf: Day, settings: Settings = Settings()) -> Evaluation {
        // Placeholder until the engine lands (issue #3).
        Evaluation(asOf: asOf, settings: settings,
                   portfolio: RollUp(score: nil, expected: nil, gap: nil, status: .noData, statusCounts: [:],
                                     coverage: nil, realizedValue: nil, plannedValue: nil, trendScore: nil,
                                     scoreChange: nil, history: []),
                   projects: [], data: data)
    }
}
