import EffektModel

/// Small inline charts: sparklines and progress bars.
package enum Glyphs {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Scores (fractions) on a fixed 0–100 % scale, so that sparklines of different projects can be
    /// compared line by line: level = round(clamp(score) × 7). A missing score is a space.
    static func scoreSparkline(_ scores: [Double?]) -> String {
        String(scores.map { score -> Character in
            guard let score, score.isFinite else { return " " }
            return levels[Int((min(max(score, 0), 1) * 7).rounded(.toNearestOrAwayFromZero))]
        })
    }

    /// Raw measurement values scaled between their own minimum and maximum (the usual sparkline:
    /// it shows the shape, not the level). All equal values draw a flat middle line. At most
    /// `maxPoints`, the latest kept.
    static func valueSparkline(_ values: [Double], maxPoints: Int) -> String {
        let shown = values.suffix(max(0, maxPoints))
        guard let lo = shown.min(), let hi = shown.max() else { return "" }
        return String(shown.map { v -> Character in
            guard hi > lo else { return levels[3] }
            return levels[Int(((v - lo) / (hi - lo) * 7).rounded(.toNearestOrAwayFromZero))]
        })
    }

    /// A progress bar of `cells` cells: `██████░░░░`, filled = round(clamp(fraction) × cells).
    /// Whole cells only: they print identically in every font and on paper.
    static func bar(_ fraction: Double?, cells: Int) -> String {
        guard cells > 0 else { return "" }
        guard let fraction, fraction.isFinite else { return String(repeating: "·", count: cells) }
        let filled = Int((min(max(fraction, 0), 1) * Double(cells)).rounded(.toNearestOrAwayFromZero))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
    }

    /// ▲ / ▼ / = with the change in percentage points, or `–` without one.
    package static func change(_ delta: Double?, language: Language) -> String {
        guard let delta, delta.isFinite else { return NumberFormatting.missing }
        let pp = (delta * 100).rounded(.toNearestOrAwayFromZero)
        let magnitude = NumberFormatting.number(abs(delta) * 100, language: language) + " pp"
        if pp > 0 { return "▲ " + magnitude }
        if pp < 0 { return "▼ " + magnitude }
        return "= 0 pp"
    }
}
