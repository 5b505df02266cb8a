import Testing
import EffektModel
import EffektEvaluation
import EffektText
@testable import EffektHTML

private func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

/// A criterion from 0 (2025-01-01) to 100 (2026-01-01) with one measurement of 40 on 2025-07-02.
private func criterion(milestones: [PlannedPoint] = [], spc: SPC? = nil, series extra: [SeriesPoint] = []) -> CriterionEvaluation {
    let k = Criterion(projectID: "P1", id: "K1", name: "Andel digitale ansøgninger", unit: "%", direction: .increase,
                      baseline: 0, baselineDate: day("2025-01-01"), target: 100, targetDate: day("2026-01-01"), line: 2)
    var series = [SeriesPoint(date: day("2025-01-01"), value: 0, isBaseline: true),
                  SeriesPoint(date: day("2025-07-02"), value: 40, isBaseline: false)]
    series += extra
    var c = CriterionEvaluation(criterion: k, measurements: series.count - 1, latestValue: series.last?.value,
                                latestDate: series.last?.date, attainment: 0.4, expected: 0.5, gap: 0.1, status: .onTrack,
                                stale: false, dueDate: day("2025-10-02"), realizedValue: nil, plannedValue: nil,
                                trend: Trend(points: 2, classification: .insufficientData),
                                forecast: Forecast(state: .insufficientData), spc: spc, series: series)
    c.milestones = milestones
    return c
}

@Suite struct GeometryTests {
    @Test func coordinatesHaveOneDecimalWithoutLocale() {
        #expect(SVG.n(12.34) == "12.3")
        #expect(SVG.n(12.35) == "12.4")
        #expect(SVG.n(-0.05) == "-0.1")
        #expect(SVG.n(3.0) == "3")
        #expect(SVG.n(-7.96) == "-8")
        #expect(SVG.n(.infinity) == "0")
    }

    @Test func niceTicks() {
        #expect(Ticks.nice(0, 100, count: 4) == [0, 50, 100])
        #expect(Ticks.nice(-10, 110, count: 4) == [0, 50, 100])
        #expect(Ticks.nice(91, 97.6, count: 4) == [92, 94, 96])
    }

    /// x: 2025-01-01 … 2026-01-01 (365 days) onto 56 … 552; y: 0 … 100 plus a tenth of air
    /// (−10 … 110) onto 214 … 16. Hand arithmetic:
    /// x(2025-07-02) = 56 + 182/365·496 = 303.32;  y(40) = 214 − 50/120·198 = 131.5;
    /// y(100) = 214 − 110/120·198 = 32.5;  y(0) = 214 − 10/120·198 = 197.5;
    /// milestone 2025-04-01 (day 90): x = 56 + 90/365·496 = 178.30, y(50) = 214 − 60/120·198 = 115.
    @Test func criterionChartPlacesPointsAndLines() {
        let w = Wording(language: .da)
        let chart = CriterionChart(criterion(milestones: [PlannedPoint(date: day("2025-04-01"), value: 50)]),
                                   goLive: nil, asOf: day("2025-07-02"), id: "c", w: w)
        let svg = chart.svg
        #expect(svg.contains("<circle cx=\"303.3\" cy=\"131.5\" r=\"3\" class=\"pt\"/>"))
        #expect(svg.contains("<circle cx=\"56\" cy=\"197.5\" r=\"3\" class=\"pt base\"/>"))
        #expect(svg.contains("<line x1=\"56\" y1=\"32.5\" x2=\"552\" y2=\"32.5\" class=\"target\"/>"))
        #expect(svg.contains("<line x1=\"56\" y1=\"197.5\" x2=\"552\" y2=\"197.5\" class=\"baseline\"/>"))
        #expect(svg.contains("<polyline class=\"plan\" points=\"56,197.5 178.3,115 552,32.5\"/>"))
        #expect(svg.contains("<polyline class=\"series\" points=\"56,197.5 303.3,131.5\"/>"))
        #expect(svg.contains("<line x1=\"303.3\" y1=\"16\" x2=\"303.3\" y2=\"214\" class=\"asof\"/>"))
        #expect(svg.contains("<title id=\"c-t\">K1 Andel digitale ansøgninger</title>"))
        #expect(svg.contains("mål 100 % (01-01-2026)"))
        #expect(svg.contains("delmål 50 % (01-04-2025)"))
    }

