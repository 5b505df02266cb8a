import EffektModel
import EffektEvaluation

/// A small municipal portfolio at 30-09-2026: four projects covering every status, findings of
/// every kind, a criterion with SPC, a rejected row, and Danish letters in names.
enum Fixture {
    static func kommune(rejected: Int = 2) -> Evaluation {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        b.settings.organisation = "Eksempel Kommune"
        b.inputs = [
            InputSummary(file: "kriterier.csv", kind: .criteria, encoding: "utf-8-bom", delimiter: ";", decimal: ",",
                         rows: 11, accepted: 11, rejected: 0),
            InputSummary(file: "maalinger.csv", kind: .measurements, encoding: "windows-1252", delimiter: ";", decimal: ",",
                         rows: 60, accepted: 60 - rejected, rejected: rejected),
            InputSummary(file: "projekter.csv", kind: .projects, encoding: "utf-8", delimiter: ";", decimal: ",",
                         rows: 4, accepted: 4, rejected: 0),
        ]
        let monthly: [(String, Double)] = (1...20).map { i in
            let month = (i - 1) % 12 + 1, year = 2025 + (i - 1) / 12
            let iso = "\(year)-" + (month < 10 ? "0" : "") + "\(month)-28"
            return (iso, 38.0 - Double(i) * 0.4 + (i % 3 == 0 ? 0.8 : 0))
        }
        b.project("P1", name: "Digital selvbetjening i Borgerservice", owner: "Mette Sørensen", area: "Borgerservice",
                  phase: .execution, goLive: "2025-09-01",
                  history: [nil, 0.10, 0.22, 0.35, 0.48, 0.60, 0.74, nil],
                  criteria: [
                    .init(id: "K1", name: "Sagsbehandlingstid for byggesager", category: .benefit, unit: "dage",
                          direction: .decrease, baseline: 42, baselineDate: "2025-01-01", target: 28, targetDate: "2027-06-30",
                          owner: "Jens Ø. Nielsen", frequency: .monthly, valuePerUnit: 12_500, values: monthly,
                          trend: .improving, pValue: 0.0004, tau: -0.72, forecast: .projected, reach: "2027-03-14",
                          spc: SPC(points: 21, mean: 33.9, mrBar: 1.1, upperLimit: 36.8, lowerLimit: 31.0, trial: false,
                                   signals: [SPCSignal(rule: .shift, index: 20, date: day("2026-08-28"), side: .low)],
                                   variation: .improvement, assurance: .hitAndMiss)),
                    .init(id: "K2", name: "Andel ansøgninger indsendt digitalt", category: .solution, unit: "%",
                          direction: .increase, baseline: 61, baselineDate: "2025-01-01", target: 90, targetDate: "2026-12-31",
                          owner: "Mette Sørensen",
                          values: [("2025-03-31", 63), ("2025-06-30", 66.5), ("2025-09-30", 70), ("2025-12-31", 74),
                                   ("2026-03-31", 77), ("2026-06-30", 80.5), ("2026-09-30", 82)],
                          trend: .improving, pValue: 0.0027, tau: 1, forecast: .projected, reach: "2027-05-20"),
                    .init(id: "K3", name: "Medarbejdere uddannet i den nye sagsgang", category: .competencies, unit: "antal",
                          direction: .increase, baseline: 0, baselineDate: "2025-03-01", target: 45, targetDate: "2026-06-30",
                          owner: nil, values: [("2025-06-30", 12), ("2025-12-31", 30), ("2026-03-31", 41)],
                          trend: .insufficientData, pValue: 0.089, tau: 1),
                  ])
        b.project("P2", name: "Velfærdsteknologi i hjemmeplejen", owner: "Ahmad Rahimi", area: "Sundhed og Omsorg",
                  phase: .handover, goLive: "2026-02-01",
                  history: [nil, nil, 0.12, 0.20, 0.28, 0.35, 0.41, nil],
                  criteria: [
                    .init(id: "K1", name: "Kørte kilometer pr. måned", category: .benefit, unit: "km", direction: .decrease,
                          baseline: 12_000, baselineDate: "2025-04-01", target: 9_000, targetDate: "2027-12-31",
                          owner: "Lise Bæk", valuePerUnit: 3.5 * 12,
                          values: [("2025-06-30", 11_950), ("2025-09-30", 11_700), ("2025-12-31", 11_800), ("2026-03-31", 11_400),
                                   ("2026-06-30", 11_450), ("2026-09-30", 11_320)],
                          trend: .noTrend, pValue: 0.133, tau: -0.43, forecast: .projected, reach: "2029-08-02"),
                    .init(id: "K2", name: "Oppetid for skærmbesøg", category: .solution, unit: "%", direction: .atLeast,
                          baseline: 98.7, baselineDate: "2025-04-01", target: 99.5, targetDate: "2026-12-31",
                          owner: "Lise Bæk",
                          values: [("2025-12-31", 99.1), ("2026-03-31", 99.6), ("2026-06-30", 99.2)],
                          trend: .noTrend, pValue: 0.497, tau: 0.33, forecast: .notReaching),
                    .init(id: "K3", name: "Medarbejdere, der bruger appen dagligt", category: .competencies, unit: "%",
                          direction: .increase, baseline: 0, baselineDate: "2025-04-01", target: 90, targetDate: "2026-12-31",
                          owner: "Ahmad Rahimi", frequency: .halfyearly,
                          values: [("2025-10-31", 35), ("2026-04-30", 52)], trend: .insufficientData),
                  ])
        b.project("P3", name: "Robotter i lønadministrationen", owner: "Kim Holm", area: "Økonomi", phase: .operation,
                  goLive: "2024-11-01",
                  history: [0.30, 0.45, 0.58, 0.70, 0.80, 0.86, 0.90, nil],
                  criteria: [
                    .init(id: "K1", name: "Manuelle timer pr. lønkørsel", category: .benefit, unit: "timer", direction: .decrease,
                          baseline: 160, baselineDate: "2024-07-01", target: 60, targetDate: "2026-06-30", owner: "Kim Holm",
                          valuePerUnit: 450 * 12,
                          values: [("2024-09-30", 150), ("2024-12-31", 128), ("2025-03-31", 112), ("2025-06-30", 98),
                                   ("2025-09-30", 90), ("2025-12-31", 84), ("2026-03-31", 79), ("2026-06-30", 76),
                                   ("2026-09-30", 74)],
                          trend: .improving, pValue: 0.0001, tau: -1, forecast: .projected, reach: "2027-11-30"),
                    .init(id: "K2", name: "Fejl i lønudbetalinger", category: .solution, unit: "antal", direction: .atMost,
                          baseline: 14, baselineDate: "2024-07-01", target: 5, targetDate: "2026-06-30", owner: "Kim Holm",
                          values: [("2024-12-31", 9), ("2025-06-30", 6), ("2025-12-31", 4), ("2026-06-30", 3)],
                          trend: .improving, pValue: 0.042, tau: -1),
                  ])
        b.project("P10", name: "Åben data-platform for hele kommunen med en lang beskrivelse af formålet",
                  owner: nil, area: "Digitalisering", phase: .planning,
                  history: [nil, nil, nil, nil, nil, nil, nil, nil],
                  criteria: [
                    .init(id: "K1", name: "Datasæt publiceret", category: .solution, unit: "antal", direction: .increase,
                          baseline: 0, baselineDate: "2026-01-01", target: 40, targetDate: "2027-12-31", owner: "Sara Østergaard"),
                  ])
        return b.build()
    }
}
