import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the quarter's picture of the portfolio or one project, in the terminal, as Markdown or JSON.",
        discussion: """
        The portfolio: status, attainment against expected, change since the previous quarter, the \
        last 8 quarter ends, benefit and "who does what". With --project ID: every success criterion \
        with baseline → latest → target, trend, forecast and SPC. --format markdown gives tables for \
        a wiki or a mail; --format json the evaluation document.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: ArgumentHelp("Drill into one project.", valueName: "id"))
    var project: String?

    func validate() throws {
        try display.validate(formats: [.text, .markdown, .json], command: "dashboard")
    }

    func run() throws {
        try OutputFile.refuseInputs(display.output, input: input, also: [settings.settings, history.path(dataFolder: input.dataFolder)])
        let run = try Pipeline.run(input, asOf, settings, history)
        run.progress.finish()
        let (data, evaluation) = (run.data, run.evaluation)
        if let project, Dashboard.project(project, in: evaluation) == nil {
            throw DisplayOptions.unknownProject(project, evaluation, language: input.language)
        }
        let options = DashboardOptions(language: input.language, width: display.resolvedWidth(),
                                       color: display.resolvedColor(), format: display.textFormat, project: project)
        try OutputFile.emit(Dashboard.render(evaluation, options: options), to: display.output, language: input.language)
        try Loading.finish(data)
    }
}

/// Format, width, colour and output file, shared by `dashboard`, `compare` and `memo`.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format (csv: compare only).", valueName: "format"))
    var format: TextFormat = .text

    @Option(name: .long, help: ArgumentHelp("Width in columns, \(DashboardOptions.minimumWidth)–\(DashboardOptions.maximumWidth) (default: the terminal's, else 100).",
                                            valueName: "columns"))
    var width: Int?

    @Option(name: .long, help: ArgumentHelp("Colour: auto colours only text written to a terminal without NO_COLOR.",
                                            valueName: "when"))
    var color: ColorChoice = .auto

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    var textFormat: TextFormat { format }

    func validate(formats: [TextFormat], command: String) throws {
        guard formats.contains(format) else {
            throw ValidationError("--format for \(command) must be one of \(formats.map(\.rawValue).joined(separator: ", ")), not '\(format)'.")
        }
        if let width, !(DashboardOptions.minimumWidth...DashboardOptions.maximumWidth).contains(width) {
            throw ValidationError("--width must be between \(DashboardOptions.minimumWidth) and \(DashboardOptions.maximumWidth), not \(width).")
        }
    }

    /// --width, else (writing to the terminal) COLUMNS or the terminal's own width, else 100;
    /// kept within 60–200 (narrower terminals wrap: the layout needs 60).
    func resolvedWidth() -> Int {
        let raw: Int = {
            if let width { return width }
            if output != nil && output != "-" { return 100 }
            if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 0 { return n }
            if let n = Terminal.columns() { return n }
            return 100
        }()
        return min(max(raw, DashboardOptions.minimumWidth), DashboardOptions.maximumWidth)
    }

    /// auto: only plain text written to a terminal, and never when NO_COLOR is set (no-color.org).
    func resolvedColor() -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            guard textFormat == .text, output == nil || output == "-" else { return false }
            if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    /// An unknown --project is a usage error (64) naming the projects there are.
    static func unknownProject(_ id: String, _ e: Evaluation, language: Language) -> ExitCode {
        let known = e.projects.map { DisplayWidth.sanitize($0.project.id) }.joined(separator: ", ")
        Console.error(language.pick("Projektet '\(DisplayWidth.sanitize(id))' findes ikke. Kendte projekter: \(known)",
                                    "There is no project '\(DisplayWidth.sanitize(id))'. Known projects: \(known)"))
        return ExitCode(ExitStatus.usage)
    }
}

enum Terminal {
    /// The width of the terminal on stdout (TIOCGWINSZ), or nil when stdout is not a terminal.
    static func columns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        #if canImport(Glibc)
        let result = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size)
        #else
        let result = ioctl(STDOUT_FILENO, TIOCGWINSZ, &size)
        #endif
        return result == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }
}
