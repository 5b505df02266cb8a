import EffektHistory
import Foundation

/// Issue #13's speed targets, end to end in child processes like the other national commands:
/// `effekt record` against `effekt evaluate --compact` (both import and evaluate first, then one
/// stores, the other writes the JSON), `evaluate` with a history of 12 national quarters against
/// `--no-history`, and the file's size against the compact JSON's.
enum HistoryBench {
    static let quarters = ["2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3",
                           "2025Q4", "2026Q1", "2026Q2", "2026Q3"]

    static func run(effekt: String, national: String, scratch: String, table: inout BenchTable) {
        let fresh = scratch + "/fresh.sqlite", compact = scratch + "/history-compact.json"
        let removeFresh = "rm -f \(fresh) \(fresh)-wal \(fresh)-shm && exec "
        let (json, record) = Child.measureAlternating(
            [effekt, "evaluate", national, "--compact", "-q", "-o", compact],
            ["/bin/sh", "-c", removeFresh + "\(effekt) record \(national) --quarter 2026Q3 --history \(fresh) -q"],
            repeats: 3)
        table.add("history", "effekt evaluate --compact (baseline)", json, baseline: nil, target: nil)
        table.add("history", "effekt record, new file", record, baseline: json, target: "≤ 1.5 × --compact")

        // Twelve quarters, each recorded with the history so far, as a controller would.
        let history = scratch + "/twelve.sqlite"
        var last = Measurement(seconds: 0, peakBytes: 0, exitStatus: 0)
        for quarter in quarters {
            let (seconds, rss, status) = Child.runOnce([effekt, "record", national, "--quarter", quarter,
                                                        "--history", history, "-q"])
            last = Measurement(seconds: seconds, peakBytes: rss, exitStatus: status)
        }
        table.add("history", "  record the 12th quarter (11 in the file)", last, baseline: json, target: nil)

        let (without, with) = Child.measureAlternating(
            [effekt, "evaluate", national, "--compact", "-q", "--no-history", "-o", scratch + "/without.json"],
            [effekt, "evaluate", national, "--compact", "-q", "--history", history, "-o", scratch + "/with.json"],
            repeats: 5)
        table.add("history", "effekt evaluate --compact --no-history", without, baseline: nil, target: nil)
        table.add("history", "  the same reading 12 recorded quarters", with, baseline: without, target: "≤ 1.10 ×")

        var reports = 0
        let read = InProcess.measure(repeats: 3) { reports = (try? HistoryReader.reports(at: history))?.count ?? -1 }
        table.add("history", "  of which reading the \(reports) reports (in process)", read, baseline: without, target: nil)

        let size = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }
        let fileBytes = size(history) + size(history + "-wal"), jsonBytes = size(compact)
        let ratio = Double(fileBytes) / Double(max(jsonBytes, 1))
        print(String(format: "history   file for 12 quarters: %.1f MB = ×%.2f of the compact JSON (%.1f MB)  target ≤ 12 ×",
                     Double(fileBytes) / 1_048_576, ratio, Double(jsonBytes) / 1_048_576))
        fflush(nil)
    }
}
