import EffektModel
import EffektEvaluation

/// The "national" scale of issue 7 built directly: projects × criteria × measurements, with
/// plausible figures. Used by the opt-in timing test, not by the default run.
enum NationalFixture {
    static func make(projects: Int, criteriaPerProject: Int, measurementsPerCriterion: Int) -> Evaluation {
        let base = Fixture.make()
        let start = Fixture.day("2024-01-01")
        var criteria: [Criterion] = []
        var measurements: [Measurement] = []
        var evaluations: [ProjectEvaluation] = []
        var dataProjects: [Project] = []
        criteria.reserveCapacity(projects * criteriaPerProject)
        measurements.reserveCapacity(projects * criteriaPerProject * measurementsPerCriterion)
        var line = 2
        for p in 0..<projects {
            let project = Project(id: "P\(p + 1)", name: "Projekt nummer \(p + 1) i den fælles portefølje",
                                  owner: "Ejer \(p % 97)", area: "Område \(p % 13)", phase: .execution)
            dataProjects.append(project)
            var ces: [CriterionEvaluation] = []
            for k in 0..<criteriaPerProject {
                let c = Criterion(projectID: project.id, id: "K\(k + 1)", name: "Succeskriterium \(k + 1) for projekt \(p + 1)",
                                  unit: "antal", direction: .increase, baseline: 100, baselineDate: start,
                                  target: 200, targetDate: Fixture.day("2028-12-31"), owner: "Ansvarlig \(k)",
                                  frequency: .monthly, valuePerUnit: 250, line: criteria.count + 2)
                let index = criteria.count
                criteria.append(c)
                var points: [(String, Double)] = []
                for m in 0..<measurementsPerCriterion {
                    let d = start.adding(days: 30 * (m + 1))
                    let v = 100 + Double(m) * 2.5 + Double((p * 7 + k * 3 + m) % 11)
                    measurements.append(Measurement(criterion: index, date: d, value: v, line: line))
                    line += 1
                    points.append((d.iso, v))
                }
                ces.append(Fixture.evaluate(c, points, status: .onTrack, attainment: 0.5, trend: .improving))
            }
            let score = Double((p * 37) % 100) / 100
            evaluations.append(ProjectEvaluation(
                project: project,
                rollUp: RollUp(score: score, expected: 0.55, gap: 0.55 - score, status: score > 0.45 ? .onTrack : .offTrack,
                               statusCounts: Fixture.counts([.onTrack: criteriaPerProject]), coverage: 1,
                               realizedValue: 12_500, plannedValue: 25_000, trendScore: 0.5, scoreChange: 0.01,
                               history: Fixture.history([0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, score])),
                findings: [Finding(code: .overdueMeasurement, category: nil, criterionID: "K1", owner: "Ansvarlig 0",
                                   dueDate: start.adding(days: p % 400))],
                criteria: ces))
        }
        let data = Dataset(projects: dataProjects, criteria: criteria, measurements: measurements,
                           inputs: base.inputs, diagnostics: base.diagnostics, hasProjectsFile: true)
        return Evaluation(asOf: base.asOf, settings: base.settings, portfolio: base.portfolio, projects: evaluations, data: data)
    }
}
