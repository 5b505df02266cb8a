import EffektModel
import EffektEvaluation
import EffektVocabulary
import Foundation
import Testing
@testable import EffektText

/// Every number the dashboard prints comes from the evaluation: percentages, percentage points,
/// amounts, counts and dates are recomputed here from its values and each printed token is looked up.
@Suite struct TraceabilityTests {
    /// The test portfolio, or (`planned`) the same with milestones, events and a history.
    var e = Fixture.kommune()

    func pct(_ x: Double?) -> Double? { x.map { ($0 * 100).rounded(.toNearestOrAwayFromZero) } }

    var percents: Set<Double> {
        var s: Set<Double> = []
        let rollUps = [e.portfolio] + e.projects.map(\.rollUp)
        for r in rollUps {
            for x in [pct(r.score), pct(r.expected), pct(r.coverage)] { if let x { s.insert(x) } }
            // With a history: reported → recomputed previous score.
            if let reported = r.reportedPreviousScore, let x = pct(reported), let y = pct(reported + (r.restatement ?? 0)) {
                s.formUnion([x, y])
            }
            if let a = r.realizedValue, let b = r.plannedValue, b != 0, let x = pct(a / b) { s.insert(x) }
        }
        s.insert(100) // the legend: "score ved kvartalernes udgang, 0–100 %"
        return s
    }

    var points: Set<Double> {
        var s: Set<Double> = []
        for r in [e.portfolio] + e.projects.map(\.rollUp) {
            for c in [r.scoreChange, r.scoreChangeComparable, r.scoreChangeReported] {
                if let c, let x = pct(abs(c)) { s.insert(x) }
            }
            if let a = r.score, let b = r.expected, let x = pct(abs(a - b)) { s.insert(x) }
        }
        return s
    }

    var plain: Set<Double> {
        var s: Set<Double> = [0, Double(e.projects.count), Double(e.portfolio.history.count), Double(e.quarter.number),
                              Double(e.quarter.year), Double(e.data.rejectedRows)]
        s.insert(Double(e.projects.reduce(0) { $0 + $1.criteria.count }))
        s.insert(Double(e.projects.reduce(0) { $0 + $1.criteria.reduce(0) { $0 + $1.measurements } }))
        for input in e.inputs { s.insert(Double(input.rejected)) }
        for n in e.portfolio.statusCounts.values { s.insert(Double(n)) }
        // Like for like: the comparable members and the entrants.
        let withScore = e.projects.filter { $0.rollUp.score != nil }.count
        s.formUnion([Double(e.portfolio.entered), Double(withScore - e.portfolio.entered)])
        for p in e.projects {
            let withData = p.criteria.filter { $0.attainment != nil }.count
            s.formUnion([Double(p.rollUp.entered), Double(withData - p.rollUp.entered)])
        }
        for r in [e.portfolio] + e.projects.map(\.rollUp) {
            for v in [r.realizedValue, r.plannedValue, r.expectedValue] { if let v { s.insert(v.rounded(.toNearestOrAwayFromZero)) } }
        }
        s.insert(Double(Dashboard.urgentFindings)) // never printed as such, but harmless
        return s
    }

    var dates: Set<String> {
        var s: Set<String> = [e.asOf.danish]
        for p in e.projects { for f in p.findings { if let d = f.dueDate { s.insert(d.danish) } } }
        if let d = e.projects.compactMap(\.project.goLive).first { s.insert(d.danish) }
        return s
    }

    @Test(arguments: [100, 200], [false, true])
    func everyNumberIsTraceable(width: Int, planned: Bool) throws {
        var t = self
        if planned { t.e = Fixture.planned() }
        try t.check(width: width)
    }

    func check(width: Int) throws {
        var text = Dashboard.render(e, options: DashboardOptions(width: width))
        // Identifiers hold digits but are not figures.
        text = text.replacing(/\b[PK]\d+\b/, with: "ID")
        text = text.replacing(e.quarter.label(.da), with: "QUARTER")
        for match in text.matches(of: /\d{2}-\d{2}-\d{4}/) {
            #expect(dates.contains(String(match.output)), "date \(match.output)")
        }
        text = text.replacing(/\d{2}-\d{2}-\d{4}/, with: "DATE")
        var checked = 0
        for match in text.matches(of: /(\d{1,3}(?:\.\d{3})*(?:,\d+)?)( %| pp)?/) {
            let number = try #require(NumberFormatting.parse(String(match.output.1), language: .da))
            switch match.output.2.map(String.init) {
            case " %": #expect(percents.contains(number), "\(number) %")
            case " pp": #expect(points.contains(number), "\(number) pp")
            default: #expect(plain.contains(number), "\(number)")
            }
            checked += 1
        }
        #expect(checked > 20) // the narrow layout leaves out some columns
    }

    @Test func compareScoresAreTheHistory() {
        let text = Compare.render(e, options: CompareOptions(width: 200, quarters: 6))
        for p in e.projects {
            guard let line = text.split(separator: "\n").first(where: { $0.contains(" " + p.project.id + " ") }) else {
                Issue.record("no line for \(p.project.id)"); continue
            }
            let expected = p.rollUp.history.suffix(6).map { q in
                q.score.map { NumberFormatting.percent($0, language: .da) } ?? "–"
            }
            let shown = line.matches(of: /(\d+ %|–)/).map { String($0.output.0) }
            #expect(Array(shown.prefix(6)) == expected, "\(line)")
        }
    }

