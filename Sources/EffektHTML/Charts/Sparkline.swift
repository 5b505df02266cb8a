/// A project's score at the last quarter ends, on a fixed 0–100 % scale so rows compare.
/// A missing score breaks the line. Decorative: the table row states the figures in words.
enum Sparkline {
    static let width = 84.0, height = 20.0

    /// x of point i of n, y of a score (clamped to 0…1), 2 px inset.
    static func point(_ i: Int, of n: Int, score: Double) -> (Double, Double) {
        let x = n <= 1 ? width / 2 : 2 + Double(i) / Double(n - 1) * (width - 4)
        let y = 2 + (1 - min(max(score, 0), 1)) * (height - 4)
        return (x, y)
    }

    static func svg(_ scores: [Double?]) -> String {
        var s = "<svg class=\"spark\" viewBox=\"0 0 84 20\" width=\"84\" height=\"20\" aria-hidden=\"true\">"
        var run: [(Double, Double)] = []
        func flush() {
            if run.count >= 2 { s += SVG.polyline(run, className: "spark-line") }
            run = []
        }
        for (i, score) in scores.enumerated() {
            guard let score, score.isFinite else { flush(); continue }
            run.append(point(i, of: scores.count, score: score))
        }
        flush()
        if let last = scores.last, let v = last, v.isFinite {
            let p = point(scores.count - 1, of: scores.count, score: v)
            s += "<circle cx=\"\(SVG.n(p.0))\" cy=\"\(SVG.n(p.1))\" r=\"2\" class=\"spark-end\"/>"
        }
        return s + "</svg>"
    }
}
