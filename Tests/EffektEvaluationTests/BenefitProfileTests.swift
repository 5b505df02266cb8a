import EffektModel
import Testing
@testable import EffektEvaluation

/// The benefit profile (gevinstprofil): planned and realised kroner at each year's end.
@Suite struct BenefitProfileTests {
    /// P1/K1: increase 0 → 100, 2025-01-01 → 2027-01-01, 10 kr. per unit, straight line.
    /// P1/K2: decrease 50 → 30, 2025-07-01 → 2026-07-01, 100 kr. per unit.
    /// P1/K3: at_least (threshold): left out. P2/K1: increase 0 → 10 over 2028 (1,000 kr./unit).
    static func data() -> Dataset {
        let criteria = [
            criterion("K1", baselineDate: "2025-01-01", target: 100, targetDate: "2027-01-01", valuePerUnit: 10),
            criterion("K2", direction: .decrease, baseline: 50, baselineDate: "2025-07-01", target: 30,
                      targetDate: "2026-07-01", valuePerUnit: 100),
            criterion("K3", direction: .atLeast, baseline: 90, target: 95, valuePerUnit: 5),
            criterion("K1", project: "P2", baselineDate: "2028-01-01", target: 10, targetDate: "2028-12-31",
                      valuePerUnit: 1000),
        ]
        let ms = measurements([(0, "2025-06-30", 20), (0, "2026-03-31", 60), (1, "2026-03-31", 35)])
        return Dataset(criteria: criteria, measurements: ms)
    }

    @Test func projectProfileYearByYear() throws {
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-03-31"))
        let p1 = try #require(e.projects.first { $0.project.id == "P1" })
        // Years 2025 (earliest baseline) to 2027 (latest target); K3 is a threshold, left out.
        #expect(p1.rollUp.benefitProfile.map(\.year) == [2025, 2026, 2027])
        let y = p1.rollUp.benefitProfile
        // 2025-12-31: K1 P = 100·364/730 → ·10 = 3640/7.3; K2 P = 50 − 20·183/365 → (P − 50)·(−1)·100
        // = 2000·183/365. Realised at 2025-12-31: K1 20 → 200; K2 none → 200.
        let planned2025 = 100 * 364.0 / 730.0 * 10 + 20 * 183.0 / 365.0 * 100
        #expect(close(y[0].plannedValue, planned2025, 1e-12))
        #expect(y[0].realizedValue == 200)
        // 2026-12-31: K1 P = 100·729/730 → ·10; K2 at target 30 → 2000. Realised up to as-of
        // (2026-03-31): K1 60 → 600; K2 35 → (35 − 50)·(−1)·100 = 1500; 2100.
        #expect(close(y[1].plannedValue, 100 * 729.0 / 730.0 * 10 + 2000, 1e-12))
        #expect(y[1].realizedValue == 2100)
        // 2027: plan complete 1000 + 2000 = 3000; after the year holding as-of: null.
        #expect(y[2].plannedValue == 3000 && y[2].realizedValue == nil)
    }

    /// The portfolio spans 2025–2028: P1's plan stays at 3000 in 2028 (a benefit reached stays
    /// planned); P2 adds 0 before 2028 and 10·1000 = 10,000 at 2028-12-31. Realised: P2 has no
    /// measurements, so the years with P1 data carry P1's values (null + x = x).
    @Test func portfolioAddsEveryProjectAtEveryYear() throws {
        let e = Evaluator.evaluate(Self.data(), asOf: day("2026-03-31"))
        let y = e.portfolio.benefitProfile
        #expect(y.map(\.year) == [2025, 2026, 2027, 2028])
        #expect(y[3].plannedValue == 13_000 && y[2].plannedValue == 3000)
        #expect(y[0].realizedValue == 200 && y[1].realizedValue == 2100 && y[3].realizedValue == nil)
        let p2 = try #require(e.projects.first { $0.project.id == "P2" })
        #expect(p2.rollUp.benefitProfile.map(\.year) == [2028])
        #expect(p2.rollUp.benefitProfile[0].realizedValue == nil)
    }

    /// A project with no increase/decrease criterion with a value per unit has an empty profile.
    @Test func noEligibleCriterionGivesAnEmptyProfile() {
        let data = Dataset(criteria: [criterion("K1")], measurements: [])
        let e = Evaluator.evaluate(data, asOf: day("2026-01-01"))
        #expect(e.projects[0].rollUp.benefitProfile.isEmpty && e.portfolio.benefitProfile.isEmpty)
    }
}
