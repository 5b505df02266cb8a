import Foundation

/// Runs `body` for 0..<count on every core in contiguous chunks and returns the results in index
/// order, so a parallel evaluation gives exactly the bytes of a sequential one. Small inputs stay
/// on the calling thread: below a few thousand items the hand-off costs more than it saves.
package enum ParallelMap {
    package static func map<T: Sendable>(_ count: Int, minimumPerChunk: Int = 2_000,
                                 _ body: @Sendable (Int) -> T) -> [T] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = min(cores, count / max(minimumPerChunk, 1))
        guard chunks > 1 else { return (0..<count).map(body) }
        let parts = Parts<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { k in
            let lower = count * k / chunks, upper = count * (k + 1) / chunks
            parts.set(k, (lower..<upper).map(body))
        }
        return parts.joined()
    }

    /// One slot per chunk, each written by exactly one worker before `concurrentPerform` returns.
    private final class Parts<T>: @unchecked Sendable {
        private var slots: [[T]]
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ k: Int, _ value: [T]) { slots.withUnsafeMutableBufferPointer { $0[k] = value } }
        func joined() -> [T] { slots.flatMap { $0 } }
    }
}
