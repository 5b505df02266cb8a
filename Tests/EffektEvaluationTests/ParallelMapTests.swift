import Testing
@testable import EffektEvaluation

/// The parallel path must give the sequential result, in order, whatever the chunking.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 1_999, 4_000, 10_001])
    func sameAsSequential(count: Int) {
        let parallel = ParallelMap.map(count, minimumPerChunk: 1_000) { i in i &* 2_654_435_761 % 1_000_003 }
        let sequential = (0..<count).map { i in i &* 2_654_435_761 % 1_000_003 }
        #expect(parallel == sequential)
    }
}
