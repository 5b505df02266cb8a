import EffektModel

/// The benefit profile (gevinstprofil, Docs/methodology.md): planned and realised kroner at each
/// year's end, per project over its increase/decrease criteria with a value per unit, and for
/// the portfolio as the sum of every project's figures at each year.
enum BenefitProfile {
    /// One criterion that counts in a profile.
    struct Member {
        var baseline: Double
        /// d · value_per_unit: kroner per unit of improvement.
        var kronerPerUnit: Double
        var path: PlannedPath
        var run: MeasurementRun
        var firstYear: Int
        var lastYear: Int
    }

    static func member(_ c: Criterion, path: PlannedPath, run: MeasurementRun) -> Member? {
        guard !c.direction.isThreshold, let k = c.valuePerUnit else { return nil }
        return Member(baseline: c.baseline, kronerPerUnit: Double(CriterionAssessment.direction(c)) * k,
                      path: path, run: run, firstYear: c.baselineDate.year, lastYear: c.targetDate.year)
    }

    /// The years a project's profile covers: its earliest baseline to its latest target year.
    static func years(_ members: [Member]) -> ClosedRange<Int>? {
        guard let first = members.map(\.firstYear).min(), let last = members.map(\.lastYear).max() else { return nil }
        return first...max(first, last)
    }

    /// Σ (P(E) − b)·d·k at E = 31 December of `year`.
    static func planned(_ members: [Member], year: Int) -> Double {
        let end = yearEnd(year)
        return members.reduce(0) { $0 + ($1.path.value(at: end) - $1.baseline) * $1.kronerPerUnit }
    }

    /// Σ (latest_E − b)·d·k over the members measured by min(E, A); nil after the year holding
    /// A, or when none was measured by then.
    static func realized(_ members: [Member], year: Int, asOf: Day) -> Double? {
        guard year <= asOf.year else { return nil }
        let upTo = min(yearEnd(year), asOf.daysSinceEpoch)
        var total = 0.0, any = false
        for m in members {
            let n = m.run.count(upTo: upTo)
            guard n > 0 else { continue }
            total += (m.run.values[n - 1] - m.baseline) * m.kronerPerUnit
            any = true
        }
        return any ? total : nil
    }

    static func project(_ members: [Member], asOf: Day) -> [BenefitYear] {
        guard let range = years(members) else { return [] }
        return range.map { BenefitYear(year: $0, plannedValue: planned(members, year: $0),
                                       realizedValue: realized(members, year: $0, asOf: asOf)) }
    }

    /// Every project's figures at each year from the earliest to the latest year of any
    /// project's profile, also outside a project's own range (a benefit reached stays planned);
    /// realised values add as null + x = x.
    static func portfolio(_ projects: [[Member]], asOf: Day) -> [BenefitYear] {
        let ranges = projects.compactMap(years)
        guard let first = ranges.map(\.lowerBound).min(), let last = ranges.map(\.upperBound).max() else { return [] }
        let all = projects.filter { !$0.isEmpty }
        return (first...last).map { year in
            var realized: Double?
            for members in all {
                if let r = self.realized(members, year: year, asOf: asOf) { realized = (realized ?? 0) + r }
            }
            return BenefitYear(year: year, plannedValue: all.reduce(0) { $0 + planned($1, year: year) },
                               realizedValue: realized)
        }
    }

    static func yearEnd(_ year: Int) -> Int { Day.civilToDays(year: year, month: 12, day: 31) }
}
