/// A problem found in the input, located to file, line and column (Docs/input-format.md).
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var file: String
    /// 1-based physical line where the record starts (the header is line 1); nil for a whole-file problem.
    public var line: Int?
    /// The canonical field name, when one field is at fault.
    public var column: String?
    public var code: DiagnosticCode
    /// Plain language with the offending text, in the run's language.
    public var message: String

    public init(severity: Severity, file: String, line: Int?, column: String?, code: DiagnosticCode, message: String) {
        self.severity = severity; self.file = file; self.line = line; self.column = column
        self.code = code; self.message = message
    }

    /// `maalinger.csv:14: kolonne "value": …` — the form printed on stderr.
    public var location: String {
        var s = file
        if let line { s += ":\(line)" }
        return s
    }
}

/// The stable codes of Docs/input-format.md.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    // File errors (exit 65)
    case missingFile = "missing_file"
    case encoding
    case emptyFile = "empty_file"
    case noRows = "no_rows"
    case missingColumn = "missing_column"
    // Row errors
    case missingValue = "missing_value"
    case badNumber = "bad_number"
    case badDate = "bad_date"
    case badValue = "bad_value"
    case targetEqualsBaseline = "target_equals_baseline"
    case targetDateNotAfterBaseline = "target_date_not_after_baseline"
    case directionContradictsTarget = "direction_contradicts_target"
    case weightNotPositive = "weight_not_positive"
    case duplicateCriterion = "duplicate_criterion"
    case duplicateProject = "duplicate_project"
    case unknownProject = "unknown_project"
    case unknownCriterion = "unknown_criterion"
    case tooManyFields = "too_many_fields"
    case csvSyntax = "csv_syntax"
    case milestoneOutOfRange = "milestone_out_of_range"
    case milestoneOnThreshold = "milestone_on_threshold"
    case duplicateMilestone = "duplicate_milestone"
    // Warnings
    case unknownColumn = "unknown_column"
    case duplicateMeasurement = "duplicate_measurement"
    case beforeBaseline = "before_baseline"
    case controlCharacter = "control_character"

    /// A file error makes the whole file (and so the run) unusable: exit 65.
    var isFileError: Bool {
        switch self {
        case .missingFile, .encoding, .emptyFile, .noRows, .missingColumn: return true
        default: return false
        }
    }
}
