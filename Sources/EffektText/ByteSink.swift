/// A growable byte buffer owned by one writer (never shared between threads). Its properties opt
/// out of dynamic exclusivity checks: the sink is private to one writer and never re-entered,
/// and the checks otherwise cost more than the writing.
final class ByteSink {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    /// With a flush handler the buffer is handed on whenever it would grow, instead of growing.
    private let flushHandler: ((UnsafeRawBufferPointer) -> Void)?

    init(capacity: Int, flush: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.capacity = max(capacity, 64)
        self.flushHandler = flush
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    func flush() {
        guard let flushHandler, count > 0 else { return }
        flushHandler(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    deinit { base.deallocate() }

    @inline(__always) private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        if flushHandler != nil {
            flush()
            if extra <= capacity { return }
        }
        let grown = max(capacity * 2, count + extra)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        fresh.update(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = grown
    }

    @inline(__always) func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    func append(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        reserve(n)
        (base + count).update(from: s.utf8Start, count: n)
        count += n
    }

    func append(_ s: String) {
        var s = s
        s.withUTF8 { u in
            guard let src = u.baseAddress else { return }
            reserve(u.count)
            (base + count).update(from: src, count: u.count)
            count += u.count
        }
    }

    func appendSpaces(_ n: Int) {
        reserve(n)
        (base + count).initialize(repeating: 0x20, count: n)
        count += n
    }

    /// Decimal digits, least significant first, then reversed in place.
    func appendDigits(_ value: Int) {
        reserve(21)
        if value < 0 { base[count] = 0x2D; count += 1 }
        var v = value.magnitude
        var i = count
        repeat { base[i] = 0x30 + UInt8(v % 10); v /= 10; i += 1 } while v > 0
        var a = count, b = i - 1
        while a < b { let t = base[a]; base[a] = base[b]; base[b] = t; a += 1; b -= 1 }
        count = i
    }

    /// Zero-padded to `width` digits (dates).
    func appendPadded(_ value: Int, _ width: Int) {
        var p = 1
        for _ in 1..<width { p *= 10 }
        guard value >= 0 && value < p * 10 else { appendDigits(value); return }
        reserve(width)
        var v = value
        while p > 0 { base[count] = 0x30 + UInt8(v / p); count += 1; v %= p; p /= 10 }
    }

    func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { b in
            guard let src = b.baseAddress else { return }
            var offset = 0
            while offset < b.count {
                // Through `reserve`, so a flushing sink hands on full buffers rather than growing.
                let n = min(b.count - offset, max(capacity - count, 1))
                reserve(n)
                (base + count).update(from: src + offset, count: n)
                count += n
                offset += n
            }
        }
    }

    func string() -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            guard let dst = buffer.baseAddress else { return 0 }
            dst.update(from: base, count: count)
            return count
        }
    }
}
