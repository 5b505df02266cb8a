import EffektModel
import EffektEvaluation
import EffektVocabulary
import Mustache

/// `effekt memo`: a status memo (statusnotat) for one project, written from a Mustache template
/// so a municipality can adapt the wording without recompiling.
package enum Memo {
    package enum Failure: Error, CustomStringConvertible, Equatable {
        case unknownProject(String, known: [String])
        case template(String)

        package var description: String {
            switch self {
            case .unknownProject(let id, let known):
                return "Projektet \(DisplayWidth.sanitize(id)) findes ikke (kendte: \(known.joined(separator: ", "))). / No project \(DisplayWidth.sanitize(id))."
            case .template(let message):
                return "Skabelonen kan ikke læses / the template cannot be parsed: \(message)"
            }
        }
    }

    /// Renders the memo. Every value handed to the template is already formatted and escaped for
    /// Markdown, and the template is rendered as plain text (no HTML escaping of `&`, `<`).
    package static func render(_ evaluation: Evaluation, projectID: String, template: String = defaultTemplate,
                              language: Language = .da) throws -> String {
        guard let p = Dashboard.project(projectID, in: evaluation) else {
            throw Failure.unknownProject(projectID, known: evaluation.projects.map { DisplayWidth.sanitize($0.project.id) })
        }
        let parsed: MustacheTemplate
        do {
            // The pragma on its own line is a standalone tag: it leaves no blank line behind.
            parsed = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}\n" + template)
        } catch {
            throw Failure.template(String(describing: error))
        }
        return parsed.render(MemoContext.build(evaluation, p, Wording(language: language)))
    }
}

/// The values a memo template can use (documented in Docs/dashboard.md).
enum MemoContext {
    static func build(_ e: Evaluation, _ p: ProjectEvaluation, _ w: Wording) -> [String: Any] {
        let md: (String) -> String = { Markdown.escape($0) }
        let r = p.rollUp
        let facts = HeaderFacts(e, w)
        func text(_ s: String?) -> String { md(s.map(w.clean).flatMap { $0.isEmpty ? nil : $0 } ?? NumberFormatting.missing) }
        var c: [String: Any] = [
            "project": [
                "id": md(w.clean(p.project.id)),
                "name": md(w.projectName(p.project)),
                "owner": text(p.project.owner),
                "area": text(p.project.area),
                "phase": md(p.project.phase?.label(w.language) ?? NumberFormatting.missing),
                "goLive": md(w.date(p.project.goLive)),
            ] as [String: Any],
            "quarter": md(e.quarter.label(w.language)),
            "asOf": md(w.date(e.asOf)),
            "status": md(r.status.label(w.language)),
            "statusSymbol": r.status.symbol,
            "statusCode": r.status.rawValue,
            "score": md(w.percent(r.score)),
            "expected": md(w.percent(r.expected)),
            "change": md(w.change(r, hasHistory: e.hasHistory, withData: ChangeMembers.withData(p), members: .criteria, label: false)),
            "changeLabel": md(w.pick("Ændring ", "Change ") + w.since(reported: w.changeBasis(r, hasHistory: e.hasHistory).reported)),
            "expectedValue": md(w.kroner(r.expectedValue)),
            "benefit": md(w.benefit(r)),
            "realized": md(w.kroner(r.realizedValue)),
            "planned": md(w.kroner(r.plannedValue)),
            "coverage": md(w.percent(r.coverage)),
            "criteriaCount": String(p.criteria.count),
            "summary": md(summary(p, w)),
            "criteria": p.criteria.map { criterion($0, e, w, goLive: p.project.goLive) },
            "findings": p.findings.map { f -> [String: Any] in
                [
                    "due": md(f.dueDate.map(w.date) ?? w.pick("ingen frist", "no due date")),
                    "overdue": f.dueDate.map { $0 < e.asOf } ?? false,
                    "owner": md(w.owner(f.owner)),
                    "what": md(w.finding(f, in: p)),
                    "code": f.code.rawValue,
                ]
            },
            "hasFindings": !p.findings.isEmpty,
            "hasBenefit": w.hasBenefit(r),
            "benefitProfile": r.benefitProfile.map { y -> [String: Any] in
                ["year": String(y.year), "planned": md(w.kroner(y.plannedValue)), "realized": md(w.kroner(y.realizedValue)),
                 "current": y.year == e.asOf.year]
            },
            "hasBenefitProfile": !r.benefitProfile.isEmpty,
            "nextMilestones": nextMilestones(p, e, w),
            "hasNextMilestones": p.criteria.contains { w.nextMilestone($0, asOf: e.asOf) != nil },
            "events": events(p, e, w).map { ["line": md($0)] },
            "hasEvents": !p.events.isEmpty || p.project.goLive != nil,
            "followUps": p.criteria.sorted { ($0.dueDate, $0.criterion.id) < ($1.dueDate, $1.criterion.id) }
                .filter { $0.status != .achieved && $0.status != .missed }
                .map { k -> [String: Any] in
                    ["date": md(w.date(k.dueDate)), "id": md(w.clean(k.criterion.id)), "name": md(w.clean(k.criterion.name)),
                     "owner": md(w.owner(k.criterion.owner)), "overdue": k.stale]
                },
        ]
        let org = w.clean(e.settings.organisation ?? "")
        if !org.isEmpty { c["organisation"] = md(org) }
        if !facts.rejected.isEmpty { c["rejected"] = md(facts.rejected) }
        if let share = r.realisation { c["realization"] = md(w.percent(share)) }
        let changes = p.criteria.flatMap(w.targetChanges)
        if !changes.isEmpty { c["targetChanges"] = md(changes.joined(separator: " ")) }
        if let reported = r.reportedPreviousScore, let delta = r.restatement, e.hasHistory {
            c["restatement"] = md(w.pick("Forrige kvartal er genberegnet siden indberetningen: indberettet \(w.percent(reported)), genberegnet i dag \(w.percent(reported + delta)).",
                                         "The previous quarter has been recomputed since it was reported: reported \(w.percent(reported)), recomputed today \(w.percent(reported + delta))."))
        }
        return c
    }

