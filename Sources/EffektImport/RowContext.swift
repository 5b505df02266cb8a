import EffektModel

/// A field read from a row: absent or empty, a value, or invalid (already reported).
enum Parsed<T> {
    case absent
    case value(T)
    case invalid

    var value: T? {
        if case .value(let v) = self { return v }
        return nil
    }
}

/// The per-file state a validator reads rows through. Every accessor reports its own problem,
/// marks the row rejected and returns `.invalid`, so validators only decide what to build.
struct RowContext {
    let buf: UnsafeBufferPointer<UInt8>
    let map: HeaderMap
    let decimal: DecimalMark
    var fields: [FieldRef] = []
    var fieldCount = 0
    var line = 0
    var rejected = false
    var report: FileReport
    var evidence = DecimalEvidence()
    /// Once the evidence can no longer change the decision, number fields need not be scanned for it.
    private var evidenceSettled = false
    private var controlWarned = false

    let delimiter: UInt8
    /// Reports the bytes passed (scaled to the file's size before decoding).
    var progress: ProgressTicker?

    init(buf: UnsafeBufferPointer<UInt8>, map: HeaderMap, decimal: DecimalMark, delimiter: UInt8, report: FileReport) {
        self.buf = buf
        self.delimiter = delimiter
        self.map = map
        self.decimal = decimal
        self.report = report
    }

    var messages: Messages { report.messages }

    @inline(__always)
    func ref(_ f: Field) -> FieldRef? {
        let k = map.columns[f.rawValue]
        guard k >= 0, k < fieldCount else { return nil }
        return fields[k]
    }

    mutating func reject(_ code: DiagnosticCode, _ f: Field?, _ message: String) {
        rejected = true
        report.error(code, line: line, column: f, message)
    }

    func header(_ f: Field) -> String { map.header(f) }

    /// NUL makes a field invalid; other control characters in text are kept and warned about once
    /// per file (in a number or date they simply make it invalid).
    private mutating func screen(_ r: FieldRef, _ f: Field, nulCode: DiagnosticCode) -> Bool {
        if r.flags & FieldRef.nul != 0 {
            reject(nulCode, f, messages.nulInField(header(f)))
            return false
        }
        if nulCode == .badValue && r.flags & FieldRef.control != 0 && !controlWarned {
            controlWarned = true
            report.warning(.controlCharacter, line: line, column: f, messages.controlCharacter(header(f)))
        }
        return true
    }

    mutating func text(_ f: Field, required: Bool = false) -> Parsed<String> {
        guard let r = ref(f), r.end > r.start else { return missing(f, required) }
        guard screen(r, f, nulCode: .badValue) else { return .invalid }
        let s = FieldBytes.with(r, in: buf) { $0.isEmpty ? nil : FieldBytes.string($0) }
        guard let s else { return missing(f, required) }
        return .value(s)
    }

    /// Like `text`, but hands back `previous` itself when the field holds the same bytes: notes
    /// repeat ("Foreløbig", "Opgjort af controller"), and sharing one string saves an allocation
    /// a row on a million-row file.
    mutating func text(_ f: Field, reusing previous: String?) -> Parsed<String> {
        guard let r = ref(f), r.end > r.start else { return missing(f, false) }
        guard screen(r, f, nulCode: .badValue) else { return .invalid }
        let s = FieldBytes.with(r, in: buf) { bytes -> String? in
            if bytes.isEmpty { return nil }
            if var p = previous, p.utf8.count == bytes.count,
               p.withUTF8({ $0.elementsEqual(bytes) }) { return p }
            return FieldBytes.string(bytes)
        }
        guard let s else { return missing(f, false) }
        return .value(s)
    }

    mutating func number(_ f: Field, required: Bool = false) -> Parsed<Double> {
        guard let r = ref(f), r.end > r.start else { return missing(f, required) }
        guard screen(r, f, nulCode: .badNumber) else { return .invalid }
        let decimal = self.decimal
        // NaN marks "empty", infinity "not a number": no optional or string crosses the closure.
        let value: Double = FieldBytes.with(r, in: buf) { t in
            if t.isEmpty { return .nan }
            if !evidenceSettled {
                evidence.observe(t)
                evidenceSettled = evidence.isSettled(delimiter: delimiter)
            }
            return NumberParser.parse(t, decimal: decimal) ?? .infinity
        }
        if value.isNaN { return missing(f, required) }
        if value.isFinite { return .value(value) }
        reject(.badNumber, f, messages.badNumber(header(f), FieldBytes.with(r, in: buf) { FieldBytes.display($0) }, decimal: decimal))
        return .invalid
    }

