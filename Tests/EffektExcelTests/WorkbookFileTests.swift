import EffektTestSupport
import Foundation
import Testing
import ZIPFoundation
import EffektModel
import EffektEvaluation
@testable import EffektExcel
#if canImport(Glibc)
import Glibc
#endif

@Suite struct WorkbookFileTests {
    @Test func sameInputsGiveTheSameBytes() throws {
        let folder = try temporaryFolder()
        let a = folder + "/a.xlsx", b = folder + "/b.xlsx"
        let e = Fixture.make()
        try WorkbookReport.write(e, to: a, options: ReportOptions())
        try WorkbookReport.write(e, to: b, options: ReportOptions())
        let da = try Data(contentsOf: URL(fileURLWithPath: a)), db = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(da.count > 5000)
        #expect(da == db)
        // Written a moment apart is not enough to prove it: the zip entries must carry no clock
        // time at all (libxlsxwriter stamps them 1980-01-01 00:00, the DOS epoch).
        let archive = try Archive(url: URL(fileURLWithPath: a), accessMode: .read)
        for entry in archive {
            let date = entry.fileAttributes[.modificationDate] as? Date
            #expect(date.map { Calendar.current.component(.year, from: $0) } == 1980, "\(entry.path)")
        }
        if getenv("SOURCE_DATE_EPOCH") == nil {
            #expect(try XLSX(path: a).core.contains("2026-09-30T00:00:00Z"))
        }
    }

    /// `report` starts the measurements sheet from the data while it evaluates: the workbook must
    /// be the one written from the finished evaluation, byte for byte, and evaluate only once.
    /// P2 is named only by its criterion, so both paths must fall back to its id alike.
    @Test func measurementsBegunBeforeTheEvaluationGiveTheSameBytes() throws {
        func day(_ s: String) -> Day { Day(iso: s) ?? Day(daysSinceEpoch: 0) }
        var data = Dataset(hasProjectsFile: true)
        data.projects = [Project(id: "P1", name: "Selvbetjening", line: 2)]
        for (i, project) in ["P1", "P1", "P2"].enumerated() {
            data.criteria.append(Criterion(projectID: project, id: "K\(i + 1)", name: "Kriterie \(i + 1)", unit: "dage",
                                           direction: .decrease, baseline: 40, baselineDate: day("2025-01-01"),
                                           target: 20, targetDate: day("2027-01-01"), line: 2 + i))
        }
        for m in 0..<30 {
            data.measurements.append(Measurement(criterion: m % 3, date: day("2025-01-31").adding(days: 30 * (m / 3)),
                                                 value: 40 - Double(m) / 2, note: m == 4 ? "ny sagsgang" : nil, line: 2 + m))
        }
        let evaluation = Evaluator.evaluate(data, asOf: day("2025-12-31"))
        let folder = try temporaryFolder()
        let whole = folder + "/whole.xlsx", begun = folder + "/begun.xlsx"
        try WorkbookReport.write(evaluation, to: whole, options: ReportOptions())
        var calls = 0
        try WorkbookReport.write(data, evaluating: { calls += 1; return evaluation }, to: begun, options: ReportOptions())
        #expect(calls == 1)
        let a = try Data(contentsOf: URL(fileURLWithPath: whole)), b = try Data(contentsOf: URL(fileURLWithPath: begun))
        #expect(a.count > 5000)
        #expect(a == b)

        // Progress: every measurement row and every criterion row once (30 + 3), then packing once.
        let rows = UnitCounter(), packing = UnitCounter()
        var options = ReportOptions()
        options.progress = rows.callback
        options.packing = { packing.callback(1) }
        try WorkbookReport.write(data, evaluating: { evaluation }, to: folder + "/progress.xlsx", options: options)
        #expect(WorkbookReport.progressTotal(data, options) == 33)
        #expect(rows.units == 33 && packing.units == 1)
    }

    @Test func creationTimeOption() throws {
        let (x, _) = try writeAndRead(options: ReportOptions(creationTime: 86_400))
        #expect(x.core.contains("1970-01-02T00:00:00Z"))
        #expect(x.core.contains("Foreløbig effektvurdering 3. kvt. 2026"))
        #expect(x.core.contains("Aarhus Kommune"))
    }

    @Test func missingFolderFailsAndLeavesNothing() throws {
        let folder = try temporaryFolder()
        let target = folder + "/nope/rapport.xlsx"
        #expect(throws: WorkbookError.self) { try WorkbookReport.write(Fixture.make(), to: target, options: ReportOptions()) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/nope"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func refusesToOverwriteAnInputAndLeavesItUntouched() throws {
        let folder = try temporaryFolder()
        let input = folder + "/maalinger.csv"
        try Data("project_id;criterion_id;date;value\n".utf8).write(to: URL(fileURLWithPath: input))
        var options = ReportOptions()
        options.sourceFiles = [folder + "/./maalinger.csv"]
        do {
            try WorkbookReport.write(Fixture.make(), to: input, options: options)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("input file"))
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "project_id;criterion_id;date;value\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["maalinger.csv"])
    }

    @Test func replacesAnExistingReportAndLeavesNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        let target = folder + "/rapport.xlsx"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try WorkbookReport.write(Fixture.make(), to: target, options: ReportOptions())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["rapport.xlsx"])
        #expect(try XLSX(path: target).sheetNames.first == "Overblik")
    }

    @Test func libraryErrorsCarryLibxlsxwritersMessage() throws {
        let folder = try temporaryFolder()
        let book = try Workbook(path: folder + "/x.xlsx", settings: WorkbookSettings())
        do {
            _ = try book.addWorksheet("bad[name]")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("bad[name]"))
            #expect(error.message.contains("Worksheet name cannot contain invalid characters"))
        }
        try book.close()
        #expect(throws: WorkbookError.self) { try book.close() }
    }

    /// libxlsxwriter formats numbers with snprintf: under a Danish numeric locale it would write
    /// `<v>0,3875</v>`. The writer switches the thread to the C numeric locale while writing.
    @Test(.enabled(if: newlocale(Int32(1) << LC_NUMERIC, "da_DK.UTF-8", nil) != nil, "needs the da_DK.UTF-8 locale (locale-gen)"))
    func danishNumericLocaleStillGivesAValidFile() throws {
        guard let da = newlocale(Int32(1) << LC_NUMERIC, "da_DK.UTF-8", nil) else { return }
        let previous = uselocale(da)
        defer { uselocale(previous); freelocale(da) }
        // The locale really is active on this thread: C's formatting uses a decimal comma.
        var buffer = [CChar](repeating: 0, count: 32)
        _ = withVaList([3.25]) { vsnprintf(&buffer, 32, "%g", $0) }
        let printed = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #expect(printed == "3,25")
        let (x, path) = try writeAndRead()
        #expect(x.sheet("Overblik")?.cells["F20"]?.number == 0.3875)
        // And every <v> in every sheet parses as a number with a decimal point.
        for sheet in x.sheets {
            // Formatted blank cells (Gevinstprofil's empty years) carry no <v> at all.
            for (ref, cell) in sheet.cells where cell.type == nil && cell.value != nil {
                #expect(cell.number != nil, "\(sheet.name)!\(ref) = \(cell.value ?? "nil")")
            }
        }
        _ = path
    }
}