    /// Each criterion's next milestone after as-of, by date.
    static func nextMilestones(_ p: ProjectEvaluation, _ e: Evaluation, _ w: Wording) -> [[String: Any]] {
        let next = p.criteria.compactMap { c in w.nextMilestone(c, asOf: e.asOf).map { (c, $0) } }
            .sorted { ($0.1.date, $0.0.criterion.id) < ($1.1.date, $1.0.criterion.id) }
        return next.map { c, m -> [String: Any] in
            ["date": Markdown.escape(w.date(m.date)), "id": Markdown.escape(w.clean(c.criterion.id)),
             "name": Markdown.escape(w.clean(c.criterion.name)), "value": Markdown.escape(w.value(m.value, unit: w.unit(of: c))),
             "plannedNow": Markdown.escape(w.value(c.plannedNow, unit: w.unit(of: c)))]
        }
    }

    /// The project's events with its go-live among them, by date: `15-03-2026 (K1) Ny arbejdsgang —
    /// nye kontrolgrænser`. A recalculation is said to start new limits when it did so for one of
    /// the criteria it concerns (the project's list does not say per criterion).
    static func events(_ p: ProjectEvaluation, _ e: Evaluation, _ w: Wording) -> [String] {
        var dated: [(Day, Int, String)] = p.events.enumerated().map { i, ev in
            var shown = ev
            shown.startsSegment = p.criteria.contains { c in
                c.events.contains { $0.date == ev.date && $0.text == ev.text && $0.recalculate && $0.startsSegment }
            }
            let line = w.date(ev.date) + (ev.criterionID.map { " (" + w.clean($0) + ")" } ?? "") + " "
                + w.clean(ev.text) + w.recalculation(shown)
            return (ev.date, i + 1, line)
        }
        if let g = p.project.goLive { dated.append((g, 0, w.goLive(g, asOf: e.asOf))) }
        return dated.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// The project in two sentences: where it stands, and how its criteria divide.
    static func summary(_ p: ProjectEvaluation, _ w: Wording) -> String {
        let r = p.rollUp
        guard !p.criteria.isEmpty else { return w.pick("Projektet har endnu ingen succeskriterier.", "The project has no success criteria yet.") }
        var s: String
        if let score = r.score {
            s = w.pick("Projektet har samlet nået \(w.percent(score)) af sine mål, mod forventet \(w.percent(r.expected)) på nuværende tidspunkt, og vurderes som: \(r.status.label(w.language)).",
                       "Overall the project has reached \(w.percent(score)) of its targets, against \(w.percent(r.expected)) expected by now, and is assessed as: \(r.status.label(w.language)).")
        } else {
            s = w.pick("Der er endnu ingen målinger, så effekten kan ikke vurderes.", "There are no measurements yet, so the effect cannot be assessed.")
        }
        let parts = Status.displayOrder.compactMap { st -> String? in
            let n = p.criteria.filter { $0.status == st }.count
            return n == 0 ? nil : "\(n) " + st.label(w.language).lowercased()
        }
        s += " " + w.pick("Succeskriterierne (\(p.criteria.count)): ", "Success criteria (\(p.criteria.count)): ") + list(parts, w) + "."
        return s
    }

    static func list(_ parts: [String], _ w: Wording) -> String {
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + w.pick(" og ", " and ") + last
    }

    static func criterion(_ c: CriterionEvaluation, _ e: Evaluation, _ w: Wording, goLive: Day?) -> [String: Any] {
        let md: (String) -> String = { Markdown.escape($0) }
        let k = c.criterion
        let unit = k.unit.map(w.clean).flatMap { $0.isEmpty ? nil : $0 }
        return [
            "id": md(w.clean(k.id)),
            "name": md(w.clean(k.name)),
            "category": md(k.category.label(w.language)),
            "direction": md(k.direction.label(w.language)),
            "unit": md(unit ?? ""),
            "owner": md(w.owner(k.owner)),
            "status": md(c.status.label(w.language)),
            "statusSymbol": c.status.symbol,
            "statusCode": c.status.rawValue,
            "baseline": md(w.value(k.baseline, unit: unit)),
            "baselineDate": md(w.date(k.baselineDate)),
            "latest": md(w.value(c.latestValue, unit: unit)),
            "latestDate": md(w.date(c.latestDate)),
            "target": md(w.value(k.target, unit: unit)),
            "targetDate": md(w.date(k.targetDate)),
            "attainment": md(w.percent(c.attainment)),
            "expected": md(w.percent(c.expected)),
            "trend": md(w.trend(c.trend)),
            "forecast": md(w.forecast(c, asOf: e.asOf, horizonYears: e.settings.forecastHorizonYears)),
            "spc": md(w.spc(c.spc, minimum: e.settings.spcMinimumPoints)),
            "measurements": String(c.measurements),
            "stale": c.stale,
            "dueDate": md(w.date(c.dueDate)),
            "assessment": md(assessment(c, e, w)),
            "hasMilestones": !c.milestones.isEmpty,
            "plannedNow": md(w.value(c.plannedNow, unit: unit)),
            "nextMilestone": md(w.nextMilestonePhrase(c, asOf: e.asOf)),
            "events": w.eventLines(c, goLive: goLive, asOf: e.asOf)
                .map { ["line": md($0)] },
        ]
    }

    /// The preliminary effect assessment of one criterion, in plain sentences.
    static func assessment(_ c: CriterionEvaluation, _ e: Evaluation, _ w: Wording) -> String {
        let k = c.criterion
        let unit = k.unit.map(w.clean).flatMap { $0.isEmpty ? nil : $0 }
        let name = w.clean(k.name)
        let b = w.value(k.baseline, unit: unit), g = w.value(k.target, unit: unit)
        var s: [String] = []
        switch k.direction {
        case .increase, .decrease:
            let verb = k.direction == .increase ? w.pick("øges", "increase") : w.pick("reduceres", "decrease")
            s.append(w.pick("\(name) skal \(verb) fra \(b) (\(w.date(k.baselineDate))) til \(g) senest \(w.date(k.targetDate)).",
                            "\(name) should \(verb) from \(b) (\(w.date(k.baselineDate))) to \(g) by \(w.date(k.targetDate))."))
        case .atLeast, .atMost:
            let bound = k.direction == .atLeast ? w.pick("mindst", "at least") : w.pick("højst", "at most")
            s.append(w.pick("\(name) skal være \(bound) \(g) (udgangspunkt \(b)); fristen er \(w.date(k.targetDate)).",
                            "\(name) should be \(bound) \(g) (baseline \(b)); the deadline is \(w.date(k.targetDate))."))
        }
        if let latest = c.latestValue, let date = c.latestDate {
            s.append(w.pick("Seneste måling (\(w.date(date))) er \(w.value(latest, unit: unit)), svarende til \(w.percent(c.attainment)) målopfyldelse mod forventet \(w.percent(c.expected)) på nuværende tidspunkt.",
                            "The latest measurement (\(w.date(date))) is \(w.value(latest, unit: unit)), \(w.percent(c.attainment)) attainment against \(w.percent(c.expected)) expected by now."))
        } else {
            s.append(w.pick("Der er endnu ingen målinger.", "There are no measurements yet."))
        }
        if !c.milestones.isEmpty {
            s.append(w.pick("Efter den planlagte kurve (delmål) skulle værdien nu være \(w.value(c.plannedNow, unit: unit)); \(w.nextMilestonePhrase(c, asOf: e.asOf)).",
                            "On the planned path (milestones) the value should now be \(w.value(c.plannedNow, unit: unit)); \(w.nextMilestonePhrase(c, asOf: e.asOf))."))
        }
        s.append(w.pick("Vurdering: \(c.status.label(w.language)).", "Assessment: \(c.status.label(w.language))."))
        switch c.trend.classification {
        case .insufficientData:
            s.append(w.pick("Der er for få punkter (n = \(c.trend.points)) til at vurdere en tendens.",
                            "There are too few points (n = \(c.trend.points)) to judge a trend."))
        case .improving, .worsening, .noTrend:
            let p = c.trend.pValue.map { " (Mann–Kendall, " + w.pValue($0) + ")" } ?? ""
            let word: String
            switch c.trend.classification {
            case .improving: word = w.pick("en forbedring", "an improvement")
            case .worsening: word = w.pick("en forværring", "a worsening")
            default: word = w.pick("ingen klar tendens", "no clear trend")
            }
            s.append(w.pick("Målingerne viser \(word)\(p).", "The measurements show \(word)\(p)."))
        }
        if c.status != .achieved {
            s.append(w.pick("Prognose: ", "Forecast: ") + w.forecast(c, asOf: e.asOf, horizonYears: e.settings.forecastHorizonYears) + ".")
        }
        if c.spc != nil { s.append(w.spc(c.spc, minimum: e.settings.spcMinimumPoints) + ".") }
        if c.stale {
            s.append(w.pick("Målingen er forsinket: næste måling skulle have foreligget \(w.date(c.dueDate)).",
                            "The measurement is overdue: the next one was due \(w.date(c.dueDate))."))
        }
        if let realized = c.realizedValue, let planned = c.plannedValue {
            let text = w.benefitSegments(realized: realized, expected: c.expectedValue, planned: planned).joined(separator: " ")
            s.append(w.pick("Gevinst: ", "Benefit: ") + text + ".")
        }
        return s.joined(separator: " ")
    }
}
