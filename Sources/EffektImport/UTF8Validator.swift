/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validator {
    /// The offset of the first byte that starts an invalid sequence, or nil when all is valid.
    static func firstInvalid(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buf -> Int? in
            let n = buf.count
            var i = start
            guard let base = buf.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            while i < n {
                // Most CSV text is ASCII: test eight bytes at once before the careful path.
                if i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let b0 = buf[i]
                if b0 < 0x80 { i += 1; continue }
                let need: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return i
                }
                guard i + need < n else { return i }
                let b1 = buf[i + 1]
                guard b1 >= lo && b1 <= hi else { return i }
                var k = 2
                while k <= need {
                    let b = buf[i + k]
                    guard b >= 0x80 && b <= 0xBF else { return i }
                    k += 1
                }
                i += need + 1
            }
            return nil
        }
    }
}
