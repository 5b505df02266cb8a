import EffektModel

/// One file's summary and diagnostics while it is read.
struct FileReport: Sendable {
    var summary: InputSummary
    var diagnostics: [Diagnostic] = []
    let messages: Messages
    var hasFileError = false

    init(file: String, kind: InputKind, language: Language) {
        summary = InputSummary(file: file, kind: kind)
        messages = Messages(l: language)
    }

    var file: String { summary.file }

    mutating func fileError(_ code: DiagnosticCode, line: Int? = nil, column: String? = nil, _ message: String) {
        hasFileError = true
        diagnostics.append(Diagnostic(severity: .error, file: file, line: line, column: column, code: code, message: message))
    }

    mutating func error(_ code: DiagnosticCode, line: Int, column: Field?, _ message: String) {
        diagnostics.append(Diagnostic(severity: .error, file: file, line: line, column: column?.canonical, code: code, message: message))
    }

    mutating func warning(_ code: DiagnosticCode, line: Int, column: Field?, _ message: String) {
        diagnostics.append(Diagnostic(severity: .warning, file: file, line: line, column: column?.canonical, code: code, message: message))
    }
}
