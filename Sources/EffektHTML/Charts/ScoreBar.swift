import EffektEvaluation

/// A score as a bar against 100 %, with a tick where the score is expected to be by now.
/// Decorative: the percentage is written beside it.
enum ScoreBar {
    static let width = 100.0, height = 12.0

    static func svg(score: Double?, expected: Double?, status: Status) -> String {
        var s = "<svg class=\"bar\" viewBox=\"0 0 100 12\" width=\"100\" height=\"12\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
        s += "<rect class=\"bar-track\" x=\"0\" y=\"2\" width=\"100\" height=\"8\"/>"
        if let score, score.isFinite {
            s += "<rect class=\"bar-fill st-\(status.rawValue)\" x=\"0\" y=\"2\" width=\"\(SVG.n(min(max(score, 0), 1) * width))\" height=\"8\"/>"
        }
        if let expected, expected.isFinite {
            let x = min(max(expected, 0), 1) * width
            s += SVG.line(x, 0, x, height, className: "bar-expected")
        }
        return s + "</svg>"
    }
}
