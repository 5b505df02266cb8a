import Testing
@testable import EffektImport
import EffektModel

@Suite struct EncodingTests {
    /// "Målværdi;Æble" in Windows-1252, plus € (0x80) and ’ (0x92) from the 0x80–0x9F block.
    let cp1252: [UInt8] = [0x4D, 0xE5, 0x6C, 0x76, 0xE6, 0x72, 0x64, 0x69, 0x3B, 0xC6, 0x62, 0x6C, 0x65, 0x20, 0x80, 0x92]

    @Test func windows1252IsTranscoded() throws {
        let d = try TextDecoder.decode(cp1252).get()
        #expect(d.encoding == .windows1252)
        #expect(String(decoding: d.utf8[d.start...], as: UTF8.self) == "Målværdi;Æble €’")
    }

    @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
    func undefinedWindows1252BytesAreFileErrors(byte: UInt8) {
        let r = TextDecoder.decode([0x61, 0xE5, byte, 0x0A])
        #expect(r == .failure(.undefinedByte(byte, line: 1)))
    }

    @Test func controlBytesInNonUTF8AreFileErrors() {
        #expect(TextDecoder.decode([0x61, 0x0A, 0xE5, 0x01]) == .failure(.controlByte(0x01, line: 2)))
    }

    /// The word-at-a-time paths agree with a byte-by-byte reference on long mixed input, and
    /// find a control byte wherever it sits in a word.
    @Test func windows1252LongInputMatchesReference() throws {
        var g = SplitMix64(seed: 11)
        let alphabet: [UInt8] = Array("abc;,.0123456789 \r\n\t\"".utf8) + [0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5, 0x80, 0x96, 0x92, 0xA0]
        let bytes = (0..<20_000).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }
        var reference = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80..<0xA0).contains(b) ? Windows1252.high[Int(b) - 0x80] : UInt32(b)
            reference.append(try #require(Unicode.Scalar(v)))
        }
        let d = try TextDecoder.decode(bytes).get()
        #expect(d.encoding == .windows1252)
        #expect(String(decoding: d.utf8, as: UTF8.self) == String(reference))
        for position in [0, 3, 7, 8, 13, 15, 16, 19_999] {
            var bad = bytes
            bad[position] = position % 2 == 0 ? 0x01 : 0x7F
            let line = TextDecoder.lineNumber(of: position, in: bad)
            #expect(TextDecoder.decode(bad) == .failure(.controlByte(bad[position], line: line)))
        }
    }

    /// A UTF-8 file with one damaged byte is read as Windows-1252 (Docs/input-format.md), which garbles its
    /// Danish headers ("målværdi" becomes "mÃ¥lvÃ¦rdi"): the missing_column message says why and
    /// names the line of the damaged byte. A real Windows-1252 file missing a column gets no hint.
    @Test func damagedUTF8IsNamedInTheMissingColumnMessage() {
        let measurements = T.named("maalinger.csv", T.measurementsHeader + "\r\n")
        let damaged = Array((T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n").utf8) + [0x50, 0x32, 0xFF, 0x0D, 0x0A]
        let d = Importer.load(criteria: NamedBytes(name: "kriterier.csv", bytes: damaged), measurements: measurements)
        let message = d.diagnostics.first { $0.code == .missingColumn }?.message ?? ""
        #expect(d.inputs.first?.encoding == "windows-1252")
        #expect(message.contains("linje 3 har en byte, der ikke er gyldig UTF-8") && message.contains("Ret linje 3"))

        let header = T.criteriaHeader.replacingOccurrences(of: "målværdi;", with: "")
        let cp1252 = Array(header.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) + [0x0D, 0x0A]
        let plain = Importer.load(criteria: NamedBytes(name: "kriterier.csv", bytes: cp1252), measurements: measurements)
        let plainMessage = plain.diagnostics.first { $0.code == .missingColumn }?.message ?? ""
        #expect(plain.inputs.first?.encoding == "windows-1252")
        #expect(plainMessage.contains("målværdi") && !plainMessage.contains("UTF-8"))
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array("æøå;x".utf8)).get()
        #expect(plain.encoding == .utf8 && plain.start == 0)
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("æøå".utf8)).get()
        #expect(bom.encoding == .utf8BOM && bom.start == 3)
    }

    @Test func utf16LittleAndBigEndian() throws {
        let text = "kriterie;værdi\r\nK1;€ 5\r\n"
        let units = Array(text.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let dl = try TextDecoder.decode(le).get()
        let db = try TextDecoder.decode(be).get()
        #expect(dl.encoding == .utf16LE && db.encoding == .utf16BE)
        #expect(String(decoding: dl.utf8, as: UTF8.self) == text)
        #expect(String(decoding: db.utf8, as: UTF8.self) == text)
    }

    @Test func utf16SurrogatePairsAndBrokenUnits() throws {
        let emoji: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE] // U+1F600
        #expect(try TextDecoder.decode(emoji).get().utf8 == Array("😀".utf8))
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00]) == .failure(.invalidUTF16(.utf16LE, line: 1)))
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x41]) == .failure(.invalidUTF16(.utf16LE, line: 1)))
        // A lone low surrogate on the third line, with CR and CRLF line ends before it.
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x41, 0, 0x0D, 0, 0x42, 0, 0x0D, 0, 0x0A, 0, 0x00, 0xDC])
                == .failure(.invalidUTF16(.utf16LE, line: 3)))
    }

    /// The 32- and 8-byte steps end exactly at the buffer's end and find a bad byte anywhere.
    @Test func utf8ValidatorAtEveryLengthAndPosition() {
        for length in 0...100 {
            #expect(UTF8Validator.firstInvalid([UInt8](repeating: 0x61, count: length), from: 0) == nil)
        }
        for position in 0..<70 {
            var bytes = [UInt8](repeating: 0x61, count: 70)
            bytes[position] = 0xFF
            #expect(UTF8Validator.firstInvalid(bytes, from: 0) == position)
        }
        #expect(UTF8Validator.firstInvalid([UInt8](repeating: 0x61, count: 64) + [0xC3], from: 0) == 64)   // cut short
    }

    @Test func invalidUTF8AfterBOMIsAFileError() {
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xE5]) == .failure(.invalidUTF8AfterBOM(line: 2)))
    }

    @Test func strictUTF8() {
        #expect(UTF8Validator.firstInvalid([0xC0, 0x80], from: 0) == 0)          // overlong
        #expect(UTF8Validator.firstInvalid([0xED, 0xA0, 0x80], from: 0) == 0)    // surrogate
        #expect(UTF8Validator.firstInvalid(Array("abcdefghij æ".utf8), from: 0) == nil)
        #expect(UTF8Validator.firstInvalid(Array("abcdefghij".utf8) + [0xE6], from: 0) == 10)
    }

    @Test func summariesNameTheEncoding() {
        var criteria = Array((T.criteriaHeader + "\r\n" + T.criteriaRow + "\r\n").utf8)
        criteria = [0xEF, 0xBB, 0xBF] + criteria
        let m: [UInt8] = Array("projekt_id;kriterie_id;dato;værdi\r\nP1;K1;01-06-2025;28\r\n".unicodeScalars.map { UInt8($0.value) })
        let d = Importer.load(criteria: NamedBytes(name: "k.csv", bytes: criteria), measurements: NamedBytes(name: "m.csv", bytes: m))
        #expect(d.inputs.map { $0.encoding } == ["utf-8-bom", "windows-1252"])
        #expect(d.measurements.count == 1)
        #expect(d.diagnostics.isEmpty)
    }
}
