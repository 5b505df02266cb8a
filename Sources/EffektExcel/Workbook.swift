import CXlsxWriter
import EffektModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A thin, safe layer over the parts of libxlsxwriter the report uses. Everything here is internal:
// no C pointer leaves EffektExcel. Every `lxw_error` becomes a `WorkbookError` carrying
// libxlsxwriter's own message (`lxw_strerror`), prefixed with what we were doing.

/// A cell format registered with the workbook (owned and freed by it).
struct Format {
    let pointer: UnsafeMutablePointer<lxw_format>
}

/// One workbook being written. `close()` writes the file; if the value is dropped without a
/// successful close (an error path), `deinit` still closes it so that libxlsxwriter frees every
/// object and temporary file — the caller then removes the partial output.
final class Workbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let path: String

    init(path: String, settings: WorkbookSettings) throws(WorkbookError) {
        self.path = path
        let folder = settings.temporaryFolder.map { strdup($0) } ?? nil
        defer { free(folder) }
        var options = lxw_workbook_options(
            constant_memory: settings.constantMemory ? 1 : 0, tmpdir: folder, use_zip64: 0)
        guard let book = workbook_new_opt(path, &options) else {
            throw WorkbookError("could not start the workbook \(path) (out of memory?)")
        }
        handle = book
    }

    deinit {
        if let handle { _ = workbook_close(handle) }
    }

    private func book() throws(WorkbookError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw WorkbookError("the workbook \(path) is already closed") }
        return handle
    }

    /// Writes and frees the workbook. The handle is gone afterwards whatever the outcome.
    func close() throws(WorkbookError) {
        let book = try book()
        handle = nil
        try check(workbook_close(book), "writing \(path)")
    }

    func addWorksheet(_ name: String) throws(WorkbookError) -> Worksheet {
        let book = try book()
        try check(workbook_validate_sheet_name(book, name), "sheet name \"\(name)\"")
        guard let sheet = workbook_add_worksheet(book, name) else {
            throw WorkbookError("could not add the sheet \"\(name)\" (temporary file not writable?)")
        }
        return Worksheet(pointer: sheet, name: name)
    }

    func addFormat(_ configure: (inout FormatSpec) -> Void) throws(WorkbookError) -> Format {
        var spec = FormatSpec()
        configure(&spec)
        guard let format = workbook_add_format(try book()) else { throw WorkbookError("could not add a format") }
        spec.apply(to: format)
        return Format(pointer: format)
    }

    /// Fixes a cell format's index in the workbook's style table now, in a known order. After this
    /// libxlsxwriter only reads the format when rows are written, so sheets can be written from
    /// two threads, and the style table comes out the same on every run.
    func register(_ format: Format) {
        _ = lxw_format_get_xf_index(format.pointer)
    }

    func addChart(_ kind: ChartKind) throws(WorkbookError) -> Chart {
        guard let chart = workbook_add_chart(try book(), kind.raw) else { throw WorkbookError("could not add a chart") }
        return Chart(pointer: chart)
    }

    func setProperties(_ p: DocumentProperties) throws(WorkbookError) {
        let book = try book()
        // libxlsxwriter copies every string, so these duplicates live only for the call.
        let fields = [p.title, p.subject, p.author, p.company, p.keywords, p.comments].map { $0.map { strdup(CellText.clean($0)) } ?? nil }
        defer { fields.forEach { free($0) } }
        var props = lxw_doc_properties()
        props.title = fields[0]; props.subject = fields[1]; props.author = fields[2]
        props.company = fields[3]; props.keywords = fields[4]; props.comments = fields[5]
        props.created = time_t(p.created)
        try check(workbook_set_properties(book, &props), "document properties")
    }

    /// A workbook-wide defined name such as `Projekter` → `='Overblik'!$A$10:$N$20`.
    func defineName(_ name: String, _ formula: String) throws(WorkbookError) {
        try check(workbook_define_name(try book(), name, formula), "defined name \(name)")
    }
}

/// What a format can say; applied once when the format is created.
struct FormatSpec {
    var bold = false
    var italic = false
    var fontSize: Double?
    var fontColor: UInt32?
    var background: UInt32?
    var numberFormat: String?
    var wrap = false
    var alignRight = false
    var alignCenter = false
    var verticalTop = false
    var bottomBorder = false
    var topBorder = false
    var borderColor: UInt32?

    fileprivate func apply(to f: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(f) }
        if italic { format_set_italic(f) }
        if let fontSize { format_set_font_size(f, fontSize) }
        if let fontColor { format_set_font_color(f, fontColor) }
        if let background {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, background)
        }
        if let numberFormat { format_set_num_format(f, numberFormat) }
        if wrap { format_set_text_wrap(f) }
        if alignRight { format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        if alignCenter { format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        if verticalTop { format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if bottomBorder { format_set_bottom(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        if topBorder { format_set_top(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let borderColor { format_set_bottom_color(f, borderColor) }
    }
}
