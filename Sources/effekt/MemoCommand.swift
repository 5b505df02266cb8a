import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektText
import Foundation

struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Write a status memo (statusnotat) in Markdown for one project from a template.",
        discussion: """
        The memo holds the project's facts, the preliminary effect assessment per criterion in \
        sentences, findings with owners and the next follow-up dates. The template is the one for \
        --lang (Reports/templates/statusnotat.md in Danish, status-memo.md in English) from the \
        current folder when it is there, else the built-in copy; --template FILE uses another \
        Mustache template as given, whatever the language.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions

    @Option(name: .long, help: ArgumentHelp("The project's id.", valueName: "id"))
    var project: String

    @Option(name: .long, help: ArgumentHelp("A Mustache template (default: the built-in one for --lang).",
                                            valueName: "file"))
    var template: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        let language = input.language
        let (text, run) = try TemplatedPipeline.run(output: output, template: templatePath,
                                                    builtIn: Memo.defaultTemplate(for: language),
                                                    input, asOf, settings, history)
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

    /// --template as given, else the language's template in the current folder, else nil for the
    /// compiled-in copy of that language's.
    private var templatePath: String? {
        if let template { return template }
        let local = Memo.templatePath(for: input.language)
        return FileManager.default.fileExists(atPath: local) ? local : nil
    }
}