    @Test func rankingIsByCurrentScore() {
        let text = Compare.render(e, options: CompareOptions(width: 160))
        let order = e.projects.sorted { ($0.rollUp.score ?? -1) > ($1.rollUp.score ?? -1) }.map(\.project.id)
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }
        #expect(lines.map { String($0.split(separator: " ")[1]) } == order)
    }
}

/// The drill-down too: values, percentages, p-values, counts, dates and forecast months.
@Suite struct DrillDownTraceabilityTests {
    func r2(_ x: Double) -> Double { (x * 100).rounded(.toNearestOrAwayFromZero) / 100 }

    @Test(arguments: ["P1", "P2", "P3", "P10"])
    func everyNumberIsTraceable(projectID: String) throws {
        try check(Fixture.kommune(), projectID)
        try check(Fixture.planned(), projectID)
    }

    func check(_ e: Evaluation, _ projectID: String) throws {
        let p = try #require(e.projects.first { $0.project.id == projectID })
        var text = Dashboard.render(e, options: DashboardOptions(width: 200, project: projectID))
        var dates: Set<String> = [e.asOf.danish]
        var months: Set<String> = []
        var percents: Set<Double> = [100]
        var plain: Set<Double> = [0, Double(e.quarter.number), Double(e.quarter.year), Double(e.data.rejectedRows),
                                  Double(e.settings.spcMinimumPoints), Double(e.settings.forecastHorizonYears)]
        var points: Set<Double> = []
        func pct(_ x: Double?) { if let x { percents.insert((x * 100).rounded(.toNearestOrAwayFromZero)) } }
        pct(p.rollUp.score); pct(p.rollUp.expected); pct(p.rollUp.coverage)
        let r = p.rollUp
        for c in [r.scoreChange, r.scoreChangeComparable, r.scoreChangeReported] {
            if let c { points.insert((abs(c) * 100).rounded(.toNearestOrAwayFromZero)) }
        }
        // Like for like: the comparable count and the entrants; with a history, reported → recomputed.
        let withData = p.criteria.filter { $0.attainment != nil }.count
        plain.formUnion([Double(r.entered), Double(withData - r.entered)])
        if let reported = r.reportedPreviousScore { pct(reported); pct(reported + (r.restatement ?? 0)) }
        for v in [p.rollUp.realizedValue, p.rollUp.plannedValue, p.rollUp.expectedValue] {
            if let v { plain.insert(v.rounded(.toNearestOrAwayFromZero)) }
        }
        if let g = p.project.goLive { dates.insert(g.danish) }
        for f in p.findings { if let d = f.dueDate { dates.insert(d.danish) } }
        for input in e.inputs { plain.insert(Double(input.rejected)) }
        for c in p.criteria {
            pct(c.attainment); pct(c.expected)
            for v in [c.criterion.baseline, c.criterion.target] + (c.latestValue.map { [$0] } ?? []) { plain.insert(r2(v)) }
            if let pv = c.trend.pValue { plain.insert((pv * 1000).rounded(.toNearestOrAwayFromZero) / 1000) }
            plain.insert(Double(c.series.count))
            dates.formUnion([c.criterion.targetDate.danish, c.dueDate.danish] + (c.latestDate.map { [$0.danish] } ?? []))
            if let r = c.forecast.reachDate { months.insert(String(r.iso.prefix(7))) }
            plain.insert(r2(c.plannedNow))
            for m in c.milestones { plain.insert(r2(m.value)); dates.insert(m.date.danish) }
            for ev in c.events { dates.insert(ev.date.danish) }
            for seg in c.spc?.segments ?? [] { dates.insert(seg.startDate.danish); plain.insert(Double(seg.points)) }
        }
        // Words that hold digits: ids, the quarter, and the SPC rule names.
        text = text.replacing(/\b[PK]\d+\b/, with: "ID").replacing(e.quarter.label(.da), with: "QUARTER")
        for rule in SPCRule.allCases { text = text.replacing(rule.label(.da), with: "RULE") }
        for m in text.matches(of: /\d{2}-\d{2}-\d{4}/) { #expect(dates.contains(String(m.output)), "date \(m.output)") }
        text = text.replacing(/\d{2}-\d{2}-\d{4}/, with: "DATE")
        for m in text.matches(of: /\d{4}-\d{2}/) { #expect(months.contains(String(m.output)), "month \(m.output)") }
        text = text.replacing(/\d{4}-\d{2}/, with: "MONTH")
        for m in text.matches(of: /(\d{1,3}(?:\.\d{3})*(?:,\d+)?)( %| pp)?/) {
            let n = try #require(NumberFormatting.parse(String(m.output.1), language: .da))
            switch m.output.2.map(String.init) {
            // A criterion measured in % shows its values with `%` too.
            case " %": #expect(percents.contains(n) || plain.contains(r2(n)), "\(n) %")
            case " pp": #expect(points.contains(n), "\(n) pp")
            default: #expect(plain.contains(r2(n)) || plain.contains(n), "\(n)")
            }
        }
    }
}
