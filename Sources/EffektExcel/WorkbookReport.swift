import EffektModel
import EffektEvaluation
import EffektVocabulary
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

package struct ReportOptions: Sendable {
    var language: Language
    package var measurementsSheet: MeasurementsShown
    /// Paths of the input files: the report refuses to overwrite any of them.
    package var sourceFiles: [String]
    /// How many quarter ends the Sammenligning sheet shows (the last N of each project's history).
    var compareQuarters: Int
    /// At most this many criterion charts on the Grafer sheet.
    var chartLimit: Int
    /// Document creation time (seconds since 1970, UTC). Nil: `SOURCE_DATE_EPOCH` when set, else the
    /// as-of date at midnight UTC — so the same inputs give the same bytes.
    var creationTime: Int?
    /// Folder for libxlsxwriter's temporary files. Nil: the target's folder (same disk as the output;
    /// `/tmp` may be memory-backed).
    var temporaryFolder: String?
    /// Told the rows written to the measurements and criteria sheets (see `progressTotal`).
    package var progress: ProgressCallback?
    /// Called once every sheet is written, before the file is packed (compressed) — on a national
    /// run that takes as long again, and nothing reports how far it has come.
    package var packing: (@Sendable () -> Void)?
    /// Data rows per measurements sheet: Excel's limit; smaller only in tests of the split.
    var measurementsPerSheet = MeasurementsPlan.excelDataRows

    package init(language: Language = .da, measurementsSheet: MeasurementsShown = .all,
                sourceFiles: [String] = [], compareQuarters: Int = 6, chartLimit: Int = 200,
                creationTime: Int? = nil, temporaryFolder: String? = nil) {
        self.language = language; self.measurementsSheet = measurementsSheet
        self.sourceFiles = sourceFiles; self.compareQuarters = compareQuarters
        self.chartLimit = chartLimit; self.creationTime = creationTime
        self.temporaryFolder = temporaryFolder
    }
}

