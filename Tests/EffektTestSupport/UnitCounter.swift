import Foundation

/// Adds up what a progress callback is told, from any thread.
public final class UnitCounter: @unchecked Sendable {
    // Why unchecked: `total` is read and written only while `lock` is held.
    private let lock = NSLock()
    private var total = 0
    public init() {}

    /// A callback for the work under test (the shape of `EffektModel.ProgressCallback`).
    public var callback: @Sendable (Int) -> Void { { [self] n in lock.lock(); total += n; lock.unlock() } }

    public var units: Int { lock.lock(); defer { lock.unlock() }; return total }
}
