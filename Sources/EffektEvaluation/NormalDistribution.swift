#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution, as far as Mann–Kendall needs it (Docs/methodology.md).
enum NormalDistribution {
    /// Two-sided p-value `2(1 − Φ(|z|))`, computed as `erfc(|z|/√2)`: the same quantity, but
    /// without the cancellation of `1 − Φ` for large |z| (p stays accurate down to 1e-300).
    static func twoSidedP(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }
}
