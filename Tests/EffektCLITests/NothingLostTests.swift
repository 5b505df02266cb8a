import EffektTestSupport
import Foundation
import Testing

/// Issue #6, nothing lost: for every fixture, per input file rows = accepted + rejected, and every
/// rejected row is named with its file and line on stderr, in the JSON diagnostics and (for
/// representative cases) in the workbook's Datakvalitet sheet.
@Suite struct NothingLostTests {
    struct Input: Decodable { var file: String; var rows: Int; var accepted: Int; var rejected: Int }
    struct Diagnostic: Decodable { var severity: String; var file: String; var line: Int?; var code: String; var message: String }
    struct Output: Decodable { var inputs: [Input]; var diagnostics: [Diagnostic] }

    static func evaluate(_ folder: FixtureCases.Folder) throws -> (CLI.Result, Output?) {
        let r = try CLI.run(["evaluate", folder.relative, "-q"], timeout: 30)
        guard r.status == 0 || r.status == 1 else { return (r, nil) }
        return (r, try JSONDecoder().decode(Output.self, from: Data(r.stdout.utf8)))
    }

    @Test func everyFixtureFolderIsWalked() {
        #expect(FixtureCases.all.count >= 2 + 20 + 28)
    }

    @Test(arguments: FixtureCases.all)
    func rowsAreAcceptedOrRejectedAndEveryRejectionIsNamed(_ folder: FixtureCases.Folder) throws {
        if folder.large { try #require(HostileInputTests.largeRoot != nil, "could not generate the large hostile cases") }
        let (r, output) = try Self.evaluate(folder)
        #expect(r.status != -1, "\(folder) hung")
        guard let output else {
            // Unusable input (exit 65): nothing is written, and the file error says why.
            #expect(r.status == 65, "\(folder): exit \(r.status): \(r.stderr.prefix(400))")
            #expect(r.stderr.contains(": fejl ["), "\(folder): exit 65 without an error: \(r.stderr.prefix(400))")
            #expect(r.stdout.isEmpty)
            return
        }
        #expect(!output.inputs.isEmpty)
        let rejectedTotal = output.inputs.reduce(0) { $0 + $1.rejected }
        #expect(r.status == (rejectedTotal > 0 ? 1 : 0), "\(folder): exit \(r.status) with \(rejectedTotal) rejected rows")
        for input in output.inputs {
            #expect(input.rows == input.accepted + input.rejected, "\(folder): \(input.file)")
            #expect(input.rows >= 0 && input.accepted >= 0 && input.rejected >= 0)
            // The rows counted are the records in the file (an independent count).
            if let counted = Self.records(in: CLI.packageRoot.appendingPathComponent(input.file)) {
                #expect(input.rows == counted, "\(folder): \(input.file) has \(counted) records, JSON says \(input.rows)")
            }
            // Each rejected row has an error on its own line; each error line is a rejected row.
            let errors = output.diagnostics.filter { $0.file == input.file && $0.severity == "error" }
            let lines = Set(errors.compactMap(\.line))
            #expect(lines.count == input.rejected,
                    "\(folder): \(input.file): \(input.rejected) rejected, error lines \(lines.sorted())")
            for line in lines {
                #expect(r.stderr.contains("\(input.file):\(line): fejl ["), "\(folder): \(input.file):\(line) not on stderr")
            }
        }
        // stderr and JSON list the same diagnostics.
        let stderrLines = r.stderr.split(separator: "\n").filter { $0.contains(": fejl [") || $0.contains(": advarsel [") }
        #expect(stderrLines.count == output.diagnostics.count, "\(folder): stderr \(stderrLines.count), JSON \(output.diagnostics.count)")
        for d in output.diagnostics {
            let location = d.line.map { "\(d.file):\($0)" } ?? d.file
            #expect(r.stderr.contains("\(location): \(d.severity == "error" ? "fejl" : "advarsel") [\(d.code)]"),
                    "\(folder): \(location) [\(d.code)] missing on stderr")
        }
    }

    /// Data records in a CSV file, counted independently of the importer: physical lines joined
    /// while a quote is open, minus the header, blank lines and lines of only delimiters. Nil for
    /// files this simple count cannot judge (UTF-16, or no header).
    static func records(in url: URL) -> Int? {
        guard var bytes = try? [UInt8](Data(contentsOf: url)), !bytes.isEmpty else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.count > 1, bytes[1] == 0 { return nil } // UTF-16 without a BOM
        var records: [[UInt8]] = [], current: [UInt8] = [], quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if (b == 0x0A || b == 0x0D) && !quoted {
                records.append(current); current = []
            } else {
                current.append(b)
            }
        }
        records.append(current)
        let delimiters: Set<UInt8> = [0x3B, 0x2C, 0x09, 0x7C, 0x20]
        let data = records.filter { r in r.contains { !delimiters.contains($0) } }
        return data.isEmpty ? nil : data.count - 1
    }

    /// The diagnostics of a run with rejected rows and of the Danish export, read back from the
    /// workbook's Datakvalitet sheet: every one, with its file, code and line.
    @Test(arguments: ["Fixtures/kommune-da", "Fixtures/broken/bad_number", "Fixtures/broken/unknown_criterion",
                      "Fixtures/hostile/unbalanced_quote_at_end"])
    func workbookDataQualitySheetListsEveryDiagnostic(_ relative: String) throws {
        let folder = FixtureCases.Folder(relative: relative)
        let (_, json) = try Self.evaluate(folder)
        let output = try #require(json)
        let tmp = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let xlsx = tmp.appendingPathComponent("r.xlsx").path
        let r = try CLI.run(["report", relative, "-q", "-o", xlsx], timeout: 60)
        #expect(r.status == 0 || r.status == 1, "report: \(r.stderr.prefix(400))")
        let book = try XLSX(path: xlsx)
        let sheet = try #require(book.sheet("Datakvalitet"))
        // The diagnostic table: rows whose column C holds a diagnostic code.
        var found: [(file: String, severity: String, code: String, line: Int?)] = []
        var files: [String: (rows: Double?, accepted: Double?, rejected: Double?)] = [:]
        for row in 1...(sheet.rowOrder.max() ?? 0) {
            let a = sheet.cells["A\(row)"]?.text ?? ""
            if let c = sheet.cells["C\(row)"]?.text, output.diagnostics.contains(where: { $0.code == c }),
               let b = sheet.cells["B\(row)"]?.text {
                found.append((a, b, c, sheet.cells["D\(row)"]?.number.map { Int($0) }))
            }
            if output.inputs.contains(where: { $0.file == a }), let rows = sheet.cells["F\(row)"]?.number {
                files[a] = (rows, sheet.cells["G\(row)"]?.number, sheet.cells["H\(row)"]?.number)
            }
        }
        #expect(found.count == output.diagnostics.count, "\(relative): sheet \(found.count), JSON \(output.diagnostics.count)")
        for d in output.diagnostics {
            #expect(found.contains { $0.file == d.file && $0.code == d.code && $0.line == d.line &&
                                     $0.severity == (d.severity == "error" ? "Fejl" : "Advarsel") },
                    "\(relative): \(d.file):\(d.line ?? 0) [\(d.code)] not in Datakvalitet")
        }
        for input in output.inputs {
            let row = try #require(files[input.file], "\(input.file) not in Datakvalitet")
            #expect(row.rows == Double(input.rows) && row.accepted == Double(input.accepted)
                    && row.rejected == Double(input.rejected), "\(input.file): \(row)")
        }
    }
}
