import Foundation

/// Runs one piece of the report on a second thread while the caller writes the rest: the
/// measurements sheet is most of a national workbook's cells, and this machine has two cores.
/// The work runs under the C numeric locale like the rest (the locale is per thread).
final class Worker: @unchecked Sendable {
    // Why unchecked: `failure` is written only by the worker thread before it signals `finished`,
    // and read only by `join()` after waiting for that signal.
    private let finished = DispatchSemaphore(value: 0)
    private var failure: WorkbookError?
    private var joined = false

    init(_ work: @escaping @Sendable () throws(WorkbookError) -> Void) {
        let thread = Thread { [self] in
            let outcome = Result { () throws(WorkbookError) in
                try NumericLocale.withC { () throws(WorkbookError) in try work() }
            }
            if case .failure(let error) = outcome { failure = error }
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for the work to finish (once) and reports its outcome.
    func join() -> Result<Void, WorkbookError> {
        if !joined {
            finished.wait()
            joined = true
        }
        if let failure { return .failure(failure) }
        return .success(())
    }
}
