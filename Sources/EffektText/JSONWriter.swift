import EffektModel

/// A streaming pretty-printer into bytes: objects and arrays open and close, keys and elements
/// are preceded by a comma when needed, a newline and the indent. It writes into one manually
/// grown byte buffer (memcpy of keys and literals, no per-append checks of a Swift array): a
/// 50,000-criteria document is hundreds of megabytes.
package struct JSONWriter {
    private let sink: ByteSink
    /// Per open container: whether nothing has been written into it yet.
    private var empty: [Bool] = []
    /// Containers at this depth and deeper are written on one line (`{"a": 1, "b": 2}`).
    private var inlineDepth = Int.max

    /// No whitespace between tokens.
    let compact: Bool

    init(capacity: Int = 1 << 12, flush: ((UnsafeRawBufferPointer) -> Void)? = nil, compact: Bool = false) {
        sink = ByteSink(capacity: capacity, flush: flush)
        self.compact = compact
    }

    var out: String { sink.string() }

    /// A writer for elements inside containers opened elsewhere: `openContainers` says, outermost
    /// first, whether each is still empty.
    init(capacity: Int, openContainers: [Bool], compact: Bool = false) {
        sink = ByteSink(capacity: capacity)
        empty = openContainers
        self.compact = compact
    }

    var bytes: [UInt8] { sink.bytes() }

    /// Appends elements rendered by another writer into the innermost open container.
    mutating func appendElements(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        sink.append(bytes)
        if !empty.isEmpty { empty[empty.count - 1] = false }
    }

    func flush() { sink.flush() }

    private func newline(_ depth: Int) {
        if compact { return }
        sink.append(0x0A)
        sink.appendSpaces(2 * depth)
    }

    private mutating func separate() {
        var first = true
        if let last = empty.last {
            first = last
            if !last { sink.append(0x2C) }
            empty[empty.count - 1] = false
        }
        if empty.count >= inlineDepth {
            if !first && !compact { sink.append(0x20) }
        } else {
            newline(empty.count)
        }
    }

    func raw(_ s: StaticString) { sink.append(s) }
    func byte(_ b: UInt8) { sink.append(b) }

    mutating func beginObject() { sink.append(0x7B); empty.append(true) }
    mutating func beginArray() { sink.append(0x5B); empty.append(true) }
    /// An object written on one line, for small records that come by the thousand.
    mutating func beginInlineObject() { beginObject(); inlineDepth = min(inlineDepth, empty.count) }
    mutating func endObject() { close(0x7D) }
    mutating func endArray() { close(0x5D) }

    private mutating func close(_ bracket: UInt8) {
        let depth = empty.count
        let wasEmpty = empty.popLast() ?? true
        if depth >= inlineDepth {
            if depth == inlineDepth { inlineDepth = Int.max }
        } else if !wasEmpty {
            newline(empty.count)
        }
        sink.append(bracket)
    }

    mutating func key(_ k: StaticString) {
        separate()
        sink.append(0x22); sink.append(k); sink.append(0x22); sink.append(0x3A)
        if !compact { sink.append(0x20) }
    }
    mutating func key(text k: String) {
        separate()
        sink.append(0x22); sink.append(k); sink.append(0x22); sink.append(0x3A)
        if !compact { sink.append(0x20) }
    }
    mutating func element() { separate() }

    func null() { sink.append("null") }
    func bool(_ b: Bool?) {
        guard let b else { null(); return }
        sink.append(b ? "true" : "false")
    }

    func int(_ i: Int?) {
        guard let i else { null(); return }
        sink.appendDigits(i)
    }

    func number(_ x: Double?) {
        guard let x, x.isFinite else { null(); return }
        if x.rounded() == x && abs(x) < 1e15 { sink.appendDigits(Int(x)); return }
        sink.append(x.description)
    }

    /// `YYYY-MM-DD`; a day outside years 1…9999 has no such form and is null.
    func day(_ d: Day?) {
        guard let d, d.isWritable else { null(); return }
        let c = d.components
        sink.append(0x22)
        sink.appendPadded(c.year, 4); sink.append(0x2D)
        sink.appendPadded(c.month, 2); sink.append(0x2D)
        sink.appendPadded(c.day, 2)
        sink.append(0x22)
    }

    /// Data text: control characters stripped (Docs/input-format.md: every output strips them; a tab or line
    /// break becomes a space so words stay apart), then escaped.
    func string(_ s: String?) {
        guard let s else { null(); return }
        sink.append(0x22)
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 != 0xC2 }) {
            sink.append(s)
        } else {
            for scalar in s.unicodeScalars {
                switch scalar.value {
                case 0x09, 0x0A, 0x0D: sink.append(0x20)
                case 0x00...0x1F, 0x7F...0x9F: continue
                case 0x22: sink.append("\\\"")
                case 0x5C: sink.append("\\\\")
                default: sink.append(String(scalar))
                }
            }
        }
        sink.append(0x22)
    }

    /// Text kept whole (the delimiter may be a tab): JSON escapes for control characters.
    func escapedString(_ s: String?) {
        guard let s else { null(); return }
        sink.append(0x22)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: sink.append("\\\"")
            case 0x5C: sink.append("\\\\")
            case 0x09: sink.append("\\t")
            case 0x0A: sink.append("\\n")
            case 0x0D: sink.append("\\r")
            case 0x00...0x1F:
                let hex = String(scalar.value, radix: 16)
                sink.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: sink.append(String(scalar))
            }
        }
        sink.append(0x22)
    }

    /// `escapedString` as a string, for JSON built by hand (`effekt history --format json`).
    package static func escaped(_ s: String) -> String {
        let w = JSONWriter()
        w.escapedString(s)
        return w.out
    }

    /// Shortest round-trip form; integral values below 1e15 without a fraction; non-finite → null.
    static func number(_ x: Double?) -> String {
        let w = JSONWriter()
        w.number(x)
        return w.out
    }
}
