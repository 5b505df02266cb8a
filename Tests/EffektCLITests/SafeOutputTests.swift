import EffektTestSupport
import Foundation
import Testing

/// Issue #6, outputs are safe: written whole or not at all, never over an input, and free of
/// anything that acts (terminal escapes, bidi overrides, spreadsheet formulas).
@Suite(.serialized) struct SafeOutputTests {
    /// Each command that takes -o, with the arguments that make it write a file.
    static let commands: [[String]] = [
        ["report"], ["evaluate"], ["dashboard"], ["dashboard", "--format", "markdown"], ["compare"],
        ["compare", "--format", "csv"], ["memo", "--project", "P02"], ["html"],
    ]

    // MARK: a full disk

    /// A 64 KB tmpfs, when this process may mount one (root, as in CI's container); nil otherwise.
    final class SmallDisk {
        let url: URL
        private init(url: URL) { self.url = url }

        static func mount() -> SmallDisk? {
            guard getuid() == 0, let folder = try? CLI.temporaryFolder() else { return nil }
            guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) == 0 else {
                try? FileManager.default.removeItem(at: folder)
                return nil
            }
            return SmallDisk(url: folder)
        }

        deinit {
            _ = Self.run(["umount", url.path])
            try? FileManager.default.removeItem(at: url)
        }

