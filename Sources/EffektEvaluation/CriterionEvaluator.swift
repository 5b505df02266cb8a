import EffektModel

/// Everything Docs/methodology.md says about one criterion at one as-of date.
enum CriterionEvaluator {
    /// `milestones`: the criterion's, best in date order (then nothing is copied). `events`: those that concern it (its own and
    /// its project's), by date.
    static func evaluate(_ c: Criterion, run: MeasurementRun, milestones: [PlannedPoint] = [],
                         events: [EvaluatedEvent] = [], asOf: Day, settings: Settings) -> CriterionEvaluation {
        let m = run.count(upTo: asOf.daysSinceEpoch)
        let latestValue: Double? = m > 0 ? run.values[m - 1] : nil
        let latestDate: Day? = m > 0 ? Day(daysSinceEpoch: run.dates[m - 1]) : nil
        let attainment = latestValue.map { CriterionAssessment.attainment(c, $0) }
        let path = PlannedPath(c, milestones: milestones)
        let plannedNow = path.value(at: asOf.daysSinceEpoch)
        let expected = CriterionAssessment.expected(c, path: path, asOf: asOf)
        let status = CriterionAssessment.status(c, attainment: attainment, expected: expected, asOf: asOf, settings: settings)

        let s = run.series(baseline: c.baseline, baselineDay: c.baselineDate.daysSinceEpoch, first: m)
        let d = CriterionAssessment.direction(c)
        let line = TheilSen.fit(t: s.t, y: s.y)
        let trend = makeTrend(t: s.t, y: s.y, line: line, d: d, settings: settings)
        let forecast = Forecasting.forecast(c, line: line, achieved: status == .achieved, asOf: asOf, settings: settings)
        let dates = s.points.map(\.date)
        let shown = events.filter { $0.date <= asOf }.map { e in
            var e = e
            e.startsSegment = SPCSegments.startsSegment(e, dates: dates)
            return e
        }
        let spc = XmR.chart(dates: dates, values: s.y, d: d, target: c.target,
                            minimumPoints: settings.spcMinimumPoints,
                            cuts: SPCSegments.cuts(dates: dates, events: events), fixAfter: settings.spcFixAfter)

        var e = CriterionEvaluation(
            criterion: c, measurements: m, latestValue: latestValue, latestDate: latestDate,
            attainment: attainment, expected: expected, gap: attainment.map { expected - $0 },
            status: status, stale: CriterionAssessment.isStale(c, latest: latestDate, asOf: asOf, settings: settings),
            dueDate: CriterionAssessment.dueDate(c, latest: latestDate),
            realizedValue: CriterionAssessment.realizedValue(c, latest: latestValue),
            plannedValue: CriterionAssessment.plannedValue(c),
            trend: trend, forecast: forecast, spc: spc, series: s.points)
        e.plannedNow = plannedNow
        e.expectedValue = CriterionAssessment.expectedValue(c, plannedNow: plannedNow)
        e.milestones = path.milestones
        e.events = shown
        return e
    }

    static func makeTrend(t: [Int], y: [Double], line: TheilSen.Line?, d: Int, settings: Settings) -> Trend {
        let n = t.count
        var trend = Trend(points: n, slopePerDay: line?.slope, intercept: line?.intercept, classification: .insufficientData)
        guard let mk = MannKendall.test(t: t, y: y) else { return trend }
        trend.s = Double(mk.s); trend.varS = mk.varS; trend.z = mk.z; trend.pValue = mk.p; trend.tau = mk.tau
        trend.score = mk.tau * Double(d)
        if n < 4 { trend.classification = .insufficientData }
        else if mk.p < settings.alpha && mk.s * d > 0 { trend.classification = .improving }
        else if mk.p < settings.alpha && mk.s * d < 0 { trend.classification = .worsening }
        else { trend.classification = .noTrend }
        return trend
    }

    /// clamp(attainment, 0, 1) from the measurements dated ≤ `day`, or nil without any: what a
    /// score at an earlier quarter end needs, without the trend work.
    static func clampedAttainment(_ c: Criterion, run: MeasurementRun, upTo day: Int) -> Double? {
        let m = run.count(upTo: day)
        guard m > 0 else { return nil }
        return min(max(CriterionAssessment.attainment(c, run.values[m - 1]), 0), 1)
    }
}
