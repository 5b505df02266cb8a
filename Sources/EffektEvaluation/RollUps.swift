import EffektModel

/// Project and portfolio roll-ups (Docs/methodology.md). A project rolls up its criteria by weight; the
/// portfolio rolls up projects the same way with weight 1.
enum RollUps {
    /// What one criterion (or one project) contributes.
    struct Member {
        var weight: Double
        /// clamp(attainment, 0, 1) for a criterion, the score for a project; nil without data.
        var score: Double?
        /// Expected progress; used only alongside a score.
        var expected: Double?
        var status: Status
        var realizedValue: Double?
        var plannedValue: Double?
        /// nil when the trend is insufficient_data (left out of the roll-up).
        var trendScore: Double?
    }

    /// Σ w·x / Σ w over the members where x is present; nil when none is.
    static func weightedMean(_ items: [(weight: Double, value: Double?)]) -> Double? {
        var sw = 0.0, sx = 0.0, any = false
        for item in items {
            guard let x = item.value else { continue }
            sw += item.weight; sx += item.weight * x; any = true
        }
        return any && sw > 0 ? sx / sw : nil
    }

    /// Sum of the present values; nil when nothing contributes.
    static func sum(_ values: [Double?]) -> Double? {
        var total = 0.0, any = false
        for case let v? in values { total += v; any = true }
        return any ? total : nil
    }

    static func statusCounts(_ statuses: [Status]) -> [Status: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, 0) })
        for s in statuses { counts[s, default: 0] += 1 }
        return counts
    }

    /// Share of criteria neither no_data nor stale; nil without criteria.
    static func coverage(_ criteria: [CriterionEvaluation]) -> Double? {
        guard !criteria.isEmpty else { return nil }
        let covered = criteria.reduce(0) { $0 + ($1.status != .noData && !$1.stale ? 1 : 0) }
        return Double(covered) / Double(criteria.count)
    }

    /// The roll-up of `members`. `lastTargetDate` is the latest target date below it;
    /// `history` holds the scores at the quarter ends, the last one at as-of, the one before at
    /// the previous quarter's last day.
    static func combine(_ members: [Member], coverage: Double?, lastTargetDate: Day?, history: [QuarterScore],
                        previousScore: Double??, asOf: Day, settings: Settings) -> RollUp {
        let withData = members.filter { $0.score != nil }
        let score = weightedMean(withData.map { ($0.weight, $0.score) })
        let expected = weightedMean(withData.map { ($0.weight, $0.expected) })
        let gap: Double? = score.flatMap { s in expected.map { $0 - s } }
        let status: Status
        if withData.isEmpty || score == nil {
            status = .noData
        } else if members.allSatisfy({ $0.status == .achieved }) {
            status = .achieved
        } else if let last = lastTargetDate, asOf > last {
            status = .missed
        } else {
            status = CriterionAssessment.gapStatus(gap ?? 0, settings)
        }
        var change: Double?
        if let s = score, let previous = previousScore, let p = previous { change = s - p }
        return RollUp(
            score: score, expected: expected, gap: gap, status: status,
            statusCounts: statusCounts(members.map(\.status)), coverage: coverage,
            realizedValue: sum(withData.map(\.realizedValue)), plannedValue: sum(members.map(\.plannedValue)),
            trendScore: weightedMean(members.map { ($0.weight, $0.trendScore) }),
            scoreChange: change, history: history)
    }
}

extension RollUps {
    /// Change like for like: Σ w·(x at A − x at A′) / Σ w over the members with a value at both
    /// dates (nil when none), and how many members have a value at A but not at A′ (entered).
    static func comparableChange(_ items: [(weight: Double, now: Double?, before: Double?)]) -> (change: Double?, entered: Int) {
        var sw = 0.0, sx = 0.0, any = false, entered = 0
        for item in items {
            switch (item.now, item.before) {
            case let (now?, before?):
                sw += item.weight; sx += item.weight * (now - before); any = true
            case (.some, .none):
                entered += 1
            default:
                break
            }
        }
        return (any && sw > 0 ? sx / sw : nil, entered)
    }
}
