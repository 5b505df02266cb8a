/// Turning a field's byte range into its content: unquoting, trimming, strings for display.
enum FieldBytes {
    /// Calls `body` with the field's content: quotes removed, doubled quotes undone, outer
    /// spaces, tabs and no-break spaces trimmed. Copies only when the field needs unescaping.
    @inline(__always)
    static func with<R>(_ ref: FieldRef, in buf: UnsafeBufferPointer<UInt8>,
                        _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if ref.flags & FieldRef.escaped == 0 {
            var s = ref.start, e = ref.end
            if ref.flags & FieldRef.quoted != 0 {
                s += 1
                if e > s, buf[e - 1] == 0x22 { e -= 1 }
            }
            return body(trim(UnsafeBufferPointer(rebasing: buf[s..<e])))
        }
        let copy = unescape(ref, in: buf)
        return copy.withUnsafeBufferPointer { body(trim($0)) }
    }

    static func unescape(_ ref: FieldRef, in buf: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ref.end - ref.start)
        var i = ref.start
        var inQuotes = false
        if ref.flags & FieldRef.quoted != 0 { inQuotes = true; i += 1 }
        while i < ref.end {
            let b = buf[i]
            if inQuotes && b == 0x22 {
                if i + 1 < ref.end && buf[i + 1] == 0x22 { out.append(0x22); i += 2; continue }
                inQuotes = false
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }

    @inline(__always)
    static func trim(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var s = 0, e = b.count
        while s < e {
            if b[s] == 0x20 || b[s] == 0x09 { s += 1 } else if b[s] == 0xC2, s + 1 < e, b[s + 1] == 0xA0 { s += 2 } else { break }
        }
        while e > s {
            if b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 } else if b[e - 1] == 0xA0, e - 2 >= s, b[e - 2] == 0xC2 { e -= 2 } else { break }
        }
        if s == 0 && e == b.count { return b }
        return UnsafeBufferPointer(rebasing: b[s..<e])
    }

    static func string(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: b, as: UTF8.self)
    }

    static func isBlank(_ ref: FieldRef, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        if ref.end == ref.start { return true }
        return with(ref, in: buf) { $0.isEmpty }
    }

    /// Text safe to quote in a message: control characters removed (Docs/input-format.md: never printed) and
    /// long text cut, so a 5 MB field does not become a 5 MB message.
    static func display(_ text: String, limit: Int = 60) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            // Controls, and bidi overrides/isolates, which would reorder the message on a terminal.
            if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { continue }
            if count == limit { out += "…"; break }
            out.unicodeScalars.append(scalar)
            count += 1
        }
        return out
    }

    static func display(_ b: UnsafeBufferPointer<UInt8>) -> String {
        display(String(decoding: UnsafeBufferPointer(rebasing: b.prefix(400)), as: UTF8.self))
    }
}
