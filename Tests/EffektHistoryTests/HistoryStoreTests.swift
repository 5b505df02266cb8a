import EffektModel
import EffektEvaluation
@testable import EffektHistory
import Foundation
import Testing

/// What `record` stores is what the evaluation reads back, and the refusals of Docs/history.md.
@Suite struct HistoryStoreTests {
    @Test func recordsAndReadsBackScoresAndOriginalPromises() throws {
        let path = try Fixture.folder().appendingPathComponent("h.sqlite").path
        let first = try Fixture.record(path, Fixture.draft("2026Q1", score: 0.5, projects: [("P1", 0.4), ("P2", nil)],
                                                         criteria: [Fixture.promise("P1", "K1"), Fixture.promise("P1", "K2")]))
        #expect(first.created)
        // The next quarter moves K1's target and adds K3.
        try Fixture.record(path, Fixture.draft("2026Q2", score: 0.625, projects: [("P1", 0.7), ("P2", 0.55)],
                                             criteria: [Fixture.promise("P1", "K1", target: 20), Fixture.promise("P1", "K2"),
                                                        Fixture.promise("P2", "K3", date: "2028-06-30")]),
                           at: "2026-10-01T08:00:00Z")
        let reports = try HistoryReader.reports(at: path)
        #expect(reports.map(\.quarter.description) == ["2026Q1", "2026Q2"])
        #expect(reports[0].portfolioScore == 0.5 && reports[1].portfolioScore == 0.625)
        #expect(reports[0].projectScores == ["P1": .some(0.4), "P2": Double?.none])
        #expect(reports[1].projectScores == ["P1": .some(0.7), "P2": .some(0.55)])
        #expect(reports.map(\.recordedAt) == ["2026-07-01T08:00:00Z", "2026-10-01T08:00:00Z"])
        // Each criterion once, in the earliest report holding it: K1 keeps its original target 10.
        #expect(reports[0].criteria == [Fixture.promise("P1", "K1"), Fixture.promise("P1", "K2")])
        #expect(reports[1].criteria == [Fixture.promise("P2", "K3", date: "2028-06-30")])
        // `before`: what record hands the evaluation of 2026Q2 — only 2026Q1.
        #expect(try HistoryReader.reports(at: path, before: Fixture.quarter("2026Q2")).map(\.quarter.description) == ["2026Q1"])
    }

