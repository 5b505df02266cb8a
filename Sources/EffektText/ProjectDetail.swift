import EffektModel
import EffektEvaluation
import EffektVocabulary

/// `effekt dashboard --project ID`: one project, criterion by criterion.
enum ProjectDetail {
    /// Measurements drawn in a criterion's sparkline (the latest ones).
    static let sparklinePoints = 16

    static func text(_ e: Evaluation, projectID: String, options: DashboardOptions) -> String {
        let w = Wording(language: options.language)
        let style = Palette(enabled: options.color)
        let width = options.width
        guard let p = Dashboard.project(projectID, in: e) else { return notFound(projectID, e, w) }
        let r = p.rollUp
        let basis = w.changeBasis(r, hasHistory: e.hasHistory)
        var out: [String] = []
        let facts = HeaderFacts(e, w)
        out += Flow.spread(style.bold(w.clean(p.project.id) + " · " + w.projectName(p.project)), facts.period, width: width)
        out.append(style.dim(String(repeating: "═", count: width)))
        if !facts.rejected.isEmpty { out += PortfolioText.box(facts.rejected, width: width, style: style) }

        var score = [style.status(r.status, w.status(r.status)),
                     w.pick("målopfyldelse ", "attainment ") + w.percent(r.score) + " " + style.status(r.status, Glyphs.bar(r.score, cells: 10)),
                     w.pick("forventet ", "expected ") + w.percent(r.expected),
                     style.change(basis.change, Glyphs.change(basis.change, language: w.language))]
        if !r.history.isEmpty { score.append(Glyphs.scoreSparkline(r.history.map(\.score))) }
        out += Flow.lines(score, width: width, first: "", continuation: "", separator: "   ")
        // The arrow alone can mislead when criteria entered, or when a report exists: say it in full.
        if basis.reported || r.entered > 0 || (e.hasHistory && w.restatement(r) != nil) {
            out += Flow.phrases(w.pick("Ændring: ", "Change: ") + w.change(r, hasHistory: e.hasHistory, withData: ChangeMembers.withData(p),
                                                                       members: .criteria), width: width)
        }
        out += Flow.lines(projectFacts(p, w, benefit: false), width: width, separator: "  ·  ")
        // The benefit sentence is long: its own line, wrapped at words.
        if w.hasBenefit(r) { out += Flow.words(w.pick("Gevinst: ", "Benefit: ") + w.benefit(r), width: width) }
        out.append("")
        out.append(style.bold(w.pick("Succeskriterier", "Success criteria")) + style.dim(
            w.pick("   baseline → seneste → mål", "   baseline → latest → target")))
        out.append(style.dim(String(repeating: "─", count: width)))
        if p.criteria.isEmpty {
            out.append("  " + w.pick("Projektet har ingen succeskriterier.", "The project has no success criteria."))
        }
        for c in p.criteria {
            out += criterion(c, e, w, style, width: width, goLive: p.project.goLive)
            out.append("")
        }
        out.append(style.bold(w.pick("Hvem gør hvad", "Who does what")))
        out += PortfolioText.findings(p.findings.map { ProjectFinding(project: p, finding: $0) }, e, w, style,
                                      width: width, limit: 0, showProject: false)
        out.append("")
        out += PortfolioText.legend(w, width: width, style: style)
        return out.map { DisplayWidth.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }

    static func projectFacts(_ p: ProjectEvaluation, _ w: Wording, benefit: Bool = true) -> [String] {
        var facts: [String] = []
        if let o = p.project.owner { facts.append(w.pick("Projektejer: ", "Owner: ") + w.owner(o)) }
        if let a = p.project.area { facts.append(w.pick("Område: ", "Area: ") + w.clean(a)) }
        if let ph = p.project.phase { facts.append(w.pick("Fase: ", "Phase: ") + ph.label(w.language)) }
        if let g = p.project.goLive { facts.append(w.pick("Idriftsat: ", "Go-live: ") + w.date(g)) }
        let r = p.rollUp
        if benefit, w.hasBenefit(r) { facts.append(w.pick("Gevinst: ", "Benefit: ") + w.benefit(r)) }
        facts.append(w.pick("Dækning: ", "Coverage: ") + w.percent(r.coverage))
        return facts
    }

    /// The arrow line: `12 → 9,5 → 7 dage`.
    static func path(_ c: CriterionEvaluation, _ w: Wording) -> String {
        let unit = c.criterion.unit.map(w.clean).flatMap { $0.isEmpty ? nil : $0 }
        let tail = w.value(c.criterion.target, unit: unit)
        return w.value(c.criterion.baseline) + " → " + w.value(c.latestValue) + " → " + tail
    }

    static func criterion(_ c: CriterionEvaluation, _ e: Evaluation, _ w: Wording, _ style: Palette, width: Int,
                          goLive: Day? = nil) -> [String] {
        let k = c.criterion
        let status = style.status(c.status, w.status(c.status)) + (c.stale ? " " + style.warn(w.pick("(forsinket)", "(overdue)")) : "")
        let title = "  " + style.bold(w.clean(k.id)) + "  " + w.clean(k.name)
        let room = width - DisplayWidth.width(of: status) - 2
        var out = [DisplayWidth.pad(DisplayWidth.truncate(title, to: room), to: room) + "  " + status]
        let indent = "      "
        let about = [k.category.label(w.language), k.direction.label(w.language),
                     (k.owner.map { w.pick("ansvarlig ", "owner ") + w.owner($0) } ?? w.pick("ingen ansvarlig", "no owner")), k.frequency.label(w.language).lowercased(),
                     w.pick("frist ", "due ") + w.date(k.targetDate)]
        out += Flow.lines(about, width: width, first: indent, separator: " · ").map { style.dim($0) }
        var figures = [path(c, w),
                       style.status(c.status, Glyphs.bar(c.attainment, cells: 10)) + " " + w.percent(c.attainment)
                        + " " + w.pick("af målet", "of target"),
                       w.pick("forventet ", "expected ") + w.percent(c.expected)]
        if let d = c.latestDate { figures.append(w.pick("målt ", "measured ") + w.date(d)) }
        out += Flow.lines(figures, width: width, first: indent, separator: "   ")
        if !c.milestones.isEmpty {
            out += Flow.lines([w.plannedNow(c), w.nextMilestonePhrase(c, asOf: e.asOf)], width: width, first: indent,
                              separator: "   ")
        }
        out += Flow.lines([w.pick("Tendens: ", "Trend: ") + w.trend(c.trend),
                           w.pick("Prognose: ", "Forecast: ") + w.forecast(c, asOf: e.asOf, horizonYears: e.settings.forecastHorizonYears)],
                          width: width, first: indent, separator: "   ")
        // The SPC reading shares its line with the measurements when it fits; a long one (with a
        // segment named) wraps on its own lines instead of being cut.
        let spc = w.spc(c.spc, minimum: e.settings.spcMinimumPoints)
        var last: [String] = []
        if DisplayWidth.width(of: indent + spc) <= width { last.append(spc) } else { out += Flow.words(spc, width: width, first: indent) }
        let values = c.series.map(\.value)
        if values.count > 1 {
            last.append(w.pick("Målinger: ", "Measurements: ") + Glyphs.valueSparkline(values, maxPoints: sparklinePoints)
                        + " (" + w.pick("n = ", "n = ") + String(values.count) + ")")
        }
        if c.stale { last.append(style.warn(w.pick("næste måling skulle være kommet ", "next measurement was due ") + w.date(c.dueDate))) }
        else { last.append(w.pick("næste måling ", "next measurement ") + w.date(c.dueDate)) }
        out += Flow.lines(last, width: width, first: indent, separator: "   ")
        let label = w.pick("Hændelser: ", "Events: ")
        for (i, line) in w.eventLines(c, goLive: goLive, asOf: e.asOf).enumerated() {
            let first = indent + (i == 0 ? label : String(repeating: " ", count: DisplayWidth.width(of: label)))
            out += Flow.words(line, width: width, first: first)
        }
        return out
    }

    /// Per criterion with milestones or events: the plan now, the next milestone and the events.
    static func plansAndEvents(_ p: ProjectEvaluation, _ e: Evaluation, _ w: Wording) -> String {
        var out = ""
        for c in p.criteria where !c.milestones.isEmpty || !c.events.isEmpty {
            out += "- **" + Markdown.escape(w.clean(c.criterion.id) + " " + w.clean(c.criterion.name), atLineStart: false) + "**"
            if !c.milestones.isEmpty {
                out += ": " + Markdown.escape(w.plannedNow(c) + " · " + w.nextMilestonePhrase(c, asOf: e.asOf), atLineStart: false)
            }
            out += "\n"
            for line in w.eventLines(c, goLive: p.project.goLive, asOf: e.asOf) {
                out += "  - " + Markdown.escape(line, atLineStart: false) + "\n"
            }
        }
        guard !out.isEmpty else { return "" }
        return "### " + w.pick("Delmål og hændelser", "Milestones and events") + "\n\n" + out + "\n"
    }

    static func notFound(_ id: String, _ e: Evaluation, _ w: Wording) -> String {
        let known = e.projects.map { w.clean($0.project.id) }.joined(separator: ", ")
        return w.pick("Projektet \(w.clean(id)) findes ikke. Kendte projekter: \(known)\n",
                      "There is no project \(w.clean(id)). Known projects: \(known)\n")
    }

    static func markdown(_ e: Evaluation, projectID: String, language: Language) -> String {
        let w = Wording(language: language)
        guard let p = Dashboard.project(projectID, in: e) else { return notFound(projectID, e, w) }
        let r = p.rollUp
        let facts = HeaderFacts(e, w)
        var out = "## " + Markdown.escape(w.clean(p.project.id) + " · " + w.projectName(p.project)) + "\n\n"
        out += "*" + Markdown.escape(facts.period) + "*\n\n"
        if !facts.rejected.isEmpty { out += "> **" + Markdown.escape(facts.rejected) + "**\n\n" }
        var rows: [Markdown.Row] = [
            .cells(["Status", w.status(r.status)]),
            .cells([w.pick("Målopfyldelse", "Attainment"), w.percent(r.score) + " " + Glyphs.bar(r.score, cells: 10)
                    + " (" + w.pick("forventet ", "expected ") + w.percent(r.expected) + ")"]),
            .cells([w.pick("Ændring ", "Change ") + w.since(reported: w.changeBasis(r, hasHistory: e.hasHistory).reported),
                    w.change(r, hasHistory: e.hasHistory, withData: ChangeMembers.withData(p), members: .criteria, label: false)]),
        ]
        if !r.history.isEmpty {
            rows.append(.cells([w.pick("Udvikling", "History"), Glyphs.scoreSparkline(r.history.map(\.score))]))
        }
        for fact in projectFacts(p, w) {
            let parts = fact.split(separator: ":", maxSplits: 1).map { String($0).trimmingCharacters(in: " ") }
            rows.append(.cells(parts))
        }
        out += Markdown.table([w.pick("Nøgletal", "Key figure"), w.pick("Værdi", "Value")], rows: rows) + "\n"
        out += "### " + w.pick("Succeskriterier", "Success criteria") + "\n\n"
        let headers = [w.pick("Succeskriterium", "Criterion"), "Status", w.pick("Baseline → seneste → mål", "Baseline → latest → target"),
                       w.pick("Målopfyldelse", "Attainment"), w.pick("Tendens", "Trend"), w.pick("Prognose", "Forecast"),
                       "SPC", w.pick("Målinger", "Measurements")]
        let criteria = p.criteria.map { c -> Markdown.Row in
            .cells([w.clean(c.criterion.id) + " " + w.clean(c.criterion.name),
                    w.status(c.status) + (c.stale ? " " + w.pick("(forsinket)", "(overdue)") : ""),
                    path(c, w),
                    w.percent(c.attainment) + " " + Glyphs.bar(c.attainment, cells: 10),
                    w.trend(c.trend),
                    w.forecast(c, asOf: e.asOf, horizonYears: e.settings.forecastHorizonYears),
                    w.spcReading(c.spc, minimum: e.settings.spcMinimumPoints) + (c.spc.flatMap(w.spcSegment).map { " (" + $0 + ")" } ?? ""),
                    Glyphs.valueSparkline(c.series.map(\.value), maxPoints: sparklinePoints)])
        }
        out += Markdown.table(headers, right: [3], rows: criteria) + "\n"
        out += plansAndEvents(p, e, w)
        out += "### " + w.pick("Hvem gør hvad", "Who does what") + "\n\n"
        out += PortfolioMarkdown.findings(p.findings.map { ProjectFinding(project: p, finding: $0) }, e, w, limit: 0,
                                          showProject: false)
        return out
    }
}

extension String {
    /// Without the given leading and trailing characters (no Foundation needed).
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
