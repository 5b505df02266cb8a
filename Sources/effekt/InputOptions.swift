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

    @Option(name: .long, help: ArgumentHelp("Force the decimal mark (default: detected per file).", valueName: "mark"))
    var decimal: DecimalMark?

    @Option(name: .long, help: ArgumentHelp("Language of labels, messages and templates.", valueName: "language"))
    var lang: Language = .da

    @Flag(name: .long, help: "Treat any rejected row as fatal: exit 65 and write nothing.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No progress messages on stderr (diagnostics are still printed).")
    var quiet = false

    var language: Language { lang }

    func validate() throws {
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
        ImportOptions(decimal: decimal, language: language)
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
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate as of this day (default: the latest measurement).",
                                                           valueName: "YYYY-MM-DD"), transform: Day.parse)
    var asOf: Day?

    @Option(name: .long, help: ArgumentHelp("Evaluate as of the last day of this quarter.", valueName: "2026Q3"),
            transform: Quarter.parse)
    var quarter: Quarter?

    func validate() throws {
        if asOf != nil && quarter != nil { throw ValidationError("Give --as-of or --quarter, not both.") }
    }

    /// The explicit as-of day, if one was given.
    var day: Day? { asOf ?? quarter?.lastDay }
}
