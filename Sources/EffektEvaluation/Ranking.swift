import EffektModel

/// The one order for "best first" lists (comparison table, Sammenligning sheet, groups): the
/// current score descending, those without a score last, ties by name in natural order.
package enum Ranking {
    package static func sorted<T>(_ items: [T], score: (T) -> Double?, name: (T) -> String) -> [T] {
        items.sorted { a, b in
            switch (score(a), score(b)) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return NaturalOrder.less(name(a), name(b))
            }
        }
    }
}

extension Evaluation {
    /// The projects ranked by their current score (rank 1 first).
    package var rankedProjects: [ProjectEvaluation] {
        Ranking.sorted(projects, score: \.rollUp.score, name: \.project.id)
    }
}
