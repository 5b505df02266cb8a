import Foundation
import Testing
import EffektModel
import EffektEvaluation
@testable import EffektText

/// Docs/effekt.evaluation.schema.json is the contract a reader without the source gets. These
/// tests keep it and the Swift code from drifting apart on the Swift side (the Python
/// `Tests/Reference/schema_check.py` validates whole documents from the binary): every code an
/// enumeration can write is in the schema and vice versa, and every key the renderer writes for a
/// filled evaluation is declared where it appears.
@Suite struct SchemaTests {
    let schema: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Docs/effekt.evaluation.schema.json").standardizedFileURL
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// Follows `$ref` and, for `anyOf` (a nullable object), the branch that is an object.
    func resolve(_ node: [String: Any]) -> [String: Any] {
        if let ref = node["$ref"] as? String, let name = ref.split(separator: "/").last,
           let defs = schema["$defs"] as? [String: Any], let target = defs[String(name)] as? [String: Any] {
            return resolve(target)
        }
        if let branches = node["anyOf"] as? [[String: Any]] {
            for b in branches.map(resolve) where b["properties"] != nil || b["enum"] != nil || b["items"] != nil {
                return b
            }
        }
        return node
    }

    func node(_ path: [String]) -> [String: Any] {
        var n = schema
        for step in path {
            n = resolve(n)
            if step == "[]" { n = n["items"] as? [String: Any] ?? [:] }
            else { n = (n["properties"] as? [String: Any])?[step] as? [String: Any] ?? [:] }
        }
        return resolve(n)
    }

    func codes(_ path: [String]) -> Set<String> {
        Set((node(path)["enum"] as? [Any] ?? []).compactMap { $0 as? String })
    }

    @Test func theSchemaLoads() {
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(node(["schema"])["const"] as? String == EvaluationJSON.schema)
    }

    @Test func enumerationsMatchTheSwiftCodes() {
        let criterion = ["projects", "[]", "criteria", "[]"]
        #expect(codes(["projects", "[]", "status"]) == Set(Status.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["direction"]) == Set(Direction.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["category"]) == Set(Category.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["frequency"]) == Set(Frequency.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["trend", "classification"]) == Set(TrendClassification.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["forecast", "state"]) == Set(ForecastState.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["spc", "signals", "[]", "rule"]) == Set(SPCRule.allCases.map(\.rawValue)))
        #expect(codes(criterion + ["spc", "signals", "[]", "side"]) == ["high", "low"])
        #expect(codes(criterion + ["spc", "variation"]) == ["improvement", "concern", "common_cause"])
        #expect(codes(criterion + ["spc", "assurance"]) == ["pass", "fail", "hit_and_miss"])
        #expect(codes(["projects", "[]", "findings", "[]", "code"]) == Set(FindingCode.allCases.map(\.rawValue)))
        #expect(codes(["projects", "[]", "phase"]) == Set(Phase.allCases.map(\.rawValue)))
        #expect(codes(["inputs", "[]", "kind"]) == Set(InputKind.allCases.map(\.rawValue)))
        let statusCounts = node(["portfolio", "status_counts"])["required"] as? [String] ?? []
        #expect(Set(statusCounts) == Set(Status.allCases.map(\.rawValue)))
    }

    /// Walks the rendered document beside the schema: an object key the schema does not declare
    /// is reported with its path (the schema says `additionalProperties: false` everywhere).
    func undeclared(_ value: Any, _ schemaNode: [String: Any], _ path: String) -> [String] {
        let n = resolve(schemaNode)
        if let object = value as? [String: Any] {
            let properties = n["properties"] as? [String: Any] ?? [:]
            return object.keys.sorted().flatMap { key -> [String] in
                guard let child = properties[key] as? [String: Any] else { return ["\(path)/\(key)"] }
                return undeclared(object[key] as Any, child, "\(path)/\(key)")
            }
        }
        if let array = value as? [Any], let items = n["items"] as? [String: Any] {
            return array.enumerated().flatMap { undeclared($1, items, "\(path)/\($0)") }
        }
        return []
    }

    @Test func everyRenderedKeyIsDeclared() throws {
        let text = EvaluationJSON.render(Fixture.kommune())
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(undeclared(document, schema, "").isEmpty, "\(undeclared(document, schema, "").prefix(5))")
        // The walk would miss everything if the schema failed to load or the paths were wrong.
        #expect(undeclared(["surprise": 1], schema, "") == ["/surprise"])
        #expect(undeclared(["projects": [["criteria": [["spc": ["surprise": 1]]]]]], schema, "")
                == ["/projects/0/criteria/0/spc/surprise"])
    }
}
