import EffektModel
import EffektEvaluation
import EffektVocabulary
import Testing
@testable import EffektText

/// Every line fits the width, also with wide, combining and hostile names.
@Suite struct LayoutTests {
    static func hostile() -> Evaluation {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        b.project("P1", name: "\u{1B}[2J\u{1B}[31mRødt\u{1B}]0;hacked\u{07} navn\nmed linjeskift | og =SUM(A1)",
                  owner: "=cmd|' /C calc'!A0", area: "+Område\u{9B}1m", phase: .execution,
                  history: [0.1, 0.2, nil],
                  criteria: [
                    .init(id: "K1\u{1B}[1A", name: "学校のデジタル化 🚀 med e\u{301}n meget lang beskrivelse af kriteriet",
                          unit: "\u{1B}[5mdage", direction: .decrease, baseline: 40, baselineDate: "2025-01-01",
                          target: 20, targetDate: "2027-01-01", owner: "@Ole\u{0}",
                          values: [("2025-06-30", 35), ("2026-06-30", 30)], trend: .noTrend, pValue: 0.3),
                  ])
        b.project("P2", name: String(repeating: "Æblegrød ", count: 30), history: [], criteria: [])
        b.inputs = [InputSummary(file: "m\u{1B}[31m.csv", kind: .measurements, rows: 3, accepted: 2, rejected: 1)]
        var e = b.build()
        // Events are data too: escapes, bidi overrides, a formula and a very long text.
        let events = [
            EvaluatedEvent(date: day("2025-03-01"), criterionID: nil, text: "\u{1B}]0;hacked\u{07}=HYPERLINK(\"x\")\u{202E}",
                           recalculate: true, startsSegment: true),
            EvaluatedEvent(date: day("2026-01-01"), criterionID: "K1\u{1B}[1A",
                           text: String(repeating: "Omlægning af arbejdsgangen ", count: 12), recalculate: true),
        ]
        e.projects[0].criteria[0].events = events
        e.projects[0].events = events
        e.projects[0].criteria[0].milestones = [PlannedPoint(date: day("2026-12-31"), value: 25)]
        e.projects[0].rollUp.entered = 1
        e.projects[0].rollUp.scoreChangeComparable = -0.123
        return e
    }

    static let evaluations: [Evaluation] = [Fixture.kommune(), Fixture.planned(), hostile(),
                                            EvaluationBuilder(asOf: "2026-01-01").build()]

    @Test(arguments: Array(stride(from: 60, through: 200, by: 7)) + [200])
    func everyLineFits(width: Int) {
        for e in Self.evaluations {
            for color in [false, true] {
                var outputs = [Dashboard.render(e, options: DashboardOptions(width: width, color: color))]
                outputs += e.projects.map {
                    Dashboard.render(e, options: DashboardOptions(width: width, color: color, project: $0.project.id))
                }
                outputs.append(Compare.render(e, options: CompareOptions(width: width, color: color)))
                outputs.append(Compare.render(e, options: CompareOptions(width: width, color: color, grouping: .owner)))
                for text in outputs {
                    for line in text.split(separator: "\n") {
                        #expect(DisplayWidth.width(of: String(line)) <= width, "\(width): \(line)")
                    }
                }
            }
        }
    }

    @Test func hostileNamesCannotEscape() throws {
        let e = Self.hostile()
        var outputs = [Dashboard.render(e, options: DashboardOptions(width: 160)),
                       Dashboard.render(e, options: DashboardOptions(width: 160, project: "P1")),
                       Dashboard.render(e, options: DashboardOptions(format: .markdown)),
                       Dashboard.render(e, options: DashboardOptions(format: .markdown, project: "P1")),
                       Compare.render(e, options: CompareOptions(width: 160)),
                       Compare.render(e, options: CompareOptions(format: .markdown)),
                       Compare.render(e, options: CompareOptions(format: .csv, grouping: .owner))]
        outputs.append(try Memo.render(e, projectID: "P1", template: Memo.defaultTemplate, language: .da))
        for text in outputs {
            // Only line feeds (and CRLF in CSV) remain of the control characters: no ESC, no BEL, no C1.
            let bad = text.unicodeScalars.filter { s in
                (s.value < 0x20 && s.value != 0x0A && s.value != 0x0D) || (0x7F..<0xA0).contains(s.value)
            }
            #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
            #expect(!text.contains("hacked"))
        }
        // With colour on, the only escapes are our SGR codes (ESC [ digits ; m).
        let colored = Dashboard.render(e, options: DashboardOptions(width: 120, color: true))
        let scalars = Array(colored.unicodeScalars)
        for (i, s) in scalars.enumerated() where s.value == 0x1B {
            var j = i + 2
            #expect(scalars[i + 1] == "[")
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" { j += 1 }
            #expect(j < scalars.count && scalars[j] == "m")
        }
    }

    @Test func longNamesAreCutWithAnEllipsis() {
        let text = Dashboard.render(Self.hostile(), options: DashboardOptions(width: 100))
        #expect(text.contains("Æblegrød Æblegrød"))
        #expect(text.contains("…"))
        #expect(!text.contains(String(repeating: "Æblegrød ", count: 12)))
    }

    @Test func colourOnlyWhenAsked() {
        let e = Fixture.kommune()
        #expect(!Dashboard.render(e, options: DashboardOptions(color: false)).contains("\u{1B}"))
        #expect(Dashboard.render(e, options: DashboardOptions(color: true)).contains("\u{1B}[32m"))
        // Status is never carried by colour alone: without escapes, every status word and symbol is there.
        let plain = Dashboard.render(e, options: DashboardOptions(width: 160))
        for p in e.projects {
            #expect(plain.contains(p.rollUp.status.symbol + " " + p.rollUp.status.label(.da)))
        }
    }

    @Test func unknownProjectIsNamed() {
        let text = Dashboard.render(Fixture.kommune(), options: DashboardOptions(project: "P99"))
        #expect(text.contains("P99"))
        #expect(text.contains("P10"))
        #expect(throws: Memo.Failure.self) { try Memo.render(Fixture.kommune(), projectID: "P99") }
    }

    @Test func jsonPassesThrough() {
        let e = Fixture.kommune()
        #expect(Dashboard.render(e, options: DashboardOptions(format: .json)) == EvaluationJSON.render(e))
    }
}
