import EffektModel
import EffektEvaluation
import EffektVocabulary
import EffektText

/// The portfolio block: key figures, status counts, the projects needing attention, two charts.
enum PortfolioHTML {
    /// Rows in the score-vs-expected chart; beyond this the chart shows the widest gaps.
    static let chartRows = 20

    static func html(_ e: Evaluation, _ w: Wording, sections: SectionSelection) -> String {
        let r = e.portfolio
        let esc = HTMLEscape.text
        var s = "<dl class=\"figures\" data-score=\"\(HTMLEscape.number(r.score))\" data-expected=\"\(HTMLEscape.number(r.expected))\""
            + " data-status=\"\(r.status.rawValue)\" data-change=\"\(HTMLEscape.number(r.scoreChange))\""
            + " data-realized=\"\(HTMLEscape.number(r.realizedValue))\" data-planned=\"\(HTMLEscape.number(r.plannedValue))\""
            + " data-expected-value=\"\(HTMLEscape.number(r.expectedValue))\" data-coverage=\"\(HTMLEscape.number(r.coverage))\">"
        // Score against expected.
        var scoreSub = w.pick("forventet nu ", "expected by now ") + w.percent(r.expected)
        if let sc = r.score, let x = r.expected { scoreSub += " (" + NumberFormatting.points(sc - x, language: w.language) + ")" }
        s += figure(w.pick("Målopfyldelse", "Attainment"), esc(w.percent(r.score)), sub: esc(scoreSub), extra: ScoreBar.svg(score: r.score, expected: r.expected, status: r.status))
        s += figure(w.pick("Samlet status", "Overall status"), StatusHTML.badge(r.status, w), sub: "")
        // Change: since last quarter; since the last reported quarter when a history exists; like for like.
        var changeSub: [String] = []
        if let reported = r.reportedPreviousScore {
            changeSub.append(w.pick("siden seneste indberetning (", "since the last report (") + w.percent(reported) + "): "
                             + Glyphs.change(r.scoreChangeReported, language: w.language))
        }
        if r.entered > 0 {
            changeSub.append(w.pick("samme projekter som sidst: ", "same projects as last time: ")
                             + Glyphs.change(r.scoreChangeComparable, language: w.language) + "; "
                             + w.count(r.entered, "nyt med data", "nye med data", "new with data", "new with data"))
        }
        s += figure(w.pick("Ændring siden forrige kvartal", "Change since last quarter"),
                    esc(Glyphs.change(r.scoreChange, language: w.language)), sub: esc(changeSub.joined(separator: " · ")))
        if r.realizedValue != nil || r.plannedValue != nil || r.expectedValue != nil {
            var sub = (r.expectedValue.map { w.pick("forventet nu ", "expected by now ") + w.kroner($0) + " · " } ?? "")
                + w.pick("planlagt ", "planned ") + w.kroner(r.plannedValue)
            if let ratio = r.realisation { sub += " (" + w.percent(ratio) + w.pick(" realiseret)", " realised)") }
            s += figure(w.pick("Gevinst realiseret", "Benefit realised"), esc(w.kroner(r.realizedValue)), sub: esc(sub))
        }
        s += figure(w.pick("Datadækning", "Data coverage"), esc(w.percent(r.coverage)),
                    sub: esc(w.pick("af kriterierne har aktuelle målinger", "of the criteria have current measurements")))
        s += "</dl>"
        s += "<ul class=\"counts\" aria-label=\"\(esc(w.pick("Projekter pr. status", "Projects by status")))\">"
        for st in Status.displayOrder {
            let n = r.statusCounts[st] ?? 0
            s += "<li class=\"st-\(st.rawValue)\" data-status=\"\(st.rawValue)\" data-count=\"\(n)\"><span class=\"sym\" aria-hidden=\"true\">\(st.symbol)</span> <b>"
                + NumberFormatting.number(Double(n), language: w.language) + "</b> " + esc(st.label(w.language)) + "</li>"
        }
        s += "</ul>"
        s += attention(e, w, sections: sections)
        // Charts side by side on screen, each with its figures as a table underneath.
        let worst = SectionSelection.byGap(e.projects).prefix(chartRows)
        let chartProjects = e.projects.count <= chartRows ? e.projects : Array(worst)
        let chartTitle = e.projects.count <= chartRows ? w.pick("Målopfyldelse mod forventet pr. projekt", "Attainment against expected by project")
            : w.pick("De \(chartRows) projekter med størst afstand til det forventede", "The \(chartRows) projects furthest behind expected")
        // The caption comes first: it is the chart's heading on screen and on paper.
        s += "<div class=\"charts\"><figure><figcaption><b>" + esc(chartTitle) + "</b> " + esc(w.pick("Søjlen er målopfyldelsen, stregen det forventede nu.", "The bar is the attainment, the tick what is expected by now.")) + "</figcaption>"
        s += ScoreExpectedChart.svg(chartProjects, title: chartTitle, w: w, id: "chart-portfolio")
        s += Tables.details(w.pick("Tal bag grafen", "Figures behind the chart"),
                            headers: [w.pick("Projekt", "Project"), "Status", w.pick("Målopfyldelse", "Attainment"), w.pick("Forventet", "Expected")],
                            rows: chartProjects.map { p in [w.clean(p.project.id) + " " + w.projectName(p.project), w.status(p.rollUp.status),
                                                            w.percent(p.rollUp.score), w.percent(p.rollUp.expected)] })
        s += "</figure>"
        if !r.history.isEmpty {
            let title = w.pick("Porteføljens målopfyldelse ved kvartalernes udgang", "Portfolio attainment at quarter ends")
            s += "<figure><figcaption><b>" + esc(title) + "</b></figcaption>" + QuarterScoreChart.svg(r.history, title: title, w: w, id: "chart-history")
            s += Tables.details(w.pick("Tal bag grafen", "Figures behind the chart"),
                                headers: [w.pick("Kvartal", "Quarter"), w.pick("Målopfyldelse", "Attainment")],
                                rows: r.history.map { [$0.quarter.label(w.language), w.percent($0.score)] })
            s += "</figure>"
        }
        return s + "</div>"
    }

