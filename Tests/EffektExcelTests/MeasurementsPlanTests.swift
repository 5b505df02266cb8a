import Testing
@testable import EffektExcel

@Suite struct MeasurementsPlanTests {
    @Test func allFitOnOneSheet() {
        let p = MeasurementsPlan(total: 10, mode: .all)
        #expect(p.parts == [0..<10])
        #expect(p.shown == 10)
        #expect(!p.truncated)
    }

    @Test func exactlyExcelsRowsIsOneSheetOneMoreIsTwo() {
        let n = MeasurementsPlan.excelDataRows
        #expect(n == 1_048_575)
        #expect(MeasurementsPlan(total: n, mode: .all).parts == [0..<n])
        #expect(MeasurementsPlan(total: n + 1, mode: .all).parts == [0..<n, n..<(n + 1)])
        let three = MeasurementsPlan(total: 2 * n + 5, mode: .all)
        #expect(three.parts == [0..<n, n..<(2 * n), (2 * n)..<(2 * n + 5)])
    }

    @Test func millionFitOnOneSheet() {
        #expect(MeasurementsPlan(total: 1_000_000, mode: .all).parts.count == 1)
    }

    @Test func capTruncates() {
        let p = MeasurementsPlan(total: 1_000_000, mode: .cap(1000))
        #expect(p.parts == [0..<1000])
        #expect(p.truncated)
        #expect(MeasurementsPlan(total: 5, mode: .cap(1000)).parts == [0..<5])
        #expect(!MeasurementsPlan(total: 5, mode: .cap(1000)).truncated)
        #expect(MeasurementsPlan(total: 5, mode: .cap(-3)).parts == [0..<0])
    }

    @Test func capSplitsToo() {
        #expect(MeasurementsPlan(total: 100, mode: .cap(25), rowsPerSheet: 10).parts == [0..<10, 10..<20, 20..<25])
    }

    @Test func noneAndEmpty() {
        #expect(MeasurementsPlan(total: 100, mode: .none).parts.isEmpty)
        #expect(MeasurementsPlan(total: 0, mode: .all).parts == [0..<0])
    }

    @Test func sheetNames() {
        let n = SheetNames(.da)
        #expect(n.measurements(part: 1) == "Målinger")
        #expect(n.measurements(part: 3) == "Målinger (3)")
        #expect(SheetNames(.en).measurements(part: 2) == "Measurements (2)")
    }

    @Test func cellTextCleaning() {
        #expect(CellText.clean("a\tb\nc\u{1}d\u{7F}e\u{85}f") == "a b cdef")
        #expect(CellText.clean("æøå ok") == "æøå ok")
        let long = String(repeating: "x", count: 40_000)
        #expect(CellText.clean(long).utf16.count == 32_767)
        let emoji = String(repeating: "😀", count: 20_000)
        let cut = CellText.clean(emoji)
        #expect(cut.utf16.count <= 32_767)
        #expect(cut.unicodeScalars.allSatisfy { $0 == "😀" })
    }

    @Test func a1Names() {
        #expect(A1.column(0) == "A")
        #expect(A1.column(25) == "Z")
        #expect(A1.column(26) == "AA")
        #expect(A1.column(49) == "AX")
        #expect(A1.range(14, 7, 16, 7) == "$H$15:$H$17")
    }
}
