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
        // Hand-made SPC (the figures are for rendering, not consistent with the method at 8 points): two
        // charted segments, the second started by a recalculating event on 2025-12-31 (index 4).
        // Index 3 is flagged low by outside_limits (a concern: K1 increases); index 7 by trend and
        // by shift, read as trend (the earlier rule), high: an improvement.
        let spc = SPC(points: 4, mean: 59, mrBar: 2.67, upperLimit: 66.1, lowerLimit: 51.9, trial: true,
                      signals: [SPCSignal(rule: .outsideLimits, index: 3, date: day("2025-09-30"), side: .low),
                                SPCSignal(rule: .trend, index: 7, date: day("2026-09-30"), side: .high),
                                SPCSignal(rule: .shift, index: 7, date: day("2026-09-30"), side: .high)],
                      variation: .improvement, assurance: .fail,
                      segments: [SPCSegment(startIndex: 0, startDate: day("2025-01-01"), points: 4, charted: true, mean: 46.25,
                                            mrBar: 4, upperLimit: 56.89, lowerLimit: 35.61),
                                 SPCSegment(startIndex: 4, startDate: day("2025-12-31"), points: 4, charted: true, mean: 59,
                                            mrBar: 2.67, upperLimit: 66.1, lowerLimit: 51.9, reason: "Ny arbejdsgang")])
        var e1 = evaluate(k1, p1Points, status: .onTrack, attainment: 0.575, spc: spc, trend: .improving)
        // Planned path 40 (2025-01-01) → 50 (2025-12-31) → 70 (2026-12-31) → 80 (2027-12-31).
        // P(2026-09-30) = 50 + 20 · 273/365 = 64.9589…
        e1.milestones = [PlannedPoint(date: day("2025-12-31"), value: 50), PlannedPoint(date: day("2026-12-31"), value: 70)]
        e1.plannedNow = 50 + 20.0 * 273 / 365
        e1.events = [
            EvaluatedEvent(date: day("2025-12-31"), criterionID: "K1", text: "Ny arbejdsgang", recalculate: true, startsSegment: true),
            EvaluatedEvent(date: day("2026-05-01"), criterionID: nil, text: "=Kampagne for borgere", recalculate: false),
            EvaluatedEvent(date: day("2026-09-30"), criterionID: "K1", text: "Ny version\tmed fejl", recalculate: true, startsSegment: false),
        ]
        var e2 = evaluate(k2, [("2025-06-30", 28), ("2025-12-31", 26)], status: .offTrack, attainment: 0.2, stale: true,
                          trend: .insufficientData, forecast: .insufficientData)
        // Straight plan, expected 0.4: P(A) = 30 − 0.4 · 20 = 22; expected value (22 − 30) · (−1) · 5000 = 40,000.
        e2.plannedNow = 22
        e2.expectedValue = 40_000
        var e3 = evaluate(k10, [("2026-06-30", 3)], status: .atRisk, attainment: 0.25, trend: .insufficientData, forecast: .insufficientData)
        e3.plannedNow = 4.8

        var p1 = ProjectEvaluation(
            project: Project(id: "P1", name: "Digital post til borgere", owner: "Mette Hansen", area: "Borgerservice", phase: .execution,
                             goLive: day("2025-09-01")),
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
        // P1's benefit profile is K2's (5000 kr. per day, 30 → 10 over 1094 days, straight):
        // 2025: P = 30 − 20 · 364/1094 → planned 5000 · 20 · 364/1094 = 33,272.39; realised (30 − 26) · 5000 = 20,000.
        // 2026: planned 5000 · 20 · 729/1094 = 66,636.20; realised still 26 → 20,000. 2027: 100,000, nothing realised.
        p1.rollUp.expectedValue = 40_000
        p1.rollUp.scoreChangeComparable = 0.05
        p1.rollUp.entered = 1
        p1.rollUp.benefitProfile = [BenefitYear(year: 2025, plannedValue: 33_272.39, realizedValue: 20_000),
                                    BenefitYear(year: 2026, plannedValue: 66_636.2, realizedValue: 20_000),
                                    BenefitYear(year: 2027, plannedValue: 100_000, realizedValue: nil)]
        var p2 = ProjectEvaluation(
            project: Project(id: "P2", name: evilName, owner: "Ole Berg", area: "Social\u{1B}[31m og sundhed", phase: .planning),
            rollUp: RollUp(score: 0.25, expected: 0.4, gap: 0.15, status: .atRisk, statusCounts: counts([.atRisk: 1]),
                           coverage: 1, realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: nil,
                           history: history([nil, nil, nil, nil, nil, nil, 0.25, 0.25])),
            findings: [Finding(code: .missingFollowUp, category: .benefit, criterionID: nil, owner: "Ole Berg", dueDate: nil)],
            criteria: [e3])
        // P2's profile starts in 2026 (as if its criterion were valued from then): 2025 is absent.
        p2.rollUp.benefitProfile = [BenefitYear(year: 2026, plannedValue: 12_000, realizedValue: 3_000),
                                    BenefitYear(year: 2027, plannedValue: 48_000, realizedValue: nil)]
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
        var portfolio = RollUp(score: 0.31875, expected: 0.4, gap: 0.08125, status: .onTrack,
                               statusCounts: counts([.onTrack: 1, .atRisk: 1, .noData: 1]), coverage: 0.6667,
                               realizedValue: 20_000, plannedValue: 100_000, trendScore: 0.6667, scoreChange: 0.02,
                               history: history([nil, 0.05, 0.12, 0.18, 0.22, 0.28, 0.303, 0.31875]))
        // P2 entered the score this quarter; P1 is the one project with a score at both dates.
        portfolio.expectedValue = 40_000
        portfolio.scoreChangeComparable = 0.031
        portfolio.entered = 1
        // Year by year: 2025 33,272.39 / 20,000; 2026 66,636.20 + 12,000 = 78,636.20 / 20,000 + 3,000 = 23,000;
        // 2027 100,000 + 48,000 = 148,000 / nothing.
        portfolio.benefitProfile = [BenefitYear(year: 2025, plannedValue: 33_272.39, realizedValue: 20_000),
                                    BenefitYear(year: 2026, plannedValue: 78_636.2, realizedValue: 23_000),
                                    BenefitYear(year: 2027, plannedValue: 148_000, realizedValue: nil)]
        return Evaluation(asOf: asOf, settings: settings, portfolio: portfolio, projects: [p1, p2, p3], data: data)
    }
}

