import EffektEvaluation
import EffektVocabulary
import EffektText

/// The portfolio's projects as horizontal bars: score (0–100 %, status colour and symbol) with a
/// tick at the expected score, one row per project.
enum ScoreExpectedChart {
    static let width = 640.0, rowHeight = 24.0, labelWidth = 250.0, valueWidth = 110.0, top = 22.0

    /// x of a fraction on the bar scale (clamped to 0…1).
    static func x(_ fraction: Double) -> Double {
        labelWidth + min(max(fraction, 0), 1) * (width - labelWidth - valueWidth)
    }

    static func svg(_ projects: [ProjectEvaluation], title: String, w: Wording, id: String) -> String {
        let height = top + Double(projects.count) * rowHeight + 6
        let desc = projects.map { p in
            w.clean(p.project.id) + " " + w.projectName(p.project) + ": " + w.percent(p.rollUp.score)
                + w.pick(" mod forventet ", " against expected ") + w.percent(p.rollUp.expected) + " (" + p.rollUp.status.label(w.language) + ")"
        }.joined(separator: "; ")
        var s = SVG.open(width: width, height: height, className: "chart score-chart", id: id, title: title, desc: desc)
        for f in [0.0, 0.25, 0.5, 0.75, 1] {
            s += SVG.line(x(f), top - 4, x(f), height - 4, className: "grid")
            s += SVG.text(x(f), top - 8, w.percent(f), className: "tick", anchor: "middle")
        }
        for (i, p) in projects.enumerated() {
            let r = p.rollUp
            let y0 = top + Double(i) * rowHeight
            let label = r.status.symbol + " " + w.clean(p.project.id) + " " + w.projectName(p.project)
            s += SVG.text(labelWidth - 8, y0 + 16, String(label.prefix(32)) + (label.count > 32 ? "…" : ""), className: "row-label", anchor: "end")
            s += "<rect class=\"bar-track\" x=\"\(SVG.n(x(0)))\" y=\"\(SVG.n(y0 + 5))\" width=\"\(SVG.n(x(1) - x(0)))\" height=\"14\"/>"
            if let score = r.score, score.isFinite {
                s += "<rect class=\"bar-fill st-\(r.status.rawValue)\" x=\"\(SVG.n(x(0)))\" y=\"\(SVG.n(y0 + 5))\" width=\"\(SVG.n(x(score) - x(0)))\" height=\"14\"/>"
            }
            if let e = r.expected, e.isFinite { s += SVG.line(x(e), y0 + 2, x(e), y0 + 22, className: "bar-expected") }
            s += SVG.text(x(1) + 8, y0 + 16, w.percent(r.score) + " / " + w.percent(r.expected), className: "row-value")
        }
        return s + "</svg>"
    }
}
