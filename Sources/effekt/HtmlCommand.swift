import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektHTML
import Foundation

struct Html: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page for management (portfolio, projects, charts).",
        discussion: """
        Uses Reports/templates/effektvurdering.html in the current folder when it is there, else the \
        built-in copy; --template FILE uses another Mustache template. Writes one self-contained HTML page (no network, works offline and from a mail): the \
        portfolio, a sortable and filterable project table, who does what, and one section per \
        project with a chart per criterion. Default file name: effektvurdering-<as-of>.html. \
        The file is written to a temporary name and renamed when complete.
        """)

    static let templatePath = "Reports/templates/effektvurdering.html"

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The page to write.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A Mustache template (default: \(Html.templatePath)).",
                                            valueName: "file"))
    var template: String?

    @Option(name: .customLong("max-projects"),
            help: ArgumentHelp("Projects with a section of their own (the furthest behind first).",
                               valueName: "N"))
    var maxProjects: Int = HTMLPage.defaultSectionCap

    func validate() throws {
        if maxProjects < 0 { throw ValidationError("--max-projects must be 0 or more, not \(maxProjects).") }
    }

    func run() throws {
        let language = input.language
        let (text, run) = try TemplatedPipeline.run(output: output, template: templatePath, builtIn: HTMLPage.defaultTemplate,
                                                    input, asOf, settings, history)
        let (data, evaluation) = (run.data, run.evaluation)
        let path = output ?? "effektvurdering-\(evaluation.asOf.iso).html"
        let page: String
        do {
            page = try HTMLPage.render(evaluation, options: HTMLPage.Options(language: language, template: text,
                                                                               sectionCap: maxProjects))
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(ExitStatus.inputUnusable)
        }
        try OutputFile.emit(page, to: path, language: language)
        if path != "-" { Console.error(language.pick("Skrev \(path)", "Wrote \(path)")) }
        try Loading.finish(data)
    }

    /// --template, else the file in the current folder, else nil for the compiled-in copy.
    private var templatePath: String? {
        template ?? (FileManager.default.fileExists(atPath: Html.templatePath) ? Html.templatePath : nil)
    }
}
