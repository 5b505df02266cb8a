import EffektModel

/// The forecast from the Theil–Sen line (Docs/methodology.md).
enum Forecasting {
    /// Reach days within this many days of a whole day count as that day (rounding in t*).
    static let wholeDayTolerance = 1e-6

    static func forecast(_ c: Criterion, line: TheilSen.Line?, achieved: Bool, asOf: Day, settings: Settings) -> Forecast {
        let d = Double(CriterionAssessment.direction(c))
        var result = Forecast(state: .insufficientData)
        if let line {
            let value = line.intercept + line.slope * Double(c.targetDate.daysSinceEpoch)
            let attainment = CriterionAssessment.attainment(c, value)
            result.valueAtTargetDate = value
            result.attainmentAtTargetDate = attainment
            result.onCourse = attainment >= 1
        }
        if achieved { result.state = .reached; return result }
        guard let line else { return result }
        if line.slope * d <= 0 { result.state = .notReaching; return result }
        let tStar = (c.target - line.intercept) / line.slope
        let nearest = tStar.rounded()
        let reach = abs(tStar - nearest) <= wholeDayTolerance ? nearest : tStar.rounded(.up)
        let horizon = asOf.adding(years: settings.forecastHorizonYears)
        // Compared as numbers first: a nearly flat line can put t* beyond any representable day.
        guard reach.isFinite, reach <= Double(horizon.daysSinceEpoch) else {
            result.state = .beyondHorizon; return result
        }
        // A reach day far in the past (a line that passed g long ago) is kept within Day's range.
        let day = Int(max(reach, -100_000_000))
        result.state = .projected
        result.reachDate = Day(daysSinceEpoch: day)
        return result
    }
}
