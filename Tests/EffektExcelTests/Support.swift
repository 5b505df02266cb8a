import EffektTestSupport
import Foundation
import EffektModel
import EffektEvaluation
@testable import EffektExcel

/// A fresh folder per test (tests run in parallel).
func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("effekt-excel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// Writes the fixture (or the given evaluation) and reads it back.
func writeAndRead(_ evaluation: Evaluation = Fixture.make(), options: ReportOptions = ReportOptions(),
                  name: String = "rapport.xlsx") throws -> (XLSX, String) {
    let folder = try temporaryFolder()
    let path = folder + "/" + name
    try WorkbookReport.write(evaluation, to: path, options: options)
    return (try XLSX(path: path), path)
}

func serial(_ iso: String) -> Double { Double((Day(iso: iso)?.daysSinceEpoch ?? 0) + 25_569) }