    /// Two segments: the mean and limits of each span only its own dates, with a gap between.
    /// Values 40, 60 (segment 1 = S[0…2]) and 80, 90 (segment 2 = S[3…4]); y domain 0…100 as above.
    @Test func spcSegmentsBreakAtTheRecalculation() {
        let extra = [SeriesPoint(date: day("2025-08-01"), value: 60, isBaseline: false),
                     SeriesPoint(date: day("2025-09-01"), value: 80, isBaseline: false),
                     SeriesPoint(date: day("2025-10-01"), value: 90, isBaseline: false)]
        let segments = [SPCSegment(startIndex: 0, startDate: day("2025-01-01"), points: 3, charted: true, mean: 50,
                                   mrBar: 10, upperLimit: 70, lowerLimit: 30),
                        SPCSegment(startIndex: 3, startDate: day("2025-09-01"), points: 2, charted: true, mean: 85,
                                   mrBar: 10, upperLimit: 95, lowerLimit: 75, reason: "Ny arbejdsgang")]
        let spc = SPC(points: 5, mean: 54, mrBar: 20, upperLimit: 100, lowerLimit: 0, trial: true, signals: [],
                      variation: .commonCause, assurance: nil, segments: segments)
        let chart = CriterionChart(criterion(spc: spc, series: extra), goLive: nil, asOf: day("2025-10-01"), id: "c",
                                   w: Wording(language: .da))
        let svg = chart.svg
        // x(2025-08-01, day 212) = 56 + 212/365·496 = 344.09; x(2025-09-01, day 243) = 386.21;
        // x(2025-10-01, day 273) = 426.98.  y(50) = 214 − 60/120·198 = 115; y(85) = 214 − 95/120·198 = 57.25.
        #expect(svg.contains("<line x1=\"56\" y1=\"115\" x2=\"344.1\" y2=\"115\" class=\"spc-mean\"/>"))
        #expect(svg.contains("<line x1=\"386.2\" y1=\"57.3\" x2=\"427\" y2=\"57.3\" class=\"spc-mean\"/>"))
        #expect(svg.components(separatedBy: "class=\"spc-limit\"").count - 1 == 4)
        // Segment 1's band: limits 70 and 30 → y = 214 − 80/120·198 = 82 and 214 − 40/120·198 = 148,
        // from x 56 to 344.09 (width 288.09), height 66.
        #expect(svg.contains("<rect class=\"spc-band\" x=\"56\" y=\"82\" width=\"288.1\" height=\"66\"/>"))
        #expect(!svg.contains("y1=\"125.6\"")) // the overall limits (mean 54) are not drawn when segments exist
    }

    @Test func eventsAndGoLiveAreMarked() {
        var c = criterion()
        c.events = [EvaluatedEvent(date: day("2025-04-01"), criterionID: nil, text: "Ny <b>proces</b>", recalculate: true)]
        let svg = CriterionChart(c, goLive: day("2025-04-01"), asOf: day("2025-07-02"), id: "c", w: Wording(language: .da)).svg
        // x(2025-04-01) = 56 + 90/365·496 = 178.30 → 178.3, from the top (16) to the axis (214).
        #expect(svg.contains("<line x1=\"178.3\" y1=\"16\" x2=\"178.3\" y2=\"214\" class=\"golive\"/>"))
        #expect(svg.contains("<line x1=\"178.3\" y1=\"16\" x2=\"178.3\" y2=\"214\" class=\"event recalc\"/>"))
        #expect(svg.contains(">1</text>"))
    }

