/// How accepted measurements are laid out over `Målinger`, `Målinger (2)`, … A pure function so
/// the split and cap logic is tested without writing a million rows.
struct MeasurementsPlan: Equatable, Sendable {
    /// Excel's 1,048,576 rows minus the header row.
    static let excelDataRows = 1_048_575

    /// Accepted measurements in the evaluation.
    var total: Int
    /// How many are written (all, or the cap).
    var shown: Int
    /// Measurement index ranges, one per sheet. Empty for `.none`; one empty range when there is
    /// nothing to show but the sheet is wanted (a header and a note).
    var parts: [Range<Int>]

    var truncated: Bool { shown < total }

    init(total: Int, mode: MeasurementsShown, rowsPerSheet: Int = MeasurementsPlan.excelDataRows) {
        self.total = max(0, total)
        let perSheet = max(1, rowsPerSheet)
        switch mode {
        case .none:
            shown = 0
            parts = []
            return
        case .all:
            shown = self.total
        case .cap(let n):
            shown = min(self.total, max(0, n))
        }
        var parts: [Range<Int>] = []
        var start = 0
        while start < shown {
            let end = min(shown, start + perSheet)
            parts.append(start..<end)
            start = end
        }
        if parts.isEmpty { parts = [0..<0] }
        self.parts = parts
    }
}
