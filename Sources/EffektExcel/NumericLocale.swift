#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxlsxwriter formats numbers with `snprintf`, so under a Danish numeric locale it would write
/// `<v>3,14</v>` and corrupt the workbook. While the report is written, the calling thread uses the
/// "C" numeric locale (`uselocale`, thread-local: other threads and the process locale are untouched).
enum NumericLocale {
    static func withC<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        #if os(Linux)
        let mask = Int32(1) << LC_NUMERIC
        #else
        let mask = LC_NUMERIC_MASK
        #endif
        guard let c = newlocale(mask, "C", nil) else { return try body() }
        let previous = uselocale(c)
        defer {
            uselocale(previous)
            freelocale(c)
        }
        return try body()
    }
}
