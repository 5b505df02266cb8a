/// The encodings Docs/input-format.md accepts, with the codes written in summaries and JSON.
enum SourceEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
}

/// Why a file's bytes could not be turned into text. `line` is 1-based.
enum EncodingProblem: Error, Sendable, Equatable {
    case invalidUTF8AfterBOM(line: Int)
    case invalidUTF16(SourceEncoding, line: Int)
    case undefinedByte(UInt8, line: Int)
    case controlByte(UInt8, line: Int)

    var line: Int {
        switch self {
        case .invalidUTF8AfterBOM(let line), .invalidUTF16(_, let line), .undefinedByte(_, let line), .controlByte(_, let line):
            return line
        }
    }
}

/// A file's text as UTF-8, starting at `start` (so a UTF-8 BOM is skipped without copying 40 MB).
struct DecodedText: Sendable, Equatable {
    var encoding: SourceEncoding
    var utf8: [UInt8]
    var start: Int
    /// Read as Windows-1252 although it looks like UTF-8 (it holds æ, ø or å as UTF-8 writes
    /// them): the line of the first byte that is not valid UTF-8, for messages to point at.
    var damagedUTF8Line: Int? = nil
}

enum TextDecoder {
    static func decode(_ bytes: [UInt8]) -> Result<DecodedText, EncodingProblem> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            if let bad = UTF8Validator.firstInvalid(bytes, from: 3) {
                // A BOM is the file's own claim to be UTF-8; guessing another encoding would garble it.
                return .failure(.invalidUTF8AfterBOM(line: lineNumber(of: bad, in: bytes)))
            }
            return .success(DecodedText(encoding: .utf8BOM, utf8: bytes, start: 3))
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return UTF16Transcoder.transcode(bytes, bigEndian: false)
                .map { DecodedText(encoding: .utf16LE, utf8: $0, start: 0) }
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return UTF16Transcoder.transcode(bytes, bigEndian: true)
                .map { DecodedText(encoding: .utf16BE, utf8: $0, start: 0) }
        }
        guard let bad = UTF8Validator.firstInvalid(bytes, from: 0) else {
            return .success(DecodedText(encoding: .utf8, utf8: bytes, start: 0))
        }
        let damaged = looksLikeUTF8(bytes) ? lineNumber(of: bad, in: bytes) : nil
        return Windows1252.transcode(bytes).map {
            DecodedText(encoding: .windows1252, utf8: $0, start: 0, damagedUTF8Line: damaged)
        }
    }

    /// Whether the first 64 KB (the header and the first rows) hold a Danish letter as UTF-8 writes
    /// it (Ã¦ Ã¸ Ã¥ Ã† Ã˜ Ã… when read as Windows-1252): real Windows-1252 text almost never does.
    static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let end = min(bytes.count, 1 << 16)
        while i + 1 < end {
            if bytes[i] == 0xC3 {
                switch bytes[i + 1] {
                case 0xA6, 0xB8, 0xA5, 0x86, 0x98, 0x85: return true
                default: break
                }
            }
            i += 1
        }
        return false
    }

    /// The 1-based line holding byte `offset`; only used on the error path.
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { 1 + lineBreaks($0, from: 0, to: min(offset, $0.count)) }
    }

    /// Line breaks in `buf[from..<to]` as `CSVScanner` counts them: LF, CR LF and a lone CR, one each.
    static func lineBreaks(_ buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0, i = from
        while i < to {
            let b = buf[i]
            if b == 0x0A { count += 1 } else if b == 0x0D && (i + 1 >= buf.count || buf[i + 1] != 0x0A) { count += 1 }
            i += 1
        }
        return count
    }
}
