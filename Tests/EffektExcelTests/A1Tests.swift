import Testing
@testable import EffektExcel

/// Cell and sheet references as Excel writes them in formulas (worked from Excel's own column
/// letters: Z is the 26th column, AA the 27th, XFD the last, 16,384th).
@Suite struct A1Tests {
    static let columns: [(Col, String)] = [
        (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"),
        (701, "ZZ"), (702, "AAA"), (16_383, "XFD"),
    ]

    @Test(arguments: columns)
    func columnLetters(_ column: Col, _ letters: String) {
        #expect(A1.column(column) == letters)
    }

    static let cells: [(Row, Col, Bool, String)] = [
        (0, 0, false, "A1"), (0, 0, true, "$A$1"), (19, 13, false, "N20"), (1_048_575, 16_383, true, "$XFD$1048576"),
    ]

    @Test(arguments: cells)
    func cellNames(_ row: Row, _ column: Col, _ absolute: Bool, _ name: String) {
        #expect(A1.cell(row, column, absolute: absolute) == name)
    }

    @Test func rangesAreAbsolute() {
        #expect(A1.range(19, 0, 24, 13) == "$A$20:$N$25")
    }

    static let sheets: [(String, String)] = [
        ("Overblik", "'Overblik'!"),
        ("Målinger (2)", "'Målinger (2)'!"),
        ("Data quality", "'Data quality'!"),
        ("Bob's", "'Bob''s'!"),
        ("''", "''''''!"),
    ]

    @Test(arguments: sheets)
    func sheetNamesAreQuoted(_ name: String, _ prefix: String) {
        #expect(A1.sheet(name) == prefix)
        #expect(ReportContext.ref(name) == prefix)
    }
}
