/// The encodings SPEC §2 accepts, with the codes written in summaries and JSON.
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
}

/// A file's text as UTF-8, starting at `start` (so a UTF-8 BOM is skipped without copying 40 MB).
struct DecodedText: Sendable, Equatable {
    var encoding: SourceEncoding
    var utf8: [UInt8]
    var start: Int
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
        guard UTF8Validator.firstInvalid(bytes, from: 0) != nil else {
            return .success(DecodedText(encoding: .utf8, utf8: bytes, start: 0))
        }
        return Windows1252.transcode(bytes).map { DecodedText(encoding: .windows1252, utf8: $0, start: 0) }
    }

    /// The 1-based line holding byte `offset`; only used on the error path.
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A { line += 1 } else if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { line += 1 }
            i += 1
        }
        return line
    }
}
