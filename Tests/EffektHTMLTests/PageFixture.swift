import Foundation
import EffektModel
import EffektImport
import EffektEvaluation

/// Shipped fixtures, imported and evaluated as `effekt html` does.
enum PageFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func evaluation(_ folder: String, asOf: String = "2026-09-30") -> Evaluation {
        let path = root.appendingPathComponent(folder).path
        let sources = Importer.discover(folder: path).0
            ?? ImportSources(criteria: path + "/kriterier.csv", measurements: path + "/maalinger.csv")
        let data = Importer.load(sources)
        return Evaluator.evaluate(data, asOf: Day(iso: asOf) ?? Day(daysSinceEpoch: 0))
    }

    static func file(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
}
