import EffektModel
import EffektEvaluation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum MeasurementsSheet: Sendable, Equatable {
    case all
    case none
    case cap(Int)
}

public struct ReportOptions: Sendable {
    public var language: Language
    public var measurementsSheet: MeasurementsSheet
    /// Paths of the input files: the report refuses to overwrite any of them.
    public var sourceFiles: [String]
    /// How many quarter ends the Sammenligning sheet shows (the last N of each project's history).
    public var compareQuarters: Int
    /// At most this many criterion charts on the Grafer sheet.
    public var chartLimit: Int
    /// Document creation time (seconds since 1970, UTC). Nil: `SOURCE_DATE_EPOCH` when set, else the
    /// as-of date at midnight UTC — so the same inputs give the same bytes.
    public var creationTime: Int?
    /// Folder for libxlsxwriter's temporary files. Nil: the target's folder (same disk as the output;
    /// `/tmp` may be memory-backed).
    public var temporaryFolder: String?

    public init(language: Language = .da, measurementsSheet: MeasurementsSheet = .all,
                sourceFiles: [String] = [], compareQuarters: Int = 6, chartLimit: Int = 200,
                creationTime: Int? = nil, temporaryFolder: String? = nil) {
        self.language = language; self.measurementsSheet = measurementsSheet
        self.sourceFiles = sourceFiles; self.compareQuarters = compareQuarters
        self.chartLimit = chartLimit; self.creationTime = creationTime
        self.temporaryFolder = temporaryFolder
    }
}

public struct WorkbookError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public enum WorkbookReport {
    /// Writes the management workbook to `path` atomically (a temporary file in the same folder,
    /// renamed on success); on failure no file is left behind and an existing one is untouched.
    public static func write(_ evaluation: Evaluation, to path: String, options: ReportOptions) throws(WorkbookError) {
        try AtomicFile.write(to: path, refusing: options.sourceFiles) { (paths) throws(WorkbookError) in
            try NumericLocale.withC { () throws(WorkbookError) in
                try build(evaluation, to: paths.temporary, options: options,
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

    private static func build(_ evaluation: Evaluation, to file: String, options: ReportOptions,
                              temporaryFolder: String) throws(WorkbookError) {
        // Constant-memory mode throughout: one code path for 10 and for 1,000,000 measurements.
        // Every sheet is therefore written strictly row by row (no tables, no merged cells).
        let book = try Workbook(path: file, settings: WorkbookSettings(constantMemory: true, temporaryFolder: temporaryFolder))
        let l = options.language
        let org = evaluation.settings.organisation
        try book.setProperties(DocumentProperties(
            title: l.pick("Foreløbig effektvurdering", "Preliminary effect assessment") + " " + evaluation.quarter.label(l),
            subject: l.pick("Succeskriterier og gevinstrealisering pr. ", "Success criteria and benefits realisation as of ") + evaluation.asOf.iso,
            author: org ?? "Effekt",
            company: org,
            keywords: l.pick("effektvurdering, succeskriterier, gevinstrealisering", "effect assessment, success criteria, benefits realisation"),
            comments: l.pick("Skrevet af Effekt", "Written by Effekt"),
            created: creationTime(evaluation, options)))
        let context = ReportContext(evaluation: evaluation, options: options, book: book,
                                    formats: try Formats(book, language: l), names: SheetNames(l))
        // Sheets are added in tab order; each is written completely before the next.
        try OverviewSheet.write(context)
        try CriteriaSheet.write(context)
        try ComparisonSheet.write(context)
        try FollowUpSheet.write(context)
        let charts = try context.book.addWorksheet(context.names.charts)
        let plan = MeasurementsPlan(total: evaluation.data.measurements.count, mode: options.measurementsSheet)
        try MeasurementsSheetWriter.write(context, plan: plan)
        try DataQualitySheet.write(context)
        try MethodSheet.write(context, plan: plan)
        // The charts' data lives on a hidden sheet at the end, written in order alongside Grafer.
        try ChartsSheet.write(context, sheet: charts)
        try book.close()
    }
}
