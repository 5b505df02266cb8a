import ArgumentParser
import EffektModel
import EffektImport
import EffektEvaluation
#if canImport(Glibc)
import Glibc
#endif
import Foundation

enum Loading {
    /// Resolves the sources, imports them and prints every diagnostic to stderr.
    /// Throws exit 65 when the input is unusable (or `--strict` and rows were rejected).
    static func load(_ input: InputOptions, progress: Progress? = nil) throws -> Dataset {
        let language = input.language
        var sources: ImportSources
        if let folder = input.folder {
            let (found, problems) = Importer.discover(folder: folder, language: language)
            guard let found else {
                Console.printDiagnostics(problems, language: language)
                throw ExitCode(ExitStatus.inputUnusable)
            }
            sources = found
        } else {
            sources = ImportSources(criteria: input.criteria ?? "", measurements: input.measurements ?? "",
                                    projects: input.projects)
        }
        // Named milestones and events files also go with a folder, replacing the ones found there.
        if let milestones = input.milestones { sources.milestones = milestones }
        if let events = input.events { sources.events = events }
        var options = input.importOptions
        if let progress {
            let total = sources.all.reduce(0) { sum, path in
                sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
            progress.begin(.reading, total: total)
            options.progress = progress.callback(for: .reading)
        }
        let data = Importer.load(sources, options: options)
        progress?.finish() // diagnostics start on a clean line; the next phase draws its own
        Console.printDiagnostics(data.diagnostics, language: language)
        if !data.isUsable { throw ExitCode(ExitStatus.inputUnusable) }
        if input.strict && data.rejectedRows > 0 {
            Console.error(language.pick(
                "--strict: \(data.rejectedRows) række(r) afvist; intet er skrevet.",
                "--strict: \(data.rejectedRows) row(s) rejected; nothing was written."))
            throw ExitCode(ExitStatus.inputUnusable)
        }
        return data
    }

    /// The as-of day: explicit, else the latest measurement, else today.
    static func asOf(_ options: AsOfOptions, data: Dataset) -> Day {
        if let day = options.day { return day }
        return Evaluator.defaultAsOf(data, today: today())
    }

    static func today() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// Exit 1 when rows were rejected, else 0.
    static func finish(_ data: Dataset) throws {
        if data.rejectedRows > 0 { throw ExitCode(ExitStatus.rejectedRows) }
    }
}

/// Read, then evaluate: the part every reporting command shares.
enum Pipeline {
    struct Run {
        var data: Dataset
        var evaluation: Evaluation
        var progress: Progress
    }

    /// Resolves settings (effekt.toml, options), imports, and evaluates at the as-of day.
    /// `historyQuarters` widens the score history when a command shows more quarter ends.
    static func run(_ input: InputOptions, _ asOf: AsOfOptions, _ settings: SettingsOptions,
                    _ history: HistoryOptions, historyQuarters: Int? = nil) throws -> Run {
        let read = try self.read(input, asOf, settings, history, historyQuarters: historyQuarters)
        let evaluation = read.evaluate()
        return Run(data: read.data, evaluation: evaluation, progress: read.progress)
    }

    /// Read, with the evaluation still to do: `report` starts writing the raw measurements while
    /// it evaluates.
    struct Read {
        var data: Dataset
        var asOf: Day
        var settings: Settings
        var progress: Progress
        /// The recorded reports (Docs/history.md); nil without a history.
        var history: [RecordedReport]?

        func evaluate() -> Evaluation {
            evaluate(history: history)
        }

        func evaluate(history: [RecordedReport]?) -> Evaluation {
            progress.begin(.evaluating, total: data.criteria.count)
            let evaluation = Evaluator.evaluate(data, asOf: asOf, settings: settings, history: history,
                                                progress: progress.callback(for: .evaluating))
            return evaluation
        }
    }

    /// `history`: the recorded reports are read (read-only) unless `readHistory` is false, as for
    /// `record`, which reads them itself under its own rules.
    static func read(_ input: InputOptions, _ asOf: AsOfOptions, _ settings: SettingsOptions,
                     _ history: HistoryOptions, readHistory: Bool = true, historyQuarters: Int? = nil) throws -> Read {
        var resolved = try settings.resolve(dataFolder: input.dataFolder, language: input.language)
        if let historyQuarters { resolved.historyQuarters = max(resolved.historyQuarters, historyQuarters) }
        let progress = Progress(quiet: input.quiet, language: input.language)
        let data: Dataset
        do { data = try Loading.load(input, progress: progress) } catch { progress.finish(); throw error }
        let reports = readHistory ? try history.reports(dataFolder: input.dataFolder, language: input.language) : nil
        return Read(data: data, asOf: Loading.asOf(asOf, data: data), settings: resolved, progress: progress,
                    history: reports)
    }
}
