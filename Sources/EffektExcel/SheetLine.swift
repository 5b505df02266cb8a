import EffektModel

/// Writes one row left to right, so a sheet's column order is simply the order of the calls —
/// and every row is finished before the next starts, as constant-memory mode requires.
struct SheetLine {
    let sheet: Worksheet
    let row: Row
    private(set) var col: Col

    init(_ sheet: Worksheet, _ row: Row, from col: Col = 0) {
        self.sheet = sheet; self.row = row; self.col = col
    }

    mutating func text(_ s: String?, _ f: Format? = nil) throws(WorkbookError) {
        try sheet.text(row, col, s, f); col += 1
    }

    mutating func number(_ v: Double?, _ f: Format? = nil) throws(WorkbookError) {
        try sheet.number(row, col, v, f); col += 1
    }

    mutating func int(_ v: Int?, _ f: Format? = nil) throws(WorkbookError) {
        try sheet.number(row, col, v, f); col += 1
    }

    mutating func date(_ d: Day?, _ f: Format) throws(WorkbookError) {
        try sheet.date(row, col, d, f); col += 1
    }

    mutating func formula(_ formula: String, _ f: Format?, result: Double?) throws(WorkbookError) {
        try sheet.formula(row, col, formula, f, result: result); col += 1
    }

    mutating func skip(_ n: Col = 1) { col += n }

    /// A header row: every title in the header format.
    static func header(_ sheet: Worksheet, _ row: Row, _ titles: [String], _ f: Format, from col: Col = 0) throws(WorkbookError) {
        var line = SheetLine(sheet, row, from: col)
        for t in titles { try line.text(t, f) }
    }
}
