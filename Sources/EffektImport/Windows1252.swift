/// Windows-1252, the encoding Danish Excel writes "CSV (semikolonsepareret)" in.
enum Windows1252 {
    /// Code points for 0x80...0x9F; 0 marks the five bytes Windows-1252 leaves undefined.
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Per byte: its UTF-8 length, or 0 for a control byte and 255 for an undefined one.
    static let lengths: [UInt8] = (0..<256).map { b -> UInt8 in
        if b < 0x20 { return b == 0x09 || b == 0x0A || b == 0x0D ? 1 : 0 }
        if b == 0x7F { return 0 }
        if b < 0x80 { return 1 }
        if b < 0xA0 {
            let scalar = high[b - 0x80]
            return scalar == 0 ? 255 : (scalar < 0x800 ? 2 : 3)
        }
        return 2
    }

    /// Docs/input-format.md: only a file whose every byte is defined and that has no control bytes but tab,
    /// CR and LF counts as Windows-1252; anything else is more likely binary or another encoding.
    /// One pass, checking and writing together, eight ASCII bytes at a time. The output is given
    /// room for the worst case (three bytes each); pages never written are never touched.
    static func transcode(_ bytes: [UInt8]) -> Result<[UInt8], EncodingProblem> {
        var bad = -1
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { dst, count in
            count = 0
            HugePages.advise(UnsafeMutableRawPointer(dst.baseAddress), byteCount: bytes.count * 3)
            lengths.withUnsafeBufferPointer { len in
                bytes.withUnsafeBufferPointer { src in
                    guard let base = src.baseAddress, let outBase = dst.baseAddress else { return }
                    let raw = UnsafeRawPointer(base)
                    let rawOut = UnsafeMutableRawPointer(outBase)
                    let n = src.count
                    var o = 0
                    var i = 0
                    while i < n {
                        if i + 8 <= n {
                            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                            if w & 0x8080_8080_8080_8080 == 0 {
                                // Only bytes below 0x20 or equal to 0x7F (tab, CR and LF are the
                                // usual ones) need a closer look.
                                let x = w ^ 0x7F7F_7F7F_7F7F_7F7F
                                var special = ((w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080)
                                    | ((x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080)
                                while special != 0 {
                                    let k = i + special.trailingZeroBitCount / 8
                                    if len[Int(src[k])] == 0 { bad = k; return }
                                    special &= special &- 1
                                }
                                rawOut.storeBytes(of: w, toByteOffset: o, as: UInt64.self)
                                i += 8
                                o += 8
                                continue
                            }
                        }
                        let b = src[i]
                        let l = len[Int(b)]
                        if l == 0 || l == 255 { bad = i; return }
                        i += 1
                        if b < 0x80 {
                            dst[o] = b
                            o += 1
                        } else if b >= 0xA0 {
                            dst[o] = 0xC0 | (b >> 6)
                            dst[o + 1] = 0x80 | (b & 0x3F)
                            o += 2
                        } else {
                            let s = high[Int(b) - 0x80]
                            if s < 0x800 {
                                dst[o] = UInt8(0xC0 | (s >> 6))
                                dst[o + 1] = UInt8(0x80 | (s & 0x3F))
                                o += 2
                            } else {
                                dst[o] = UInt8(0xE0 | (s >> 12))
                                dst[o + 1] = UInt8(0x80 | ((s >> 6) & 0x3F))
                                dst[o + 2] = UInt8(0x80 | (s & 0x3F))
                                o += 3
                            }
                        }
                    }
                    count = o
                }
            }
        }
        if bad >= 0 {
            let b = bytes[bad]
            let line = TextDecoder.lineNumber(of: bad, in: bytes)
            return .failure(lengths[Int(b)] == 0 ? .controlByte(b, line: line) : .undefinedByte(b, line: line))
        }
        return .success(out)
    }
}
