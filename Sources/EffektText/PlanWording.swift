import EffektModel
import EffektEvaluation

/// Phrases for the planned path, the benefit in kroner, events and segments (issues 12 and 14),
/// shared by the dashboard, compare and the memo so all three say it in the same words.
extension Wording {
    /// `realiseret 642.960 kr.`, `af 700.000 kr. forventet nu`, `(841.000 kr. i alt)`: segments that
    /// wrap as a unit. Without an expected value (no value per unit) the middle part is left out.
    func benefitSegments(realized: Double?, expected: Double?, planned: Double?) -> [String] {
        var parts = [pick("realiseret ", "realised ") + kroner(realized)]
        if let expected { parts.append(pick("af ", "of ") + kroner(expected) + pick(" forventet nu", " expected by now")) }
        parts.append("(" + kroner(planned) + pick(" i alt)", " in total)"))
        return parts
    }

    func benefit(_ r: RollUp) -> String {
        benefitSegments(realized: r.realizedValue, expected: r.expectedValue, planned: r.plannedValue).joined(separator: " ")
    }

    /// Whether a roll-up has any benefit in kroner to show.
    func hasBenefit(_ r: RollUp) -> Bool {
        r.realizedValue != nil || r.plannedValue != nil || r.expectedValue != nil
    }

    func unit(of c: CriterionEvaluation) -> String? {
        c.criterion.unit.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `planlagt nu 45 %`: P(A) in the criterion's unit.
    func plannedNow(_ c: CriterionEvaluation) -> String {
        pick("planlagt nu ", "planned now ") + value(c.plannedNow, unit: unit(of: c))
    }

    /// The first milestone dated after as-of.
    func nextMilestone(_ c: CriterionEvaluation, asOf: Day) -> PlannedPoint? {
        c.milestones.first { $0.date > asOf }
    }

    /// `næste delmål 30-06-2026: 60 %`, or that none are left before the target (and which that is).
    func nextMilestonePhrase(_ c: CriterionEvaluation, asOf: Day) -> String {
        guard let m = nextMilestone(c, asOf: asOf) else {
            // The next knot of the path is then the target itself.
            let k = c.criterion
            return pick("ingen flere delmål før målet ", "no more milestones before the target ") + date(k.targetDate) + ": "
                + value(k.target, unit: unit(of: c))
        }
        return pick("næste delmål ", "next milestone ") + date(m.date) + ": " + value(m.value, unit: unit(of: c))
    }

    /// What a recalculating event did to this criterion's limits; empty for other events.
    func recalculation(_ event: EvaluatedEvent) -> String {
        guard event.recalculate else { return "" }
        return event.startsSegment
            ? pick(" — nye kontrolgrænser", " — new control limits")
            : pick(" — ingen nye grænser (på eller før første punkt eller efter sidste måling)",
                   " — no new limits (on or before the first point or after the last measurement)")
    }

    /// `15-03-2026 Ny arbejdsgang — nye kontrolgrænser`.
    func event(_ event: EvaluatedEvent) -> String {
        date(event.date) + " " + clean(event.text) + recalculation(event)
    }

    /// A project's go-live among its events: it is no event of the file and never recalculates.
    func goLive(_ day: Day, asOf: Day) -> String {
        date(day) + " " + (day <= asOf ? pick("Idriftsat", "Go-live") : pick("Idriftsættelse (planlagt)", "Go-live (planned)"))
    }

    /// The events of one criterion with the project's go-live among them, by date (go-live first
    /// on a shared date: it happened before what followed from it). Empty when the criterion has
    /// no events: the go-live alone is already in the project's facts.
    func eventLines(_ c: CriterionEvaluation, goLive day: Day?, asOf: Day) -> [String] {
        guard !c.events.isEmpty else { return [] }
        var dated: [(Day, Int, String)] = c.events.enumerated().map { ($0.element.date, $0.offset + 1, event($0.element)) }
        if let day { dated.append((day, 0, goLive(day, asOf: asOf))) }
        return dated.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// `siden 15-03-2026: 14 punkter` for the segment holding the latest point, when there are several.
    package func spcSegment(_ spc: SPC) -> String? {
        guard spc.segments.count > 1, let last = spc.segments.last else { return nil }
        var s = pick("siden ", "since ") + date(last.startDate) + ": "
            + count(last.points, "punkt", "punkter", "point", "points")
        if !last.charted { s += pick(", for få til egne grænser", ", too few for limits of their own") }
        return s
    }

    /// `Målet for K2 er ændret fra 500 til 400 siden første indberetning.`: one sentence for each
    /// of baseline, target and deadline that differs from the first reported value.
    func targetChanges(_ c: CriterionEvaluation) -> [String] {
        let k = c.criterion, id = clean(k.id), u = unit(of: c)
        var out: [String] = []
        if let was = c.originalBaseline, was != k.baseline {
            out.append(pick("Baseline for \(id) er ændret fra \(value(was, unit: u)) til \(value(k.baseline, unit: u)) siden første indberetning.",
                            "The baseline of \(id) has changed from \(value(was, unit: u)) to \(value(k.baseline, unit: u)) since the first report."))
        }
        if let was = c.originalTarget, was != k.target {
            out.append(pick("Målet for \(id) er ændret fra \(value(was, unit: u)) til \(value(k.target, unit: u)) siden første indberetning.",
                            "The target of \(id) has changed from \(value(was, unit: u)) to \(value(k.target, unit: u)) since the first report."))
        }
        if let was = c.originalTargetDate, was != k.targetDate {
            out.append(pick("Fristen for \(id) er ændret fra \(date(was)) til \(date(k.targetDate)) siden første indberetning.",
                            "The deadline of \(id) has changed from \(date(was)) to \(date(k.targetDate)) since the first report."))
        }
        return out
    }
}