    /// What a killed first record leaves is removed by the next one; a running one's is not.
    @Test func abandonedTemporaryFilesAreRemoved() throws {
        let folder = try Fixture.folder()
        let dead = folder.appendingPathComponent(".h.sqlite.tmp-4194303").path // above any pid_max in use
        let alive = folder.appendingPathComponent(".h.sqlite.tmp-1").path // init
        for path in [dead, dead + "-wal", alive] { _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8)) }
        try Fixture.record(folder.appendingPathComponent("h.sqlite").path, Fixture.draft("2026Q1", score: 0.5))
        #expect(!FileManager.default.fileExists(atPath: dead) && !FileManager.default.fileExists(atPath: dead + "-wal"))
        #expect(FileManager.default.fileExists(atPath: alive))
    }

    @Test func aRecordedQuarterIsRefusedUnlessReplaced() throws {
        let path = try Fixture.folder().appendingPathComponent("h.sqlite").path
        try Fixture.record(path, Fixture.draft("2026Q2", score: 0.5, json: "{\"a\":1}"))
        let before = Fixture.bytes(path)
        #expect(throws: HistoryError.self) { try Fixture.record(path, Fixture.draft("2026Q2", score: 0.6)) }
        do {
            try Fixture.record(path, Fixture.draft("2026Q2", score: 0.6))
        } catch let error {
            guard case let .quarterRecorded(_, earlier) = error else { Issue.record("wrong error \(error)"); return }
            #expect(earlier.quarter.description == "2026Q2" && earlier.recordedAt == "2026-07-01T08:00:00Z")
            #expect(error.message(.da).contains("--replace") && error.message(.en).contains("2026-06-30"))
        }
        #expect(Fixture.bytes(path) == before)
        let outcome = try Fixture.record(path, Fixture.draft("2026Q2", score: 0.6), replace: true, at: "2026-07-02T09:00:00Z")
        #expect(outcome.replaced?.recordedAt == "2026-07-01T08:00:00Z")
        let listed = try HistoryReader.summaries(at: path)
        #expect(listed.map(\.superseded) == [true, false])
        #expect(listed.map(\.portfolioScore) == [0.5, 0.6])
        #expect(listed[0].evaluationSHA256 == FileDigest.sha256(Array("{\"a\":1}".utf8)))
        #expect(listed[1].inputs == [InputDigest(kind: "criteria", file: "kriterier.csv", sha256: String(repeating: "a", count: 64))])
    }

    /// Quarters recorded out of order and replaced: the original promise is still the one of the
    /// earliest reported quarter holding the criterion.
    @Test func originalPromiseFollowsTheEarliestReportedQuarter() throws {
        let path = try Fixture.folder().appendingPathComponent("h.sqlite").path
        try Fixture.record(path, Fixture.draft("2026Q2", score: 0.5,
                                             criteria: [Fixture.promise("P1", "K1", target: 20), Fixture.promise("P1", "K2", target: 30)]))
        try Fixture.record(path, Fixture.draft("2026Q1", score: 0.4, criteria: [Fixture.promise("P1", "K1", target: 15)]))
        var reports = try HistoryReader.reports(at: path)
        #expect(reports.map(\.quarter.description) == ["2026Q1", "2026Q2"])
        #expect(reports[0].criteria == [Fixture.promise("P1", "K1", target: 15)])
        #expect(reports[1].criteria == [Fixture.promise("P1", "K2", target: 30)])
        // 2026Q1 replaced by a report without K1 but with K3: K1's original falls back to 2026Q2.
        try Fixture.record(path, Fixture.draft("2026Q1", score: 0.45, criteria: [Fixture.promise("P1", "K3", target: 5)]),
                           replace: true, at: "2026-07-02T08:00:00Z")
        reports = try HistoryReader.reports(at: path)
        #expect(reports.map(\.superseded) == [true, false, false])
        #expect(reports[0].criteria.isEmpty)
        #expect(reports[1].criteria == [Fixture.promise("P1", "K3", target: 5)])
        #expect(Set(reports[2].criteria) == [Fixture.promise("P1", "K1", target: 20), Fixture.promise("P1", "K2", target: 30)])
    }

    @Test func filesThatAreNotAHistoryAreRefusedAndLeftAlone() throws {
        let folder = try Fixture.folder()
        let random = folder.appendingPathComponent("random.sqlite").path
        var rng = SplitMix64(seed: 7)
        _ = FileManager.default.createFile(atPath: random, contents: Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        let empty = folder.appendingPathComponent("empty.sqlite").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let other = folder.appendingPathComponent("other.sqlite").path
        _ = try Fixture.python("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", other)
        let good = folder.appendingPathComponent("good.sqlite").path
        try Fixture.record(good, Fixture.draft("2026Q1", score: 0.5, criteria: (1...200).map { Fixture.promise("P1", "K\($0)") },
                                              json: String(repeating: "x", count: 40_000)))
        let goodBytes = try #require(Fixture.bytes(good))
        let truncated = folder.appendingPathComponent("truncated.sqlite").path
        _ = FileManager.default.createFile(atPath: truncated, contents: goodBytes.prefix(goodBytes.count / 2 + 100))
        let newer = folder.appendingPathComponent("newer.sqlite").path
        _ = FileManager.default.createFile(atPath: newer, contents: goodBytes)
        _ = try Fixture.python("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma user_version=2'); c.commit()", newer)

        let cases: [(String, (HistoryError) -> Bool)] = [
            (random, { if case .notHistory = $0 { true } else { false } }),
            (empty, { if case .notHistory = $0 { true } else { false } }),
            (other, { if case .notHistory = $0 { true } else { false } }),
            (truncated, { if case .damaged = $0 { true } else { false } }),
            (newer, { if case .newerSchema(_, 2, 1) = $0 { true } else { false } }),
        ]
        for (path, expected) in cases {
            let before = try #require(Fixture.bytes(path))
            do {
                _ = try HistoryReader.reports(at: path)
                Issue.record("read \(path)")
            } catch { #expect(expected(error), "\(path): \(error)") }
            do {
                try Fixture.record(path, Fixture.draft("2026Q2", score: 0.5))
                Issue.record("recorded into \(path)")
            } catch { #expect(expected(error), "\(path): \(error)") }
            #expect(Fixture.bytes(path) == before, "\(path) changed")
        }
    }
}
