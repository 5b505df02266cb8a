import EffektModel
import EffektEvaluation
import EffektVocabulary
import EffektText

/// One project's page: its figures, then each criterion with its chart and the drill-down's
/// figures, then its follow-up points.
enum ProjectSectionHTML {
    /// Points listed in a chart's table fallback (the latest ones).
    static let fallbackRows = 60

    static func html(_ p: ProjectEvaluation, _ e: Evaluation, _ w: Wording, anchor: String) -> String {
        let esc = HTMLEscape.text, num = HTMLEscape.number
        let r = p.rollUp
        var s = "<section class=\"project\" id=\"\(anchor)\" data-project-id=\"\(esc(w.clean(p.project.id)))\" data-score=\"\(num(r.score))\""
            + " data-expected=\"\(num(r.expected))\" data-status=\"\(r.status.rawValue)\" aria-labelledby=\"\(anchor)-h\">"
        s += "<h2 id=\"\(anchor)-h\"><span class=\"pid\">\(esc(w.clean(p.project.id)))</span> \(esc(w.projectName(p.project))) "
            + StatusHTML.badge(r.status, w) + "</h2>"
        var facts = [w.pick("Målopfyldelse ", "Attainment ") + w.percent(r.score) + w.pick(" (forventet nu ", " (expected by now ") + w.percent(r.expected) + ")",
                     w.pick("Ændring siden forrige kvartal: ", "Change since last quarter: ") + Glyphs.change(r.scoreChange, language: w.language)]
        if let o = p.project.owner { facts.append(w.pick("Projektejer: ", "Owner: ") + w.owner(o)) }
        if let a = p.project.area { facts.append(w.pick("Område: ", "Area: ") + w.clean(a)) }
        if let ph = p.project.phase { facts.append(w.pick("Fase: ", "Phase: ") + ph.label(w.language)) }
        if let g = p.project.goLive { facts.append(w.pick("Idriftsat: ", "Go-live: ") + w.date(g)) }
        if r.realizedValue != nil || r.plannedValue != nil {
            facts.append(w.pick("Gevinst: ", "Benefit: ") + w.kroner(r.realizedValue) + w.pick(" af ", " of ") + w.kroner(r.plannedValue)
                         + (r.expectedValue.map { w.pick(" (forventet nu ", " (expected by now ") + w.kroner($0) + ")" } ?? ""))
        }
        facts.append(w.pick("Dækning: ", "Coverage: ") + w.percent(r.coverage))
        s += "<ul class=\"facts\">" + facts.map { "<li>" + esc($0) + "</li>" }.joined() + "</ul>"
        if p.criteria.isEmpty {
            s += "<p class=\"none\">" + esc(w.pick("Projektet har ingen succeskriterier.", "The project has no success criteria.")) + "</p>"
        }
        for (i, c) in p.criteria.enumerated() {
            s += criterion(c, p, e, w, id: "\(anchor)-k\(i + 1)")
        }
        s += "<h3>" + esc(w.pick("Hvem gør hvad", "Who does what")) + "</h3>"
        s += FindingsHTML.html(p.findings.map { ProjectFinding(project: p, finding: $0) }, e, w, showProject: false, sections: nil)
        s += "<p class=\"back\"><a href=\"#projekter\">" + esc(w.pick("↑ Til projektoversigten", "↑ Back to the project list")) + "</a></p>"
        return s + "</section>"
    }

