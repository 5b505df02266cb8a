import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektHistory
import Foundation

/// `--history FILE` and `--no-history` (Docs/history.md), shared by every command that evaluates.
struct HistoryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The history file (default: effekt-historik.sqlite beside the data, if any).",
                                            valueName: "file"))
    var history: String?

    @Flag(name: .customLong("no-history"), help: "Ignore the history file: no reported figures.")
    var noHistory = false

    static let defaultName = "effekt-historik.sqlite"

    func validate() throws {
        if history != nil && noHistory { throw ValidationError("Give --history or --no-history, not both.") }
    }

    /// The history's path: `--history`, else `effekt-historik.sqlite` in the data folder.
    /// nil with `--no-history`.
    func path(dataFolder: String?) -> String? {
        if noHistory { return nil }
        if let history { return history }
        return ((dataFolder ?? ".") as NSString).appendingPathComponent(Self.defaultName)
    }

    /// The recorded reports for a reading command, opened read-only: nil when there is no history
    /// (`--no-history`, or no file at the default place). A named file that is missing, and any
    /// file that is not a readable Effekt history, stop the run with exit 65.
    func reports(dataFolder: String?, language: Language) throws -> [RecordedReport]? {
        guard let path = path(dataFolder: dataFolder) else { return nil }
        guard FileManager.default.fileExists(atPath: path) else {
            if history == nil { return nil }
            Console.error(language.pick(
                "\(path): historikfilen findes ikke. `effekt record` opretter den; uden historik: --no-history.",
                "\(path): the history file does not exist. `effekt record` creates it; without a history: --no-history."))
            throw ExitCode(ExitStatus.inputUnusable)
        }
        do {
            return try HistoryReader.reports(at: path)
        } catch {
            throw HistoryExit.report(error, language: language)
        }
    }
}

enum HistoryExit {
    /// Prints the error and gives the exit status of Docs/effekt.evaluation.schema.json for it.
    static func report(_ error: HistoryError, language: Language) -> ExitCode {
        Console.error(error.message(language))
        switch error {
        case .quarterRecorded: return ExitCode(ExitStatus.usage)
        case .notHistory, .damaged, .newerSchema: return ExitCode(ExitStatus.inputUnusable)
        case .cannotWrite: return ExitCode(ExitStatus.cannotWrite)
        }
    }
}
