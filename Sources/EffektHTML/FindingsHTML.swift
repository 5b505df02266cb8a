import EffektModel
import EffektEvaluation
import EffektText

/// "Hvem gør hvad": the follow-up points, most urgent first, with owner and due date.
enum FindingsHTML {
    /// Rows in the portfolio's list; the rest are under each project's own section.
    static let portfolioRows = 200

    static func html(_ all: [ProjectFinding], _ e: Evaluation, _ w: Wording, showProject: Bool,
                     sections: SectionSelection?, limit: Int = 0) -> String {
        let esc = HTMLEscape.text
        guard !all.isEmpty else {
            return "<p class=\"none\">" + esc(w.pick("Ingen åbne opfølgningspunkter.", "No open follow-up points.")) + "</p>"
        }
        let shown = limit > 0 ? Array(all.prefix(limit)) : all
        var s = "<table class=\"findings\"><thead><tr><th scope=\"col\">" + esc(w.pick("Frist", "Due")) + "</th><th scope=\"col\">"
            + esc(w.pick("Ansvarlig", "Owner")) + "</th>"
            + (showProject ? "<th scope=\"col\">" + esc(w.pick("Projekt", "Project")) + "</th>" : "")
            + "<th scope=\"col\">" + esc(w.pick("Hvad", "What")) + "</th></tr></thead><tbody>"
        for pf in shown {
            let f = pf.finding
            let overdue = f.dueDate.map { $0 < e.asOf } ?? false
            let due = f.dueDate.map(w.date) ?? w.pick("ingen frist", "no due date")
            s += "<tr data-code=\"\(f.code.rawValue)\"" + (overdue ? " class=\"overdue\"" : "") + "><td>"
                + (overdue ? "<span class=\"warn\">! " + esc(due) + " <span class=\"sr\">" + esc(w.pick("(overskredet)", "(past due)")) + "</span></span>" : esc(due))
                + "</td><td>" + esc(w.owner(f.owner)) + "</td>"
            if showProject {
                let id = esc(w.clean(pf.project.project.id))
                s += "<td>" + (sections?.anchor(pf.project).map { "<a href=\"#\($0)\">\(id)</a>" } ?? id) + "</td>"
            }
            s += "<td>" + esc(w.finding(f, in: pf.project)) + "</td></tr>"
        }
        s += "</tbody></table>"
        if all.count > shown.count {
            let rest = NumberFormatting.number(Double(all.count - shown.count), language: w.language)
            s += "<p class=\"note\">" + esc(w.pick("… og \(rest) punkter mere; de står under hvert projekt og i effekt dashboard --project ID.",
                                                     "… and \(rest) more points; they are under each project and in effekt dashboard --project ID.")) + "</p>"
        }
        return s
    }
}
