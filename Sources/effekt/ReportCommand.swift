import ArgumentParser
import EffektModel
import EffektEvaluation
import EffektExcel

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the management workbook (sheets Overview, Criteria, Measurements, Follow-up …).",
        discussion: """
        Sheet names follow --lang. Default file name: effektvurdering-<as-of>.xlsx in the \
        current folder. The file is written to a temporary name and renamed when complete, so a \
        failed run never leaves half a workbook behind.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var settings: SettingsOptions
    @OptionGroup var history: HistoryOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("measurements-sheet"),
            help: ArgumentHelp("Raw measurements sheet: all, none, or at most N rows (for national runs).",
                               valueName: "all|none|N"))
    var measurementsSheet: MeasurementsShown = .all

    func run() throws {
        try OutputFile.refuseInputs(output, input: input, also: [settings.settings, history.path(dataFolder: input.dataFolder)])
        let read = try Pipeline.read(input, asOf, settings, history)
        let data = read.data, progress = read.progress
        let path = output ?? "effektvurdering-\(read.asOf.iso).xlsx"
        var options = ReportOptions(language: input.language)
        options.measurementsSheet = measurementsSheet
        options.sourceFiles = data.inputs.map(\.file)
        options.progress = progress.callback(for: .writing)
        options.packing = { progress.begin(.packing, detail: path) }
        let total = WorkbookReport.progressTotal(data, options)
        defer { progress.finish() }
        do {
            // The raw measurements sheet is written from the data while this evaluates.
            try WorkbookReport.write(data, evaluating: {
                let evaluation = read.evaluate()
                progress.begin(.writing, total: total, detail: path)
                return evaluation
            }, to: path, options: options)
        } catch {
            progress.finish()
            Console.error(input.language.pick("Kunne ikke skrive \(path): \(error.message)",
                                              "Could not write \(path): \(error.message)"))
            throw ExitCode(ExitStatus.cannotWrite)
        }
        progress.finish()
        Console.error(input.language.pick("Skrev \(path)", "Wrote \(path)"))
        try Loading.finish(data)
    }
}
