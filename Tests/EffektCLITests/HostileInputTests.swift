import Foundation
import Testing

/// Issue #6: every hostile input gives its diagnostic and exit status — never a crash, a hang or a
/// silent loss. The cases and their expectations are in Fixtures/hostile/expected.tsv.
@Suite struct HostileInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var exit: Int32
        var codes: [String]
        var large: Bool
        var description: String { name }
    }

    static let cases: [Case] = {
        let url = CLI.packageRoot.appendingPathComponent("Fixtures/hostile/expected.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 4, let exit = Int32(f[1]) else { return nil }
            return Case(name: f[0], exit: exit, codes: f[2] == "-" ? [] : f[2].split(separator: "|").map(String.init),
                        large: f[3] == "large")
        }
    }()

    /// The large cases are generated once per run (not committed) into .build/hostile-large of this
    /// checkout, replacing the previous run's: a fresh temporary folder each run was never removed.
    static let largeRoot: URL? = {
        let root = CLI.packageRoot.appendingPathComponent(".build/hostile-large")
        try? FileManager.default.removeItem(at: root)
        guard (try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)) != nil else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", CLI.packageRoot.appendingPathComponent("Fixtures/hostile/generate.py").path,
                       "--large", root.path]
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        return p.terminationStatus == 0 ? root : nil
    }()

    @Test func corpusIsComplete() {
        #expect(Self.cases.count >= 28)
    }

    @Test(arguments: cases)
    func hostileCase(_ c: Case) throws {
        let folder: URL
        if c.large {
            let root = try #require(Self.largeRoot, "could not generate the large hostile cases")
            folder = root.appendingPathComponent(c.name)
        } else {
            folder = CLI.packageRoot.appendingPathComponent("Fixtures/hostile/\(c.name)")
        }
        let r = try CLI.run(["check", folder.path], timeout: 30)
        #expect(r.status != -1, "\(c.name) did not finish within 30 s")
        #expect(r.status == c.exit, "\(c.name): exit \(r.status), stderr: \(r.stderr.prefix(600))")
        if c.codes.isEmpty {
            #expect(!r.stderr.contains("fejl ["), "\(c.name): unexpected errors: \(r.stderr.prefix(600))")
        } else {
            #expect(c.codes.contains { r.stderr.contains("[\($0)]") },
                    "\(c.name): expected one of \(c.codes), stderr: \(r.stderr.prefix(600))")
        }
        // No message may echo a whole giant field or a raw escape sequence back to the terminal.
        #expect(r.stderr.utf8.count < 100_000)
        #expect(!r.stderr.contains("\u{1B}"))
    }
}
