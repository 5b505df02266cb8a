import Foundation
import EffektModel
import EffektEvaluation

/// The subset of the evaluation JSON (Docs/effekt.evaluation.schema.json) that `Tests/Reference/workbook_openpyxl.py` reads,
/// written for the fixture so the openpyxl check can run here without the CLI.
enum EvaluationJSON {
    static func object(_ e: Evaluation) -> [String: Any] {
        func n(_ d: Double?) -> Any { d.map { $0 as Any } ?? NSNull() }
        func s(_ t: String?) -> Any { t.map { $0 as Any } ?? NSNull() }
        func day(_ d: Day?) -> Any { d.map { $0.iso as Any } ?? NSNull() }
        func rollUp(_ r: RollUp) -> [String: Any] {
            var o: [String: Any] = [
                "score": n(r.score), "expected": n(r.expected), "status": r.status.rawValue, "coverage": n(r.coverage),
                "realized_value": n(r.realizedValue), "planned_value": n(r.plannedValue), "score_change": n(r.scoreChange),
                "expected_value": n(r.expectedValue), "score_change_comparable": n(r.scoreChangeComparable), "entered": r.entered,
                "benefit_profile": r.benefitProfile.map { ["year": $0.year, "planned_value": $0.plannedValue, "realized_value": n($0.realizedValue)] },
            ]
            if e.hasHistory {
                o["reported_previous_score"] = n(r.reportedPreviousScore)
                o["score_change_reported"] = n(r.scoreChangeReported)
                o["restatement"] = n(r.restatement)
            }
            return o
        }
        let projects: [[String: Any]] = e.projects.map { p in
            var o = rollUp(p.rollUp)
            o["project_id"] = p.project.id
            o["name"] = s(p.project.name)
            o["findings"] = p.findings.map { ["code": $0.code.rawValue] }
            o["criteria"] = p.criteria.map { c -> [String: Any] in
                var k: [String: Any] = [
                    "criterion_id": c.criterion.id, "baseline": c.criterion.baseline, "target": c.criterion.target,
                    "target_date": c.criterion.targetDate.iso, "measurements": c.measurements, "latest_value": n(c.latestValue),
                    "attainment": n(c.attainment), "expected": c.expected, "status": c.status.rawValue, "due_date": c.dueDate.iso,
                    "trend": ["slope_per_day": n(c.trend.slopePerDay), "p_value": n(c.trend.pValue), "tau": n(c.trend.tau)],
                    "forecast": ["reach_date": day(c.forecast.reachDate)],
                ]
                k["expected_value"] = n(c.expectedValue)
                k["milestones"] = c.milestones.map { ["date": $0.date.iso, "value": $0.value] }
                k["original_baseline"] = n(c.originalBaseline)
                k["original_target"] = n(c.originalTarget)
                k["original_target_date"] = day(c.originalTargetDate)
                k["spc"] = c.spc.map { spc -> Any in
                    [
                        "points": spc.points, "mean": spc.mean, "upper_limit": spc.upperLimit, "lower_limit": spc.lowerLimit,
                        "trial": spc.trial, "variation": spc.variation.rawValue, "assurance": spc.assurance.map { $0.rawValue as Any } ?? NSNull(),
                        "signals": spc.signals.map { ["rule": $0.rule.rawValue, "index": $0.index, "date": $0.date.iso, "side": $0.side.rawValue] },
                        "segments": spc.segments.map { g -> [String: Any] in
                            ["start_index": g.startIndex, "start_date": g.startDate.iso, "points": g.points, "charted": g.charted,
                             "mean": n(g.mean), "upper_limit": n(g.upperLimit), "lower_limit": n(g.lowerLimit), "reason": s(g.reason)]
                        },
                    ]
                } ?? NSNull()
                return k
            }
            return o
        }
        var settings: [String: Any] = [:]
        settings["organisation"] = s(e.settings.organisation)
        return [
            "schema": "effekt.evaluation/1", "as_of": e.asOf.iso, "settings": settings, "portfolio": rollUp(e.portfolio),
            "projects": projects,
            "inputs": e.inputs.map { ["file": $0.file, "kind": $0.kind.rawValue, "rows": $0.rows, "accepted": $0.accepted, "rejected": $0.rejected] },
        ]
    }

    static func write(_ e: Evaluation, to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: object(e), options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
