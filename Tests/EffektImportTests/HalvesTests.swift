import Foundation
import Testing
import EffektTestSupport
@testable import EffektImport
import EffektModel

/// A large measurements file is read as two halves on two cores. Whatever the rows hold, the
/// result must be exactly that of one pass: the same measurements with the same lines, the same
/// diagnostics in the same order, the same counts.
@Suite struct HalvesTests {
    static let criteria = [T.criteriaHeader] + (1...6).map { k in
        "P1;K\(k);Kriterie \(k);gevinst;dage;reducere;30;01-01-2025;20;31-12-2026;Anne;kvartalsvis;1;450"
    }

    /// Rows of every kind a real export can hold, drawn from a seeded generator: good rows,
    /// duplicates (also across the middle), unknown criteria, bad dates and numbers, notes with
    /// line breaks inside quotes, control characters, blank lines, surplus fields, dates before
    /// the baseline — and line ends that are CRLF, LF or a lone CR.
    static func measurements(seed: UInt64, rows: Int) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        var text = T.measurementsHeader + "\r\n"
        for i in 0..<rows {
            let k = 1 + pick(7) // K7 is unknown
            let day = 1 + pick(28), month = 1 + pick(12), year = pick(10) == 0 ? 2024 : 2025
            let date = pick(25) == 0 ? "31-02-2025" : String(format: "%02d-%02d-%d", day, month, year)
            let value = pick(25) == 0 ? "tolv" : "\(pick(100)),\(pick(10))"
            var note = ""
            switch pick(12) {
            case 0: note = "\"første linje\r\nanden linje\""
            case 1: note = "\"citat \"\"med\"\" anførsel\""
            case 2: note = "kontrol\u{1}tegn"
            case 3: note = "Foreløbig"
            default: break
            }
            var line = "P1;K\(k);\(date);\(value);\(note)"
            if pick(30) == 0 { line += ";ekstra" }
            if pick(40) == 0 { line = "" }
            if i == rows / 3 { line = "P1;K1;01-03-2025;1,0;dublet" }
            if i == 2 * rows / 3 { line = "P1;K1;01-03-2025;2,0;dublet igen" }
            let end = pick(10)
            text += line + (end == 0 ? "\n" : end == 1 ? "\r" : "\r\n")
        }
        return Array(text.utf8)
    }

    static func load(_ m: [UInt8], split: Bool) -> Dataset {
        var options = ImportOptions()
        options.splitMinimumBytes = split ? 0 : Int.max
        return Importer.load(criteria: T.named("kriterier.csv", Self.criteria.joined(separator: "\r\n") + "\r\n"),
                             measurements: NamedBytes(name: "maalinger.csv", bytes: m), options: options)
    }

    @Test(arguments: 0..<40)
    func halvesEqualOnePass(seed: Int) {
        let m = Self.measurements(seed: UInt64(seed), rows: 40 + seed * 7)
        let one = Self.load(m, split: false), two = Self.load(m, split: true)
        #expect(two.measurements == one.measurements)
        #expect(two.diagnostics == one.diagnostics)
        #expect(two.inputs == one.inputs)
        // The generated rows do hold problems of every kind, so the comparison means something.
        let codes = Set(one.diagnostics.map(\.code))
        #expect(codes.isSuperset(of: [.unknownCriterion, .duplicateMeasurement]))
    }

    /// Hostile bytes: a generated file with 1–12 random bytes overwritten by quotes, delimiters,
    /// line breaks, NUL or stray UTF-8 — stray quotes make records span the middle, or not — read
    /// both ways must still agree, whatever the cut lands on.
    @Test(arguments: 0..<200)
    func mutatedFilesAgree(seed: Int) {
        var rng = SplitMix64(seed: 0xC0FFEE &+ UInt64(seed))
        var m = Self.measurements(seed: UInt64(seed % 17), rows: 30 + seed % 50)
        let bytes: [UInt8] = [0x22, 0x3B, 0x0A, 0x0D, 0x00, 0xC3, 0xA6, 0x2C, 0x20]
        for _ in 0..<(1 + Int(rng.next() % 12)) {
            let at = 60 + Int(rng.next() % UInt64(m.count - 60)) // keep the header intact
            m[at] = bytes[Int(rng.next() % UInt64(bytes.count))]
        }
        let one = Self.load(m, split: false), two = Self.load(m, split: true)
        #expect(two.measurements == one.measurements)
        #expect(two.diagnostics == one.diagnostics)
        #expect(two.inputs == one.inputs)
    }

    /// The progress callback is told the input bytes as they are read, in one pass or in halves,
    /// adding up to the file's size (header included) and no more.
    @Test(arguments: [false, true])
    func progressAddsUpToTheFileSize(split: Bool) {
        let m = Self.measurements(seed: 7, rows: 20_000)
        let counter = UnitCounter()
        var options = ImportOptions()
        options.splitMinimumBytes = split ? 0 : Int.max
        options.progress = counter.callback
        let criteria = Array((Self.criteria.joined(separator: "\r\n") + "\r\n").utf8)
        _ = Importer.load(criteria: NamedBytes(name: "kriterier.csv", bytes: criteria),
                          measurements: NamedBytes(name: "maalinger.csv", bytes: m), options: options)
        #expect(counter.units == m.count + criteria.count)
    }

    /// The halves path really runs: on a file whose middle is a record boundary it returns the
    /// rows' counts; when the middle falls inside a quoted note spanning lines it declines (nil),
    /// and the caller reads the file in one pass.
    @Test func cutsOnlyAtARecordBoundary() throws {
        let plain = Array((T.measurementsHeader + "\n" + (1...100).map { "P1;K1;" + String(format: "%02d", $0 % 28 + 1) + "-01-2025;\($0)" }
            .joined(separator: "\n") + "\n").utf8)
        let counts = try #require(Self.halves(plain))
        #expect(counts.rows == 100 && counts.accepted == 100)

        let longNote = "\"" + (1...200).map { "linje \($0)" }.joined(separator: "\n") + "\""
        let spanning = Array((T.measurementsHeader + "\n" + "P1;K1;01-01-2025;1;" + longNote + "\n"
            + "P1;K1;02-01-2025;2;\n").utf8)
        #expect(Self.halves(spanning) == nil)
        let d = Self.load(spanning, split: true)
        #expect(d.measurements.map(\.line) == [2, 202])
    }

    /// Drives `runInHalves` the way `TableReader.read` does, with every criterion unknown to the
    /// validator (no criteria file), so each well-formed row counts as accepted.
    static func halves(_ bytes: [UInt8]) -> (rows: Int, accepted: Int)? {
        guard case .success(let decoded) = TextDecoder.decode(bytes) else { return nil }
        return decoded.utf8.withUnsafeBufferPointer { buf in
            let table = CSVScanner.classTable(delimiter: 0x3B)
            return table.withUnsafeBufferPointer { classes in
                var scanner = CSVScanner(buf: buf, classes: classes, delimiter: 0x3B, start: decoded.start)
                var fields: [FieldRef] = []
                guard let header = scanner.next(into: &fields) else { return nil }
                let names = fields.prefix(header.fieldCount).map { r in FieldBytes.with(r, in: buf) { String(decoding: $0, as: UTF8.self) } }
                let report = FileReport(file: "maalinger.csv", kind: .measurements, language: .da)
                let pass = TableReader.runInHalves(scanner, map: HeaderMap(headers: names, schema: .measurements),
                                                   decimal: .comma, report: report) {
                    MeasurementsValidator(criteria: nil, criteriaFile: "kriterier.csv", expectedRows: 16)
                }
                return pass.map { ($0.context.report.summary.rows, $0.context.report.summary.accepted) }
            }
        }
    }
}
