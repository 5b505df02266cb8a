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
        try WorkbookReport.write(Fixture.make(), to: path, options: ReportOptions(language: english ? .en : .da))
    }
}
