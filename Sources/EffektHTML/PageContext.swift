import EffektModel
import EffektEvaluation
import EffektVocabulary
import EffektText

/// The values the page template can use (documented in Docs/html.md). Text values are escaped by
/// Mustache (`{{…}}`); the HTML values (`{{{…}}}`) are built here with every datum escaped.
enum PageContext {
    static func build(_ e: Evaluation, _ w: Wording, cap: Int) -> [String: Any] {
        let facts = HeaderFacts(e, w)
        let sections = SectionSelection(e.projects, cap: cap)
        var c: [String: Any] = [
            "lang": w.language.rawValue,
            "heading": w.pick("Effektvurdering", "Effect assessment"),
            "period": facts.period,
            "counts": facts.counts,
            "csp": ContentSecurity.marker,
            "style": PageStyle.text,
            "script": PageScript.text,
            "t": [
                "portfolio": w.pick("Portefølje", "Portfolio"),
                "projects": w.pick("Projekter", "Projects"),
                "findings": w.pick("Hvem gør hvad", "Who does what"),
            ],
            "portfolio": PortfolioHTML.html(e, w, sections: sections),
            "projectTable": ProjectTableHTML.html(e, w, sections: sections),
            "findings": FindingsHTML.html(ProjectFinding.all(e), e, w, showProject: true, sections: sections,
                                          limit: FindingsHTML.portfolioRows),
            "projectSections": projectSections(e, w, sections),
            "legend": legend(w),
            "method": w.pick(
                "Målopfyldelse = (seneste måling − baseline) / (mål − baseline); forventet = hvor langt det planlagte forløb er nået på opgørelsesdatoen. Tendens efter Mann–Kendall, prognose efter Theil–Sen, SPC efter XmR. Siden er dannet af effekt og virker uden net.",
                "Attainment = (latest − baseline) / (target − baseline); expected = how far the planned path has come by the as-of date. Trend by Mann–Kendall, forecast by Theil–Sen, SPC by XmR. The page was made by effekt and works offline."),
        ]
        let org = w.clean(e.settings.organisation ?? "")
        if !org.isEmpty { c["organisation"] = org }
        if !facts.rejected.isEmpty { c["rejected"] = facts.rejected }
        if sections.omitted > 0 {
            let shown = NumberFormatting.number(Double(sections.shown.count), language: w.language)
            let left = NumberFormatting.number(Double(sections.omitted), language: w.language)
            c["omitted"] = w.pick(
                "Siden viser de \(shown) projekter, der er længst fra det forventede, med hver sin side; \(left) projekter er udeladt her, men står i tabellen ovenfor. Se ethvert projekt med effekt dashboard --project ID.",
                "The page shows the \(shown) projects furthest behind expected, each on its own page; \(left) projects are left out here but are in the table above. See any project with effekt dashboard --project ID.")
        }
        return c
    }

    static func projectSections(_ e: Evaluation, _ w: Wording, _ sections: SectionSelection) -> String {
        var s = ""
        for i in sections.shown {
            let p = e.projects[i]
            guard let anchor = sections.anchor(p) else { continue }
            s += ProjectSectionHTML.html(p, e, w, anchor: anchor)
        }
        return s
    }

    static func legend(_ w: Wording) -> String {
        var parts = Status.displayOrder.map { $0.symbol + " " + $0.label(w.language) }
        parts += ["▲/▼ " + w.pick("ændring i procentpoint (pp)", "change in percentage points (pp)"),
                  "! " + w.pick("frist overskredet", "past due")]
        return w.pick("Forklaring: ", "Legend: ") + parts.joined(separator: " · ")
    }
}
