import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektText
import Foundation

struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Skriv et statusnotat (Markdown) for ét projekt ud fra en skabelon.",
        discussion: """
        Bruger Reports/templates/statusnotat.md i den aktuelle mappe, hvis den findes, ellers \
        programmets indbyggede kopi; --template FIL bruger en anden Mustache-skabelon.
        Writes a Markdown status memo for one project: facts, the preliminary effect assessment per \
        criterion in sentences, findings with owners and the next follow-up dates.
        """)

    static let templatePath = "Reports/templates/statusnotat.md"

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions

    @Option(name: .long, help: ArgumentHelp("Projektet / the project's id.", valueName: "id"))
    var project: String

    @Option(name: .long, help: ArgumentHelp("Mustache-skabelon / template file (default: \(MemoCommand.templatePath)).",
                                            valueName: "file"))
    var template: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Skriv til denne fil / write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        try OutputFile.refuseInputs(output, input: input, also: [settings.settings, history.path(dataFolder: input.dataFolder), templatePath])
        let language = input.language
        let text = try loadTemplate(language)
        let run = try Pipeline.run(input, asOf, settings, history)
        run.progress.finish()
        let (data, evaluation) = (run.data, run.evaluation)
        let memo: String
        do {
            memo = try Memo.render(evaluation, projectID: project, template: text, language: language)
        } catch Memo.Failure.unknownProject {
            throw DisplayOptions.unknownProject(project, evaluation, language: language)
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(ExitStatus.inputUnusable)
        }
        try OutputFile.emit(memo, to: output, language: language)
        try Loading.finish(data)
    }

    /// --template, else the file in the current folder, else nil for the compiled-in copy.
    private var templatePath: String? {
        template ?? (FileManager.default.fileExists(atPath: MemoCommand.templatePath) ? MemoCommand.templatePath : nil)
    }

    private func loadTemplate(_ language: Language) throws -> String {
        guard let path = templatePath else { return Memo.defaultTemplate }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            Console.error(language.pick("Skabelonen \(path) kan ikke læses: \(error.localizedDescription)",
                                        "Cannot read the template \(path): \(error.localizedDescription)"))
            throw ExitCode(ExitStatus.inputUnusable)
        }
    }
}
