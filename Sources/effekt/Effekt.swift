import ArgumentParser

@main
struct Effekt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effekt",
        abstract: "Effektvurdering af digitale projekter: fra CSV-eksporter til tal, rapporter og opfølgning.",
        discussion: """
        Læser succeskriterier, målinger og projekter (CSV fra Excel eller porteføljesystemet), \
        beregner den foreløbige effektvurdering og skriver Excel, JSON og tekst.
        Reads success criteria, measurements and projects and writes the preliminary effect assessment.
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