extension Fixture {
    /// The fixture with a history (Docs/history.md): K1's target was 85 when first reported (now 80),
    /// K2 is unchanged, K10 is new since. P1 was reported at 38 % for 2026Q2; today's data gives
    /// 0.3875 − 0.031 = 0.3565, a restatement of −0.0235, and 0.3875 − 0.38 = +0.0075 since the
    /// report. The portfolio was reported at 31 %: recomputed 0.31875 − 0.02 = 0.29875, restated
    /// by −0.01125, changed by +0.00875 since.
    static func withHistory() -> Evaluation {
        var e = make()
        e.hasHistory = true
        e.projects[0].criteria[0].originalBaseline = 40
        e.projects[0].criteria[0].originalTarget = 85
        e.projects[0].criteria[0].originalTargetDate = day("2027-12-31")
        e.projects[0].criteria[1].originalBaseline = 30
        e.projects[0].criteria[1].originalTarget = 10
        e.projects[0].criteria[1].originalTargetDate = day("2027-12-31")
        e.projects[0].rollUp.reportedPreviousScore = 0.38
        e.projects[0].rollUp.restatement = 0.3565 - 0.38
        e.projects[0].rollUp.scoreChangeReported = 0.3875 - 0.38
        e.projects[0].findings += [
            Finding(code: .restated, category: nil, criterionID: nil, owner: "Mette Hansen", dueDate: nil),
            Finding(code: .targetChanged, category: nil, criterionID: "K1", owner: "Mette Hansen", dueDate: nil),
        ]
        e.portfolio.reportedPreviousScore = 0.31
        e.portfolio.restatement = 0.29875 - 0.31
        e.portfolio.scoreChangeReported = 0.31875 - 0.31
        return e
    }

    /// The fixture with ordinary names and two more projects (one achieved, one missed), for the
    /// rendered picture in Docs/report-page1.png.
    static func showcase() -> Evaluation {
        var e = withHistory()
        e.projects[1].project.name = "Velfærdsteknologi i hjemmeplejen"
        e.projects[1].project.area = "Sundhed og Omsorg"
        e.projects[1].rollUp.realizedValue = 45_000
        e.projects[1].rollUp.plannedValue = 180_000
        e.projects[1].rollUp.scoreChange = 0.05
        var p4 = e.projects[0]
        p4.project = Project(id: "P4", name: "Digital rekruttering", owner: "Lars Nielsen", area: "HR", phase: .operation)
        p4.rollUp.score = 1; p4.rollUp.expected = 0.9; p4.rollUp.status = .achieved; p4.rollUp.scoreChange = 0.12
        p4.rollUp.realizedValue = 310_000; p4.rollUp.plannedValue = 300_000; p4.rollUp.coverage = 1
        var p5 = e.projects[0]
        p5.project = Project(id: "P5", name: "Ny ESDH-løsning", owner: "Hanne Kjær", area: "Økonomi og IT", phase: .handover)
        p5.rollUp.score = 0.42; p5.rollUp.expected = 1; p5.rollUp.status = .missed; p5.rollUp.scoreChange = -0.02
        p5.rollUp.realizedValue = 150_000; p5.rollUp.plannedValue = 600_000; p5.rollUp.coverage = 0.75
        var p6 = e.projects[0]
        p6.project = Project(id: "P6", name: "Selvbetjening på byggesager", owner: "Søren Dahl", area: "Teknik og Miljø", phase: .execution)
        p6.rollUp.score = 0.18; p6.rollUp.expected = 0.55; p6.rollUp.status = .offTrack; p6.rollUp.scoreChange = 0.01
        p6.rollUp.realizedValue = 20_000; p6.rollUp.plannedValue = 240_000; p6.rollUp.coverage = 0.5
        e.projects += [p4, p5, p6]
        e.portfolio.statusCounts = counts([.achieved: 1, .onTrack: 1, .atRisk: 1, .offTrack: 1, .missed: 1, .noData: 1])
        e.portfolio.realizedValue = 545_000
        e.portfolio.plannedValue = 1_420_000
        e.portfolio.score = 0.448
        e.portfolio.expected = 0.61
        e.portfolio.status = .atRisk
        return e
    }
}
