import Testing
@testable import EffektImport
import EffektModel

/// Files no one should send, which must still give diagnostics and never crash or hang.
@Suite struct HostileInputTests {
    let criteria = T.named("kriterier.csv", T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n")

    func loadMeasurements(_ bytes: [UInt8]) -> Dataset {
        Importer.load(criteria: criteria, measurements: NamedBytes(name: "maalinger.csv", bytes: bytes))
    }

    @Test func invalidBytesAreAnEncodingError() {
        let d = loadMeasurements(Array(T.measurementsHeader.utf8) + [0x0D, 0x0A, 0x50, 0x31, 0x3B, 0x9D, 0xFF])
        #expect(T.codes(d) == ["encoding"])
        #expect(!d.isUsable)
        #expect(d.inputs[1].encoding == nil)
    }

    @Test func fiveMegabyteField() {
        let huge = String(repeating: "x", count: 5_000_000)
        let d = loadMeasurements(Array((T.measurementsHeader + "\r\nP1;K1;31-03-2025;28;\(huge)\r\nP1;K1;30-06-2025;\(huge)\r\n").utf8))
        #expect(T.codes(d) == ["bad_number"])
        #expect(d.measurements.first?.note?.utf8.count == 5_000_000)
        #expect((d.diagnostics.first?.message.count ?? 0) < 400)     // the message quotes a short excerpt
    }

    @Test func fiveMegabytesOfDigitsAndOfPeriodText() {
        let digits = String(repeating: "1", count: 5_000_000)
        let words = String(repeating: "kvt ", count: 1_250_000)
        let d = loadMeasurements(Array((T.measurementsHeader + "\r\nP1;K1;31-03-2025;\(digits)\r\nP1;K1;\(words);1\r\n").utf8))
        #expect(T.codes(d) == ["bad_number", "bad_date"])
    }

    @Test func unbalancedQuoteAtEndOfFile() {
        let d = loadMeasurements(Array((T.measurementsHeader + "\r\nP1;K1;31-03-2025;28\r\n\"P1;K1;30-06-2025;27\r\nP1;K1").utf8))
        #expect(T.codes(d) == ["csv_syntax"])
        #expect(d.measurements.count == 1)
        #expect(d.inputs[1].rows == 2)
    }

    @Test func nulBytesInUTF8() {
        var bytes = Array((T.measurementsHeader + "\r\nP1;K1;31-03-2025;28\r\n").utf8)
        bytes += [0x00, 0x00, 0x3B, 0x00, 0x0D, 0x0A]
        bytes += Array("P1;K1;30-06-2025\u{0};27\r\n".utf8)
        let d = loadMeasurements(bytes)
        #expect(Set(T.codes(d)).isSubset(of: ["bad_value", "bad_date", "missing_value", "bad_number"]))
        #expect(T.codes(d).contains("bad_date"))
        #expect(d.inputs[1].rows == d.inputs[1].accepted + d.inputs[1].rejected)
        #expect(d.measurements.count == 1)
    }

    @Test func randomBinaryNeverCrashes() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<200 {
            let count = Int(generator.next() % 4096)
            var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if round % 3 == 0 { bytes = Array(T.measurementsHeader.utf8) + [0x0A] + bytes }   // past the header
            if round % 5 == 0 { bytes = bytes.map { $0 & 0x7F } }                           // valid UTF-8 with controls
            let d = loadMeasurements(bytes)
            for input in d.inputs { #expect(input.rows == input.accepted + input.rejected) }
            #expect(d.diagnostics.allSatisfy { !$0.message.isEmpty })
            #expect(d.measurements.count <= d.inputs[1].accepted)
        }
    }

    @Test func utf16WithoutBOMIsNotMistakenForData() {
        let text = T.measurementsHeader + "\r\nP1;K1;31-03-2025;28\r\n"
        let bytes = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let d = loadMeasurements(bytes)
        #expect(!d.isUsable)
        #expect(d.measurements.isEmpty)
    }

    @Test func deeplyRepeatedDelimitersAndQuotes() {
        let junk = String(repeating: ";", count: 100_000) + "\r\n" + String(repeating: "\"\"", count: 50_000) + "\r\n"
        let d = loadMeasurements(Array((T.measurementsHeader + "\r\n" + junk).utf8))
        #expect(d.inputs[1].rows == d.inputs[1].accepted + d.inputs[1].rejected)
        #expect(d.measurements.isEmpty)
    }
}

