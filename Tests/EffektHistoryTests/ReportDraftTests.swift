import EffektModel
import EffektEvaluation
import EffektImport
import EffektText
@testable import EffektHistory
import Foundation
import Testing

@Suite struct ReportDraftTests {
    /// FIPS 180-2's test vectors: "abc", and the file path streamed a megabyte at a time
    /// (2.5 MB of "a" crosses chunk boundaries; digest from Python's hashlib).
    @Test func sha256MatchesTheStandardVectors() throws {
        #expect(FileDigest.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(FileDigest.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let path = try Fixture.folder().appendingPathComponent("a.bin").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: 2_500_000))
        let expected = try Fixture.python("import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest(), end='')", path)
        #expect(FileDigest.sha256(path: path) == expected)
        #expect(FileDigest.sha256(path: path + ".missing") == nil)
    }

    /// The stored blob is exactly `effekt evaluate --compact`'s document, and the rows the next
    /// evaluation reads match the evaluation they came from.
    @Test func draftHoldsTheCompactDocumentAndTheFigures() throws {
        let folder = Fixture.packageRoot.appendingPathComponent("Fixtures/kommune-da").path
        let (sources, _) = Importer.discover(folder: folder)
        let data = Importer.load(try #require(sources))
        var settings = Settings()
        settings.organisation = "Eksempel \"Kommune\""
        let evaluation = Evaluator.evaluate(data, asOf: Fixture.day("2026-06-30"), settings: settings, history: [])
        let draft = ReportDraft(evaluation: evaluation, inputs: [])
        let path = try Fixture.folder().appendingPathComponent("h.sqlite").path
        try Fixture.record(path, draft)
        let stored = try #require(try HistoryReader.evaluations(at: path).first)
        let rendered = Array(EvaluationJSON.render(evaluation, compact: true).utf8)
        #expect(stored.json == rendered)
        #expect(stored.summary.evaluationSHA256 == FileDigest.sha256(rendered))
        #expect(draft.quarter.description == "2026Q2" && draft.asOf.iso == "2026-06-30")
        #expect(draft.portfolioScore == evaluation.portfolio.score)
        #expect(draft.projectScores.count == 10 && draft.criteria.count == 53)
        #expect(draft.projectScores.map(\.id) == evaluation.projects.map(\.project.id))
        let k = try #require(evaluation.projects.first?.criteria.first?.criterion)
        #expect(draft.criteria.first == RecordedCriterion(projectID: k.projectID, criterionID: k.id, baseline: k.baseline,
                                                          target: k.target, targetDate: k.targetDate))
        let decoded = try JSONSerialization.jsonObject(with: Data(draft.settingsJSON.utf8)) as? [String: Any]
        #expect(decoded?["organisation"] as? String == "Eksempel \"Kommune\"")
        #expect(decoded?["on_track_tolerance"] as? Double == 0.1 && decoded?["spc_minimum_points"] as? Int == 12)
    }
}
