import EffektModel
import EffektEvaluation
import EffektVocabulary
import EffektText

/// The sortable, filterable project table. Every row carries its figures as `data-` attributes
/// (the raw numbers, as in the JSON) and each cell a sort key in `data-v`; the script only reads
/// them, so the table is complete without it.
enum ProjectTableHTML {
    /// Sort rank of a status: worst first when sorted ascending.
    static func rank(_ s: Status) -> Int {
        switch s {
        case .offTrack: return 0
        case .missed: return 1
        case .atRisk: return 2
        case .noData: return 3
        case .onTrack: return 4
        case .achieved: return 5
        }
    }

    static func html(_ e: Evaluation, _ w: Wording, sections: SectionSelection) -> String {
        let esc = HTMLEscape.text
        var s = filters(e, w)
        s += "<div class=\"table-wrap\"><table class=\"projects\" id=\"project-table\"><caption>"
            + esc(w.pick("Alle projekter. Vælg en kolonneoverskrift for at sortere.", "All projects. Choose a column heading to sort."))
            + "</caption><thead><tr>"
        let columns: [(String, String)] = [
            (w.pick("Projekt", "Project"), "text"), ("Status", "num"), (w.pick("Målopfyldelse", "Attainment"), "num"),
            (w.pick("Forventet", "Expected"), "num"), (w.pick("Ændring", "Change"), "num"),
            (w.pick("Udvikling", "History"), "num"), (w.pick("Gevinst (kr.)", "Benefit (DKK)"), "num"),
            (w.pick("Dækning", "Coverage"), "num"),
        ]
        for (i, c) in columns.enumerated() {
            s += "<th scope=\"col\" aria-sort=\"none\" data-type=\"\(c.1)\"><button type=\"button\" class=\"sort\" data-col=\"\(i)\">"
                + esc(c.0) + "<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>"
        }
        s += "</tr></thead><tbody>"
        for p in e.projects { s += row(p, w, anchor: sections.anchor(p)) }
        s += "</tbody></table></div>"
        s += "<p class=\"shown-count\" id=\"shown-count\" aria-live=\"polite\" data-template=\""
            + esc(w.pick("Viser {n} af {total} projekter", "Showing {n} of {total} projects")) + "\"></p>"
        return s
    }

    static func row(_ p: ProjectEvaluation, _ w: Wording, anchor: String?) -> String {
        let esc = HTMLEscape.text, num = HTMLEscape.number
        let r = p.rollUp, pr = p.project
        var s = "<tr data-project-id=\"\(esc(w.clean(pr.id)))\" data-status=\"\(r.status.rawValue)\" data-score=\"\(num(r.score))\""
            + " data-expected=\"\(num(r.expected))\" data-gap=\"\(num(r.gap))\" data-change=\"\(num(r.scoreChange))\""
            + " data-realized=\"\(num(r.realizedValue))\" data-planned=\"\(num(r.plannedValue))\" data-coverage=\"\(num(r.coverage))\""
            + " data-area=\"\(esc(w.clean(pr.area ?? "")))\" data-phase=\"\(pr.phase?.rawValue ?? "")\" data-owner=\"\(esc(w.clean(pr.owner ?? "")))\">"
        let name = esc(w.projectName(pr))
        let title = anchor.map { "<a href=\"#\($0)\">\(name)</a>" } ?? name
        let about = [pr.area.map(w.clean), pr.owner.map(w.clean), pr.phase?.label(w.language)].compactMap { $0 }.filter { !$0.isEmpty }
        s += "<th scope=\"row\" data-v=\"\(esc(w.clean(pr.id)))\"><span class=\"pid\">\(esc(w.clean(pr.id)))</span> \(title)"
            + (about.isEmpty ? "" : "<span class=\"about\">\(esc(about.joined(separator: " · ")))</span>") + "</th>"
        s += "<td data-v=\"\(rank(r.status))\">" + StatusHTML.badge(r.status, w) + "</td>"
        s += "<td data-v=\"\(num(r.score) == "" ? "-1" : num(r.score))\" class=\"score\">" + ScoreBar.svg(score: r.score, expected: r.expected, status: r.status)
            + " <span class=\"pct\">" + esc(w.percent(r.score)) + "</span></td>"
        s += "<td data-v=\"\(num(r.expected) == "" ? "-1" : num(r.expected))\" class=\"n\">" + esc(w.percent(r.expected)) + "</td>"
        s += "<td data-v=\"\(num(r.scoreChange) == "" ? "-9" : num(r.scoreChange))\" class=\"n change\">" + esc(Glyphs.change(r.scoreChange, language: w.language)) + "</td>"
        let history = r.history.map(\.score)
        let spark = history.isEmpty ? "" : Sparkline.svg(history)
        let words = history.map { w.percent($0) }.joined(separator: ", ")
        s += "<td data-v=\"\(num(r.score) == "" ? "-1" : num(r.score))\">" + spark
            + (words.isEmpty ? "" : "<span class=\"sr\">" + esc(w.pick("Kvartaler: ", "Quarters: ") + words) + "</span>") + "</td>"
        let benefit = r.realizedValue == nil && r.plannedValue == nil ? "" : w.amount(r.realizedValue) + " / " + w.amount(r.plannedValue)
        s += "<td data-v=\"\(num(r.realizedValue) == "" ? "-1" : num(r.realizedValue))\" class=\"n\">" + esc(benefit) + "</td>"
        s += "<td data-v=\"\(num(r.coverage) == "" ? "-1" : num(r.coverage))\" class=\"n\">" + esc(w.percent(r.coverage)) + "</td>"
        return s + "</tr>"
    }

    /// Area, phase and owner, each the distinct values of the data. Hidden until the script runs:
    /// without it they would do nothing.
    static func filters(_ e: Evaluation, _ w: Wording) -> String {
        let esc = HTMLEscape.text
        func select(_ key: String, _ label: String, _ values: [(String, String)]) -> String {
            var s = "<label>\(esc(label)) <select data-filter=\"\(key)\"><option value=\"\">\(esc(w.pick("Alle", "All")))</option>"
            for (v, text) in values { s += "<option value=\"\(esc(v))\">\(esc(text))</option>" }
            return s + "</select></label>"
        }
        func distinct(_ values: [String?]) -> [(String, String)] {
            Array(Set(values.compactMap { $0 }.map(w.clean).filter { !$0.isEmpty })).sorted(by: NaturalOrder.less).map { ($0, $0) }
        }
        let phases = Phase.allCases.filter { ph in e.projects.contains { $0.project.phase == ph } }.map { ($0.rawValue, $0.label(w.language)) }
        return "<div class=\"filters\" id=\"filters\" hidden>"
            + select("area", w.pick("Område", "Area"), distinct(e.projects.map(\.project.area)))
            + select("phase", w.pick("Fase", "Phase"), phases)
            + select("owner", w.pick("Projektejer", "Owner"), distinct(e.projects.map(\.project.owner)))
            + "</div>"
    }
}
