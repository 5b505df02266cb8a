import ArgumentParser

@main
struct Effekt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effekt",
        abstract: "Effect assessment of digital projects: from CSV exports to figures, reports and follow-up.",
        discussion: """
        Reads success criteria, measurements and projects (CSV from Excel or the portfolio system), \
        evaluates the preliminary effect assessment and writes Excel, JSON and text. Help is in \
        English; --lang da (the default) or en sets the language of what the commands write.
        """,
        version: EffektVersion.string,
        subcommands: [
            Check.self, Evaluate.self, Report.self, DashboardCommand.self, CompareCommand.self,
            MemoCommand.self, RecordCommand.self, HistoryCommand.self, Init.self,
            Html.self,
        ]
    )
}

enum EffektVersion {
    static let string = "0.1.0"
}
