import Foundation
import Testing
import EffektModel
@testable import EffektExcel

/// Writes the fixture workbook to `$EFFEKT_EXCEL_SAMPLE` (e.g. to render it with LibreOffice or
/// open it in Excel by hand). Skipped unless the variable is set.
@Suite struct SampleWorkbookTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["EFFEKT_EXCEL_SAMPLE"] != nil))
    func writeSample() throws {
        let path = ProcessInfo.processInfo.environment["EFFEKT_EXCEL_SAMPLE"] ?? ""
        let english = ProcessInfo.processInfo.environment["EFFEKT_EXCEL_LANG"] == "en"
        let showcase = ProcessInfo.processInfo.environment["EFFEKT_EXCEL_SHOWCASE"] != nil
        // EFFEKT_EXCEL_EVALUATED: the engine's evaluation with milestones, segments and events.
        let evaluated = ProcessInfo.processInfo.environment["EFFEKT_EXCEL_EVALUATED"] != nil
        let evaluation = evaluated ? EvaluatedWorkbookTests.evaluation() : showcase ? Fixture.showcase() : Fixture.make()
        try WorkbookReport.write(evaluation, to: path, options: ReportOptions(language: english ? .en : .da))
        // The matching evaluation JSON, for Tests/Reference/workbook_openpyxl.py.
        try EvaluationJSON.write(evaluation, to: path + ".json")
    }
}

/// Times the national scale (5,000 projects × 10 criteria × 20 measurements = 1,000,000 rows) when
/// `EFFEKT_EXCEL_BENCH` names an output path. Opt-in: it takes seconds and writes ~40 MB.
@Suite struct NationalScaleTiming {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["EFFEKT_EXCEL_BENCH"] != nil))
    func writeMillionMeasurements() throws {
        let path = ProcessInfo.processInfo.environment["EFFEKT_EXCEL_BENCH"] ?? ""
        let clock = ContinuousClock()
        let built = clock.now
        let e = NationalFixture.make(projects: 5000, criteriaPerProject: 10, measurementsPerCriterion: 20)
        let writing = clock.now
        let mode: MeasurementsShown = ProcessInfo.processInfo.environment["EFFEKT_EXCEL_BENCH_MEASUREMENTS"] == "none" ? .none : .all
        try WorkbookReport.write(e, to: path, options: ReportOptions(measurementsSheet: mode))
        let done = clock.now
        print("national: built in \(writing - built), workbook written in \(done - writing) (\(e.data.measurements.count) measurements)")
    }
}
