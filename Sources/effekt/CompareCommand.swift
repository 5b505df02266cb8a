import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektText

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the projects: their score at the last quarter ends, ranked by the current one.",
        discussion: """
        A table for management: projects × the last N quarter ends (default 6) with change, trend and \
        realisation, optionally grouped by area, phase or owner with group totals (the unweighted \
        mean of the group's scores). --format csv writes semicolons and decimal commas for Danish \
        Excel with --lang da.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions
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
        try OutputFile.refuseInputs(display.output, input: input, also: [settings.settings, history.path(dataFolder: input.dataFolder)])
        let run = try Pipeline.run(input, asOf, settings, history, historyQuarters: quarters)
        run.progress.finish()
        let (data, evaluation) = (run.data, run.evaluation)
        let options = CompareOptions(language: input.language, width: display.resolvedWidth(), color: display.resolvedColor(),
                                     format: display.textFormat, quarters: quarters,
                                     grouping: by)
        try OutputFile.emit(Compare.render(evaluation, options: options), to: display.output, language: input.language)
        try Loading.finish(data)
    }
}
