import EffektModel
import EffektEvaluation

/// The test portfolio of `Fixture.kommune()` with what issues 12–14 add, filled by hand: a planned
/// path with milestones (P1 K2), events and two SPC segments (P1 K1), a benefit profile (P1), a
/// history with a restatement (portfolio, P3), a moved target (P1 K2) and a criterion that
/// entered this quarter (P2). Every figure is worked out in the comments.
extension Fixture {
    static func planned() -> Evaluation {
        var e = kommune()
        e.hasHistory = true
        guard let p1 = e.projects.firstIndex(where: { $0.project.id == "P1" }),
              let p2 = e.projects.firstIndex(where: { $0.project.id == "P2" }),
              let p3 = e.projects.firstIndex(where: { $0.project.id == "P3" }) else { return e }

        // P1 K1 (monthly, 28th of each month, S = baseline + 20 points): a recalculating event on
        // 15-03-2026 starts a segment at the first point on or after it, 28-03-2026 = S[15], so the
        // second segment has 21 − 15 = 6 points (< 12: not charted); one on 15-09-2026 falls after
        // the last point (28-08-2026) and starts nothing; a project-wide one-off event on 01-05-2026.
        e.projects[p1].criteria[0].events = [
            EvaluatedEvent(date: day("2026-03-15"), criterionID: "K1", text: "Ny arbejdsgang", recalculate: true, startsSegment: true),
            EvaluatedEvent(date: day("2026-05-01"), criterionID: nil, text: "Presseomtale", recalculate: false),
            EvaluatedEvent(date: day("2026-09-15"), criterionID: "K1", text: "Ny leverandør", recalculate: true, startsSegment: false),
        ]
        e.projects[p1].criteria[1].events = [
            EvaluatedEvent(date: day("2026-05-01"), criterionID: nil, text: "Presseomtale", recalculate: false),
        ]
        e.projects[p1].events = [
            EvaluatedEvent(date: day("2026-03-15"), criterionID: "K1", text: "Ny arbejdsgang", recalculate: true),
            EvaluatedEvent(date: day("2026-05-01"), criterionID: nil, text: "Presseomtale", recalculate: false),
            EvaluatedEvent(date: day("2026-09-15"), criterionID: "K1", text: "Ny leverandør", recalculate: true),
        ]
        if var spc = e.projects[p1].criteria[0].spc {
            spc.segments = [
                SPCSegment(startIndex: 0, startDate: day("2025-01-01"), points: 15, charted: true, mean: 36.1, mrBar: 1.1,
                           upperLimit: 39.0, lowerLimit: 33.2),
                SPCSegment(startIndex: 15, startDate: day("2026-03-28"), points: 6, charted: false, reason: "Ny arbejdsgang"),
            ]
            e.projects[p1].criteria[0].spc = spc
        }

        // P1 K2 (61 → 90 %, 01-01-2025 → 31-12-2026) with milestones: nothing until go-live
        // (01-09-2025: 61), 75 at 30-06-2026, 85 at 31-10-2026. At 30-09-2026, between the last two:
        // P = 75 + 10·92/123 = 82.4797 %, expected = (82.4797 − 61)/29 = 0.7407; attainment
        // (82 − 61)/29 = 0.7241, gap 0.0166 ≤ 0.10: on track (it was at risk on the straight line).
        var k2 = e.projects[p1].criteria[1]
        k2.milestones = [PlannedPoint(date: day("2025-09-01"), value: 61), PlannedPoint(date: day("2026-06-30"), value: 75),
                         PlannedPoint(date: day("2026-10-31"), value: 85)]
        k2.plannedNow = 75 + 10 * 92 / 123
        k2.expected = (k2.plannedNow - 61) / 29
        k2.gap = k2.expected - (k2.attainment ?? 0)
        k2.status = .onTrack
        // The target was 95 % in the first report.
        k2.originalBaseline = 61
        k2.originalTarget = 95
        k2.originalTargetDate = day("2026-12-31")
        e.projects[p1].criteria[1] = k2
        let r1 = EvaluationBuilder.rollUp(e.projects[p1].criteria.map { ($0.criterion.weight, $0) }, asOf: e.asOf,
                                          settings: e.settings, lastTarget: day("2027-06-30"))
        e.projects[p1].rollUp.expected = r1.expected
        e.projects[p1].rollUp.gap = r1.gap
        e.projects[p1].rollUp.status = r1.status
        e.projects[p1].rollUp.statusCounts = r1.statusCounts
        e.projects[p1].findings.append(Finding(code: .targetChanged, category: .solution, criterionID: "K2",
                                               owner: "Mette Sørensen", dueDate: nil))
        // P1's benefit profile (K1 only has a value per unit: 12.500 kr. per day, 42 → 28 days over
        // 910 days): planned at 31-12-2025 (364 days) 14·364/910·12.500 = 70.000; at 31-12-2026
        // (729 days) 14·729/910·12.500 = 140.192,3; 2027: 175.000. Realised: at 28-12-2025 34 days,
        // (42 − 34)·12.500 = 100.000; by as-of 30 days: 150.000; 2027 not yet.
        e.projects[p1].rollUp.benefitProfile = [
            BenefitYear(year: 2025, plannedValue: 70_000, realizedValue: 100_000),
            BenefitYear(year: 2026, plannedValue: 14.0 * 729 / 910 * 12_500, realizedValue: 150_000),
            BenefitYear(year: 2027, plannedValue: 175_000, realizedValue: nil),
        ]

        // P2: K3 counts as entered this quarter; like for like its two other criteria rose 9 pp.
        e.projects[p2].rollUp.entered = 1
        e.projects[p2].rollUp.scoreChangeComparable = 0.09

        // P3: reported 90 % for 2Q 2026, recomputed today 88 %.
        e.projects[p3].rollUp.reportedPreviousScore = 0.90
        e.projects[p3].rollUp.restatement = -0.02
        e.projects[p3].rollUp.scoreChangeReported = e.projects[p3].rollUp.score.map { $0 - 0.90 }
        e.projects[p3].findings.append(Finding(code: .restated, category: nil, criterionID: nil, owner: "Kim Holm", dueDate: nil))

        // Portfolio: reported 71 % last quarter, recomputed today 68 % (restatement −3 pp).
        e.portfolio.reportedPreviousScore = 0.71
        e.portfolio.restatement = -0.03
        e.portfolio.scoreChangeReported = e.portfolio.score.map { $0 - 0.71 }
        return e
    }
}
