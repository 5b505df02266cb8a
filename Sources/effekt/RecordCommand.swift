import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektHistory
import EffektText
import Foundation

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Store the quarter's report in the history (effekt-historik.sqlite).",
        discussion: """
        Evaluates and stores the report of the quarter holding the as-of day: the whole evaluation, \
        the as-of day, the settings, the time and the SHA-256 of every input file, in one \
        transaction. A quarter that already has a report is refused (exit 64) unless --replace, \
        which keeps the earlier report marked superseded.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions

    @Flag(help: "Replace the quarter's report; the earlier one is kept, marked superseded.")
    var replace = false

    func validate() throws {
        if asOf.day == nil {
            throw ValidationError(input.language.pick(
                "Angiv kvartalet med --quarter (fx 2026Q2) eller opgørelsesdagen med --as-of.",
                "Name the quarter with --quarter (e.g. 2026Q2) or the as-of day with --as-of."))
        }
        if history.noHistory {
            throw ValidationError("--no-history: record writes the history; name another file with --history.")
        }
    }

    func run() throws {
        let language = input.language
        let read = try Pipeline.read(input, asOf, settings, history, readHistory: false)
        read.progress.finish()
        guard let path = history.path(dataFolder: input.dataFolder) else { throw ExitCode(ExitStatus.usage) }
        let quarter = Quarter(containing: read.asOf)
        let digests = inputDigests(read.data)
        let outcome: RecordOutcome
        do {
            outcome = try HistoryRecorder.record(at: path, quarter: quarter, replace: replace,
                                                 recordedAt: Self.recordedAt()) { reports in
                let evaluation = read.evaluate(history: reports)
                read.progress.finish()
                return ReportDraft(evaluation: evaluation, inputs: digests)
            }
        } catch {
            throw HistoryExit.report(error, language: language)
        }
        let stored = outcome.stored
        let score = stored.portfolioScore.map { NumberFormatting.percent($0, language: language) } ?? NumberFormatting.missing
        var text = language.pick(
            "Gemte \(stored.quarter) (opgjort pr. \(stored.asOf.iso), porteføljescore \(score)) i \(path).",
            "Recorded \(stored.quarter) (as of \(stored.asOf.iso), portfolio score \(score)) in \(path).")
        if let replaced = outcome.replaced {
            text += language.pick(" Den tidligere rapport (gemt \(replaced.recordedAt)) er bevaret som erstattet.",
                                  " The earlier report (recorded at \(replaced.recordedAt)) is kept as superseded.")
        }
        Console.error(text)
        try Loading.finish(read.data)
    }

    /// Every file the report rests on: the data files and the settings file, if one was read.
    private func inputDigests(_ data: Dataset) -> [InputDigest] {
        var files = data.inputs.map { (kind: $0.kind.rawValue, file: $0.file) }
        if let file = settings.settings ?? input.dataFolder.map({ ($0 as NSString).appendingPathComponent("effekt.toml") }),
           FileManager.default.fileExists(atPath: file) {
            files.append((kind: "settings", file: file))
        }
        return files.compactMap { entry in
            FileDigest.sha256(path: entry.file).map { InputDigest(kind: entry.kind, file: entry.file, sha256: $0) }
        }
    }

    /// Now in UTC, ISO 8601 to the second. `SOURCE_DATE_EPOCH` (seconds) fixes it, as for
    /// reproducible builds, so tests can compare whole files.
    static func recordedAt() -> String {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
            ?? Int(Date().timeIntervalSince1970)
        let day = Day(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let inDay = seconds - day.daysSinceEpoch * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the reports stored in the history.",
        discussion: """
        Every stored report, superseded ones included: quarter, as-of day, time of recording, \
        portfolio score, the inputs' SHA-256 (shortened) and whether it was superseded. --format json \
        gives everything with the full hashes.
        """)

    @Argument(help: ArgumentHelp("The data folder holding effekt-historik.sqlite.", valueName: "folder"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("The history file (default: effekt-historik.sqlite in the folder).",
                                            valueName: "file"))
    var history: String?

    @Option(name: .long, help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: TextFormat = .text

    @Option(name: .long, help: ArgumentHelp("Language of labels and messages.", valueName: "language"))
    var lang: Language = .da

    var language: Language { lang }

    func validate() throws {
        if format != .text && format != .json { throw ValidationError("--format for history must be text or json, not '\(format.rawValue)'.") }
        if folder == nil && history == nil {
            throw ValidationError(language.pick("Angiv datamappen eller --history FIL.", "Give the data folder or --history FILE."))
        }
    }

    func run() throws {
        let path = history ?? ((folder ?? ".") as NSString).appendingPathComponent(HistoryOptions.defaultName)
        var reports: [ReportSummary] = []
        if FileManager.default.fileExists(atPath: path) {
            do { reports = try HistoryReader.summaries(at: path) } catch { throw HistoryExit.report(error, language: language) }
        } else if format == .text {
            Console.error(language.pick("\(path) findes ikke endnu; `effekt record` opretter den.",
                                        "\(path) does not exist yet; `effekt record` creates it."))
        }
        Console.out(format == .json ? HistoryListing.json(reports, path: path)
                                     : HistoryListing.text(reports, path: path, language: language))
    }
}
