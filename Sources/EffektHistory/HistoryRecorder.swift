import EffektModel
import EffektEvaluation
import GRDB
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a record stored.
package struct RecordOutcome: Sendable {
    package var stored: ReportSummary
    /// The report `--replace` marked superseded.
    package var replaced: ReportSummary?
    /// True when this record created the file.
    var created: Bool
}

/// `effekt record`: evaluates with the history so far and stores the report in one transaction.
package enum HistoryRecorder {
    /// Stores the report `evaluate` builds for `quarter`. `evaluate` receives the reports of the
    /// quarters before `quarter` (an empty list for a new file) and may be called again if another
    /// record changed the file meanwhile, so what is stored was computed from what the file holds.
    /// - Throws: `quarterRecorded` when the quarter has a reported report and not `replace`;
    ///   `notHistory`/`damaged`/`newerSchema` for a file this build must not touch;
    ///   `cannotWrite` when the file or its folder cannot be written. Nothing is stored then.
    package static func record(at path: String, quarter: Quarter, replace: Bool, recordedAt: String,
                              evaluate: ([RecordedReport]) -> ReportDraft) throws(HistoryError) -> RecordOutcome {
        // A few rounds: another record may create the file or add a report while this one evaluates.
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: path) {
                if let outcome = try recordInto(path, quarter: quarter, replace: replace, recordedAt: recordedAt,
                                                evaluate: evaluate) {
                    return outcome
                }
            } else if let outcome = try create(path, recordedAt: recordedAt, draft: evaluate([])) {
                return outcome
            }
        }
        throw .cannotWrite(path: path, detail: "filen ændres hele tiden af andre / other processes keep changing the file")
    }

    /// nil: the file changed while evaluating; evaluate again.
    private static func recordInto(_ path: String, quarter: Quarter, replace: Bool, recordedAt: String,
                                   evaluate: ([RecordedReport]) -> ReportDraft) throws(HistoryError) -> RecordOutcome? {
        let reader = try HistoryConnection.reader(path)
        let (history, generation, earlier): ([RecordedReport], Int64, ReportSummary?)
        do {
            (history, generation, earlier) = try reader.read { db in
                (try HistoryReader.reports(db, before: quarter, path: path), try HistoryReader.generation(db),
                 try HistoryReader.reported(db, quarter: quarter))
            }
            try reader.close()
        } catch {
            throw HistoryConnection.classify(error, path: path, writing: false)
        }
        // Refuse before the (possibly long) evaluation; checked again under the write lock.
        if let earlier, !replace { throw .quarterRecorded(path: path, earlier: earlier) }
        try requireWritable(path)
        let draft = evaluate(history)
        guard draft.quarter == quarter else {
            throw .cannotWrite(path: path, detail: "intern fejl: kvartal \(draft.quarter) ≠ \(quarter)")
        }
        let writer = try HistoryConnection.writer(path)
        defer { try? writer.close() }
        do {
            return try writer.writeWithoutTransaction { db -> RecordOutcome? in
                var outcome: RecordOutcome?
                try db.inTransaction(.immediate) {
                    guard try HistoryReader.generation(db) == generation else { return .rollback }
                    let earlier = try HistoryReader.reported(db, quarter: quarter)
                    if let earlier {
                        guard replace else { throw HistoryError.quarterRecorded(path: path, earlier: earlier) }
                        try db.execute(sql: "UPDATE report SET superseded = 1 WHERE id = ?", arguments: [earlier.id])
                    }
                    let stored = try insert(db, draft, recordedAt: recordedAt, superseding: earlier?.id)
                    outcome = RecordOutcome(stored: stored, replaced: earlier.map { var e = $0; e.superseded = true; return e },
                                            created: false)
                    return .commit
                }
                return outcome
            }
        } catch {
            throw HistoryConnection.classify(error, path: path, writing: true)
        }
    }

    /// A new history is built whole in a temporary file beside the target and linked into place,
    /// so an interrupted first record leaves no file (a stray temporary at most), never a
    /// half-made one that the next run would refuse. nil: another record created the file first.
    private static func create(_ path: String, recordedAt: String, draft: ReportDraft) throws(HistoryError) -> RecordOutcome? {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        removeDatabase(temp)
        removeAbandoned(beside: url)
        defer { removeDatabase(temp) }
        var stored: ReportSummary
        do {
            // Creating the file here is the first write: a read-only folder fails now.
            guard FileManager.default.createFile(atPath: temp, contents: nil) else {
                throw HistoryError.cannotWrite(path: path, detail: String(cString: strerror(errno)))
            }
            // The first report goes in with a rollback journal: pages appended to a database need
            // no journal, so the 140 MB of a national evaluation are written once, where WAL would
            // write them to the log and again into the file at the checkpoint. Nobody else sees
            // this file until it is linked in, in WAL mode.
            let writer = try HistoryConnection.writer(temp, wal: false)
            stored = try writer.writeWithoutTransaction { db in
                var stored: ReportSummary?
                try db.inTransaction(.immediate) {
                    stored = try insert(db, draft, recordedAt: recordedAt, superseding: nil)
                    return .commit
                }
                guard let stored else { throw HistoryError.cannotWrite(path: path, detail: "no report stored") }
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                    throw HistoryError.cannotWrite(path: path, detail: "WAL mode refused")
                }
                return stored
            }
            try writer.close() // checkpoints: the file holds everything, the -wal is gone
        } catch {
            throw HistoryConnection.classify(error, path: path, writing: true)
        }
        if link(temp, path) != 0 {
            if errno == EEXIST { return nil }
            throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
        syncFolder(url.deletingLastPathComponent().path)
        return RecordOutcome(stored: stored, replaced: nil, created: true)
    }

    private static func insert(_ db: Database, _ draft: ReportDraft, recordedAt: String,
                               superseding: Int64?) throws -> ReportSummary {
        try db.execute(sql: """
            INSERT INTO report (quarter, as_of, recorded_at, settings, superseded, portfolio_score,
                                evaluation_format, evaluation_sha256)
            VALUES (?, ?, ?, ?, 0, ?, 'effekt.evaluation/1+compact', '')
            """, arguments: [draft.quarter.description, draft.asOf.iso, recordedAt, draft.settingsJSON,
                             draft.portfolioScore])
        let id = db.lastInsertedRowID
        let digest = try insertEvaluation(db, draft, report: id)
        try db.execute(sql: "UPDATE report SET evaluation_sha256 = ? WHERE id = ?", arguments: [digest, id])
        let input = try db.makeStatement(sql: "INSERT INTO input_file (report_id, position, kind, file, sha256) VALUES (?, ?, ?, ?, ?)")
        for (position, digest) in draft.inputs.enumerated() {
            try input.execute(arguments: [id, position, digest.kind, digest.file, digest.sha256])
        }
        let score = try db.makeStatement(sql: "INSERT INTO project_score (report_id, project_id, score) VALUES (?, ?, ?)")
        for project in draft.projectScores {
            try score.execute(arguments: [id, project.id, project.score])
        }
        try insertPromises(db, draft.criteria, report: id)
        try updateFirstReports(db, report: id, quarter: draft.quarter, superseded: superseding)
        return ReportSummary(id: id, quarter: draft.quarter, asOf: draft.asOf, recordedAt: recordedAt, superseded: false,
                             portfolioScore: draft.portfolioScore, inputs: draft.inputs, evaluationSHA256: digest)
    }

    /// Renders the evaluation into `evaluation_chunk` rows of about `chunkSize` bytes, hashing as
    /// it goes; returns the SHA-256 of the whole.
    private static func insertEvaluation(_ db: Database, _ draft: ReportDraft, report: Int64) throws -> String {
        let chunkSize = 1 << 20
        let statement = try db.makeStatement(sql: "INSERT INTO evaluation_chunk (report_id, seq, bytes) VALUES (?, ?, ?)")
        var hasher = StreamingSHA256()
        var pending = Data(capacity: chunkSize)
        var seq = 0
        var failure: (any Error)?
        func flush() {
            guard failure == nil, !pending.isEmpty else { return }
            do {
                try statement.execute(arguments: [report, seq, pending])
                seq += 1
            } catch {
                failure = error
            }
            pending.removeAll(keepingCapacity: true)
        }
        draft.writeEvaluation { bytes in
            guard failure == nil else { return }
            hasher.update(bytes)
            pending.append(contentsOf: bytes)
            if pending.count >= chunkSize { flush() }
        }
        flush()
        if let failure { throw failure }
        return hasher.finalize()
    }

    private struct Key: Hashable { var project: String; var criterion: String }

    private static func insertPromises(_ db: Database, _ criteria: [RecordedCriterion], report: Int64) throws {
        var keys: [Key: Int64] = [:]
        let known = try Row.fetchCursor(db, sql: "SELECT id, project_id, criterion_id FROM criterion_key")
        while let row = try known.next() { keys[Key(project: row[1], criterion: row[2])] = row[0] }
        let newKey = try db.makeStatement(sql: "INSERT INTO criterion_key (project_id, criterion_id) VALUES (?, ?)")
        let promise = try db.makeStatement(sql: """
            INSERT INTO criterion_promise (report_id, key_id, baseline, target, target_date) VALUES (?, ?, ?, ?, ?)
            """)
        for c in criteria {
            let key = Key(project: c.projectID, criterion: c.criterionID)
            let keyID: Int64
            if let known = keys[key] {
                keyID = known
            } else {
                try newKey.execute(arguments: [c.projectID, c.criterionID])
                keyID = db.lastInsertedRowID
                keys[key] = keyID
            }
            try promise.execute(arguments: [report, keyID, c.baseline, c.target, c.targetDate.iso])
        }
    }

    /// Keeps `criterion_key.first_report` = the reported report of the earliest quarter holding the
    /// criterion. The new report becomes it for the criteria it holds whose first report is later
    /// (quarters may be recorded out of order), superseded, or missing. A replaced report's other
    /// criteria fall back to the next report that holds them.
    private static func updateFirstReports(_ db: Database, report: Int64, quarter: Quarter, superseded: Int64?) throws {
        try db.execute(sql: """
            UPDATE criterion_key SET first_report = ?1
            WHERE id IN (SELECT key_id FROM criterion_promise WHERE report_id = ?1)
              AND (first_report IS NULL
                   OR (SELECT superseded = 1 OR quarter > ?2 FROM report WHERE id = first_report))
            """, arguments: [report, quarter.description])
        guard let superseded else { return }
        try db.execute(sql: "UPDATE criterion_key SET first_report = NULL WHERE first_report = ?", arguments: [superseded])
        guard db.changesCount > 0 else { return }
        try db.execute(sql: """
            UPDATE criterion_key SET first_report = f.report_id
            FROM (SELECT p.key_id, p.report_id, min(r.quarter)
                  FROM criterion_promise p JOIN report r ON r.id = p.report_id AND r.superseded = 0
                  WHERE p.key_id IN (SELECT id FROM criterion_key WHERE first_report IS NULL)
                  GROUP BY p.key_id) AS f
            WHERE f.key_id = criterion_key.id
            """)
    }

    /// The file and its folder must both be writable: SQLite keeps its write-ahead log and shared
    /// index beside the file, and once they exist it could write through a read-only folder, which
    /// would make "read-only" mean different things on different days. access(2) also sees
    /// immutable files and read-only mounts, which bind root too.
    private static func requireWritable(_ path: String) throws(HistoryError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        for target in [path, folder] where access(target, W_OK) != 0 {
            throw .cannotWrite(path: path, detail: "\(target): \(String(cString: strerror(errno)))")
        }
    }

    private static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// A first record killed before it linked its file in leaves `.NAME.tmp-PID` (and SQLite's
    /// companions) behind; the next first record removes those of processes that no longer run.
    private static func removeAbandoned(beside url: URL) {
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    private static func syncFolder(_ folder: String) {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
