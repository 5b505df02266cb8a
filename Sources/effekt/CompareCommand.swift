import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektText

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Sammenlign projekterne: score ved de seneste kvartalers udgang, rangeret efter den nuværende.",
        discussion: """
        En tabel til ledelsen: projekter × de seneste N kvartaler (standard 6) med ændring, tendens og \
        realiseringsgrad, evt. grupperet efter område, fase eller ejer med gruppetotaler. \
        --format csv giver semikolon og decimalkomma til dansk Excel (--lang da).
        Projects × the last N quarter ends, ranked by the current score; --by area|phase|owner groups \
        them with group totals (the unweighted mean of the group's scores). Text, Markdown or CSV.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: ArgumentHelp("Quarter ends to show (1–40).", valueName: "n"))
    var quarters: Int = 6

    @Option(name: .long, help: ArgumentHelp("Group the projects, with group totals.", valueName: "field"))
    var by: CompareGrouping?

    func validate() throws {
        try display.validate(formats: [.text, .markdown, .csv, .json], command: "compare")
        guard (1...40).contains(quarters) else {
            throw ValidationError("--quarters must be between 1 and 40, not \(quarters).")
        }
    }

    func run() throws {
        try OutputFile.refuseInputs(display.output, input: input, also: [settings.settings])
        let run = try Pipeline.run(input, asOf, settings, historyQuarters: quarters)
        run.progress.finish()
        let (data, evaluation) = (run.data, run.evaluation)
        let options = CompareOptions(language: input.language, width: display.resolvedWidth(), color: display.resolvedColor(),
                                     format: display.textFormat, quarters: quarters,
                                     grouping: by)
        try OutputFile.emit(Compare.render(evaluation, options: options), to: display.output, language: input.language)
        try Loading.finish(data)
    }
}
