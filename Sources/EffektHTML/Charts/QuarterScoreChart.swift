import EffektEvaluation
import EffektText

/// The portfolio's score at each quarter end (RollUp.history), 0–100 %, each point labelled.
enum QuarterScoreChart {
    static let width = 640.0, height = 200.0, left = 48.0, right = 40.0, top = 20.0, bottom = 28.0

    static func point(_ i: Int, of n: Int, score: Double) -> (Double, Double) {
        let span = width - left - right
        let x = n <= 1 ? left + span / 2 : left + Double(i) / Double(n - 1) * span
        let y = top + (1 - min(max(score, 0), 1)) * (height - top - bottom)
        return (x, y)
    }

    static func svg(_ history: [QuarterScore], title: String, w: Wording, id: String) -> String {
        let desc = history.map { w.quarterShort($0.quarter) + ": " + w.percent($0.score) }.joined(separator: "; ")
        var s = SVG.open(width: width, height: height, className: "chart quarter-chart", id: id, title: title, desc: desc)
        for f in [0.0, 0.5, 1] {
            let y = point(0, of: 1, score: f).1
            s += SVG.line(left, y, width - right, y, className: "grid")
            s += SVG.text(left - 6, y + 4, w.percent(f), className: "tick", anchor: "end")
        }
        var run: [(Double, Double)] = []
        for (i, q) in history.enumerated() {
            let x = point(i, of: history.count, score: 0).0
            s += SVG.text(x, height - 8, w.quarterShort(q.quarter), className: "tick", anchor: "middle")
            guard let v = q.score, v.isFinite else {
                if run.count >= 2 { s += SVG.polyline(run, className: "series") }
                run = []
                continue
            }
            run.append(point(i, of: history.count, score: v))
        }
        if run.count >= 2 { s += SVG.polyline(run, className: "series") }
        for (i, q) in history.enumerated() {
            guard let v = q.score, v.isFinite else { continue }
            let p = point(i, of: history.count, score: v)
            s += "<circle cx=\"\(SVG.n(p.0))\" cy=\"\(SVG.n(p.1))\" r=\"3.5\" class=\"pt\"/>"
            s += SVG.text(p.0, p.1 - 8, w.percent(v), className: "pt-label", anchor: "middle")
        }
        return s + "</svg>"
    }
}
