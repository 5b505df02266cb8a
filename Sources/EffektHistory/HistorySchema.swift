import GRDB

/// The history's tables, one migration per schema version. A file marks itself as an Effekt
/// history with SQLite's application id and carries its schema version in `user_version` as well
/// as in GRDB's migration table, so a file from a later Effekt is recognised before anything is
/// written (Docs/history.md: such a file is an input error and is never modified).
enum HistorySchema {
    /// "EFKT": lets any SQLite tool (and this module) tell an Effekt history from other databases.
    static let applicationID: Int32 = 0x4546_4B54
    /// The newest schema version this build writes and reads.
    static let version = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                -- One row per recorded report. A quarter has at most one report that is not
                -- superseded (the reported one); --replace marks the earlier one superseded.
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY,
                    quarter TEXT NOT NULL,
                    as_of TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    settings TEXT NOT NULL,
                    superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
                    portfolio_score REAL,
                    evaluation_format TEXT NOT NULL,
                    -- SHA-256 of the whole evaluation (the chunks below, joined).
                    evaluation_sha256 TEXT NOT NULL
                );
                CREATE UNIQUE INDEX report_reported ON report(quarter) WHERE superseded = 0;
                -- The whole evaluation as `effekt evaluate --compact` writes it: the blobs of a
                -- report joined in seq order. Stored in chunks of about a megabyte as it is
                -- rendered, so a national document never sits in memory whole; and apart from the
                -- report rows, so listing reports never walks a blob's pages.
                CREATE TABLE evaluation_chunk (
                    report_id INTEGER NOT NULL REFERENCES report(id),
                    seq INTEGER NOT NULL,
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (report_id, seq)
                );
                -- The SHA-256 of every file the report was computed from, in the order read.
                CREATE TABLE input_file (
                    report_id INTEGER NOT NULL REFERENCES report(id),
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    PRIMARY KEY (report_id, position)
                ) WITHOUT ROWID;
                -- What the next evaluation compares with: each project's reported score (NULL:
                -- listed without data) ...
                CREATE TABLE project_score (
                    report_id INTEGER NOT NULL REFERENCES report(id),
                    project_id TEXT NOT NULL,
                    score REAL,
                    PRIMARY KEY (report_id, project_id)
                ) WITHOUT ROWID;
                -- ... and each criterion's promise. Criteria are named once in criterion_key,
                -- so a quarter's rows hold numbers only.
                -- first_report: the reported report of the earliest quarter that holds the
                -- criterion (its original promise), kept up to date by every record so an
                -- evaluation reads one row per criterion instead of one per criterion and quarter.
                CREATE TABLE criterion_key (
                    id INTEGER PRIMARY KEY,
                    project_id TEXT NOT NULL,
                    criterion_id TEXT NOT NULL,
                    first_report INTEGER REFERENCES report(id),
                    UNIQUE (project_id, criterion_id)
                );
                CREATE TABLE criterion_promise (
                    report_id INTEGER NOT NULL REFERENCES report(id),
                    key_id INTEGER NOT NULL REFERENCES criterion_key(id),
                    baseline REAL NOT NULL,
                    target REAL NOT NULL,
                    target_date TEXT NOT NULL,
                    PRIMARY KEY (report_id, key_id)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
