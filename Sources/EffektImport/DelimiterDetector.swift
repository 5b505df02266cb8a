/// Docs/input-format.md: the delimiter is the most frequent of `;` `,` tab `|` in the header line outside
/// quotes, ties broken in that order.
enum DelimiterDetector {
    static let candidates: [UInt8] = [0x3B, 0x2C, 0x09, 0x7C]

    /// `start` is where the text begins; blank lines before the header are skipped.
    static func detect(_ buf: UnsafeBufferPointer<UInt8>, start: Int) -> UInt8 {
        var counts = [0, 0, 0, 0]
        var i = start
        let n = buf.count
        // Skip blank lines so the header line is the one counted.
        while i < n, buf[i] == 0x0D || buf[i] == 0x0A || buf[i] == 0x20 { i += 1 }
        var inQuotes = false
        while i < n {
            let b = buf[i]
            if b == 0x22 {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == 0x0D || b == 0x0A { break }
                switch b {
                case 0x3B: counts[0] += 1
                case 0x2C: counts[1] += 1
                case 0x09: counts[2] += 1
                case 0x7C: counts[3] += 1
                default: break
                }
            }
            i += 1
        }
        var best = 0
        for k in 1..<4 where counts[k] > counts[best] { best = k }
        // With no candidate at all the file has one column; `;` is what Danish Excel would use.
        return candidates[best]
    }

    static func name(_ delimiter: UInt8) -> String {
        delimiter == 0x09 ? "\t" : String(UnicodeScalar(delimiter))
    }
}
