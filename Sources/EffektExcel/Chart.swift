import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ChartKind {
    case bar, column, line, scatterStraightWithMarkers

    var raw: UInt8 {
        switch self {
        case .bar: return UInt8(LXW_CHART_BAR.rawValue)
        case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
        case .line: return UInt8(LXW_CHART_LINE.rawValue)
        case .scatterStraightWithMarkers: return UInt8(LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS.rawValue)
        }
    }
}

/// A cell range on a sheet, as chart series refer to their data.
struct CellRange {
    var sheet: String
    var firstRow: Row
    var firstCol: Col
    var lastRow: Row
    var lastCol: Col
}

/// How a series is drawn.
struct SeriesStyle {
    var color: UInt32
    var width: Float = 2.0
    var dashed = false
    var markers = true
    /// False: markers only, no connecting line (special-cause points).
    var line = true
    var markerSize: UInt8 = 5
}

/// A series of a chart (owned by the chart).
struct ChartSeries {
    fileprivate let pointer: UnsafeMutablePointer<lxw_chart_series>
}

/// A chart owned by the workbook. libxlsxwriter copies every string it is given.
struct Chart {
    let pointer: UnsafeMutablePointer<lxw_chart>

    /// libxlsxwriter reads a name starting with "=" as a cell reference, and LibreOffice does so
    /// even after a leading space; a zero-width space in front keeps data as visible text.
    private static func literal(_ s: String) -> String {
        let clean = CellText.clean(s)
        return clean.hasPrefix("=") ? "\u{200B}" + clean : clean
    }

    func title(_ text: String, size: Double = 11) {
        chart_title_set_name(pointer, Chart.literal(text))
        var font = lxw_chart_font()
        font.size = size
        font.bold = 1
        chart_title_set_name_font(pointer, &font)
    }

    /// A series named by `name`, or by the text of the cell `nameCell` (the safest way to name a
    /// series after data: the name is read from a string cell, never parsed as a formula).
    @discardableResult
    func addSeries(name: String, nameCell: (sheet: String, row: Row, col: Col)? = nil,
                   categories: CellRange, values: CellRange, style: SeriesStyle) throws(WorkbookError) -> ChartSeries {
        guard let series = chart_add_series(pointer, nil, nil) else { throw WorkbookError("could not add a chart series") }
        chart_series_set_categories(series, categories.sheet, categories.firstRow, categories.firstCol, categories.lastRow, categories.lastCol)
        chart_series_set_values(series, values.sheet, values.firstRow, values.firstCol, values.lastRow, values.lastCol)
        if let nameCell {
            chart_series_set_name_range(series, nameCell.sheet, nameCell.row, nameCell.col)
        } else {
            chart_series_set_name(series, Chart.literal(name))
        }
        var line = lxw_chart_line()
        line.color = style.color
        line.width = style.width
        if style.dashed { line.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue) }
        if !style.line { line.none = 1 }
        chart_series_set_line(series, &line)
        if style.markers {
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(series, style.markerSize)
            var fill = lxw_chart_fill()
            fill.color = style.color
            chart_series_set_marker_fill(series, &fill)
            var border = lxw_chart_line()
            border.color = style.color
            chart_series_set_marker_line(series, &border)
        } else {
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        }
        return ChartSeries(pointer: series)
    }

    /// Labels some points of the chart's last series with fixed text (nil: no label). The texts
    /// are ours (event numbers), never data: a label starting with "=" would be read as a formula.
    func label(_ series: ChartSeries, _ labels: [String?]) throws(WorkbookError) {
        let series = series.pointer
        chart_series_set_labels(series)
        chart_series_set_labels_position(series, UInt8(LXW_CHART_LABEL_POSITION_ABOVE.rawValue))
        let texts = labels.map { $0.map { strdup($0) } ?? nil }
        defer { texts.forEach { free($0) } }
        var items = texts.map { text -> lxw_chart_data_label in
            var label = lxw_chart_data_label()
            if let text { label.value = text } else { label.hide = 1 }
            return label
        }
        let e: lxw_error = items.withUnsafeMutableBufferPointer { buffer in
            var pointers: [UnsafeMutablePointer<lxw_chart_data_label>?] = []
            if let base = buffer.baseAddress { for i in 0..<buffer.count { pointers.append(base + i) } }
            pointers.append(nil)   // NULL-terminated, as libxlsxwriter expects
            return chart_series_set_labels_custom(series, &pointers)
        }
        try check(e, "chart labels")
    }

    /// Blank cells break a line (a gap), so one series can draw separate segments.
    func showBlanksAsGap() { chart_show_blanks_as(pointer, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue)) }

    /// A bar/column series filled with one colour.
    func addBars(name: String, categories: CellRange, values: CellRange, color: UInt32) throws(WorkbookError) {
        guard let series = chart_add_series(pointer, nil, nil) else { throw WorkbookError("could not add a chart series") }
        chart_series_set_categories(series, categories.sheet, categories.firstRow, categories.firstCol, categories.lastRow, categories.lastCol)
        chart_series_set_values(series, values.sheet, values.firstRow, values.firstCol, values.lastRow, values.lastCol)
        chart_series_set_name(series, Chart.literal(name))
        var fill = lxw_chart_fill()
        fill.color = color
        chart_series_set_fill(series, &fill)
    }

    func xAxis(name: String? = nil, numberFormat: String? = nil, reverse: Bool = false, min: Double? = nil, max: Double? = nil) {
        axis(LXW_CHART_AXIS_TYPE_X, name: name, numberFormat: numberFormat, reverse: reverse, min: min, max: max)
    }

    func yAxis(name: String? = nil, numberFormat: String? = nil, reverse: Bool = false, min: Double? = nil, max: Double? = nil) {
        axis(LXW_CHART_AXIS_TYPE_Y, name: name, numberFormat: numberFormat, reverse: reverse, min: min, max: max)
    }

    private func axis(_ type: lxw_chart_axis_type, name: String?, numberFormat: String?, reverse: Bool, min: Double?, max: Double?) {
        guard let axis = chart_axis_get(pointer, type) else { return }
        if let name { chart_axis_set_name(axis, Chart.literal(name)) }
        if let numberFormat { chart_axis_set_num_format(axis, numberFormat) }
        if reverse { chart_axis_set_reverse(axis) }
        if let min { chart_axis_set_min(axis, min) }
        if let max { chart_axis_set_max(axis, max) }
    }

    func legendBottom() { chart_legend_set_position(pointer, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)) }
    func legendNone() { chart_legend_set_position(pointer, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
    func gap(_ percent: UInt16) { chart_set_series_gap(pointer, percent) }
}
