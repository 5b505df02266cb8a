import EffektEvaluation
import EffektModel

/// National data with two milestones per increase/decrease criterion (a ramp-up: 20 % at a third
/// of the window, 70 % at two thirds), against the same data without (target ≤ 1.1 ×). The
/// benefit profile is computed in both runs; a quadratic step in it would show as a ratio that
/// grows with the data.
enum MilestoneBench {
    static func run(_ dataset: Dataset, asOf: Day, baseline: Measurement, table: inout BenchTable) {
        var planned = dataset
        for (i, c) in dataset.criteria.enumerated() where !c.direction.isThreshold {
            let span = c.baselineDate.days(to: c.targetDate)
            guard span > 3 else { continue }
            for (share, progress) in [(1.0 / 3.0, 0.2), (2.0 / 3.0, 0.7)] {
                planned.milestones.append(Milestone(
                    criterion: i, date: c.baselineDate.adding(days: Int(Double(span) * share)),
                    value: c.baseline + (c.target - c.baseline) * progress, line: 0))
            }
        }
        let run = InProcess.measure(repeats: 5) { _ = Evaluator.evaluate(planned, asOf: asOf) }
        table.add("national", "evaluate with \(planned.milestones.count) milestones", run, baseline: baseline,
                  target: "≤ 1.1 ×")
    }
}
