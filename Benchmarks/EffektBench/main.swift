// `make bench`: every scenario of issue #7, each against a baseline measured in the same run.
// Wall time is the median of repeated runs for commands, the fastest for in-process steps; peak memory is the child's own max RSS (wait4).
import EffektEvaluation
import EffektHTML
import EffektImport
import EffektModel
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: effekt-bench <effekt binary> <data folder> [xlsx baseline binary]")
    exit(64)
}
let effekt = arguments[1]
let dataRoot = arguments[2]
let baselineBinary = arguments.count > 3 && !arguments[3].hasPrefix("--") ? arguments[3] : nil
let national = dataRoot + "/national"
// `--history-only`: the quarterly record's scenarios alone (they take a few minutes by themselves).
let historyOnly = arguments.contains("--history-only")
let percase = dataRoot + "/percase"
let scratch = NSTemporaryDirectory() + "effekt-bench-\(getpid())"
try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }

var table = BenchTable()
print("Effekt benchmarks — \(Machine.describe())")
print("")
if arguments.contains("--milestones-only") {
    // The planned-path scenario alone: import once, evaluate without and with milestones.
    let data = Importer.load(ImportSources(criteria: national + "/kriterier.csv", measurements: national + "/maalinger.csv",
                                           projects: national + "/projekter.csv"), options: ImportOptions())
    let asOf = Evaluator.defaultAsOf(data, today: Day(daysSinceEpoch: 20_000))
    let plain = InProcess.measure(repeats: 5) { _ = Evaluator.evaluate(data, asOf: asOf) }
    table.add("national", "evaluate after import", plain, baseline: nil, target: "≤ 1 s")
    MilestoneBench.run(data, asOf: asOf, baseline: plain, table: &table)
    table.print()
    exit(0)
}
if historyOnly {
    HistoryBench.run(effekt: effekt, national: national, scratch: scratch, table: &table)
    table.print()
    try? FileManager.default.removeItem(atPath: scratch)
    exit(0)
}

// typical: the shipped fixtures, end to end, against process start.
let version = Child.measure([effekt, "--version"], repeats: 15)
table.add("typical", "effekt --version (process start)", version, baseline: nil, target: nil)
let fixtures = "Fixtures/kommune-da"
let report = Child.measure([effekt, "report", fixtures, "-o", scratch + "/typical.xlsx"], repeats: 7)
table.add("typical", "effekt report (fixtures)", report, baseline: version, target: "≤ 100 ms")
let dashboard = Child.measure([effekt, "dashboard", fixtures], repeats: 7)
table.add("typical", "effekt dashboard (fixtures)", dashboard, baseline: version, target: "≤ 100 ms")
let demoPage = Child.measure([effekt, "html", fixtures, "-q", "-o", scratch + "/typical.html"], repeats: 7)
table.add("typical", "effekt html (fixtures, \(FileSize.kB(scratch + "/typical.html")) kB)", demoPage, baseline: version,
          target: "≤ 100 ms, ≤ 1,000 kB")

// national: import and validate in process, against `wc -l` over the same measurements file.
let sources = ImportSources(criteria: national + "/kriterier.csv", measurements: national + "/maalinger.csv",
                            projects: national + "/projekter.csv")
let bytes = [sources.criteria, sources.measurements, sources.projects ?? ""].reduce(0) {
    $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
}
let measurementBytes = (try? FileManager.default.attributesOfItem(atPath: sources.measurements)[.size] as? Int) ?? 0
let wc = Child.measure(["/usr/bin/wc", "-l", sources.measurements], repeats: 5)

// national, end to end in child processes. These run before anything big is allocated here:
// Linux carries a parent's peak RSS into a spawned child's, so a child started later would
// report this process's memory as its own.
let evaluateCLI = Child.measure([effekt, "evaluate", national, "-o", scratch + "/national.json"], repeats: 5)
table.add("national", "effekt evaluate end to end", evaluateCLI, baseline: wc, target: "≤ 2 s")
let compactCLI = Child.measure([effekt, "evaluate", national, "--compact", "-o", scratch + "/compact.json"], repeats: 5)
table.add("national", "  the same with --compact", compactCLI, baseline: wc, target: nil)
// The page shows the portfolio, all 5,000 table rows and the 50 project sections furthest behind.
let htmlCLI = Child.measure([effekt, "html", national, "-q", "-o", scratch + "/national.html"], repeats: 5)
table.add("national", "effekt html end to end (\(FileSize.kB(scratch + "/national.html")) kB)", htmlCLI, baseline: evaluateCLI,
          target: "≤ 2 × evaluate")

