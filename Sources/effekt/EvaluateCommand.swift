import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektText

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate the preliminary effect assessment and write it as JSON.",
        discussion: "Writes the evaluation document (schema effekt.evaluation/1, described in Docs/effekt.evaluation.schema.json) to stdout or -o FILE.")

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(help: "No whitespace between tokens (a third fewer bytes), for programs rather than people.")
    var compact = false

    func run() throws {
        try OutputFile.refuseInputs(output, input: input, also: [settings.settings, history.path(dataFolder: input.dataFolder)])
        let run = try Pipeline.run(input, asOf, settings, history)
        let (data, evaluation) = (run.data, run.evaluation)
        run.progress.begin(.writing, total: evaluation.projects.count)
        defer { run.progress.finish() }
        try OutputFile.stream(to: output, language: input.language) { write in
            EvaluationJSON.write(evaluation, compact: compact, progress: run.progress.callback(for: .writing), chunk: write)
        }
        try Loading.finish(data)
    }
}
