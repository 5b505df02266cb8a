/// Windows-1252, the encoding Danish Excel writes "CSV (semikolonsepareret)" in.
enum Windows1252 {
    /// Code points for 0x80...0x9F; 0 marks the five bytes Windows-1252 leaves undefined.
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// SPEC §2: only a file whose every byte is defined and that has no control bytes but tab,
    /// CR and LF counts as Windows-1252; anything else is more likely binary or another encoding.
    static func transcode(_ bytes: [UInt8]) -> Result<[UInt8], EncodingProblem> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var line = 1
        for b in bytes {
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b == 0x7F {
                    return .failure(.controlByte(b, line: line))
                }
                if b == 0x0A { line += 1 }
                out.append(b)
            } else if b < 0xA0 {
                let scalar = high[Int(b) - 0x80]
                if scalar == 0 { return .failure(.undefinedByte(b, line: line)) }
                UTF16Transcoder.appendUTF8(scalar, to: &out)
            } else {
                UTF16Transcoder.appendUTF8(UInt32(b), to: &out)
            }
        }
        return .success(out)
    }
}
