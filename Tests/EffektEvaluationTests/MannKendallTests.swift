import EffektModel
import Testing
@testable import EffektEvaluation

@Suite struct MannKendallTests {
    /// y = 1,3,2,5 at t = 0..3: sgn of the six differences: + + + − + + → s = 4.
    /// var_s = 4·3·13/18 = 156/18 ≈ 8.667; z = (4 − 1)/√8.667 = 1.0190493307301363;
    /// p = erfc(z/√2) = 0.3081795474670541 (scipy); tau = 4/6.
    @Test func handWorkedExample() throws {
        let r = try #require(MannKendall.test(t: [0, 1, 2, 3], y: [1, 3, 2, 5]))
        #expect(r.s == 4)
        #expect(close(r.varS, 156.0 / 18.0, 1e-15))
        #expect(close(r.z, 1.0190493307301363, 1e-14))
        #expect(close(r.p, 0.3081795474670541, 1e-12))
        #expect(close(r.tau, 4.0 / 6.0, 1e-15))
    }

    /// Ties in values: y = 1,2,2,3 → s = 5 (the tied pair adds 0); one group of k = 2 equal
    /// values: var_s = (4·3·13 − 2·1·9)/18 = 138/18; z = 4/√(138/18) = 1.4446302370292303;
    /// p = 0.14856177489186873.
    @Test func tiesInValues() throws {
        let r = try #require(MannKendall.test(t: [0, 1, 2, 3], y: [1, 2, 2, 3]))
        #expect(r.s == 5)
        #expect(close(r.varS, 138.0 / 18.0, 1e-15))
        #expect(close(r.z, 1.4446302370292303, 1e-14))
        #expect(close(r.p, 0.14856177489186873, 1e-12))
    }

    /// Pairs on the same date contribute 0: t = 0,0,1, y = 1,3,2 → (0,1) 0, (0,2) +1, (1,2) −1 → s = 0.
    @Test func tiedDatesContributeZero() throws {
        let r = try #require(MannKendall.test(t: [0, 0, 1], y: [1, 3, 2]))
        #expect(r.s == 0)
        #expect(r.z == 0)
        #expect(r.p == 1)
    }

    /// A constant series: s = 0, var_s = 0, z = 0, p = 1.
    @Test func constantSeries() throws {
        let r = try #require(MannKendall.test(t: [0, 1, 2, 3, 4], y: [2, 2, 2, 2, 2]))
        #expect(r.s == 0 && r.varS == 0 && r.z == 0 && r.p == 1 && r.tau == 0)
    }

    @Test func undefinedForOnePoint() {
        #expect(MannKendall.test(t: [0], y: [1]) == nil)
    }

    /// The inversion-counting s equals the pairwise sum, with ties in dates and values.
    @Test(arguments: 0..<8)
    func fastSAgreesWithPairwise(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 7)
        let n = 2 + random.below(600)
        var t = [Int](), y = [Double]()
        for _ in 0..<n { t.append(random.below(seed % 2 == 0 ? 50 : 100_000)); y.append(Double(random.below(seed < 4 ? 6 : 1_000_000))) }
        #expect(MannKendall.directS(t: t, y: y) == MannKendall.fastS(t: t, y: y))
    }
}
