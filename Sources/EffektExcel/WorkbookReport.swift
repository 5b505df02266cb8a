import EffektModel
import EffektEvaluation
import CXlsxWriter

public enum MeasurementsSheet: Sendable, Equatable {
    case all
    case none
    case cap(Int)
}

public struct ReportOptions: Sendable {
    public var language: Language
    public var measurementsSheet: MeasurementsSheet
    public init(language: Language = .da, measurementsSheet: MeasurementsSheet = .all) {
        self.language = language; self.measurementsSheet = measurementsSheet
    }
}

public struct WorkbookError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public enum WorkbookReport {
    /// Writes the management workbook to `path` atomically (a temporary file in the same folder,
    /// renamed on success); on failure no file is left behind and an existing one is untouched.
    public static func write(_ evaluation: Evaluation, to path: String, options: ReportOptions) throws(WorkbookError) {
        _ = lxw_version()
        throw WorkbookError("not implemented yet (issue #4)")
    }
}
