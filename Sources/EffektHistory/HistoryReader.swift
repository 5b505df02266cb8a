import EffektModel
import EffektEvaluation
import GRDB
import Foundation

/// Reads a history for the evaluation (`[RecordedReport]`) and for `effekt history`. Opens the
/// file read-only: every command but `record` only reads it (Docs/history.md).
package enum HistoryReader {
    /// Every stored report, oldest quarter first (a quarter's reports by recording time).
    ///
    /// Each report carries every project score it recorded. Its `criteria` are only those it is the
    /// original promise for: a criterion is listed in the reported (not superseded) report of the
    /// earliest quarter that holds it, and nowhere else, so a file of 12 national quarters yields
    /// 50,000 criteria rather than 600,000. That is all `original_*` needs (Docs/history.md); superseded
    /// reports carry no criteria. `before`: only reports of earlier quarters (what `record` gives
    /// the evaluation of the quarter it stores).
    package static func reports(at path: String, before: Quarter? = nil) throws(HistoryError) -> [RecordedReport] {
        let queue = try HistoryConnection.reader(path)
        do {
            return try queue.read { db in try reports(db, before: before, path: path) }
        } catch {
            throw HistoryConnection.classify(error, path: path, writing: false)
        }
    }

    /// Every stored report with its input digests, as `effekt history` lists them.
    package static func summaries(at path: String) throws(HistoryError) -> [ReportSummary] {
        let queue = try HistoryConnection.reader(path)
        do {
            return try queue.read { db in try summaries(db) }
        } catch {
            throw HistoryConnection.classify(error, path: path, writing: false)
        }
    }

    static func reports(_ db: Database, before: Quarter?, path: String) throws -> [RecordedReport] {
        var reports: [RecordedReport] = []
        var index: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, quarter, as_of, recorded_at, superseded, portfolio_score FROM report
            WHERE ?1 IS NULL OR quarter < ?1 ORDER BY quarter, recorded_at, id
            """, arguments: [before?.description])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let quarterText: String = row[1], asOfText: String = row[2]
            guard let quarter = Quarter(quarterText), let asOf = Day(iso: asOfText) else {
                throw HistoryError.damaged(path: path, detail: "report \(id): \(quarterText) \(asOfText)")
            }
            index[id] = reports.count
            reports.append(RecordedReport(quarter: quarter, asOf: asOf, recordedAt: row[3], superseded: row[4],
                                          portfolioScore: row[5], projectScores: [:], criteria: []))
        }
        let scores = try Row.fetchCursor(db, sql: "SELECT report_id, project_id, score FROM project_score")
        while let row = try scores.next() {
            guard let i = index[row[0]] else { continue }
            let score: Double? = row[2]
            reports[i].projectScores[row[1]] = .some(score)
        }
        // Each report that is some criterion's original is read as one range of its own rows (they
        // lie together in the table), rather than one index lookup per criterion.
        var firsts: [Int64: [Int64: (project: String, criterion: String)]] = [:]
        let keys = try Row.fetchCursor(db, sql: "SELECT id, first_report, project_id, criterion_id FROM criterion_key WHERE first_report IS NOT NULL")
        while let row = try keys.next() {
            firsts[row[1], default: [:]][row[0]] = (row[2], row[3])
        }
        for (report, names) in firsts.sorted(by: { $0.key < $1.key }) {
            guard let i = index[report] else { continue }
            let promises = try Row.fetchCursor(db, sql: """
                SELECT key_id, baseline, target, target_date FROM criterion_promise WHERE report_id = ? ORDER BY key_id
                """, arguments: [report])
            while let row = try promises.next() {
                guard let name = names[row[0]] else { continue }
                let dateText: String = row[3]
                guard let date = Day(iso: dateText) else {
                    throw HistoryError.damaged(path: path, detail: "target_date \(dateText)")
                }
                reports[i].criteria.append(RecordedCriterion(projectID: name.project, criterionID: name.criterion,
                                                             baseline: row[1], target: row[2], targetDate: date))
            }
        }
        return reports
    }

    static func summaries(_ db: Database) throws -> [ReportSummary] {
        var inputs: [Int64: [InputDigest]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT report_id, kind, file, sha256 FROM input_file ORDER BY report_id, position") {
            inputs[row[0], default: []].append(InputDigest(kind: row[1], file: row[2], sha256: row[3]))
        }
        return try Row.fetchAll(db, sql: """
            SELECT id, quarter, as_of, recorded_at, superseded, portfolio_score, evaluation_sha256 FROM report
            ORDER BY quarter, recorded_at, id
            """).compactMap { row -> ReportSummary? in
            let id: Int64 = row[0]
            guard let quarter = Quarter(row[1] as String), let asOf = Day(iso: row[2] as String) else { return nil }
            return ReportSummary(id: id, quarter: quarter, asOf: asOf, recordedAt: row[3], superseded: row[4],
                                 portfolioScore: row[5], inputs: inputs[id] ?? [], evaluationSHA256: row[6])
        }
    }

    /// The stored evaluation document of every report, oldest quarter first, with its quarter and
    /// whether it is superseded: what was reported, byte for byte.
    static func evaluations(at path: String) throws(HistoryError) -> [(summary: ReportSummary, json: [UInt8])] {
        let queue = try HistoryConnection.reader(path)
        do {
            return try queue.read { db in
                try summaries(db).map { summary in
                    var json = [UInt8]()
                    let chunks = try Data.fetchCursor(db, sql: "SELECT bytes FROM evaluation_chunk WHERE report_id = ? ORDER BY seq",
                                                      arguments: [summary.id])
                    while let chunk = try chunks.next() { json.append(contentsOf: chunk) }
                    return (summary, json)
                }
            }
        } catch {
            throw HistoryConnection.classify(error, path: path, writing: false)
        }
    }

    /// The reported (not superseded) report of `quarter`, if any.
    static func reported(_ db: Database, quarter: Quarter) throws -> ReportSummary? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, as_of, recorded_at, portfolio_score, evaluation_sha256 FROM report
            WHERE quarter = ? AND superseded = 0
            """, arguments: [quarter.description]) else { return nil }
        return ReportSummary(id: row[0], quarter: quarter, asOf: Day(iso: row[1] as String) ?? quarter.lastDay,
                             recordedAt: row[2], superseded: false, portfolioScore: row[3], inputs: [],
                             evaluationSHA256: row[4])
    }

    /// Changes whenever a report is added (a replacement adds one too): a record whose
    /// evaluation read an older state must evaluate again.
    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM report") ?? 0
    }
}