    static func criterion(_ c: CriterionEvaluation, _ p: ProjectEvaluation, _ e: Evaluation, _ w: Wording, id: String) -> String {
        let esc = HTMLEscape.text, num = HTMLEscape.number
        let k = c.criterion
        let unit = k.unit.map(w.clean).flatMap { $0.isEmpty ? nil : $0 }
        var s = "<article class=\"criterion\" id=\"\(id)\" data-criterion-id=\"\(esc(w.clean(k.id)))\" data-status=\"\(c.status.rawValue)\""
            + " data-attainment=\"\(num(c.attainment))\" data-expected=\"\(num(c.expected))\" data-latest=\"\(num(c.latestValue))\""
            + " data-baseline=\"\(num(k.baseline))\" data-target=\"\(num(k.target))\" data-measurements=\"\(c.measurements)\""
            + " data-planned-now=\"\(num(c.plannedNow))\">"
        s += "<h3><span class=\"pid\">\(esc(w.clean(k.id)))</span> \(esc(w.clean(k.name))) " + StatusHTML.badge(c.status, w, stale: c.stale) + "</h3>"
        let about = [k.category.label(w.language), k.direction.label(w.language),
                     k.owner.map { w.pick("ansvarlig ", "owner ") + w.owner($0) } ?? w.pick("ingen ansvarlig", "no owner"),
                     k.frequency.label(w.language).lowercased(), w.pick("frist ", "due ") + w.date(k.targetDate)]
        s += "<p class=\"about\">" + esc(about.joined(separator: " · ")) + "</p><div class=\"crit-body\"><figure>"
        let chart = CriterionChart(c, goLive: p.project.goLive, asOf: e.asOf, id: id + "-c", w: w)
        s += chart.svg + legend(chart, w)
        if !c.events.isEmpty {
            s += "<ol class=\"events\">" + c.events.map { ev in
                "<li>" + esc(w.date(ev.date) + ": " + w.clean(ev.text)
                             + (ev.recalculate ? w.pick(" (nye kontrolgrænser)", " (new control limits)") : "")) + "</li>"
            }.joined() + "</ol>"
        }
        let points = c.series.suffix(fallbackRows)
        var caption = w.pick("Målinger", "Measurements")
        if c.series.count > points.count { caption += w.pick(" (de seneste \(points.count) af \(c.series.count))", " (the latest \(points.count) of \(c.series.count))") }
        s += Tables.details(caption, headers: [w.pick("Dato", "Date"), w.pick("Værdi", "Value")],
                            rows: points.map { [w.date($0.date) + ($0.isBaseline ? " (baseline)" : ""), w.value($0.value, unit: unit)] })
        s += "</figure><dl class=\"crit-figures\">"
        func row(_ label: String, _ value: String) -> String { "<div><dt>\(esc(label))</dt><dd>\(esc(value))</dd></div>" }
        s += row(w.pick("Baseline → seneste → mål", "Baseline → latest → target"),
                 w.value(k.baseline) + " → " + w.value(c.latestValue) + " → " + w.value(k.target, unit: unit))
        s += "<div><dt>" + esc(w.pick("Målopfyldelse", "Attainment")) + "</dt><dd>"
            + ScoreBar.svg(score: c.attainment, expected: c.expected, status: c.status) + " " + esc(w.percent(c.attainment) + " "
            + w.pick("af målet", "of target") + ", " + w.pick("forventet ", "expected ") + w.percent(c.expected)) + "</dd></div>"
        if !k.direction.isThreshold { s += row(w.pick("Planlagt nu", "Planned now"), w.value(c.plannedNow, unit: unit)) }
        if let d = c.latestDate { s += row(w.pick("Seneste måling", "Latest measurement"), w.date(d) + " (n = " + String(c.measurements) + ")") }
        s += row(w.pick("Tendens", "Trend"), w.trend(c.trend))
        s += row(w.pick("Prognose", "Forecast"), w.forecast(c, asOf: e.asOf, horizonYears: e.settings.forecastHorizonYears))
        // The reading without its "SPC" label, and the current segment when there are several.
        s += row("SPC", w.spcReading(c.spc, minimum: e.settings.spcMinimumPoints)
                 + (c.spc.flatMap(w.spcSegment).map { " (" + $0 + ")" } ?? ""))
        s += row(c.stale ? w.pick("Næste måling skulle være kommet", "Next measurement was due") : w.pick("Næste måling", "Next measurement"), w.date(c.dueDate))
        if c.realizedValue != nil || c.plannedValue != nil {
            s += row(w.pick("Gevinst", "Benefit"), w.kroner(c.realizedValue) + w.pick(" af ", " of ") + w.kroner(c.plannedValue))
        }
        return s + "</dl></div></article>"
    }

    /// What the line styles mean, for the lines this chart draws.
    static func legend(_ chart: CriterionChart, _ w: Wording) -> String {
        var items = [("series", w.pick("målinger", "measurements")), ("target", w.pick("mål", "target")), ("baseline", "baseline")]
        if chart.plannedPath.count >= 2 { items.append(("plan", w.pick("planlagt forløb", "planned path"))) }
        if !CriterionChart.segments(chart.c).isEmpty { items.append(("spc", w.pick("SPC: middel og kontrolgrænser", "SPC: mean and control limits"))) }
        if chart.c.spc?.signals.isEmpty == false { items.append(("signal", w.pick("signal", "signal"))) }
        if !chart.c.events.isEmpty { items.append(("event", w.pick("hændelse (nummer i listen)", "event (number in the list)"))) }
        if chart.goLive != nil { items.append(("golive", w.pick("idriftsættelse", "go-live"))) }
        items.append(("asof", w.pick("opgørelsesdato", "as-of date")))
        return "<ul class=\"legend\" aria-hidden=\"true\">" + items.map { "<li><span class=\"sw sw-\($0.0)\"></span>" + HTMLEscape.text($0.1) + "</li>" }.joined() + "</ul>"
    }
}
