/// Options for `Workbook.init`.
struct WorkbookSettings {
    /// Write worksheets row by row through temporary files, so memory does not grow with rows.
    var constantMemory = true
    /// Folder for libxlsxwriter's temporary files (nil: the system's).
    var temporaryFolder: String?
}

/// Document properties written to docProps/core.xml and app.xml.
struct DocumentProperties {
    var title: String
    var subject: String
    var author: String
    var company: String?
    var keywords: String?
    var comments: String?
    /// Seconds since 1970 (UTC). Fixed so the same inputs give the same bytes.
    var created: Int
}