if let baselineBinary {
    // Alternated run by run, so that a machine that speeds up or slows down during the minute
    // this takes moves both medians alike.
    let (raw, reportCLI) = Child.measureAlternating([baselineBinary, national, scratch + "/raw.xlsx"],
                                                    [effekt, "report", national, "-o", scratch + "/national.xlsx"],
                                                    repeats: 3)
    table.add("national", "libxlsxwriter alone (C, Målinger cells)", raw, baseline: nil, target: nil)
    table.add("national", "effekt report end to end", reportCLI, baseline: raw, target: "≤ 1.2 × C, ≤ 600 MB")
    let withoutRaw = Child.measure([effekt, "report", national, "--measurements-sheet", "none",
                                    "-o", scratch + "/national-none.xlsx"], repeats: 3)
    table.add("national", "  the same with --measurements-sheet none", withoutRaw, baseline: raw, target: nil)
}

// The quarterly record (issue #13), also in child processes, before anything big is allocated here.
HistoryBench.run(effekt: effekt, national: national, scratch: scratch, table: &table)

var dataset = Dataset()
let importRun = InProcess.measure(repeats: 5) { dataset = Importer.load(sources, options: ImportOptions()) }
table.add("national", "wc -l maalinger.csv", wc, baseline: nil, target: nil,
          throughput: Double(measurementBytes) / wc.seconds)
table.add("national", "import + validate (3 files)", importRun, baseline: wc, target: nil,
          throughput: Double(bytes) / importRun.seconds)
// The measurements file's own rate: the same import with a header-only measurements file,
// subtracted.
let headerOnly = scratch + "/maalinger.csv"
try? "projekt_id;kriterie_id;dato;værdi;bemærkning\n".write(toFile: headerOnly, atomically: true, encoding: .utf8)
let withoutMeasurements = InProcess.measure(repeats: 5) {
    _ = Importer.load(ImportSources(criteria: sources.criteria, measurements: headerOnly, projects: sources.projects),
                      options: ImportOptions())
}
var measurementsOnly = importRun
measurementsOnly.seconds = importRun.seconds - withoutMeasurements.seconds
table.add("national", "  of which maalinger.csv (1M rows)", measurementsOnly, baseline: wc, target: "≥ 150 MB/s",
          throughput: Double(measurementBytes) / measurementsOnly.seconds)
print("  imported \(dataset.criteria.count) criteria, \(dataset.measurements.count) measurements, \(dataset.rejectedRows) rejected")

// national: evaluate after import, against sorting the same number of doubles (a floor for any
// per-criterion work that orders measurements).
let values = dataset.measurements.map(\.value)
let sortRun = InProcess.measure(repeats: 5) { _ = values.sorted() }
let asOf = Evaluator.defaultAsOf(dataset, today: Day(daysSinceEpoch: 20_000))
var evaluation: Evaluation?
let evaluateRun = InProcess.measure(repeats: 5) { evaluation = Evaluator.evaluate(dataset, asOf: asOf) }
table.add("national", "sort 1M doubles (floor)", sortRun, baseline: nil, target: nil)
table.add("national", "evaluate after import", evaluateRun, baseline: sortRun, target: "≤ 1 s")
if let evaluation {
    let pageRun = InProcess.measure(repeats: 3) { _ = try? HTMLPage.render(evaluation) }
    table.add("national", "  HTML page from the evaluation", pageRun, baseline: evaluateRun, target: nil)
}

MilestoneBench.run(dataset, asOf: asOf, baseline: evaluateRun, table: &table)

// per-case: one criterion with 100,000 daily measurements.
let caseData = Importer.load(ImportSources(criteria: percase + "/kriterier.csv", measurements: percase + "/maalinger.csv"),
                             options: ImportOptions())
let caseValues = caseData.measurements.map(\.value)
let caseSort = InProcess.measure(repeats: 5) { _ = caseValues.sorted() }
let caseAsOf = Evaluator.defaultAsOf(caseData, today: Day(daysSinceEpoch: 20_000))
let caseRun = InProcess.measure(repeats: 5) { _ = Evaluator.evaluate(caseData, asOf: caseAsOf) }
table.add("per-case", "sort 100k doubles (floor)", caseSort, baseline: nil, target: nil)
table.add("per-case", "evaluate 1 criterion × \(caseData.measurements.count)", caseRun, baseline: caseSort, target: "≤ 2 s")

table.print()

enum FileSize {
    static func kB(_ path: String) -> String {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return String(bytes / 1000)
    }
}
