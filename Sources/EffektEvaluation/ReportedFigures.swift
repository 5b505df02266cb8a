import EffektModel

/// What the history (Docs/history.md) says about the previous quarter and about each criterion's
/// original promise, read from the recorded reports handed to the evaluation.
struct ReportedFigures {
    /// The reported report of the quarter before the one holding as-of: that quarter's latest
    /// report not superseded.
    let previous: RecordedReport?
    /// (project id, criterion id) → the criterion in the earliest reported report holding it.
    let originals: [IDKey: RecordedCriterion]

    struct IDKey: Hashable {
        var project: String
        var criterion: String
    }

    init(_ reports: [RecordedReport], asOf: Day) {
        // The reported report per quarter: the latest recorded that is not superseded.
        var reported = [Quarter: RecordedReport]()
        for r in reports where !r.superseded {
            if let seen = reported[r.quarter], seen.recordedAt > r.recordedAt { continue }
            reported[r.quarter] = r
        }
        previous = reported[Quarter(containing: asOf).previous]
        var originals = [IDKey: RecordedCriterion]()
        for q in reported.keys.sorted() {
            for c in reported[q]?.criteria ?? [] {
                let key = IDKey(project: c.projectID, criterion: c.criterionID)
                if originals[key] == nil { originals[key] = c }
            }
        }
        self.originals = originals
    }

    func original(_ c: Criterion) -> RecordedCriterion? {
        originals[IDKey(project: c.projectID, criterion: c.id)]
    }

    /// A restatement smaller than this is rounding, not a changed figure (half of 0.1 pp).
    static let restatementThreshold = 0.0005

    /// Fills the roll-up's history figures from the reported previous score; `recomputed` is the
    /// score at A′ from today's data.
    static func apply(reported: Double?, recomputed: Double?, to r: inout RollUp) {
        r.reportedPreviousScore = reported
        if let s = r.score, let p = reported { r.scoreChangeReported = s - p }
        if let now = recomputed, let p = reported, abs(now - p) > restatementThreshold { r.restatement = now - p }
    }
}