package struct WorkbookError: Error, CustomStringConvertible, Sendable {
    package var message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

package enum WorkbookReport {
    /// The units `ReportOptions.progress` counts for this data: measurement rows shown, plus one
    /// per criterion.
    package static func progressTotal(_ data: Dataset, _ options: ReportOptions) -> Int {
        MeasurementsPlan(total: data.measurements.count, mode: options.measurementsSheet,
                         rowsPerSheet: options.measurementsPerSheet).shown + data.criteria.count
    }

    /// Writes the management workbook to `path` atomically (a temporary file in the same folder,
    /// renamed on success); on failure no file is left behind and an existing one is untouched.
    package static func write(_ evaluation: Evaluation, to path: String, options: ReportOptions) throws(WorkbookError) {
        try write(evaluation.data, projectNames: MeasurementsSheet.projectNames(evaluation.data, evaluation.projects),
                  evaluating: { evaluation }, to: path, options: options)
    }

    /// The same workbook, with the raw measurements sheet begun before the evaluation exists.
    /// That sheet needs the data alone, and on a national run writing it takes longer than
    /// everything else before the file is packed, so it starts on a second thread as soon as the
    /// data is read, and `evaluate` runs on this thread meanwhile.
    package static func write(_ data: Dataset, evaluating evaluate: () -> Evaluation, to path: String,
                             options: ReportOptions) throws(WorkbookError) {
        try write(data, projectNames: MeasurementsSheet.projectNames(data, []), evaluating: evaluate,
                  to: path, options: options)
    }

    private static func write(_ data: Dataset, projectNames: [String: String], evaluating evaluate: () -> Evaluation,
                              to path: String, options: ReportOptions) throws(WorkbookError) {
        try AtomicFile.write(to: path, refusing: options.sourceFiles) { (paths) throws(WorkbookError) in
            try NumericLocale.withC { () throws(WorkbookError) in
                try build(data, projectNames: projectNames, evaluating: evaluate, to: paths.temporary, options: options,
                          temporaryFolder: options.temporaryFolder ?? paths.folder)
            }
        }
    }

    /// The document's creation time: fixed, never the clock.
    static func creationTime(_ evaluation: Evaluation, _ options: ReportOptions) -> Int {
        if let t = options.creationTime { return t }
        if let env = getenv("SOURCE_DATE_EPOCH"), let t = Int(String(cString: env)), t >= 0 { return t }
        return evaluation.asOf.daysSinceEpoch * 86_400
    }

    private static func build(_ data: Dataset, projectNames: [String: String], evaluating evaluate: () -> Evaluation,
                              to file: String, options: ReportOptions, temporaryFolder: String) throws(WorkbookError) {
        // Constant-memory mode throughout: one code path for 10 and for 1,000,000 measurements.
        // Every sheet is therefore written strictly row by row (no tables, no merged cells).
        let book = try Workbook(path: file, settings: WorkbookSettings(constantMemory: true, temporaryFolder: temporaryFolder))
        let l = options.language
        let formats = try Formats(book, language: l)
        let names = SheetNames(l)
        // Every sheet is added up front, in tab order, on this thread: afterwards the measurements
        // sheets can be written by a worker while this thread evaluates and writes the others.
        let overview = try book.addWorksheet(names.overview)
        let benefitProfile = try book.addWorksheet(names.benefitProfile)
        let criteria = try book.addWorksheet(names.criteria)
        let comparison = try book.addWorksheet(names.comparison)
        let followUp = try book.addWorksheet(names.followUp)
        let spc = try book.addWorksheet(names.spc)
        let charts = try book.addWorksheet(names.charts)
        let plan = MeasurementsPlan(total: data.measurements.count, mode: options.measurementsSheet,
                                    rowsPerSheet: options.measurementsPerSheet)
        var measurementSheets: [Worksheet] = []
        for i in plan.parts.indices { measurementSheets.append(try book.addWorksheet(names.measurements(part: i + 1))) }
        let dataQuality = try book.addWorksheet(names.dataQuality)
        let method = try book.addWorksheet(names.method)
        let chartData = try book.addWorksheet(names.chartData)

        let job = MeasurementsSheet.Job(sheets: measurementSheets, formats: formats, data: data,
                                              projectNames: projectNames, language: l,
                                              footer: ReportContext.footer(l), plan: plan, progress: options.progress)
        let worker = Worker { () throws(WorkbookError) in try MeasurementsSheet.write(job) }
        let rest = Result { () throws(WorkbookError) in
            let evaluation = evaluate()
            let org = evaluation.settings.organisation
            try book.setProperties(DocumentProperties(
                title: l.pick("Foreløbig effektvurdering", "Preliminary effect assessment") + " " + evaluation.quarter.label(l),
                subject: l.pick("Succeskriterier og gevinstrealisering pr. ", "Success criteria and benefits realisation as of ") + evaluation.asOf.iso,
                author: org ?? "Effekt",
                company: org,
                keywords: l.pick("effektvurdering, succeskriterier, gevinstrealisering", "effect assessment, success criteria, benefits realisation"),
                comments: l.pick("Skrevet af Effekt", "Written by Effekt"),
                created: creationTime(evaluation, options)))
            let context = ReportContext(evaluation: evaluation, options: options, book: book, formats: formats, names: names)
            try OverviewSheet.write(context, sheet: overview)
            try BenefitProfileSheet.write(context, sheet: benefitProfile)
            try CriteriaSheet.write(context, sheet: criteria)
            try ComparisonSheet.write(context, sheet: comparison)
            try FollowUpSheet.write(context, sheet: followUp)
            try SPCSheet.write(context, sheet: spc)
            try DataQualitySheet.write(context, sheet: dataQuality)
            try MethodSheet.write(context, sheet: method, plan: plan)
            try ChartsSheet.write(context, sheet: charts, data: chartData)
        }
        // Always wait for the worker before the workbook is closed or dropped, error or not.
        let measurements = worker.join()
        try rest.get()
        try measurements.get()
        options.packing?()
        try book.close()
    }
}
