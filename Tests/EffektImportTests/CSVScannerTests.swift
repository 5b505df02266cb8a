import Testing
@testable import EffektImport

@Suite struct CSVScannerTests {
    @Test func quotedFieldHoldsDelimiterAndLineBreak() {
        let r = T.records(Array("a;\"b;c\r\nd\";e\r\nf;g;h\r\n".utf8))
        #expect(r.count == 2)
        #expect(r[0].fields == ["a", "b;c\r\nd", "e"])
        #expect(r[0].line == 1)
        #expect(r[1].fields == ["f", "g", "h"])
        #expect(r[1].line == 3)   // the record after a two-line field starts on physical line 3
    }

    @Test func doubledQuotesAndTextAfterTheClosingQuote() {
        let r = T.records(Array("\"say \"\"hi\"\"\";\"x\"y;\"\"\n".utf8))
        #expect(r[0].fields == ["say \"hi\"", "xy", ""])
    }

    @Test func lineEndsCRLFLFAndCR() {
        let r = T.records(Array("a\r\nb\nc\rd".utf8))
        #expect(r.map(\.fields) == [["a"], ["b"], ["c"], ["d"]])
        #expect(r.map(\.line) == [1, 2, 3, 4])
    }

    @Test func lineNumbersCountBreaksInsideQuotesOfEveryKind() {
        let r = T.records(Array("\"1\r2\n3\r\n4\";x\nnext\n".utf8))
        #expect(r[1].line == 5)
    }

    @Test func unbalancedQuoteAtEndOfFile() {
        let r = T.records(Array("a;b\nc;\"open\nmore\n".utf8))
        #expect(r.count == 2)
        #expect(r[0].unclosed == false)
        #expect(r[1].unclosed == true)
        #expect(r[1].line == 2)
    }

    @Test func delimiterDetection() {
        func detect(_ s: String) -> UInt8 { Array(s.utf8).withUnsafeBufferPointer { DelimiterDetector.detect($0, start: 0) } }
        #expect(detect("a;b;c\n1,2,3,4,5") == 0x3B)
        #expect(detect("a,b,c") == 0x2C)
        #expect(detect("a\tb\tc") == 0x09)
        #expect(detect("a|b|c") == 0x7C)
        #expect(detect("\"a;b;c\",d,e") == 0x2C)       // delimiters inside quotes do not count
        #expect(detect("a;b,c") == 0x3B)                // ties go in the order ; , tab |
        #expect(detect("\r\n\r\na|b") == 0x7C)          // blank lines before the header are skipped
    }

    @Test func trailingDelimiterGivesAnEmptyLastField() {
        let r = T.records(Array("a;b;".utf8))
        #expect(r[0].fields == ["a", "b", ""])
    }

    @Test func controlAndNulFlags() {
        let bytes: [UInt8] = Array("a\u{1}b;c".utf8) + [0x00] + Array(";d\u{85}".utf8)
        let table = CSVScanner.classTable(delimiter: 0x3B)
        let flags: [UInt8] = bytes.withUnsafeBufferPointer { buf in
            table.withUnsafeBufferPointer { c in
                var s = CSVScanner(buf: buf, classes: c, delimiter: 0x3B, start: 0)
                var f: [FieldRef] = []
                let count = s.next(into: &f)?.fieldCount ?? 0
                return f.prefix(count).map(\.flags)
            }
        }
        #expect(flags == [FieldRef.control, FieldRef.nul, FieldRef.control])
    }
}