        static func run(_ arguments: [String]) -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = arguments
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return -1 }
            p.waitUntilExit()
            return p.terminationStatus
        }

        /// Fills the disk, then frees `leave` bytes again.
        func fill(leaving leave: Int) throws {
            let path = url.appendingPathComponent("filler").path
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
            defer { close(fd) }
            let chunk = [UInt8](repeating: 0x41, count: 4096)
            var written = 0
            while true {
                let n = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                written += n
            }
            _ = ftruncate(fd, off_t(max(0, written - leave)))
        }
    }

    static let canMount: Bool = { SmallDisk.mount() != nil }()

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"),
          arguments: commands, [0, 16_384])
    func fullDiskLeavesThePreviousFileAndNoTemporary(_ command: [String], freeBytes: Int) throws {
        // 16 KB free lets the write start and fail midway for the larger outputs.
        let disk = try #require(SmallDisk.mount())
        let target = disk.url.appendingPathComponent("out")
        let previous = Data("the previous quarter's file\n".utf8)
        try previous.write(to: target)
        try disk.fill(leaving: freeBytes)
        let r = try CLI.run(command + ["Fixtures/kommune-da", "-q", "-o", target.path])
        if freeBytes > 0 && r.status == 0 { return } // it fitted: then it was written whole (checked below)
        #expect(r.status == 74, "\(command): exit \(r.status): \(r.stderr.prefix(300))")
        #expect(try Data(contentsOf: target) == previous, "\(command): the previous file changed")
        let names = try FileManager.default.contentsOfDirectory(atPath: disk.url.path).sorted()
        #expect(names == ["filler", "out"], "\(command): left \(names)")
        #expect(!r.stderr.isEmpty)
    }

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"), arguments: commands)
    func anOutputThatFitsIsWrittenWhole(_ command: [String]) throws {
        let disk = try #require(SmallDisk.mount())
        let target = disk.url.appendingPathComponent("out")
        try Data("old".utf8).write(to: target)
        let reference = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: reference) }
        let expected = reference.appendingPathComponent("out")
        let args = command + ["Fixtures/kommune-da", "-q", "--as-of", "2026-09-30", "-o"]
        let a = try CLI.run(args + [expected.path])
        let b = try CLI.run(args + [target.path])
        let size = try Data(contentsOf: expected).count
        guard size < 48_000 else { return } // does not fit on the small disk
        #expect(a.status == b.status)
        #expect(try Data(contentsOf: target) == Data(contentsOf: expected), "\(command)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.url.path) == ["out"])
    }

    /// Without root: a write that fails because the target folder is a file, or the target a folder.
    @Test(arguments: commands)
    func unwritableTargetIsExit74AndLeavesNothing(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("keep".utf8).write(to: file)
        let r = try CLI.run(command + ["Fixtures/kommune-da", "-q", "-o", file.path + "/out"])
        #expect(r.status == 74, "\(command): exit \(r.status): \(r.stderr.prefix(300))")
        let sub = folder.appendingPathComponent("a-folder")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
        let s = try CLI.run(command + ["Fixtures/kommune-da", "-q", "-o", sub.path])
        #expect(s.status == 74, "\(command): exit \(s.status): \(s.stderr.prefix(300))")
        #expect(try Data(contentsOf: file) == Data("keep".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a-file", "a-folder"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: sub.path).isEmpty)
    }

    // MARK: never over an input

    @Test(arguments: commands)
    func outputOverAnyInputIsRefused(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Fixtures/kommune-da"), to: data)
        let settings = folder.appendingPathComponent("indstillinger.toml")
        try FileManager.default.copyItem(at: data.appendingPathComponent("effekt.toml"), to: settings)
        let link = folder.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: data.appendingPathComponent("maalinger.csv"))
        let template = folder.appendingPathComponent("notat.md")
        try Data("{{#project}}{{id}}{{/project}}\n".utf8).write(to: template)
        func snapshot() throws -> [String: Data] {
            var out: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
                out[name] = try Data(contentsOf: data.appendingPathComponent(name))
            }
            out["settings"] = try Data(contentsOf: settings)
            out["template"] = try Data(contentsOf: template)
            return out
        }
        let before = try snapshot()
        let files = ["--criteria", data.appendingPathComponent("kriterier.csv").path,
                     "--measurements", data.appendingPathComponent("maalinger.csv").path,
                     "--projects", data.appendingPathComponent("projekter.csv").path]
        var cases: [(input: [String], output: String)] = [
            ([data.path], data.appendingPathComponent("kriterier.csv").path),
            ([data.path], data.path + "/../data/maalinger.csv"),
            ([data.path], link.path),
            ([data.path], data.appendingPathComponent("effekt.toml").path),
            (files, data.appendingPathComponent("projekter.csv").path),
            (files + ["--settings", settings.path], settings.path),
        ]
        if command.first == "memo" || command.first == "html" { cases.append(([data.path, "--template", template.path], template.path)) }
        for c in cases {
            let r = try CLI.run(command + c.input + ["-q", "-o", c.output])
            #expect(r.status == 64, "\(command) -o \(c.output): exit \(r.status): \(r.stderr.prefix(300))")
        }
        #expect(try snapshot() == before, "\(command): an input changed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["data", "indstillinger.toml", "link.csv", "notat.md"])
    }

    // MARK: nothing that acts

    static let hostileNames = ["Fixtures/hostile/ansi_escape_in_name", "Fixtures/hostile/rtl_marks_and_emoji",
                               "Fixtures/hostile/formula_in_name", "Fixtures/hostile/formula_and_escapes_in_project",
                               "Fixtures/hostile/event_text_formula_and_escapes"]

    /// Control characters (but line ends), C1 controls, bidi overrides and isolates.
    static func acting(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A && v != 0x0D) || (0x7F..<0xA0).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test(arguments: hostileNames)
    func textOutputsCarryNoEscapesOrBidiOverrides(_ folder: String) throws {
        let project = "--project=" + (folder.hasSuffix("in_project") ? "-P1" : "P1")
        let colour = ["--color", "always"]
        let runs: [[String]] = [
            ["dashboard"] + colour, ["dashboard", "--format", "markdown"], ["dashboard", project] + colour,
            ["dashboard", project, "--format", "markdown"],
            ["compare"] + colour, ["compare", "--format", "markdown"], ["compare", "--format", "csv"],
            ["compare", "--by", "area"] + colour, ["memo", project], ["check"], ["html", "-o", "-"],
        ]
        for args in runs {
            let r = try CLI.run(args + [folder])
            #expect(r.status == 0, "\(args) \(folder): exit \(r.status): \(r.stderr.prefix(300))")
            #expect(!r.stdout.isEmpty)
            // Colour, when asked for, is the renderer's own SGR; remove it before looking.
            let plain = r.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(Self.acting(plain).isEmpty, "\(args) \(folder) stdout: \(Self.acting(plain))")
            #expect(Self.acting(r.stderr).isEmpty, "\(args) \(folder) stderr: \(Self.acting(r.stderr))")
        }
    }

    /// Fields of a `;`- or `,`-separated CSV text with quotes.
    static func csvFields(_ text: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, wasQuoted = false
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" {
                quoted = true; wasQuoted = true
            } else if c == ";" || c == "," || c == "\n" || c == "\r\n" || c == "\r" {
                fields.append(field); field = ""; wasQuoted = false
            } else {
                field.append(c)
            }
            i += 1
        }
        _ = wasQuoted
        fields.append(field)
        return fields
    }

    @Test(arguments: ["Fixtures/hostile/formula_and_escapes_in_project", "Fixtures/hostile/formula_in_name"])
    func csvFieldsNeverStartAFormula(_ folder: String) throws {
        for extra in [[], ["--by", "area"], ["--by", "owner"]] {
            let r = try CLI.run(["compare", folder, "-q", "--format", "csv"] + extra)
            #expect(r.status == 0)
            let fields = Self.csvFields(r.stdout)
            #expect(fields.count > 10)
            for f in fields {
                #expect(!(f.first.map { "=+-@\t\r".contains($0) } ?? false), "\(extra): field \(f) starts a formula")
            }
        }
        if folder.hasSuffix("in_project") {
            let r = try CLI.run(["compare", folder, "-q", "--format", "csv", "--by", "area"])
            #expect(r.stdout.contains("'=HYPERLINK("), "the name is kept, neutralised")
            #expect(r.stdout.contains("'-P1"))
        }
    }

    @Test(arguments: ["Fixtures/hostile/formula_in_name", "Fixtures/hostile/formula_and_escapes_in_project"])
    func workbookStringsAreNeverFormulas(_ folder: String) throws {
        let tmp = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let path = tmp.appendingPathComponent("r.xlsx").path
        let r = try CLI.run(["report", folder, "-q", "-o", path])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        let book = try XLSX(path: path)
        var seen = 0
        for sheet in book.sheets {
            for (ref, cell) in sheet.cells {
                let formula = cell.formula ?? ""
                #expect(!formula.contains("HYPERLINK") && !formula.contains("SUM(A1)") && formula != "1+1",
                        "\(sheet.name)!\(ref) holds the formula \(formula)")
                if let text = cell.text, text.contains("HYPERLINK") || text == "=1+1" || text.hasPrefix("+45") || text.hasPrefix("@SUM") {
                    #expect(cell.formula == nil && ["s", "inlineStr", "str"].contains(cell.type ?? ""),
                            "\(sheet.name)!\(ref): \(text) is a \(cell.type ?? "number") cell")
                    seen += 1
                }
            }
        }
        #expect(seen >= 1, "the hostile text should be in the workbook, as text")
    }
}
