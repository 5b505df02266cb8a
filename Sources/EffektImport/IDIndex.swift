/// (project id, criterion id) → criterion index, looked up straight from a row's bytes.
/// A million measurement rows would otherwise build two `String`s and hash them per row; here a
/// lookup is a hash of the id bytes, eight at a time, and a byte comparison.
struct IDIndex: Sendable {
    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    private var slots: [Int32]
    private var mask: Int

    private struct Entry: Sendable {
        var offset: Int
        var projectLength: Int
        var criterionLength: Int
        var hash: UInt64
        var value: Int
    }

    init(_ pairs: [(IDPair, Int)]) {
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (key, value) in pairs { insert(Array(key.project.utf8), Array(key.criterion.utf8), value) }
    }

    private mutating func insert(_ p: [UInt8], _ c: [UInt8], _ value: Int) {
        let h = p.withUnsafeBufferPointer { pb in c.withUnsafeBufferPointer { cb in IDIndex.hash(pb, cb) } }
        entries.append(Entry(offset: keyBytes.count, projectLength: p.count, criterionLength: c.count, hash: h, value: value))
        keyBytes.append(contentsOf: p)
        keyBytes.append(contentsOf: c)
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(entries.count - 1)
    }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // Eight bytes per multiply; the lengths go in too, so "ab"+"c" differs from "a"+"bc".
        var h = absorb(0x9E37_79B9_7F4A_7C15, p)
        h = absorb(h ^ 0xFF, c)
        // Mix the high bits down before masking (murmur3's fmix64).
        h = (h ^ (h >> 33)) &* 0xff51_afd7_ed55_8ccd
        h = (h ^ (h >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return h ^ (h >> 33)
    }

    @inline(__always)
    private static func absorb(_ seed: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        let n = b.count
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
                h ^= h >> 29
                i += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(b[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail ^ (UInt64(n) << 56)) &* 0x100_0000_01b3
        return h ^ (h >> 29)
    }

    func find(_ p: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = IDIndex.hash(p, c)
        var s = Int(truncatingIfNeeded: h) & mask
        return keyBytes.withUnsafeBufferPointer { keys -> Int? in
            entries.withUnsafeBufferPointer { entries -> Int? in
            slots.withUnsafeBufferPointer { slots -> Int? in
            while true {
                let e = Int(slots[s])
                if e < 0 { return nil }
                let entry = entries[e]
                if entry.hash == h, entry.projectLength == p.count, entry.criterionLength == c.count,
                   IDIndex.equal(keys, entry.offset, p), IDIndex.equal(keys, entry.offset + p.count, c) {
                    return entry.value
                }
                s = (s + 1) & mask
            }
            }
            }
        }
    }

    /// Whether entry `i` (the i-th pair given to `init`) has these ids: checks a guess without hashing.
    @inline(__always)
    func matches(_ i: Int, _ p: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i >= 0, i < entries.count else { return false }
        let entry = entries[i]
        guard entry.projectLength == p.count, entry.criterionLength == c.count else { return false }
        return keyBytes.withUnsafeBufferPointer { IDIndex.equal($0, entry.offset, p) && IDIndex.equal($0, entry.offset + p.count, c) }
    }

    @inline(__always)
    private static func equal(_ keys: UnsafeBufferPointer<UInt8>, _ offset: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n > 0, let kb = keys.baseAddress, let bb = b.baseAddress else { return n == 0 }
        let x = UnsafeRawPointer(kb + offset), y = UnsafeRawPointer(bb)
        var i = 0
        // Ids are short; eight bytes a compare.
        while i + 8 <= n {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if x.load(fromByteOffset: i, as: UInt8.self) != y.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }
}
