import GRDB
import Foundation

/// Opening a history file: always read-only first, to prove it is an Effekt history this build
/// understands, and only then (for `record`) for writing. SQLite opens any file lazily and would
/// happily turn another program's database to WAL mode, so nothing writes before the checks pass.
enum HistoryConnection {
    /// How long a record waits for another record's transaction to finish.
    static let busyTimeout: TimeInterval = 60

    /// A read-only connection to a checked history.
    static func reader(_ path: String) throws(HistoryError) -> DatabaseQueue {
        try FileHeader.check(path)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "effekt.history.read"
        // Twelve national quarters are a gigabyte of mostly blobs; the rows an evaluation reads
        // are a few megabytes, read once. Mapped, they cost no read(2) per page.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32768") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try validate(queue, path: path)
            return queue
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            // A WAL file in a folder we may not write: SQLite cannot create the shared-memory
            // index beside it. Nobody can be writing there either, so read it as immutable.
            do {
                let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
                try validate(queue, path: path)
                return queue
            } catch {
                throw classify(error, path: path, writing: false)
            }
        } catch {
            throw classify(error, path: path, writing: false)
        }
    }

    /// A connection for `record`, on a file `reader` has already checked: WAL mode, waits for
    /// another writer instead of failing at once.
    /// `wal: false` only for a new file built aside (see `HistoryRecorder.create`), which is
    /// switched to WAL once its first report is in.
    static func writer(_ path: String, wal: Bool = true) throws(HistoryError) -> DatabaseQueue {
        var config = Configuration()
        if wal { config.journalMode = .wal }
        config.busyMode = .timeout(busyTimeout)
        config.label = "effekt.history.write"
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try HistorySchema.migrator.migrate(queue)
            return queue
        } catch {
            throw classify(error, path: path, writing: true)
        }
    }

    /// Is this an Effekt history of a schema this build knows?
    static func validate(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            guard application == HistorySchema.applicationID else {
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                throw HistoryError.notHistory(path: path, detail: tables == 0
                    ? "en tom SQLite-database / an empty SQLite database"
                    : "en anden SQLite-database / another SQLite database")
            }
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let superseded = try HistorySchema.migrator.hasBeenSuperseded(db)
            if version > HistorySchema.version || superseded {
                throw HistoryError.newerSchema(path: path, found: version, known: HistorySchema.version)
            }
            guard version == HistorySchema.version, try db.tableExists("report"),
                  try db.tableExists("criterion_promise") else {
                throw HistoryError.damaged(path: path, detail: "tabeller mangler / tables are missing")
            }
        }
    }

    /// Maps SQLite's result codes to what the user can do about them.
    static func classify(_ error: any Error, path: String, writing: Bool) -> HistoryError {
        if let error = error as? HistoryError { return error }
        guard let error = error as? DatabaseError else {
            return writing ? .cannotWrite(path: path, detail: "\(error)") : .damaged(path: path, detail: "\(error)")
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: return .notHistory(path: path, detail: detail)
        case .SQLITE_CORRUPT, .SQLITE_FORMAT, .SQLITE_SCHEMA, .SQLITE_MISMATCH, .SQLITE_ERROR:
            return .damaged(path: path, detail: detail)
        default:
            return writing ? .cannotWrite(path: path, detail: detail) : .damaged(path: path, detail: detail)
        }
    }

    /// `file:/abs/path?immutable=1`; the system SQLite is built to accept URI file names.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?immutable=1&mode=ro"
    }
}
