import Testing
@testable import EffektImport

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("1.234,50", 1234.5), ("1 234,5", 1234.5), ("1\u{00A0}234,5", 1234.5), ("1'234,5", 1234.5),
        ("12,5", 12.5), ("-3,25", -3.25), ("\u{2212}3,25", -3.25), ("85 %", 85), ("85%", 85),
        ("kr. 1.450", 1450), ("1.450 kr.", 1450), ("1.450kr", 1450), ("DKK 200", 200), ("200 DKK", 200),
        ("1.450", 1450), ("0", 0), ("-0", 0), (",5", 0.5), ("1.234.567,89", 1_234_567.89), ("-kr. 5", -5), ("kr -5", -5),
    ])
    func decimalComma(text: String, expected: Double) {
        #expect(T.number(text, .comma) == expected)
    }

    @Test(arguments: [
        ("1,234.50", 1234.5), ("12.5", 12.5), ("1 234.5", 1234.5), ("-0.75", -0.75), ("99.5 %", 99.5), ("1,450", 1450),
    ])
    func decimalPoint(text: String, expected: Double) {
        #expect(T.number(text, .point) == expected)
    }

    @Test(arguments: ["12,3,4", "85 pct.", "1e5", "inf", "NaN", "abc", "1.45", "12.345,6.7", "1.23.456", "1 234.567,5",
                      "--5", "kr.", "%", "1,", "+5", "12 34", "1.2345,6", "5 kr %"])
    func rejectedInCommaFiles(text: String) {
        #expect(T.number(text, .comma) == nil)
    }

    @Test func longNumbersStayPrecise() {
        #expect(T.number("12345678901234567890,5", .comma) == 12345678901234567890.5)
        #expect(T.number("0,1", .comma) == 0.1)
        #expect(T.number("123456,789", .comma) == 123456.789)
    }

    @Test func decimalEvidenceFollowsSpecRule() {
        func decide(_ texts: [String], delimiter: UInt8) -> DecimalMark {
            var e = DecimalEvidence()
            for t in texts { Array(t.utf8).withUnsafeBufferPointer { e.observe($0) } }
            return e.decide(delimiter: delimiter)
        }
        #expect(decide(["1.450", "200"], delimiter: 0x3B) == .comma)   // `1.450` alone keeps comma
        #expect(decide(["12.5", "200"], delimiter: 0x3B) == .point)
        #expect(decide(["12.5", "3,5"], delimiter: 0x3B) == .comma)    // a comma anywhere keeps comma
        #expect(decide(["kr. 1.450"], delimiter: 0x3B) == .comma)       // the point of `kr.` is no evidence
        #expect(decide(["12.5"], delimiter: 0x2C) == .point)
        #expect(decide(["12,5"], delimiter: 0x2C) == .comma)
        #expect(decide(["1,450"], delimiter: 0x2C) == .point)
    }
}
