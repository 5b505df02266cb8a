import CXlsxWriter
import EffektModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One worksheet of a `Workbook` (owned and freed by it). In constant-memory mode rows must be
/// written in increasing order; every sheet builder plans its rows up front for that reason.
struct Worksheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let name: String

    private func at(_ r: Row, _ c: Col) -> String { "\(name)!R\(r + 1)C\(c + 1)" }

    /// Writes text as a string cell — never as a formula — cleaned of control characters and capped
    /// at Excel's 32,767 characters. Nil and empty text leave the cell empty.
    func text(_ r: Row, _ c: Col, _ value: String?, _ format: Format? = nil) throws(WorkbookError) {
        guard let value, !value.isEmpty else { return }
        let clean = CellText.clean(value)
        let e = clean.withCString { worksheet_write_string(pointer, r, c, $0, format?.pointer) }
        try check(e, at(r, c))
    }

    /// Writes a prepared C string (the hot path of the measurements sheet: no per-cell conversion).
    @inline(__always)
    func text(_ r: Row, _ c: Col, cString: UnsafePointer<CChar>, _ format: Format? = nil) throws(WorkbookError) {
        try check(worksheet_write_string(pointer, r, c, cString, format?.pointer), at(r, c))
    }

    /// Writes a number; nil, NaN and infinity leave the cell empty (libxlsxwriter would write "nan").
    @inline(__always)
    func number(_ r: Row, _ c: Col, _ value: Double?, _ format: Format? = nil) throws(WorkbookError) {
        guard let value, value.isFinite else { return }
        try check(worksheet_write_number(pointer, r, c, value, format?.pointer), at(r, c))
    }

    func number(_ r: Row, _ c: Col, _ value: Int?, _ format: Format? = nil) throws(WorkbookError) {
        try number(r, c, value.map(Double.init), format)
    }

    /// A real Excel date: the serial day number shown through a date format.
    @inline(__always)
    func date(_ r: Row, _ c: Col, _ day: Day?, _ format: Format) throws(WorkbookError) {
        // Excel shows days 1900-01-01 (-25,567 since 1970) to 9999-12-31 (2,932,896); others stay empty.
        guard let day, day.daysSinceEpoch >= -25_567, day.daysSinceEpoch <= 2_932_896 else { return }
        try check(worksheet_write_number(pointer, r, c, excelSerial(day), format.pointer), at(r, c))
    }

    /// A formula with its computed result cached, so readers that do not recalculate see the value.
    func formula(_ r: Row, _ c: Col, _ formula: String, _ format: Format?, result: Double?) throws(WorkbookError) {
        let e: lxw_error
        if let result, result.isFinite {
            e = worksheet_write_formula_num(pointer, r, c, formula, format?.pointer, result)
        } else {
            e = worksheet_write_formula_str(pointer, r, c, formula, format?.pointer, "")
        }
        try check(e, at(r, c))
    }

    func blank(_ r: Row, _ c: Col, _ format: Format) throws(WorkbookError) {
        try check(worksheet_write_blank(pointer, r, c, format.pointer), at(r, c))
    }

    func columnWidths(_ widths: [Double], from first: Col = 0) throws(WorkbookError) {
        for (i, w) in widths.enumerated() {
            let c = first + Col(i)
            try check(worksheet_set_column(pointer, c, c, w, nil), "\(name) column \(c + 1)")
        }
    }

    func column(_ c: Col, width: Double, _ format: Format? = nil, hidden: Bool = false) throws(WorkbookError) {
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        try check(worksheet_set_column_opt(pointer, c, c, width, format?.pointer, &options), "\(name) column \(c + 1)")
    }

    func rowHeight(_ r: Row, _ height: Double) throws(WorkbookError) {
        try check(worksheet_set_row(pointer, r, height, nil), at(r, 0))
    }

    func freeze(rows: Row, columns: Col) { worksheet_freeze_panes(pointer, rows, columns) }

    func autofilter(_ r1: Row, _ c1: Col, _ r2: Row, _ c2: Col) throws(WorkbookError) {
        try check(worksheet_autofilter(pointer, r1, c1, max(r1, r2), c2), "\(name) autofilter")
    }

    /// Landscape, A4, fitted to one page wide, with repeated header rows and a page footer.
    func printSetup(repeatRows: ClosedRange<Row>?, footer: String, area: (Row, Col, Row, Col)? = nil,
                    pagesWide: UInt16 = 1) throws(WorkbookError) {
        worksheet_set_landscape(pointer)
        worksheet_set_paper(pointer, 9)
        worksheet_set_margins(pointer, 0.4, 0.4, 0.5, 0.6)
        worksheet_fit_to_pages(pointer, pagesWide, 0)
        if let repeatRows {
            try check(worksheet_repeat_rows(pointer, repeatRows.lowerBound, repeatRows.upperBound), "\(name) print titles")
        }
        if let area {
            try check(worksheet_print_area(pointer, area.0, area.1, area.2, area.3), "\(name) print area")
        }
        try check(worksheet_set_footer(pointer, footer), "\(name) footer")
    }

    /// Horizontal page breaks above the given rows (Excel allows 1,023).
    func pageBreaks(before rows: [Row]) throws(WorkbookError) {
        guard !rows.isEmpty else { return }
        var breaks = Array(rows.prefix(1023)) + [0]   // zero-terminated, as libxlsxwriter expects
        try check(worksheet_set_h_pagebreaks(pointer, &breaks), "\(name) page breaks")
    }

    func hideGridlines() { worksheet_gridlines(pointer, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue)) }
    func hide() { worksheet_hide(pointer) }
    func activate() { worksheet_activate(pointer) }

    /// Colours cells whose value equals `text` (compared as text, so the rule follows later edits).
    func highlight(_ r1: Row, _ c1: Col, _ r2: Row, _ c2: Col, equalTo text: String, _ format: Format) throws(WorkbookError) {
        guard r2 >= r1 else { return }
        // A formula string literal: inner quotes doubled.
        let literal = "\"" + CellText.doublingQuotes(CellText.clean(text)) + "\""
        let e: lxw_error = literal.withCString { value in
            var rule = lxw_conditional_format()
            rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
            rule.value_string = UnsafeMutablePointer(mutating: value)
            rule.format = format.pointer
            return worksheet_conditional_format_range(pointer, r1, c1, r2, c2, &rule)
        }
        try check(e, "\(name) conditional format")
    }

    /// A solid data bar scaled from `min` to `max` (scores and attainment run from 0 to 1).
    func dataBar(_ r1: Row, _ c1: Col, _ r2: Row, _ c2: Col, color: UInt32, min: Double = 0, max: Double = 1) throws(WorkbookError) {
        guard r2 >= r1 else { return }
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
        rule.bar_color = color
        rule.bar_solid = 1
        rule.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.min_value = min
        rule.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.max_value = max
        try check(worksheet_conditional_format_range(pointer, r1, c1, r2, c2, &rule), "\(name) data bar")
    }

    /// Places a chart with its top-left corner at the cell, scaled from the default 480 × 288 px.
    func insert(_ chart: Chart, at r: Row, _ c: Col, xScale: Double = 1, yScale: Double = 1, description: String) throws(WorkbookError) {
        let alt = strdup(CellText.clean(description))
        defer { free(alt) }
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        options.description = alt
        try check(worksheet_insert_chart_opt(pointer, r, c, chart.pointer, &options), "\(name) chart")
    }
}
