import Foundation
import Testing
@testable import EffektEvaluation

/// The independent reference: `Tests/Reference/theil_mk_cases.json`, written by
/// `theil_mk_reference.py` from scipy's `theilslopes(method="separate")` and pymannkendall's
/// `original_test` (several hundred seeded series: ties in values and dates, n from 2 to 60, and
/// four long series for the O(n log n) path). `make test` re-runs the script to prove the file
/// still matches scipy.
@Suite struct ReferenceCaseTests {
    struct Case: Decodable {
        var id: String
        var t: [Int]
        var y: [Double]
        var slope: Double?
        var intercept: Double?
        var s: Int
        var var_s: Double
        var z: Double
        var p: Double
        var p_erfc: Double
        var tau: Double
    }
    struct Document: Decodable { var cases: [Case] }

    static func load() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Reference/theil_mk_cases.json").standardizedFileURL
        return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url)).cases
    }

    @Test func everyCaseMatchesScipyAndPymannkendall() throws {
        let cases = try Self.load()
        #expect(cases.count >= 400)
        var worst = 0.0
        func relative(_ a: Double, _ b: Double) -> Double {
            a == b ? 0 : abs(a - b) / max(abs(a), abs(b), 1e-300)
        }
        for c in cases {
            for forceFast in [false, true] where !forceFast || Set(c.t).count >= 3 {
                let line = TheilSen.fit(t: c.t, y: c.y, forceFast: forceFast)
                #expect(close(line?.slope, c.slope), "\(c.id) slope \(String(describing: line?.slope)) vs \(String(describing: c.slope))")
                #expect(close(line?.intercept, c.intercept), "\(c.id) intercept")
                if let a = line?.slope, let b = c.slope, abs(b) > 1e-12 { worst = max(worst, relative(a, b)) }
            }
            let mk = try #require(MannKendall.test(t: c.t, y: c.y), "\(c.id)")
            let fastMK = try #require(MannKendall.test(t: c.t, y: c.y, forceFast: true))
            #expect(mk.s == c.s && fastMK.s == c.s, "\(c.id) s \(mk.s) vs \(c.s)")
            #expect(close(mk.varS, c.var_s), "\(c.id) var_s")
            #expect(close(mk.z, c.z), "\(c.id) z")
            #expect(close(mk.tau, c.tau), "\(c.id) tau")
            // p against erfc relatively, against 2(1 − Φ) absolutely (it cancels for large |z|).
            #expect(close(mk.p, c.p_erfc), "\(c.id) p \(mk.p) vs erfc \(c.p_erfc)")
            #expect(abs(mk.p - c.p) <= 1e-12, "\(c.id) p \(mk.p) vs pymannkendall \(c.p)")
            for (a, b) in [(mk.varS, c.var_s), (mk.z, c.z), (mk.tau, c.tau), (mk.p, c.p_erfc)] where abs(b) > 1e-12 {
                worst = max(worst, relative(a, b))
            }
        }
        print("reference cases: \(cases.count), largest relative difference \(worst)")
        #expect(worst <= 1e-9)
    }
}