    /// The field's text as written (for messages that quote numbers back).
    func raw(_ f: Field) -> String {
        guard let r = ref(f) else { return "" }
        return FieldBytes.with(r, in: buf) { FieldBytes.display($0) }
    }

    /// `periodsRefusedFor`: a file whose dates must be real days (milestones, events); a period
    /// there is still `bad_date`, with a message saying why a period is not enough.
    mutating func date(_ f: Field, required: Bool = false, periods: Bool = false,
                       periodsRefusedFor kind: InputKind? = nil) -> Parsed<Day> {
        guard let r = ref(f), r.end > r.start else { return missing(f, required) }
        guard screen(r, f, nulCode: .badDate) else { return .invalid }
        // Int.min marks "empty", Int.max "not a date".
        let days: Int = FieldBytes.with(r, in: buf) { t in
            if t.isEmpty { return Int.min }
            if let d = DateParser.parse(t) { return d.daysSinceEpoch }
            if periods, let d = PeriodParser.parse(FieldBytes.string(t)) { return d.daysSinceEpoch }
            return Int.max
        }
        if days == Int.min { return missing(f, required) }
        if days != Int.max { return .value(Day(daysSinceEpoch: days)) }
        let shown = FieldBytes.with(r, in: buf) { FieldBytes.display($0) }
        if let kind, let end = FieldBytes.with(r, in: buf, { PeriodParser.parse(FieldBytes.string($0)) }) {
            reject(.badDate, f, messages.periodNotDay(header(f), shown, periodEnd: end, kind: kind))
            return .invalid
        }
        reject(.badDate, f, messages.badDate(header(f), shown, periods: periods))
        return .invalid
    }

    /// Like `enumeration`, but a field whose plain bytes equal the last ones `cache` matched gets
    /// that value without a string: exports repeat "gevinst", "reducere", "kvartalsvis" on every
    /// row, and folding each one again was a tenth of reading a national criteria file.
    mutating func enumeration<T>(_ f: Field, _ table: [String: T], cache: inout EnumerationCache<T>) -> Parsed<T> {
        if let r = ref(f), r.flags == 0, r.end > r.start, let cached = cache.value,
           cache.bytes.elementsEqual(UnsafeBufferPointer(rebasing: buf[r.start..<r.end])) {
            return .value(cached)
        }
        let parsed = enumeration(f, table)
        if case .value(let v) = parsed, let r = ref(f), r.flags == 0 {
            cache.bytes = Array(UnsafeBufferPointer(rebasing: buf[r.start..<r.end]))
            cache.value = v
        }
        return parsed
    }

    mutating func enumeration<T>(_ f: Field, _ table: [String: T]) -> Parsed<T> {
        switch text(f) {
        case .absent: return .absent
        case .invalid: return .invalid
        case .value(let s):
            if let v = table[HeaderMatcher.normalize(s)] { return .value(v) }
            reject(.badValue, f, messages.badValue(header(f), s, field: f))
            return .invalid
        }
    }

    private mutating func missing<T>(_ f: Field, _ required: Bool) -> Parsed<T> {
        if required {
            reject(.missingValue, f, messages.missingValue(header(f)))
            return .invalid
        }
        return .absent
    }
}

/// The last raw bytes an enumeration field matched, and their value (see `RowContext.enumeration`).
struct EnumerationCache<T> {
    var bytes: [UInt8] = []
    var value: T?
}

/// Turns scanner positions in the decoded text into input bytes for a `ProgressCallback`.
struct ProgressTicker {
    let callback: ProgressCallback
    /// Input bytes per decoded byte (Windows-1252 grows when decoded, UTF-16 shrinks).
    let scale: Double
    var last: Int

    mutating func at(_ position: Int) {
        let units = Int(Double(position - last) * scale)
        guard units > 0 else { return }
        callback(units)
        last = position
    }
}
