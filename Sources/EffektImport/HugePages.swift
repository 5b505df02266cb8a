#if canImport(Glibc)
import Glibc
#endif

/// Asks Linux to back a large fresh buffer with 2 MB pages. Reading a 40 MB export into new memory
/// otherwise costs about ten thousand page faults, a tenth of the whole import. A hint only:
/// where it is not available nothing changes.
enum HugePages {
    static func advise(_ pointer: UnsafeMutableRawPointer?, byteCount: Int) {
        #if os(Linux)
        let huge = 2 << 20
        guard let pointer, byteCount >= 2 * huge else { return }
        let start = (Int(bitPattern: pointer) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: pointer) + byteCount) & ~(huge - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
