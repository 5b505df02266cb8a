import ArgumentParser
import EffektModel
import EffektImport
import Foundation

/// The input options every command that reads data shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A folder holding kriterier.csv, maalinger.csv and (optionally) projekter.csv, delmaal.csv, haendelser.csv.",
                                 valueName: "folder"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("The success criteria file (instead of a folder).", valueName: "file"))
    var criteria: String?

    @Option(name: .long, help: ArgumentHelp("The measurements file (instead of a folder).", valueName: "file"))
    var measurements: String?

    @Option(name: .long, help: ArgumentHelp("The projects file (optional).", valueName: "file"))
    var projects: String?

    @Option(name: .long, help: ArgumentHelp("The milestones file, delmål (optional; with a folder it replaces the one found there).",
                                            valueName: "file"))
    var milestones: String?

    @Option(name: .long, help: ArgumentHelp("The events file, hændelser (optional; with a folder it replaces the one found there).",
                                            valueName: "file"))
    var events: String?

    @Option(name: .long, help: ArgumentHelp("Force the decimal mark: ',' or '.' (default: detected per file).",
                                            valueName: "mark"))
    var decimal: String?

    @Option(name: .long, help: "Language of labels and messages: da or en.")
    var lang: String = "da"

    @Flag(name: .long, help: "Treat any rejected row as fatal: exit 65 and write nothing.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No progress messages on stderr (diagnostics are still printed).")
    var quiet = false

    var language: Language { Language(rawValue: lang.lowercased()) ?? .da }

    func validate() throws {
        if Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be 'da' or 'en', not '\(lang)'.")
        }
        if let decimal, decimal != ",", decimal != "." {
            throw ValidationError("--decimal must be ',' or '.', not '\(decimal)'.")
        }
        if folder == nil && (criteria == nil || measurements == nil) {
            throw ValidationError(language.pick(
                "Angiv en mappe, eller både --criteria og --measurements.",
                "Give a folder, or both --criteria and --measurements."))
        }
        if folder != nil && (criteria != nil || measurements != nil || projects != nil) {
            throw ValidationError(language.pick(
                "Angiv enten en mappe eller --criteria/--measurements/--projects, ikke begge.",
                "Give either a folder or --criteria/--measurements/--projects, not both."))
        }
    }

    var importOptions: ImportOptions {
        ImportOptions(decimal: decimal.flatMap { DecimalMark(rawValue: $0) }, language: language)
    }

    /// The folder the data lies in (for effekt.toml): the folder given, or the criteria file's folder.
    var dataFolder: String? {
        if let folder { return folder }
        guard let criteria else { return nil }
        let parent = (criteria as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// All paths that are read, so that no output may overwrite one.
    var inputPaths: [String] {
        [criteria, measurements, projects, milestones, events].compactMap { $0 }
    }
}

/// `--as-of` or `--quarter`.
struct AsOfOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate as of this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Evaluate as of the last day of this quarter (e.g. 2026Q3).",
                                            valueName: "quarter"))
    var quarter: String?

    func validate() throws {
        if asOf != nil && quarter != nil { throw ValidationError("Give --as-of or --quarter, not both.") }
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a real day written YYYY-MM-DD, not '\(asOf)'.")
        }
        if let quarter, Quarter(quarter) == nil {
            throw ValidationError("--quarter must look like 2026Q3, not '\(quarter)'.")
        }
    }

    /// The explicit as-of day, if one was given.
    var day: Day? {
        if let asOf { return Day(iso: asOf) }
        if let quarter { return Quarter(quarter)?.lastDay }
        return nil
    }
}
