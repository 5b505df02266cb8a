import EffektModel
import Foundation

/// What the tool prints: text on stdout, messages and diagnostics on stderr.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func printDiagnostics(_ diagnostics: [Diagnostic], language: Language) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        for d in diagnostics {
            let severity = d.severity == .error ? language.pick("fejl", "error") : language.pick("advarsel", "warning")
            text += "\(d.location): \(severity) [\(d.code.rawValue)]: \(d.message)\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