    /// Sparkline: 84 × 20, 2 px inset: point i of n at x = 2 + i/(n−1)·80, y = 2 + (1 − score)·16.
    @Test func sparklineAndBars() {
        #expect(Sparkline.point(2, of: 5, score: 0.5) == (42, 10))
        #expect(Sparkline.point(0, of: 1, score: 1.4) == (42, 2))
        let svg = Sparkline.svg([0.25, nil, 0.5, 0.75])
        // The missing second quarter breaks the line: only 0.5 → 0.75 is drawn (x 55.3, 82; y 10, 6).
        #expect(svg.contains("<polyline class=\"spark-line\" points=\"55.3,10 82,6\"/>"))
        #expect(ScoreBar.svg(score: 0.64, expected: 0.9, status: .offTrack).contains("width=\"64\""))
        #expect(ScoreBar.svg(score: 0.64, expected: 0.9, status: .offTrack).contains("x1=\"90\""))
        // Score chart: 0 % at x = 250, 100 % at 640 − 110 = 530; 50 % at 390.
        #expect(ScoreExpectedChart.x(0.5) == 390)
        #expect(ScoreExpectedChart.x(1.7) == 530)
        // Quarter chart: 4 points over 48 … 600; i = 1 at 48 + 552/3 = 232; 75 % at 20 + 0.25·152 = 58.
        #expect(QuarterScoreChart.point(1, of: 4, score: 0.75) == (232, 58))
    }
}

@Suite struct TimeAxisTests {
    /// A target date in 9999 (accepted by the import) gives round-year ticks, not one per year.
    @Test func farTargetDateGivesFewYearTicks() {
        let k = Criterion(projectID: "P1", id: "K1", name: "Sagsbehandlingstid", direction: .decrease, baseline: 40,
                          baselineDate: Day(iso: "2025-01-01") ?? Day(daysSinceEpoch: 0), target: 30,
                          targetDate: Day(iso: "9999-12-31") ?? Day(daysSinceEpoch: 0), line: 2)
        let c = CriterionEvaluation(criterion: k, measurements: 0, latestValue: nil, latestDate: nil, attainment: nil,
                                    expected: 0, gap: nil, status: .noData, stale: false, dueDate: k.baselineDate,
                                    realizedValue: nil, plannedValue: nil, trend: Trend(points: 0, classification: .insufficientData),
                                    forecast: Forecast(state: .insufficientData), spc: nil,
                                    series: [SeriesPoint(date: k.baselineDate, value: 40, isBaseline: true)])
        let chart = CriterionChart(c, goLive: nil, asOf: Day(iso: "2026-09-30") ?? Day(daysSinceEpoch: 0), id: "c",
                                   w: Wording(language: .da))
        // Years 2025 … 9999 asked in about seven steps: (9999 − 2025)/7 ≈ 1,139; the first of 1, 2, 5 × 1,000
        // at least that is 2,000, so 4000, 6000, 8000.
        #expect(chart.timeTicks().map(\.1) == ["4000", "6000", "8000"])
        #expect(chart.svg.utf8.count < 5_000)
    }
}

extension TimeAxisTests {
    /// Three years: one tick per 1 January, each once.
    @Test func shortSpansTickEveryYear() {
        let k = Criterion(projectID: "P1", id: "K1", name: "Oppetid", direction: .atLeast, baseline: 98,
                          baselineDate: Day(iso: "2024-03-01") ?? Day(daysSinceEpoch: 0), target: 99,
                          targetDate: Day(iso: "2026-12-31") ?? Day(daysSinceEpoch: 0), line: 2)
        let c = CriterionEvaluation(criterion: k, measurements: 0, latestValue: nil, latestDate: nil, attainment: nil,
                                    expected: 1, gap: nil, status: .noData, stale: false, dueDate: k.baselineDate,
                                    realizedValue: nil, plannedValue: nil, trend: Trend(points: 0, classification: .insufficientData),
                                    forecast: Forecast(state: .insufficientData), spc: nil, series: [])
        let chart = CriterionChart(c, goLive: nil, asOf: Day(iso: "2026-09-30") ?? Day(daysSinceEpoch: 0), id: "c",
                                   w: Wording(language: .da))
        #expect(chart.timeTicks().map(\.1) == ["2025", "2026"])
    }
}
