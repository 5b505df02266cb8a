/// (project id, criterion id) → criterion index, looked up straight from a row's bytes.
/// A million measurement rows would otherwise build two `String`s and hash them per row; here a
/// lookup is one FNV-1a pass over the id bytes and a byte comparison.
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
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h = (h ^ 0xFF) &* 0x100_0000_01b3 // 0xFF never occurs in UTF-8: "ab"+"c" differs from "a"+"bc"
        for b in c { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        // FNV's low bits vary little between ids like K01/K02; mix before masking (murmur3's fmix64).
        h = (h ^ (h >> 33)) &* 0xff51_afd7_ed55_8ccd
        h = (h ^ (h >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return h ^ (h >> 33)
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
        var i = 0
        while i < b.count {
            if keys[offset + i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
