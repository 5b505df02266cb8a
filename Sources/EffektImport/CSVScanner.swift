/// One field of a record as a byte range of the decoded text; nothing is copied while scanning.
struct FieldRef: Sendable {
    var start: Int
    var end: Int
    var flags: UInt8

    static let quoted: UInt8 = 1
    /// Needs unquoting byte by byte: a doubled quote inside, or text after the closing quote.
    static let escaped: UInt8 = 2
    static let nul: UInt8 = 4
    static let control: UInt8 = 8
}

/// How a record ended.
struct RecordInfo: Sendable {
    /// The 1-based physical line the record starts on.
    var line: Int
    /// A quote opened in this record was never closed before the end of the file.
    var unclosedQuote: Bool
    /// How many of the `fields` slots belong to this record (the array is reused, never shrunk).
    var fieldCount: Int
}

/// An RFC 4180 reader over UTF-8 bytes. Hand-written because it runs over a million rows: a byte
/// class table decides each byte with one load, and fields are ranges, not strings.
/// Only valid while the buffers it was made from are alive (use it inside `withUnsafeBufferPointer`).
struct CSVScanner {
    let buf: UnsafeBufferPointer<UInt8>
    let classes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    private(set) var pos: Int
    private(set) var line: Int

    static let plain: UInt8 = 0, delim: UInt8 = 1, quote: UInt8 = 2, cr: UInt8 = 3, lf: UInt8 = 4
    static let nul: UInt8 = 5, control: UInt8 = 6, c2Lead: UInt8 = 7

    /// The class of every byte for one delimiter: 256 entries for unquoted text (where a quote is
    /// plain), then 256 for quoted text (where the delimiter is plain), so each scanning loop only
    /// asks "is this byte plain?". 0xC2 is special because U+0080...U+009F (C1 controls) are
    /// encoded as C2 80...C2 9F.
    static func classTable(delimiter: UInt8) -> [UInt8] {
        var t = [UInt8](repeating: plain, count: 512)
        for half in [0, 256] {
            for b in 0..<32 where b != 0x09 { t[half + b] = control }
            t[half + 0x7F] = control
            t[half] = nul
            t[half + 0x0D] = cr
            t[half + 0x0A] = lf
            t[half + 0xC2] = c2Lead
        }
        t[Int(delimiter)] = delim
        t[256 + 0x22] = quote
        return t
    }

    /// `line` is the physical line at `start` (a later half of a file starts mid-file).
    init(buf: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int, line: Int = 1) {
        self.buf = buf
        self.classes = classes
        self.delimiter = delimiter
        self.pos = start
        self.line = line
    }

    var atEnd: Bool { pos >= buf.count }

    /// Reads the next record's fields into the first `fieldCount` slots of `fields` (reusing its
    /// storage: clearing an array per row costs more than the row's parsing); nil at end of input.
    mutating func next(into fields: inout [FieldRef]) -> RecordInfo? {
        let n = buf.count
        guard pos < n else { return nil }
        var count = 0
        @inline(__always) func put(_ r: FieldRef) {
            if count < fields.count { fields[count] = r } else { fields.append(r) }
            count += 1
        }
        let startLine = line
        while true {
            var flags: UInt8 = 0
            let fieldStart = pos
            if pos < n, buf[pos] == 0x22 {
                flags |= FieldRef.quoted
                pos += 1
                var closed = false
                while pos < n {
                    let c = classes[256 + Int(buf[pos])]
                    if c == CSVScanner.plain { pos += 1; continue }
                    if c == CSVScanner.quote {
                        if pos + 1 < n && buf[pos + 1] == 0x22 {
                            flags |= FieldRef.escaped
                            pos += 2
                            continue
                        }
                        pos += 1
                        closed = true
                        break
                    }
                    consumeSpecial(c, flags: &flags)
                }
                if !closed {
                    put(FieldRef(start: fieldStart, end: n, flags: flags))
                    return RecordInfo(line: startLine, unclosedQuote: true, fieldCount: count)
                }
                let tailStart = pos
                scanUnquoted(flags: &flags)
                if pos > tailStart { flags |= FieldRef.escaped }
            } else {
                scanUnquoted(flags: &flags)
            }
            put(FieldRef(start: fieldStart, end: pos, flags: flags))
            if pos >= n { return RecordInfo(line: startLine, unclosedQuote: false, fieldCount: count) }
            let b = buf[pos]
            pos += 1
            if b == delimiter { continue }
            if b == 0x0D, pos < n, buf[pos] == 0x0A { pos += 1 }
            line += 1
            return RecordInfo(line: startLine, unclosedQuote: false, fieldCount: count)
        }
    }

    /// Advances to the delimiter or line end that closes an unquoted field (or quoted field's tail).
    @inline(__always)
    private mutating func scanUnquoted(flags: inout UInt8) {
        let n = buf.count
        while pos < n {
            let c = classes[Int(buf[pos])]
            if c == CSVScanner.plain { pos += 1; continue }
            if c == CSVScanner.delim || c == CSVScanner.cr || c == CSVScanner.lf { return }
            if c == CSVScanner.nul { flags |= FieldRef.nul } else if c == CSVScanner.control { flags |= FieldRef.control } else if c == CSVScanner.c2Lead, pos + 1 < n, buf[pos + 1] >= 0x80, buf[pos + 1] <= 0x9F {
                flags |= FieldRef.control
            }
            pos += 1
        }
    }

    /// A line break, NUL, control or C2 byte inside quotes.
    @inline(__always)
    private mutating func consumeSpecial(_ c: UInt8, flags: inout UInt8) {
        let n = buf.count
        switch c {
        case CSVScanner.cr:
            line += 1
            pos += (pos + 1 < n && buf[pos + 1] == 0x0A) ? 2 : 1
        case CSVScanner.lf:
            line += 1
            pos += 1
        case CSVScanner.nul:
            flags |= FieldRef.nul
            pos += 1
        case CSVScanner.control:
            flags |= FieldRef.control
            pos += 1
        default:
            if pos + 1 < n, buf[pos + 1] >= 0x80, buf[pos + 1] <= 0x9F { flags |= FieldRef.control }
            pos += 1
        }
    }
}
