/// UTF-16 with a byte order mark, transcoded to UTF-8 so one CSV reader serves every encoding.
enum UTF16Transcoder {
    static func transcode(_ bytes: [UInt8], bigEndian: Bool) -> Result<[UInt8], EncodingProblem> {
        let encoding: SourceEncoding = bigEndian ? .utf16BE : .utf16LE
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 2
        var line = 1
        let n = bytes.count
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
        }
        while i < n {
            guard i + 1 < n else { return .failure(.invalidUTF16(encoding, line: line)) }
            var scalar = unit(i)
            i += 2
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard i + 1 < n else { return .failure(.invalidUTF16(encoding, line: line)) }
                let low = unit(i)
                guard low >= 0xDC00 && low <= 0xDFFF else { return .failure(.invalidUTF16(encoding, line: line)) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                i += 2
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                return .failure(.invalidUTF16(encoding, line: line))
            }
            if scalar == 0x0A { line += 1 }
            appendUTF8(scalar, to: &out)
        }
        return .success(out)
    }

    @inline(__always)
    static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80:
            out.append(UInt8(s))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (s >> 6)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (s >> 12)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (s >> 18)))
            out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }
}
