import EffektModel
import Testing
@testable import EffektEvaluation

@Suite struct TheilSenTests {
    /// t = 0,1,2,3; y = 1,3,2,5. Pairwise slopes: 2, 0.5, 4/3, −1, 1, 3 → sorted
    /// −1, 0.5, 1, 4/3, 2, 3 → median (1 + 4/3)/2 = 7/6. median(y) = 2.5, median(t) = 1.5 →
    /// intercept = 2.5 − 7/6·1.5 = 0.75.
    @Test func handWorkedExample() throws {
        let line = try #require(TheilSen.fit(t: [0, 1, 2, 3], y: [1, 3, 2, 5]))
        #expect(close(line.slope, 7.0 / 6.0, 1e-15))
        #expect(close(line.intercept, 0.75, 1e-15))
    }

    /// Pairs with equal dates are left out: t = 0,0,1; y = 1,3,2 → slopes (2−1)/1 = 1 and
    /// (2−3)/1 = −1 → median 0; intercept = median(y) 2 − 0·median(t) = 2.
    @Test func tiedDatesAreExcluded() throws {
        let line = try #require(TheilSen.fit(t: [0, 0, 1], y: [1, 3, 2]))
        #expect(line.slope == 0)
        #expect(line.intercept == 2)
    }

    @Test func needsTwoDistinctDates() {
        #expect(TheilSen.fit(t: [5], y: [1]) == nil)
        #expect(TheilSen.fit(t: [5, 5, 5], y: [1, 2, 3]) == nil)
    }

    /// A constant series has slope 0 and intercept equal to the constant.
    @Test func constantSeries() throws {
        let line = try #require(TheilSen.fit(t: [20000, 20010, 20020, 20030], y: [7, 7, 7, 7]))
        #expect(line.slope == 0)
        #expect(line.intercept == 7)
    }

    /// The O(n log n) path must select exactly the slope the all-pairs path selects, also with
    /// ties in values, ties in dates and exact ties among slopes.
    @Test(arguments: [0, 1, 2, 3, 4, 5])
    func fastPathAgreesWithAllPairs(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 99)
        let n = 150 + random.below(400)
        var t = [Int](), y = [Double]()
        var day = 20_000
        for _ in 0..<n {
            day += seed % 2 == 0 ? random.below(3) : 1 + random.below(30) // ties in dates for even seeds
            t.append(day)
            switch seed % 3 {
            case 0: y.append(Double(random.below(5)))                      // many ties in values
            case 1: y.append(Double(day - 20_000) * 0.25)                  // every slope equal
            default: y.append(Double(random.below(1_000_000)) / 1000 + Double(day) * 0.01)
            }
        }
        let direct = try #require(TheilSen.fit(t: t, y: y, forceFast: false))
        let fast = try #require(TheilSen.fit(t: t, y: y, forceFast: true))
        let points = SortedPoints(t: t, y: y)
        let all = TheilSen.directMedianSlope(points, pairs: points.distinctDatePairs)
        #expect(close(fast.slope, all, 1e-12), "n=\(n) fast \(fast.slope) all pairs \(all)")
        #expect(close(direct.slope, all, 1e-15))
        #expect(close(fast.intercept, direct.intercept, 1e-9))
    }

    /// Unsorted input is sorted by date first (the line does not depend on input order).
    @Test func orderDoesNotMatter() throws {
        let a = try #require(TheilSen.fit(t: [3, 0, 2, 1], y: [5, 1, 2, 3]))
        #expect(close(a.slope, 7.0 / 6.0, 1e-15))
    }
}