    /// One key figure; `value`, `sub` and `extra` are HTML already escaped by the caller.
    static func figure(_ label: String, _ value: String, sub: String, extra: String = "") -> String {
        "<div class=\"figure\"><dt>\(HTMLEscape.text(label))</dt><dd><span class=\"value\">\(value)</span>\(extra)"
            + (sub.isEmpty ? "" : "<span class=\"sub\">\(sub)</span>") + "</dd></div>"
    }

    /// The three projects furthest behind, linked to their sections: where a reader starts.
    static func attention(_ e: Evaluation, _ w: Wording, sections: SectionSelection) -> String {
        let worst = SectionSelection.byGap(e.projects).prefix(3).filter { ($0.rollUp.gap ?? 0) > 0 }
        guard !worst.isEmpty else { return "" }
        var s = "<div class=\"attention\"><h3>" + HTMLEscape.text(w.pick("Kræver opmærksomhed", "Needs attention")) + "</h3><ol>"
        for p in worst {
            let r = p.rollUp
            let name = HTMLEscape.text(w.clean(p.project.id) + " " + w.projectName(p.project))
            let link = sections.anchor(p).map { "<a href=\"#\($0)\">\(name)</a>" } ?? name
            s += "<li>" + link + " " + StatusHTML.badge(r.status, w) + " <span class=\"sub\">" + HTMLEscape.text(
                w.percent(r.score) + w.pick(" mod forventet ", " against expected ") + w.percent(r.expected)) + "</span></li>"
        }
        return s + "</ol></div>"
    }
}

/// Status as symbol and word: never colour alone.
enum StatusHTML {
    static func badge(_ s: Status, _ w: Wording, stale: Bool = false) -> String {
        "<span class=\"status st-\(s.rawValue)\"><span class=\"sym\" aria-hidden=\"true\">\(s.symbol)</span> "
            + HTMLEscape.text(s.label(w.language)) + "</span>"
            + (stale ? " <span class=\"stale\">" + HTMLEscape.text(w.pick("(forsinket)", "(overdue)")) + "</span>" : "")
    }
}

/// Plain tables: the fallbacks under the charts and the follow-up lists.
enum Tables {
    static func table(headers: [String], rows: [[String]], className: String = "plain") -> String {
        var s = "<table class=\"\(className)\"><thead><tr>"
        for h in headers { s += "<th scope=\"col\">\(HTMLEscape.text(h))</th>" }
        s += "</tr></thead><tbody>"
        for row in rows {
            s += "<tr>"
            for (i, cell) in row.enumerated() {
                s += i == 0 ? "<th scope=\"row\">\(HTMLEscape.text(cell))</th>" : "<td>\(HTMLEscape.text(cell))</td>"
            }
            s += "</tr>"
        }
        return s + "</tbody></table>"
    }

    static func details(_ summary: String, headers: [String], rows: [[String]]) -> String {
        "<details class=\"fallback\"><summary>\(HTMLEscape.text(summary))</summary>" + table(headers: headers, rows: rows) + "</details>"
    }
}
