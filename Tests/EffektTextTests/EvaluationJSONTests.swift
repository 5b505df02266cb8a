import EffektEvaluation
import EffektModel
import Foundation
import Testing
@testable import EffektText

/// The evaluation JSON (Docs/effekt.evaluation.schema.json): key order, number form, nulls, escaping, checked on a small
/// evaluation whose every figure is worked out by hand below.
@Suite struct EvaluationJSONTests {
    static func d(_ s: String) -> Day { Day(iso: s) ?? Day(daysSinceEpoch: 0) }

    /// One project, one increase criterion 0 → 100 over 2025-01-01…2027-01-01 (730 days), one
    /// measurement 40 on 2026-01-01, as-of 2026-01-01:
    /// attainment 0.4; expected 365/730 = 0.5; gap 0.1 (0.5 − 0.4 = 0.09999999999999998 in
    /// doubles, which is ≤ 0.10 → on_track); realized (40 − 0)·1·2.5 = 100; planned 100·2.5 = 250.
    /// Trend on S = (2025-01-01, 0), (2026-01-01, 40): slope 40/365 per day
    /// (0.1095890410958904); intercept = median(y) 20 − slope·median(t) (20089 + 20454)/2 =
    /// 20271.5 → 20 − 2221.5342465753424 = −2201.5342465753424; s = 1, var_s = 1, z = 0, p = 1,
    /// tau = 1, insufficient_data (n < 4), score 1.
    /// Forecast: value at T (20819) = −2201.534… + 0.10958…·20819 = 80; attainment 0.8, not on
    /// course; t* = (100 + 2201.589…)/0.10958… = 21001.5 → reach 2027-07-03 (day 21002), projected.
    /// Score change: at A′ = 2025-12-31 there was no measurement yet → null.
    static func evaluation() -> Evaluation {
        let c = Criterion(projectID: "P1", id: "K1", name: "Andel \"digitale\"\u{7} ansøgninger", category: .benefit,
                          unit: "%", direction: .increase, baseline: 0, baselineDate: d("2025-01-01"), target: 100,
                          targetDate: d("2027-01-01"), owner: "Ane", frequency: .quarterly, weight: 1,
                          valuePerUnit: 2.5, line: 2)
        let data = Dataset(
            projects: [Project(id: "P1", name: "Selvbetjening", owner: "Bo", area: "Borgerservice", phase: .execution,
                               goLive: d("2025-06-01"), line: 2)],
            criteria: [c],
            measurements: [Measurement(criterion: 0, date: d("2026-01-01"), value: 40, line: 2)],
            inputs: [InputSummary(file: "kriterier.csv", kind: .criteria, encoding: "utf-8", delimiter: "\t",
                                  decimal: ",", rows: 1, accepted: 1, rejected: 0)],
            diagnostics: [Diagnostic(severity: .warning, file: "maalinger.csv", line: 3, column: nil,
                                     code: .unknownColumn, message: "Ukendt kolonne \"x\"")],
            hasProjectsFile: true)
        return Evaluator.evaluate(data, asOf: d("2026-01-01"))
    }

