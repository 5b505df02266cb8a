import EffektTestSupport
import Foundation
import Testing
import EffektModel

/// Issue #6, reproducibility: the same input gives the same bytes, run after run, and the order of
/// the rows within each file (which Docs/input-format.md and Docs/methodology.md give no meaning: ids sort naturally, series by date)
/// does not change any output either.
@Suite struct ReproducibilityTests {
    struct Output: CustomStringConvertible, Sendable {
        var arguments: [String]
        var fileName: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let outputs: [Output] = [
        Output(arguments: ["report"], fileName: "r.xlsx"),
        Output(arguments: ["evaluate"], fileName: "r.json"),
        Output(arguments: ["dashboard"], fileName: "d.txt"),
        Output(arguments: ["dashboard", "--format", "markdown"], fileName: "d.md"),
        Output(arguments: ["dashboard", "--format", "json"], fileName: "d.json"),
        Output(arguments: ["dashboard", "--project", "@"], fileName: "p.txt"),
        Output(arguments: ["compare"], fileName: "c.txt"),
        Output(arguments: ["compare", "--format", "csv", "--by", "area"], fileName: "c.csv"),
        Output(arguments: ["compare", "--format", "json"], fileName: "c.json"),
        Output(arguments: ["memo", "--project", "@"], fileName: "m.md"),
        Output(arguments: ["html"], fileName: "h.html"),
    ]

    /// The fixtures and a project of each to drill into.
    static let fixtures: [(folder: String, project: String)] = [("kommune-da", "P02"), ("english-utf8", "DP-1")]

    /// The data records of a CSV file (header first), each with its line end, split where no quote is open.
    static func records(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = [], current: [UInt8] = [], quoted = false
        for b in bytes {
            current.append(b)
            if b == 0x22 { quoted.toggle() }
            if b == 0x0A && !quoted { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Copies `fixture` into `root/data`, the rows of each CSV file shuffled (header kept, bytes and
    /// encoding untouched) when `seed` is given.
    static func copy(_ fixture: String, to root: URL, shuffledWith seed: UInt64?) throws {
        let source = CLI.packageRoot.appendingPathComponent("Fixtures/\(fixture)")
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            var bytes = [UInt8](try Data(contentsOf: source.appendingPathComponent(name)))
            if let seed, name.hasSuffix(".csv") {
                var rows = records(bytes)
                if let last = rows.last, last.last != 0x0A { // every row ends its line, as the others do
                    rows[rows.count - 1] += rows[0].count > 1 && rows[0][rows[0].count - 2] == 0x0D ? [0x0D, 0x0A] : [0x0A]
                }
                var rng = SplitMix64(seed: seed)
                let body = Array(rows.dropFirst()).shuffled(using: &rng)
                #expect(body != Array(rows.dropFirst()) || body.count < 2)
                bytes = rows[0] + body.flatMap { $0 }
            }
            try Data(bytes).write(to: data.appendingPathComponent(name))
        }
    }

    /// Runs `output` in `root` on `data`, and returns the bytes written.
    static func produce(_ output: Output, project: String, in root: URL) throws -> Data {
        let target = root.appendingPathComponent(output.fileName)
        let args = output.arguments.map { $0 == "@" ? project : $0 } + ["data", "-q", "-o", output.fileName]
        let r = try CLI.run(args, in: root)
        #expect(r.status == 0, "\(output): exit \(r.status): \(r.stderr.prefix(300))")
        return try Data(contentsOf: target)
    }

    @Test(arguments: outputs)
    func sameInputSameBytesWhateverTheRowOrder(_ output: Output) throws {
        for fixture in Self.fixtures {
            var results: [Data] = []
            for seed: UInt64? in [nil, nil, 1, 2] {
                let root = try CLI.temporaryFolder()
                defer { try? FileManager.default.removeItem(at: root) }
                try Self.copy(fixture.folder, to: root, shuffledWith: seed)
                results.append(try Self.produce(output, project: fixture.project, in: root))
            }
            #expect(results[0].count > 100)
            // Compared as booleans: a failing `==` on two workbooks would diff them byte by byte.
            let rerun = results[1] == results[0]
            #expect(rerun, "\(fixture.folder) \(output): two runs differ")
            for (seed, shuffled) in [(1, results[2]), (2, results[3])] {
                let same = output.fileName.hasSuffix(".xlsx")
                    ? try Self.sameWorkbook(results[0], shuffled) : shuffled == results[0]
                #expect(same, "\(fixture.folder) \(output): shuffled rows (seed \(seed)) change the output")
            }
        }
    }

    /// Two workbooks equal part by part, but for the one field that by the input format follows the file's
    /// row order: the Målinger sheet's "Linje i fil" (column I), the line each measurement was read from.
    static func sameWorkbook(_ a: Data, _ b: Data) throws -> Bool {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pa = folder.appendingPathComponent("a.xlsx"), pb = folder.appendingPathComponent("b.xlsx")
        try a.write(to: pa)
        try b.write(to: pb)
        let x = try XLSX(path: pa.path), y = try XLSX(path: pb.path)
        guard x.parts == y.parts, x.sheetNames == y.sheetNames, x.definedNames == y.definedNames, x.core == y.core else { return false }
        for (s, t) in zip(x.sheets, y.sheets) {
            let lines = s.name.hasPrefix("Målinger") || s.name.hasPrefix("Measurements")
            let keep = { (cells: [String: XLSX.Cell]) in cells.filter { !(lines && $0.key.hasPrefix("I") && $0.key != "I1") } }
            guard keep(s.cells) == keep(t.cells), s.rowOrder == t.rowOrder, s.conditionalFormats == t.conditionalFormats,
                  s.autofilter == t.autofilter, s.frozen == t.frozen, s.drawings == t.drawings else { return false }
        }
        return true
    }
}

