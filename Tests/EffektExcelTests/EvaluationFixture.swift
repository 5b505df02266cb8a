import EffektModel
import EffektEvaluation

/// A small, realistic evaluation built directly in code (the engine is written elsewhere): three
/// projects — one healthy, one with hostile text (a formula-looking name, control characters),
/// one without criteria — with series, findings, history, inputs and diagnostics.
enum Fixture {
    static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }
    static func q(_ y: Int, _ n: Int) -> Quarter { Quarter(year: y, number: n) ?? Quarter(containing: day("2026-01-01")) }

    static let asOf = day("2026-09-30")
    static let evilName = "=HYPERLINK(\"http://example.invalid\",\"klik\")"

    static func counts(_ pairs: [Status: Int]) -> [Status: Int] {
        var all: [Status: Int] = [:]
        for s in Status.allCases { all[s] = pairs[s] ?? 0 }
        return all
    }

    static func history(_ scores: [Double?]) -> [QuarterScore] {
        // Eight quarter ends ending with 2026Q3 (the as-of quarter).
        let quarters = [q(2024, 4), q(2025, 1), q(2025, 2), q(2025, 3), q(2025, 4), q(2026, 1), q(2026, 2), q(2026, 3)]
        return zip(quarters, scores).map { QuarterScore(quarter: $0, score: $1) }
    }

    static func criterion(project: String, id: String, name: String, category: Category = .benefit, unit: String?,
                          direction: Direction, baseline: Double, target: Double, owner: String?,
                          valuePerUnit: Double? = nil, weight: Double = 1) -> Criterion {
        Criterion(projectID: project, id: id, name: name, category: category, unit: unit, direction: direction,
                  baseline: baseline, baselineDate: day("2025-01-01"), target: target, targetDate: day("2027-12-31"),
                  owner: owner, frequency: .quarterly, weight: weight, valuePerUnit: valuePerUnit, line: 2)
    }

    static func evaluate(_ c: Criterion, _ points: [(String, Double)], status: Status, attainment: Double?,
                         stale: Bool = false, spc: SPC? = nil, trend: TrendClassification = .noTrend,
                         forecast: ForecastState = .projected) -> CriterionEvaluation {
        let series = [SeriesPoint(date: c.baselineDate, value: c.baseline, isBaseline: true)]
            + points.map { SeriesPoint(date: day($0.0), value: $0.1, isBaseline: false) }
        let latest = points.last
        let expected = 0.4
        return CriterionEvaluation(
            criterion: c, measurements: points.count, latestValue: latest?.1, latestDate: latest.map { day($0.0) },
            attainment: attainment, expected: expected, gap: attainment.map { expected - $0 }, status: status,
            stale: stale, dueDate: (latest.map { day($0.0) } ?? c.baselineDate).adding(days: 92),
            realizedValue: c.valuePerUnit.flatMap { v in latest.map { ($0.1 - c.baseline) * (c.direction == .decrease ? -1 : 1) * v } },
            plannedValue: c.valuePerUnit.map { abs(c.target - c.baseline) * $0 },
            trend: Trend(points: series.count, slopePerDay: 0.0123, intercept: 40.5, s: 5, varS: 8.67, z: 1.36,
                         pValue: 0.1742, tau: 0.6667, classification: trend, score: 0.6667),
            forecast: Forecast(valueAtTargetDate: 81.2, attainmentAtTargetDate: 1.03,
                               reachDate: forecast == .projected ? day("2027-11-15") : nil, state: forecast, onCourse: true),
            spc: spc, series: series)
    }

    static func make(measurementCount extra: Int = 0) -> Evaluation {
        let k1 = criterion(project: "P1", id: "K1", name: "Andel digitale henvendelser", unit: "%", direction: .increase,
                           baseline: 40, target: 80, owner: "Mette Hansen")
        let k2 = criterion(project: "P1", id: "K2", name: "Sagsbehandlingstid", category: .solution, unit: "dage", direction: .decrease,
                           baseline: 30, target: 10, owner: nil, valuePerUnit: 5000)
        let k10 = criterion(project: "P2", id: "K10", name: "Robot\u{07}ter i drift\tpr. uge", category: .competencies, unit: "antal",
                            direction: .increase, baseline: 0, target: 12, owner: "Ole Berg")
        let criteria = [k1, k2, k10]

        let p1Points: [(String, Double)] = [("2025-03-31", 44), ("2025-06-30", 49), ("2025-09-30", 52), ("2025-12-31", 55),
                                            ("2026-03-31", 58), ("2026-06-30", 60), ("2026-09-30", 63)]
        let spc = SPC(points: 8, mean: 52.6, mrBar: 3.3, upperLimit: 61.4, lowerLimit: 43.8, trial: true,
                      signals: [SPCSignal(rule: .trend, index: 7, date: day("2026-09-30"), side: .high)],
                      variation: .improvement, assurance: .fail)
        let e1 = evaluate(k1, p1Points, status: .onTrack, attainment: 0.575, spc: spc, trend: .improving)
        let e2 = evaluate(k2, [("2025-06-30", 28), ("2025-12-31", 26)], status: .offTrack, attainment: 0.2, stale: true,
                          trend: .insufficientData, forecast: .insufficientData)
        let e3 = evaluate(k10, [("2026-06-30", 3)], status: .atRisk, attainment: 0.25, trend: .insufficientData, forecast: .insufficientData)

        let p1 = ProjectEvaluation(
            project: Project(id: "P1", name: "Digital post til borgere", owner: "Mette Hansen", area: "Borgerservice", phase: .execution),
            rollUp: RollUp(score: 0.3875, expected: 0.4, gap: 0.0125, status: .onTrack,
                           statusCounts: counts([.onTrack: 1, .offTrack: 1]), coverage: 0.5, realizedValue: 20_000,
                           plannedValue: 100_000, trendScore: 0.6667, scoreChange: 0.031,
                           history: history([nil, 0.05, 0.12, 0.18, 0.22, 0.28, 0.356, 0.3875])),
            findings: [
                Finding(code: .overdueMeasurement, category: nil, criterionID: "K2", owner: nil, dueDate: day("2026-04-01")),
                Finding(code: .noOwner, category: nil, criterionID: "K2", owner: nil, dueDate: nil),
                Finding(code: .missingFollowUp, category: .competencies, criterionID: nil, owner: "Mette Hansen", dueDate: nil),
            ],
            criteria: [e1, e2])
        let p2 = ProjectEvaluation(
            project: Project(id: "P2", name: evilName, owner: "Ole Berg", area: "Social\u{1B}[31m og sundhed", phase: .planning),
            rollUp: RollUp(score: 0.25, expected: 0.4, gap: 0.15, status: .atRisk, statusCounts: counts([.atRisk: 1]),
                           coverage: 1, realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: nil,
                           history: history([nil, nil, nil, nil, nil, nil, 0.25, 0.25])),
            findings: [Finding(code: .missingFollowUp, category: .benefit, criterionID: nil, owner: "Ole Berg", dueDate: nil)],
            criteria: [e3])
        let p3 = ProjectEvaluation(
            project: Project(id: "P3", name: "Ny hjemmeside", owner: nil, area: nil, phase: .preAnalysis),
            rollUp: RollUp(score: nil, expected: nil, gap: nil, status: .noData, statusCounts: counts([:]), coverage: nil,
                           realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: nil,
                           history: history([nil, nil, nil, nil, nil, nil, nil, nil])),
            findings: [], criteria: [])

        var measurements: [Measurement] = []
        var line = 2
        for (i, pts) in [p1Points, [("2025-06-30", 28.0), ("2025-12-31", 26.0)], [("2026-06-30", 3.0)]].enumerated() {
            for p in pts {
                measurements.append(Measurement(criterion: i, date: day(p.0), value: p.1, note: i == 2 ? "første robot\u{0}" : nil, line: line))
                line += 1
            }
        }
        for k in 0..<extra {
            measurements.append(Measurement(criterion: k % 3, date: day("2026-01-01").adding(days: k % 200), value: Double(k), line: line))
            line += 1
        }
        let inputs = [
            InputSummary(file: "kriterier.csv", kind: .criteria, encoding: "utf-8-bom", delimiter: ";", decimal: ",", rows: 4, accepted: 3, rejected: 1),
            InputSummary(file: "maalinger.csv", kind: .measurements, encoding: "windows-1252", delimiter: "\t", decimal: ",",
                         rows: measurements.count + 1, accepted: measurements.count, rejected: 1),
            InputSummary(file: "projekter.csv", kind: .projects, encoding: "utf-8", delimiter: ";", decimal: ",", rows: 3, accepted: 3, rejected: 0),
        ]
        let diagnostics = [
            Diagnostic(severity: .error, file: "kriterier.csv", line: 5, column: "target", code: .badNumber, message: "Målværdien \"85 pct.\" er ikke et tal"),
            Diagnostic(severity: .error, file: "maalinger.csv", line: 14, column: "date", code: .badDate, message: "Datoen \"31-02-2026\" findes ikke"),
            Diagnostic(severity: .warning, file: "maalinger.csv", line: nil, column: nil, code: .controlCharacter, message: "Filen indeholder kontroltegn"),
        ]
        var settings = Settings()
        settings.organisation = "Aarhus Kommune"
        let data = Dataset(projects: [p1.project, p2.project, p3.project], criteria: criteria, measurements: measurements,
                           inputs: inputs, diagnostics: diagnostics, hasProjectsFile: true)
        let portfolio = RollUp(score: 0.31875, expected: 0.4, gap: 0.08125, status: .onTrack,
                               statusCounts: counts([.onTrack: 1, .atRisk: 1, .noData: 1]), coverage: 0.6667,
                               realizedValue: 20_000, plannedValue: 100_000, trendScore: 0.6667, scoreChange: 0.02,
                               history: history([nil, 0.05, 0.12, 0.18, 0.22, 0.28, 0.303, 0.31875]))
        return Evaluation(asOf: asOf, settings: settings, portfolio: portfolio, projects: [p1, p2, p3], data: data)
    }
}
