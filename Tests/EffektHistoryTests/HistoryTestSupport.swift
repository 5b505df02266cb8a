import EffektModel
import EffektEvaluation
@testable import EffektHistory
import EffektTestSupport
import Foundation

/// Small histories built by hand: a temporary folder, a draft per quarter, fixed recording times.
enum Fixture {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("effekt-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { preconditionFailure("bad test date \(iso)") }
        return day
    }

    static func quarter(_ text: String) -> Quarter {
        guard let q = Quarter(text) else { preconditionFailure("bad test quarter \(text)") }
        return q
    }

    static func promise(_ project: String, _ criterion: String, target: Double = 10, date: String = "2027-12-31") -> RecordedCriterion {
        RecordedCriterion(projectID: project, criterionID: criterion, baseline: 1, target: target, targetDate: day(date))
    }

    static func draft(_ quarter: String, score: Double?, projects: [(id: String, score: Double?)] = [],
                      criteria: [RecordedCriterion] = [], json: String = "{}") -> ReportDraft {
        let q = self.quarter(quarter)
        return ReportDraft(quarter: q, asOf: q.lastDay, portfolioScore: score, evaluationJSON: Array(json.utf8),
                           projectScores: projects, criteria: criteria,
                           inputs: [InputDigest(kind: "criteria", file: "kriterier.csv", sha256: String(repeating: "a", count: 64))])
    }

    @discardableResult
    static func record(_ path: String, _ draft: ReportDraft, replace: Bool = false,
                       at time: String = "2026-07-01T08:00:00Z") throws(HistoryError) -> RecordOutcome {
        try HistoryRecorder.record(at: path, quarter: draft.quarter, replace: replace, recordedAt: time) { _ in draft }
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Runs python3's sqlite3 on `path` (tests must not link SQLite themselves).
    static func python(_ script: String, _ path: String) throws -> String {
        try PythonScript.run(script, path)
    }
}
