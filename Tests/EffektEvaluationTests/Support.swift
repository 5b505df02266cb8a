import EffektModel
@testable import EffektEvaluation

/// Test helpers: datasets are built in code (the importer is tested on its own).
func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

func criterion(_ id: String, project: String = "P1", category: Category = .benefit,
               direction: Direction = .increase, baseline: Double = 0, baselineDate: String = "2025-01-01",
               target: Double = 100, targetDate: String = "2027-01-01", owner: String? = "Ejer",
               frequency: Frequency = .quarterly, weight: Double = 1, valuePerUnit: Double? = nil) -> Criterion {
    Criterion(projectID: project, id: id, name: "Kriterie \(id)", category: category, unit: nil,
              direction: direction, baseline: baseline, baselineDate: day(baselineDate), target: target,
              targetDate: day(targetDate), owner: owner, frequency: frequency, weight: weight,
              valuePerUnit: valuePerUnit, line: 2)
}

/// Measurements as (criterion index, ISO date, value); lines follow the array order.
func measurements(_ rows: [(Int, String, Double)]) -> [Measurement] {
    rows.enumerated().map { i, r in Measurement(criterion: r.0, date: day(r.1), value: r.2, line: i + 2) }
}

func evaluateOne(_ c: Criterion, _ rows: [(String, Double)], asOf: String, settings: Settings = Settings()) -> CriterionEvaluation? {
    let data = Dataset(criteria: [c], measurements: measurements(rows.map { (0, $0.0, $0.1) }))
    return Evaluator.evaluate(data, asOf: day(asOf), settings: settings).projects.first?.criteria.first
}

/// Relative closeness, absolute near zero.
func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?):
        if x == y { return true }
        let diff = abs(x - y)
        return diff <= tolerance * max(abs(x), abs(y)) || diff <= tolerance * 1e-3
    default: return false
    }
}
