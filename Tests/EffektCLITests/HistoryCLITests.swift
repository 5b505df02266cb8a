import EffektTestSupport
import EffektModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #13: `effekt record` / `effekt history` as a controller runs them, and the reliability
/// promises of Docs/history.md tried on the real binary.
@Suite struct HistoryCLITests {
    static let fixedClock = ["SOURCE_DATE_EPOCH": "1782900000"] // 2026-07-01T10:00:00Z

    /// A copy of the kommune-da fixture in `root/data`.
    static func demo() throws -> URL {
        let root = try CLI.temporaryFolder()
        try ReproducibilityTests.copy("kommune-da", to: root, shuffledWith: nil)
        return root
    }

    static func sha(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// `python3` with sqlite3 on the history: the tests read the file with another SQLite client.
    static func sql(_ script: String, _ path: String) throws -> String {
        try PythonScript.run(script, path).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Per quarter: reports, and for the reported one whether it is whole — its blob matches its
    /// digest and it has as many project and criterion rows as the evaluation JSON has entries.
    static let wholeness = """
    import sqlite3, sys, hashlib, json
    c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
    assert c.execute('pragma integrity_check').fetchone()[0] == 'ok'
    out = []
    for rid, q, sup, digest in c.execute('select id, quarter, superseded, evaluation_sha256 from report order by id').fetchall():
        blob = b''.join(r[0] for r in c.execute('select bytes from evaluation_chunk where report_id=? order by seq', (rid,)))
        doc = json.loads(blob)
        projects = len(doc['projects']); criteria = sum(len(p['criteria']) for p in doc['projects'])
        np = c.execute('select count(*) from project_score where report_id=?', (rid,)).fetchone()[0]
        nc = c.execute('select count(*) from criterion_promise where report_id=?', (rid,)).fetchone()[0]
        ni = c.execute('select count(*) from input_file where report_id=?', (rid,)).fetchone()[0]
        whole = hashlib.sha256(blob).hexdigest() == digest and np == projects and nc == criteria and ni >= 2
        out.append(f"{q}:{sup}:{'whole' if whole else 'PARTIAL'}:{criteria}")
    print(' '.join(out))
    """

    @Test func theQuarterlyRoutine() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("data/effekt-historik.sqlite").path
        #expect(try CLI.run(["check", "data", "-q"], in: root).status == 0)
        let q1 = try CLI.run(["record", "data", "--quarter", "2026Q1", "-q"], in: root, environment: Self.fixedClock)
        #expect(q1.status == 0, "\(q1.stderr)")
        #expect(q1.stderr.contains("2026Q1") && FileManager.default.fileExists(atPath: file))
        // Built aside with a rollback journal, the new file is in WAL mode once it is in place.
        #expect(try Self.sql("import sqlite3,sys; print(sqlite3.connect('file:'+sys.argv[1]+'?mode=ro', uri=True).execute('pragma journal_mode').fetchone()[0])", file) == "wal")
        #expect(try CLI.run(["record", "data", "--as-of", "2026-06-30", "-q"], in: root, environment: Self.fixedClock).status == 0)
        // Refused: the message names the earlier report and --replace; the file is untouched.
        let before = Self.sha(file)
        let again = try CLI.run(["record", "data", "--quarter", "2026Q2", "-q"], in: root)
        #expect(again.status == 64)
        #expect(again.stderr.contains("2026Q2") && again.stderr.contains("2026-06-30") && again.stderr.contains("2026-07-01T10:00:00Z")
                && again.stderr.contains("--replace"), "\(again.stderr)")
        #expect(Self.sha(file) == before)
        let replaced = try CLI.run(["record", "data", "--quarter", "2026Q2", "--replace", "-q"], in: root,
                                   environment: ["SOURCE_DATE_EPOCH": "1782986400"])
        #expect(replaced.status == 0, "\(replaced.stderr)")

        let listing = try CLI.run(["history", "data", "--format", "json"], in: root)
        #expect(listing.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
        let reports = try #require(doc["reports"] as? [[String: Any]])
        #expect(reports.map { $0["quarter"] as? String } == ["2026Q1", "2026Q2", "2026Q2"])
        #expect(reports.map { $0["superseded"] as? Bool } == [false, true, false])
        #expect(reports.map { $0["recorded_at"] as? String } == ["2026-07-01T10:00:00Z", "2026-07-01T10:00:00Z", "2026-07-02T10:00:00Z"])
        // The same data recorded again stores the same evaluation, byte for byte.
        #expect(reports[1]["evaluation_sha256"] as? String == reports[2]["evaluation_sha256"] as? String)
        let inputs = try #require(reports[0]["inputs"] as? [[String: Any]])
        // SHA-256 of the criteria file, computed here independently of the binary.
        let criteria = try Data(contentsOf: root.appendingPathComponent("data/kriterier.csv"))
        let expected = try Self.sql("import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())",
                                    root.appendingPathComponent("data/kriterier.csv").path)
        #expect(criteria.count > 0 && inputs.contains { $0["kind"] as? String == "criteria" && $0["sha256"] as? String == expected })
        #expect(inputs.contains { $0["kind"] as? String == "settings" }) // effekt.toml was read too
        let text = try CLI.run(["history", "data"], in: root)
        #expect(text.status == 0 && text.stdout.contains("erstattet") && text.stdout.contains(String(expected.prefix(12))))
        #expect(!text.stdout.contains(expected), "hashes are shortened in the table")
        #expect(try Self.sql(Self.wholeness, file) == "2026Q1:0:whole:53 2026Q2:1:whole:53 2026Q2:0:whole:53")

        // Reading commands read the history and leave it alone; their output is reproducible.
        let after = Self.sha(file)
        let one = try CLI.run(["evaluate", "data", "-q", "--quarter", "2026Q3"], in: root)
        let two = try CLI.run(["evaluate", "data", "-q", "--quarter", "2026Q3"], in: root)
        #expect(one.status == 0 && one.stdout == two.stdout && one.stdout.count > 1000)
        for command in [["report", "-o", "r.xlsx"], ["dashboard"], ["compare"], ["memo", "--project", "P02"], ["html", "-o", "p.html"]] {
            let r = try CLI.run([command[0], "data", "-q"] + command.dropFirst(), in: root)
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        #expect(try CLI.run(["evaluate", "data", "-q", "--no-history"], in: root).status == 0)
        #expect(Self.sha(file) == after)
    }

    /// The recorded figures reach the evaluation: after 2026Q1 is recorded, a Q1 measurement is
    /// revised and a target moved. Expected values come from other runs, not from the code under
    /// test: the reported score is what `history` lists, the recomputed one what `evaluate
    /// --no-history` gives for 2026Q1 on the revised data.
    @Test func recordedFiguresReachTheEvaluation() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["record", "data", "--quarter", "2026Q1", "-q"], in: root).status == 0)
        let listed = try JSONSerialization.jsonObject(with: Data(try CLI.run(["history", "data", "--format", "json"], in: root).stdout.utf8))
        let reported = try #require(((listed as? [String: Any])?["reports"] as? [[String: Any]])?.first?["portfolio_score"] as? Double)
        // Revise P01 K1's March 2026 measurement (83,9 → 63,9) and move its target 95 → 90 (the files are Windows-1252).
        let folder = root.appendingPathComponent("data")
        for (name, old, new) in [("maalinger.csv", "P01;K1;31-03-2026;83,9;", "P01;K1;31-03-2026;63,9;"),
                                 ("kriterier.csv", ";62;01-09-2024;95;31-12-2026;", ";62;01-09-2024;90;31-12-2026;")] {
            let url = folder.appendingPathComponent(name)
            let text = try #require(String(data: try Data(contentsOf: url), encoding: .isoLatin1))
            #expect(text.contains(old))
            try #require(text.replacingOccurrences(of: old, with: new).data(using: .isoLatin1)).write(to: url)
        }
        func evaluate(_ extra: [String]) throws -> [String: Any] {
            let r = try CLI.run(["evaluate", "data", "-q", "--compact"] + extra, in: root)
            #expect(r.status == 0, "\(r.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        }
        let recomputed = try #require((try evaluate(["--quarter", "2026Q1", "--no-history"])["portfolio"] as? [String: Any])?["score"] as? Double)
        let doc = try evaluate(["--quarter", "2026Q2"])
        let portfolio = try #require(doc["portfolio"] as? [String: Any])
        let score = try #require(portfolio["score"] as? Double)
        #expect(portfolio["reported_previous_score"] as? Double == reported)
        #expect(abs((portfolio["score_change_reported"] as? Double ?? .nan) - (score - reported)) < 1e-12)
        #expect(abs(recomputed - reported) > 0.0005, "the revision must move the Q1 score")
        #expect(abs((portfolio["restatement"] as? Double ?? .nan) - (recomputed - reported)) < 1e-12)
        let p01 = try #require((doc["projects"] as? [[String: Any]])?.first { $0["project_id"] as? String == "P01" })
        let k1 = try #require((p01["criteria"] as? [[String: Any]])?.first { $0["criterion_id"] as? String == "K1" })
        #expect(k1["target"] as? Double == 90 && k1["original_target"] as? Double == 95 && k1["original_baseline"] as? Double == 62)
        let findings = (p01["findings"] as? [[String: Any]]) ?? []
        #expect(findings.contains { $0["code"] as? String == "target_changed" && $0["criterion_id"] as? String == "K1" })
        // Without the history none of it.
        let plain = try #require(try evaluate(["--quarter", "2026Q2", "--no-history"])["portfolio"] as? [String: Any])
        #expect(plain["reported_previous_score"] is NSNull && plain["restatement"] is NSNull)
    }

    @Test func unusableHistoryFilesAreInputErrorsAndStayUnchanged() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        let good = root.appendingPathComponent("good.sqlite").path
        #expect(try CLI.run(["record", "data", "--quarter", "2026Q1", "--history", good, "-q"], in: root).status == 0)
        let goodBytes = try #require(Self.sha(good))
        var rng = SplitMix64(seed: 13)
        let files: [(String, Data)] = [
            ("random.sqlite", Data((0..<16384).map { _ in UInt8.random(in: 0...255, using: &rng) })),
            ("truncated.sqlite", goodBytes.prefix(goodBytes.count - 4096 - 17)),
            ("text.sqlite", Data("projekt_id;kriterie_id\n".utf8)),
        ]
        var paths = files.map { root.appendingPathComponent($0.0).path }
        for ((_, bytes), path) in zip(files, paths) { _ = FileManager.default.createFile(atPath: path, contents: bytes) }
        let other = root.appendingPathComponent("other.sqlite").path
        _ = try Self.sql("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.execute('insert into t values (1)'); c.commit()", other)
        let newer = root.appendingPathComponent("newer.sqlite").path
        _ = FileManager.default.createFile(atPath: newer, contents: goodBytes)
        _ = try Self.sql("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma user_version=9'); c.commit()", newer)
        paths += [other, newer]
        for path in paths {
            let before = try #require(Self.sha(path))
            for args in [["record", "data", "--quarter", "2026Q2"], ["evaluate", "data"], ["dashboard", "data"], ["history", "data"]] {
                let r = try CLI.run(args + ["--history", path, "-q"].filter { args[0] != "history" || $0 != "-q" }, in: root)
                #expect(r.status == 65, "\(args[0]) \(path): exit \(r.status) \(r.stderr)")
                #expect(r.stderr.contains((path as NSString).lastPathComponent) && r.stderr.contains("ikke ændret"), "\(r.stderr)")
            }
            #expect(Self.sha(path) == before, "\(path) was modified")
        }
        let newerMessage = try CLI.run(["evaluate", "data", "--history", newer, "-q", "--lang", "en"], in: root)
        #expect(newerMessage.stderr.contains("newer Effekt") && newerMessage.stderr.contains("9"))
    }

    /// Root ignores file modes, so the test makes the file or folder immutable (chattr +i) then;
    /// as another user a chmod does it.
    static func setReadOnly(_ path: String, _ on: Bool) throws -> Bool {
        if geteuid() == 0 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["chattr", on ? "+i" : "-i", path]
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus == 0
        }
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        try FileManager.default.setAttributes([.posixPermissions: on ? (isFolder.boolValue ? 0o555 : 0o444) : 0o755], ofItemAtPath: path)
        return true
    }

    /// Whether this machine lets the test make a file read-only (chattr needs a file system that
    /// has the immutable flag, such as ext4; tmpfs has not). Otherwise the test is skipped.
    static let canMakeReadOnly: Bool = {
        guard let folder = try? CLI.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let probe = folder.appendingPathComponent("probe").path
        guard FileManager.default.createFile(atPath: probe, contents: Data()), (try? setReadOnly(probe, true)) == true else { return false }
        defer { _ = try? setReadOnly(probe, false) }
        return access(probe, W_OK) != 0
    }()

    @Test(.enabled(if: canMakeReadOnly, "the file system cannot make a file read-only for this user"))
    func aReadOnlyHistoryRefusesRecordButStillReads() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data").path
        let file = data + "/effekt-historik.sqlite"
        #expect(try CLI.run(["record", "data", "--quarter", "2026Q1", "-q"], in: root).status == 0)
        let reference = try CLI.run(["evaluate", "data", "-q", "--quarter", "2026Q2"], in: root)
        for target in [file, data] {
            guard try Self.setReadOnly(target, true) else {
                Issue.record("cannot make \(target) read-only here (chattr on this file system?)")
                return
            }
            defer { _ = try? Self.setReadOnly(target, false) }
            let before = Self.sha(file)
            let r = try CLI.run(["record", "data", "--quarter", "2026Q2", "-q"], in: root)
            #expect(r.status == 74, "\(target): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("kan ikke skrives"), "\(r.stderr)")
            #expect(Self.sha(file) == before)
            let e = try CLI.run(["evaluate", "data", "-q", "--quarter", "2026Q2"], in: root)
            #expect(e.status == 0 && e.stdout == reference.stdout, "\(target): \(e.stderr)")
            let w = try CLI.run(["report", "data", "-q", "-o", root.appendingPathComponent("r.xlsx").path], in: root)
            #expect(w.status == 0, "\(target): \(w.stderr)")
            #expect(try CLI.run(["history", "data"], in: root).stdout.contains("2026Q1"))
        }
        // A new history in a read-only folder cannot be created either.
        let empty = root.appendingPathComponent("ro").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        guard try Self.setReadOnly(empty, true) else { return }
        defer { _ = try? Self.setReadOnly(empty, false) }
        let r = try CLI.run(["record", "data", "--quarter", "2026Q2", "--history", empty + "/h.sqlite", "-q"], in: root)
        #expect(r.status == 74, "\(r.stderr)")
    }

    @Test func twoRecordsAtOnceNeverInterleave() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("data/effekt-historik.sqlite").path
        for round in 0..<3 {
            if round == 1 { // the file exists: both open it, one waits for the other's lock
                #expect(try CLI.run(["record", "data", "--quarter", "2025Q4", "-q"], in: root).status == 0)
            }
            let statuses = Mutex2()
            let group = DispatchGroup()
            for _ in 0..<2 {
                DispatchQueue.global().async(group: group) {
                    let r = try? CLI.run(["record", "data", "--quarter", "2026Q\(round + 1)", "-q"], in: root)
                    statuses.add(r?.status ?? -2, r?.stderr ?? "")
                }
            }
            group.wait()
            let (codes, errors) = statuses.values
            #expect(codes.sorted() == [0, 64], "round \(round): \(codes) \(errors)")
            #expect(errors.contains("--replace"))
        }
        #expect(try Self.sql(Self.wholeness, file) == "2026Q1:0:whole:53 2025Q4:0:whole:53 2026Q2:0:whole:53 2026Q3:0:whole:53")
    }

    final class Mutex2: @unchecked Sendable {
        // Why unchecked: every access holds the lock.
        private let lock = NSLock()
        private var codes: [Int32] = [], errors = ""
        func add(_ code: Int32, _ error: String) { lock.lock(); codes.append(code); errors += error; lock.unlock() }
        var values: ([Int32], String) { lock.lock(); defer { lock.unlock() }; return (codes, errors) }
    }

    /// Starts `effekt record`, kills it with SIGKILL when `moment` says so, and tells whether the
    /// kill landed (false: the record had finished first).
    static func killRecord(_ arguments: [String], in root: URL, when moment: () -> Void) throws -> Bool {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardError = FileHandle.nullDevice
        try process.run()
        moment()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// SIGKILL at random moments of a record on a sizable data set (500 projects × 10 criteria ×
    /// 20 measurements, a 9 MB evaluation): afterwards the file opens and holds the quarter whole
    /// or not at all. Some kills come at a random point of the whole run (mostly reading and
    /// evaluating), the others just after the write-ahead log starts to grow, inside the write.
    @Test func aKilledRecordStoresAllOrNothing() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data").path
        _ = try Self.sql("import sys; sys.path.insert(0, '\(CLI.packageRoot.path)/Benchmarks'); import generate; generate.national(sys.argv[1], projects=500)", data)
        let file = data + "/effekt-historik.sqlite"
        var rng = SplitMix64(seed: 2026)
        func fraction() -> Double { Double(rng.next() % 1000) / 1000 }

        // A first record killed: no file afterwards, or a whole one (it is built aside and linked in).
        let start = Date()
        #expect(try CLI.run(["record", "data", "--quarter", "2026Q1", "-q", "--history", root.path + "/timing.sqlite"], in: root).status == 0)
        let full = Date().timeIntervalSince(start)
        for run in 0..<3 {
            let delay = full * (0.5 + 0.6 * fraction())
            _ = try Self.killRecord(["record", "data", "--quarter", "2026Q1", "-q"], in: root) { usleep(useconds_t(delay * 1e6)) }
            if FileManager.default.fileExists(atPath: file) {
                #expect(try Self.sql(Self.wholeness, file) == "2026Q1:0:whole:5000", "first record, run \(run)")
                try FileManager.default.removeItem(atPath: file)
            }
        }

        #expect(try CLI.run(["record", "data", "--quarter", "2026Q1", "-q"], in: root).status == 0)
        var killedInWrite = 0, killed = 0
        for run in 0..<8 {
            let inWrite = run % 2 == 1
            let walBefore = Self.size(file + "-wal")
            let landed = try Self.killRecord(["record", "data", "--quarter", "2026Q2", "--replace", "-q"], in: root) {
                if inWrite {
                    let deadline = Date().addingTimeInterval(full * 3)
                    while Self.size(file + "-wal") <= walBefore && Date() < deadline { usleep(500) }
                    usleep(useconds_t(fraction() * 20_000))
                } else {
                    usleep(useconds_t(full * (0.3 + 0.8 * fraction()) * 1e6))
                }
            }
            if landed { killed += 1; if inWrite { killedInWrite += 1 } }
            let state = try Self.sql(Self.wholeness, file)
            #expect(!state.contains("PARTIAL") && state.hasPrefix("2026Q1:0:whole:5000"), "run \(run): \(state)")
            #expect(state.split(separator: " ").filter { $0.hasPrefix("2026Q2:0") }.count <= 1, "run \(run): \(state)")
            #expect(try CLI.run(["history", "data"], in: root).status == 0, "run \(run)")
        }
        #expect(killed >= 4 && killedInWrite >= 2, "killed \(killed), of which in the write \(killedInWrite)")
        // After all that, a record still works and the evaluation reads the file.
        #expect(try CLI.run(["record", "data", "--quarter", "2026Q2", "--replace", "-q"], in: root).status == 0)
        #expect(try CLI.run(["evaluate", "data", "-q", "--quarter", "2026Q3", "-o", root.appendingPathComponent("e.json").path], in: root).status == 0)
    }
}