    @Test func topLevelKeyOrderAndSchema() {
        let text = EvaluationJSON.render(Self.evaluation())
        #expect(text.hasPrefix("{\n  \"schema\": \"effekt.evaluation/1\",\n  \"as_of\": \"2026-01-01\",\n  \"settings\": {\n"))
        #expect(text.hasSuffix("}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.hasPrefix("   ") }
            .map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["schema", "as_of", "settings", "inputs", "portfolio", "projects", "diagnostics"])
    }

    @Test func keyOrderOfEveryObject() throws {
        let text = EvaluationJSON.render(Self.evaluation())
        func keys(after marker: String, depth: Int) -> [String] {
            guard let r = text.range(of: marker) else { return [] }
            let indent = String(repeating: " ", count: depth)
            var out = [String]()
            for line in text[r.upperBound...].split(separator: "\n") {
                if line.hasPrefix(indent + "\"") { out.append(String(line.split(separator: "\"")[1])) }
                else if !line.hasPrefix(indent) { break } // back out of the object
            }
            return out
        }
        #expect(keys(after: "\"portfolio\": {", depth: 4) == ["score", "expected", "gap", "status", "status_counts",
            "coverage", "realized_value", "planned_value", "trend_score", "score_change", "expected_value", "score_change_comparable", "entered", "benefit_profile",
            "reported_previous_score", "score_change_reported", "restatement"])
        #expect(keys(after: "\"status_counts\": {", depth: 6) == ["no_data", "achieved", "missed", "on_track", "at_risk", "off_track"])
        #expect(keys(after: "\"inputs\": [\n    {", depth: 6) == ["file", "kind", "encoding", "delimiter", "decimal", "rows", "accepted", "rejected"])
        #expect(keys(after: "\"projects\": [\n    {", depth: 6) == ["project_id", "name", "owner", "area", "phase", "go_live",
            "score", "expected", "gap", "status", "status_counts", "coverage", "realized_value", "planned_value",
            "trend_score", "score_change", "expected_value", "score_change_comparable", "entered", "benefit_profile",
            "reported_previous_score", "score_change_reported", "restatement", "findings", "criteria", "events"])
        #expect(keys(after: "\"criteria\": [\n        {", depth: 10) == ["criterion_id", "name", "category", "unit",
            "direction", "owner", "frequency", "weight", "baseline", "baseline_date", "target", "target_date",
            "value_per_unit", "measurements", "latest_value", "latest_date", "attainment", "expected", "gap", "status",
            "stale", "due_date", "realized_value", "planned_value", "expected_value", "original_baseline",
            "original_target", "original_target_date", "milestones", "trend", "forecast", "spc"])
        #expect(keys(after: "\"trend\": {", depth: 12) == ["points", "slope_per_day", "intercept", "s", "var_s", "z",
            "p_value", "tau", "classification", "score"])
        #expect(keys(after: "\"forecast\": {", depth: 12) == ["value_at_target_date", "attainment_at_target_date",
            "reach_date", "state", "on_course"])
        #expect(keys(after: "\"findings\": [\n        {", depth: 10) == ["code", "category", "criterion_id", "owner", "due_date"])
        #expect(keys(after: "\"diagnostics\": [\n    {", depth: 6) == ["severity", "file", "line", "column", "code", "message"])
    }

    /// Field by field against the hand-worked figures in `evaluation()`.
    @Test func valuesFieldByField() throws {
        let text = EvaluationJSON.render(Self.evaluation())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let projects = try #require(root["projects"] as? [[String: Any]])
        let p = try #require(projects.first)
        #expect(p["project_id"] as? String == "P1" && p["phase"] as? String == "execution" && p["go_live"] as? String == "2025-06-01")
        #expect(p["score"] as? Double == 0.4 && p["status"] as? String == "on_track" && p["score_change"] is NSNull)
        let c = try #require((p["criteria"] as? [[String: Any]])?.first)
        #expect(c["name"] as? String == "Andel \"digitale\" ansøgninger") // BEL stripped, quotes kept
        #expect(c["attainment"] as? Double == 0.4 && c["expected"] as? Double == 0.5)
        #expect(c["measurements"] as? Int == 1 && c["latest_date"] as? String == "2026-01-01" && c["stale"] as? Bool == false)
        #expect(c["due_date"] as? String == "2026-04-03" && c["realized_value"] as? Double == 100 && c["planned_value"] as? Double == 250)
        let trend = try #require(c["trend"] as? [String: Any])
        #expect(trend["slope_per_day"] as? Double == 40.0 / 365.0)
        #expect(trend["s"] as? Int == 1 && trend["var_s"] as? Int == 1 && trend["p_value"] as? Int == 1)
        #expect(trend["classification"] as? String == "insufficient_data")
        let forecast = try #require(c["forecast"] as? [String: Any])
        #expect(forecast["state"] as? String == "projected" && forecast["reach_date"] as? String == "2027-07-03")
        #expect(forecast["on_course"] as? Bool == false)
        #expect(c["spc"] is NSNull)
        let inputs = try #require(root["inputs"] as? [[String: Any]])
        #expect(inputs.first?["delimiter"] as? String == "\t")
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["column"] is NSNull && diagnostics.first?["line"] as? Int == 3)
        // Findings: competencies and solution missing (owner Bo).
        let findings = try #require(p["findings"] as? [[String: Any]])
        #expect(findings.map { $0["category"] as? String } == ["solution", "competencies"])
        #expect(findings.first?["owner"] as? String == "Bo" && findings.first?["due_date"] is NSNull)
    }

    /// Shortest round-trip numbers, integral values without a fraction, non-finite as null.
    @Test func numberForm() {
        #expect(JSONWriter.number(1) == "1")
        #expect(JSONWriter.number(-0.0) == "0")
        #expect(JSONWriter.number(100) == "100")
        #expect(JSONWriter.number(0.63) == "0.63")
        #expect(JSONWriter.number(2.0 / 3.0) == "0.6666666666666666")
        #expect(JSONWriter.number(0.1 + 0.2) == "0.30000000000000004")
        #expect(JSONWriter.number(1e-5) == "1e-05")
        #expect(JSONWriter.number(1e20) == "1e+20")
        #expect(JSONWriter.number(-2201.5342465753424) == "-2201.5342465753424")
        #expect(JSONWriter.number(.nan) == "null" && JSONWriter.number(.infinity) == "null" && JSONWriter.number(nil) == "null")
        for x in [0.1, 1.0 / 3.0, 123456.789, -1e-300, 9.999999999999999e14] {
            #expect(Double(JSONWriter.number(x)) == x)
        }
    }

    /// `--compact`: the same document without whitespace between tokens (whitespace inside
    /// strings kept), one line; the streamed form equals the rendered one.
    @Test func compactIsTheSameDocument() throws {
        let e = Fixture.kommune()
        let pretty = EvaluationJSON.render(e), compact = EvaluationJSON.render(e, compact: true)
        #expect(compact.split(separator: "\n").count == 1 && compact.hasSuffix("}\n"))
        #expect(compact.hasPrefix("{\"schema\":\"effekt.evaluation/1\",\"as_of\":\"2026-09-30\",\"settings\":{"))
        #expect(compact.contains("{\"rule\":\"shift\",\"index\":20,\"date\":\"2026-08-28\",\"side\":\"low\"}"))
        #expect(compact.contains("\"Digital selvbetjening i Borgerservice\""))
        #expect(compact.utf8.count * 3 < pretty.utf8.count * 2)
        let a = try JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
        #expect(a != nil && a == b)
        var streamed: [UInt8] = []
        EvaluationJSON.write(e, compact: true) { streamed.append(contentsOf: $0) }
        #expect(streamed == Array(compact.utf8))
    }

    /// Days outside years 1…9999 have no `YYYY-MM-DD` form: null. 2,932,896 days after 1970-01-01
    /// is 9999-12-31 (Python: date(9999,12,31) − date(1970,1,1)); one more is year 10000.
    @Test func daysOutsideTheISORangeAreNull() {
        func render(_ days: Int) -> String {
            var w = JSONWriter()
            w.beginArray(); w.element(); w.day(Day(daysSinceEpoch: days)); w.endArray()
            return w.out.filter { !$0.isWhitespace }
        }
        #expect(render(2_932_896) == "[\"9999-12-31\"]")
        #expect(render(2_932_897) == "[null]")
        #expect(render(-719_162) == "[\"0001-01-01\"]")
        #expect(render(-719_163) == "[null]")
        #expect(render(-40_000_000) == "[null]")
    }

    /// Pretty-printed with two spaces; empty arrays stay `[]`; identical bytes on every run.
    @Test func layoutAndDeterminism() {
        let e = Self.evaluation()
        let text = EvaluationJSON.render(e)
        #expect(text.contains("\n      \"findings\": [\n        {\n          \"code\": \"missing_follow_up\","))
        #expect(text.contains("\"signals\"") == false)
        #expect(EvaluationJSON.render(e) == text)
        let empty = EvaluationJSON.render(Evaluator.evaluate(Dataset(), asOf: Self.d("2026-01-01")))
        #expect(empty.contains("\"projects\": [],\n  \"diagnostics\": []\n}\n"))
    }

    /// An SPC signal is one line, inside an otherwise indented document that still parses: the
    /// fixture's K1 has one `shift` signal at index 20 (2026-08-28, low).
    @Test func signalsAreOneLineEach() throws {
        let text = EvaluationJSON.render(Fixture.kommune())
        let signal = "\"signals\": [\n" + String(repeating: " ", count: 14)
            + "{\"rule\": \"shift\", \"index\": 20, \"date\": \"2026-08-28\", \"side\": \"low\"}\n"
            + String(repeating: " ", count: 12) + "],\n" + String(repeating: " ", count: 12) + "\"variation\": \"improvement\","
        #expect(text.contains(signal))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let projects = try #require(root["projects"] as? [[String: Any]])
        let k1 = try #require((projects.first?["criteria"] as? [[String: Any]])?.first)
        let spc = try #require(k1["spc"] as? [String: Any])
        let signals = try #require(spc["signals"] as? [[String: Any]])
        #expect(signals.count == 1 && signals.first?["index"] as? Int == 20 && signals.first?["side"] as? String == "low")
    }

    /// The streamed form (used by `effekt evaluate` for national documents) is the same bytes,
    /// whatever the chunk boundaries; a many-project evaluation crosses several 1 MB chunks.
    @Test func streamedBytesEqualRendered() {
        var data = Dataset()
        for p in 0..<400 {
            for k in 0..<10 {
                data.criteria.append(Criterion(projectID: "P\(p)", id: "K\(k)", name: String(repeating: "æ", count: 40),
                                               direction: .increase, baseline: 10, baselineDate: Self.d("2025-01-01"),
                                               target: 20, targetDate: Self.d("2027-01-01"), line: 2 + p * 10 + k))
            }
        }
        for c in data.criteria.indices {
            for m in 0..<14 {
                data.measurements.append(Measurement(criterion: c, date: Self.d("2025-01-31").adding(days: 31 * m),
                                                     value: Double(10 + (m * 7 + c) % 9), line: 2 + c * 14 + m))
            }
        }
        data.projects = (0..<400).map { Project(id: "P\($0)") }
        let e = Evaluator.evaluate(data, asOf: Self.d("2026-03-31"))
        var streamed: [UInt8] = []
        var chunks = 0
        EvaluationJSON.write(e) { chunk in streamed.append(contentsOf: chunk); chunks += 1 }
        #expect(chunks > 1)
        #expect(streamed == Array(EvaluationJSON.render(e).utf8))
        // 400 projects cross no 512-project batch; 1,300 cross two, with the halves rendered on
        // other threads: the bytes must equal a one-writer rendering.
        var more = data
        more.projects = (0..<1_300).map { Project(id: "P\($0)") }
        let big = Evaluator.evaluate(more, asOf: Self.d("2026-03-31"))
        var sequential = JSONWriter(capacity: 1 << 20)
        EvaluationJSON.document(&sequential, big, parallel: false)
        #expect(Array(EvaluationJSON.render(big).utf8) == sequential.bytes)
    }
}
