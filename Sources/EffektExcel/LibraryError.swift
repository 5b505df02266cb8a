import CXlsxWriter

/// Turns an `lxw_error` into a thrown `WorkbookError`.
@inline(__always)
func check(_ error: lxw_error, _ context: @autoclosure () -> String) throws(WorkbookError) {
    if error != LXW_NO_ERROR { throw WorkbookError.library(error, context()) }
}

extension WorkbookError {
    static func library(_ error: lxw_error, _ context: String) -> WorkbookError {
        let text = lxw_strerror(error).map { String(cString: $0) } ?? "libxlsxwriter error \(error.rawValue)"
        return WorkbookError("\(context): \(text)")
    }
}
