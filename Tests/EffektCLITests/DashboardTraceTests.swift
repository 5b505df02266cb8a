import Foundation
import Testing

/// Issue #5: every figure the dashboard prints for a project is traceable to the JSON of the same
/// run. Both come from the real binary on the shipped Danish fixtures; the dashboard's rounding
/// (half away from zero, Danish thousands separators) is undone here independently.
@Suite struct DashboardTraceTests {
    struct ProjectFigures: Decodable {
        var project_id: String
        var score: Double?
        var score_change: Double?
        var coverage: Double?
        var realized_value: Double?
        var planned_value: Double?
        var expected_value: Double?
        var entered: Int
        var score_change_comparable: Double?
    }
    struct Document: Decodable {
        struct Roll: Decodable { var score: Double?; var expected: Double? }
        var portfolio: Roll
        var projects: [ProjectFigures]
    }

    static func percent(_ x: Double) -> Int { Int((x * 100).rounded(.toNearestOrAwayFromZero)) }
    static func kroner(_ x: Double) -> String {
        let n = Int(x.rounded(.toNearestOrAwayFromZero))
        var digits = String(abs(n))
        var groups: [String] = []
        while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
        groups.insert(digits, at: 0)
        return (n < 0 ? "−" : "") + groups.joined(separator: ".")
    }

    @Test func projectLinesMatchTheJSON() throws {
        let json = try CLI.run(["evaluate", "Fixtures/kommune-da", "-q"])
        #expect(json.status == 0)
        let doc = try JSONDecoder().decode(Document.self, from: Data(json.stdout.utf8))
        let dash = try CLI.run(["dashboard", "Fixtures/kommune-da", "--width", "160", "--color", "never"])
        #expect(dash.status == 0)
        let lines = dash.stdout.split(separator: "\n").map(String.init)

        let portfolio = try #require(lines.first { $0.contains("Målopfyldelse") })
        let ps = try #require(doc.portfolio.score), pe = try #require(doc.portfolio.expected)
        #expect(portfolio.contains("\(Self.percent(ps)) %"))
        #expect(portfolio.contains("forventet \(Self.percent(pe)) %"))

        #expect(doc.projects.count == 10)
        for p in doc.projects {
            let line = try #require(lines.first { $0.hasPrefix("  \(p.project_id) ") }, "no line for \(p.project_id)")
            let score = try #require(p.score)
            #expect(line.contains(" \(Self.percent(score)) %"), "\(p.project_id) score in: \(line)")
            if let change = p.score_change {
                let pp = Self.percent(change)
                let shown = pp > 0 ? "▲ \(pp) pp" : pp < 0 ? "▼ \(-pp) pp" : "= 0 pp"
                #expect(line.contains(shown), "\(p.project_id) change \(shown) in: \(line)")
            }
            // The table's kroner are realised / expected by now (issue 12).
            if let r = p.realized_value, let expected = p.expected_value {
                #expect(line.contains("\(Self.kroner(r)) / \(Self.kroner(expected))"), "\(p.project_id) kr. in: \(line)")
            }
            // Criteria that entered this quarter: the like-for-like change beside it (issue 13).
            if p.entered > 0, let c = p.score_change_comparable {
                let pp = Self.percent(c)
                let shown = pp > 0 ? "▲ \(pp) pp" : pp < 0 ? "▼ \(-pp) pp" : "= 0 pp"
                #expect(line.contains("(\(shown); \(p.entered) \(p.entered == 1 ? "nyt" : "nye"))"), "\(p.project_id) in: \(line)")
            }
            if let c = p.coverage {
                #expect(line.hasSuffix("\(Self.percent(c)) %"), "\(p.project_id) coverage in: \(line)")
            }
        }
    }
}
