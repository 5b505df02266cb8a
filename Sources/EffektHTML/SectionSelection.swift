import EffektEvaluation

/// Which projects get a section of their own. A national page of 5,000 projects cannot hold
/// 20,000 charts and still open in a browser, so above `cap` projects the page shows the `cap`
/// projects furthest behind (largest gap = expected − score; projects without a score after
/// those with one), and names how many were left out. Every project stays in the table.
struct SectionSelection {
    /// Indices into `Evaluation.projects`, in the evaluation's order.
    var shown: [Int]
    var total: Int
    private var anchors: [String: String]

    init(_ projects: [ProjectEvaluation], cap: Int) {
        total = projects.count
        let chosen: Set<String>
        if projects.count <= cap {
            chosen = Set(projects.map(\.project.id))
        } else {
            chosen = Set(Self.byGap(projects).prefix(max(0, cap)).map(\.project.id))
        }
        shown = projects.indices.filter { chosen.contains(projects[$0].project.id) }
        var a: [String: String] = [:]
        for i in shown { a[projects[i].project.id] = "p-\(i + 1)" }
        anchors = a
    }

    var omitted: Int { total - shown.count }

    /// The element id of a project's section (made from its position: ids from data may hold
    /// anything), or nil when it has none.
    func anchor(_ p: ProjectEvaluation) -> String? { anchors[p.project.id] }

    /// Furthest behind first: gap descending, then no score, then evaluation order (stable).
    static func byGap(_ projects: [ProjectEvaluation]) -> [ProjectEvaluation] {
        projects.enumerated().sorted { a, b in
            let ga = a.element.rollUp.gap ?? -.infinity, gb = b.element.rollUp.gap ?? -.infinity
            return ga != gb ? ga > gb : a.offset < b.offset
        }.map(\.element)
    }
}
