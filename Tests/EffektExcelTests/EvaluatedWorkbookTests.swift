import Foundation
import Testing
import EffektModel
import EffektEvaluation
import EffektTestSupport
@testable import EffektExcel

/// The workbook of a real evaluation (the engine's `Evaluator`, not a hand-built value) with
/// milestones, a recalculating event, a go-live and a history: every new cell must show what the
/// evaluation computed, whatever its figures are.
@Suite struct EvaluatedWorkbookTests {
    /// libxlsxwriter writes numbers with 16 significant digits (`%.16G`): equal to 1e-13 relative.
    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-13 * max(1, abs(b))
    }

    static func evaluation() -> Evaluation {
        let day = Fixture.day
        let k1 = Criterion(projectID: "P1", id: "K1", name: "Andel digitale ansøgninger", unit: "%", direction: .increase,
                           baseline: 40, baselineDate: day("2024-01-01"), target: 80, targetDate: day("2026-12-31"),
                           owner: "Mette Hansen", frequency: .monthly, valuePerUnit: 1000, line: 2)
        // 30 monthly points: about 45 during 2024, about 62 from the process change in January 2025.
        var measurements: [EffektModel.Measurement] = []
        for m in 0..<30 {
            let month = m % 12 + 1, year = 2024 + m / 12
            let date = Day.lastDay(year: year, month: month) ?? day("2024-01-31")
            let level = year == 2024 ? 45.0 : 62.0
            measurements.append(EffektModel.Measurement(criterion: 0, date: date, value: level + Double((m * 7) % 5) - 2, line: m + 2))
        }
        let data = Dataset(
            projects: [Project(id: "P1", name: "Digital pladsanvisning", owner: "Mette Hansen", goLive: day("2024-03-01"))],
            criteria: [k1], measurements: measurements,
            milestones: [Milestone(criterion: 0, date: day("2024-06-30"), value: 40, line: 2),
                         Milestone(criterion: 0, date: day("2025-06-30"), value: 60, line: 3)],
            events: [ProjectEvent(projectID: "P1", criterionID: "K1", date: day("2025-01-15"), text: "Ny arbejdsgang", recalculate: true, line: 2),
                     ProjectEvent(projectID: "P1", criterionID: nil, date: day("2025-09-01"), text: "Kampagne", recalculate: false, line: 3)],
            inputs: [InputSummary(file: "kriterier.csv", kind: .criteria, rows: 2, accepted: 1, rejected: 0),
                     InputSummary(file: "maalinger.csv", kind: .measurements, rows: 31, accepted: 30, rejected: 0),
                     InputSummary(file: "delmaal.csv", kind: .milestones, rows: 3, accepted: 2, rejected: 0),
                     InputSummary(file: "haendelser.csv", kind: .events, rows: 3, accepted: 2, rejected: 0)],
            hasProjectsFile: true)
        let report = RecordedReport(
            quarter: Quarter(containing: day("2026-03-31")), asOf: day("2026-03-31"), recordedAt: "2026-04-02T08:00:00Z",
            superseded: false, portfolioScore: 0.5, projectScores: ["P1": 0.5],
            criteria: [RecordedCriterion(projectID: "P1", criterionID: "K1", baseline: 40, target: 85, targetDate: day("2026-12-31"))])
        return Evaluator.evaluate(data, asOf: day("2026-06-30"), history: [report])
    }

    @Test func everyNewCellShowsTheEvaluation() throws {
        let e = Self.evaluation()
        let ce = try #require(e.projects.first?.criteria.first)
        let spc = try #require(ce.spc, "30 points give an XmR chart")
        let (x, _) = try writeAndRead(e)

        // SPC: two segments, the second started by the event (the first point on or after 2025-01-15).
        #expect(spc.segments.count == 2)
        let s = try #require(x.sheet("SPC"))
        #expect(s.cells["I5"]?.number == Double(spc.segments.count))
        #expect(s.cells["J5"]?.number == serial(spc.segments[1].startDate.iso))
        #expect(spc.segments[1].startDate == Fixture.day("2025-01-31"))
        #expect(s.cells["K5"]?.text == "Ny arbejdsgang")
        #expect(Self.close(s.cells["M5"]?.number, spc.mean))
        #expect(s.cells["H5"]?.number == Double(spc.points))

        // Grafdata: each charted segment's mean from its first point's date.
        let d = try #require(x.sheet("Grafdata"))
        for (k, seg) in spc.segments.enumerated() where seg.charted {
            #expect(d.cells["K\(2 + 3 * k)"]?.number == serial(seg.startDate.iso))
            #expect(Self.close(d.cells["L\(2 + 3 * k)"]?.number, seg.mean))
        }
        // The planned path's knots: baseline, the two milestones, the target.
        #expect(d.cells["H3"]?.number == 40)
        #expect(d.cells["H4"]?.number == 60)
        #expect(d.cells["H5"]?.number == 80)

        // Kriterier: milestones, P(A), expected kroner; the target moved from 85 (first reported).
        let k = try #require(x.sheet("Kriterier"))
        #expect(k.cells["R2"]?.number == 2)
        #expect(Self.close(k.cells["W2"]?.number, ce.plannedNow))
        #expect(Self.close(k.cells["AE2"]?.number, ce.expectedValue))
        #expect(ce.originalTarget == 85)
        #expect(k.cells["P2"]?.number == 85)
        #expect(x.fill(try #require(k.cells["M2"])) == "FFFFEB9C")

        // Gevinstprofil: the portfolio's years, pair by pair.
        let g = try #require(x.sheet("Gevinstprofil"))
        #expect(!e.portfolio.benefitProfile.isEmpty)
        for (j, b) in e.portfolio.benefitProfile.enumerated() {
            let planned = A1.column(Col(2 + 2 * j)), realized = A1.column(Col(3 + 2 * j))
            #expect(g.cells["\(planned)4"]?.text?.hasPrefix("\(b.year)") == true)
            #expect(Self.close(g.cells["\(planned)7"]?.number, b.plannedValue))
            #expect(Self.close(g.cells["\(realized)7"]?.number, b.realizedValue))
        }

        // Opfølgning: the target_changed finding with what moved.
        let f = try #require(x.sheet("Opfølgning"))
        let texts = (5...12).compactMap { f.cells["E\($0)"]?.text }
        #expect(texts.contains("Mål ændret siden første indberetning: mål 85 → 80"))

        // Under the chart: the go-live, the recalculation that started new limits, the campaign.
        let charts = try #require(x.sheet("Grafer"))
        #expect(charts.cells["C28"]?.text == "Idriftsat")
        #expect(charts.cells["C29"]?.text == "Ny arbejdsgang — nye kontrolgrænser herfra")
        #expect(charts.cells["C30"]?.text == "Kampagne")
    }
}
