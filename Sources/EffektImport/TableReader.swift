import EffektModel

/// What a file's rows are checked by. `validate` builds the record when the row is good; the row
/// counts as accepted only if it returns true and nothing rejected it.
protocol RowValidator: SendableMetatype {
    mutating func validate(_ row: inout RowContext) -> Bool
    /// After the last row: problems that need the whole file (reported in line order later).
    mutating func finish(_ report: inout FileReport)
    /// Whether a large file's rows may be read as two halves on two cores (see `runInHalves`).
    static var splittable: Bool { get }
    /// Makes this copy of a fresh validator the later half's: whole-file bookkeeping is left to `merge`.
    mutating func becomeLaterHalf()
    /// Appends the later half's results to this, the earlier half's, as if read in one pass.
    mutating func merge(_ later: Self)
}

extension RowValidator {
    mutating func finish(_ report: inout FileReport) {}
    static var splittable: Bool { false }
    mutating func becomeLaterHalf() {}
    mutating func merge(_ later: Self) {}
}

/// Decoding, delimiter detection, header matching and the row loop shared by the three files.
enum TableReader {
    static func read<V: RowValidator>(
        _ input: NamedBytes, kind: InputKind, schema: Schema, options: ImportOptions,
        makeValidator: () -> V
    ) -> (validator: V?, report: FileReport) {
        var report = FileReport(file: input.name, kind: kind, language: options.language)
        let decoded: DecodedText
        switch TextDecoder.decode(input.bytes) {
        case .failure(let problem):
            report.fileError(.encoding, line: problem.line, report.messages.encoding(problem))
            return (nil, report)
        case .success(let d):
            decoded = d
        }
        report.summary.encoding = decoded.encoding.rawValue
        return decoded.utf8.withUnsafeBufferPointer { buf in
            let delimiter = DelimiterDetector.detect(buf, start: decoded.start)
            let table = CSVScanner.classTable(delimiter: delimiter)
            return table.withUnsafeBufferPointer { classes in
                var scanner = CSVScanner(buf: buf, classes: classes, delimiter: delimiter, start: decoded.start)
                var fields: [FieldRef] = []
                var header: RecordInfo?
                while let info = scanner.next(into: &fields) {
                    if !isBlank(fields, info.fieldCount, buf) { header = info; break }
                }
                guard let header else {
                    report.fileError(.emptyFile, report.messages.emptyFile())
                    return (nil, report)
                }
                report.summary.delimiter = DelimiterDetector.name(delimiter)
                let names = fields.prefix(header.fieldCount).map { r in FieldBytes.with(r, in: buf) { FieldBytes.display(String(decoding: $0, as: UTF8.self), limit: 80) } }
                let map = HeaderMap(headers: names, schema: schema)
                if !map.missing.isEmpty {
                    report.fileError(.missingColumn, line: header.line, column: map.missing.first?.canonical,
                                     report.messages.missingColumn(map.missing, found: map.headers.filter { !$0.isEmpty },
                                                                   damagedUTF8Line: decoded.damagedUTF8Line))
                    return (nil, report)
                }
                if !map.ignored.isEmpty || !map.blankColumns.isEmpty {
                    report.warning(.unknownColumn, line: header.line, column: nil,
                                   report.messages.unknownColumns(map.ignored, blank: map.blankColumns))
                }
                let afterHeader = scanner
                var ticker: ProgressTicker?
                if let callback = options.progress {
                    // The header counts as read; a second pass (another decimal mark) is not counted again.
                    ticker = ProgressTicker(callback: callback, scale: Double(input.bytes.count) / Double(max(buf.count, 1)), last: 0)
                    ticker?.at(afterHeader.pos)
                }
                let tentative = options.decimal ?? (delimiter == 0x3B ? .comma : .point)
                var pass = V.splittable && decoded.utf8.count >= options.splitMinimumBytes
                    ? runInHalves(afterHeader, map: map, decimal: tentative, report: report, progress: ticker, makeValidator: makeValidator)
                        ?? run(afterHeader, map: map, decimal: tentative, report: report, progress: ticker, makeValidator: makeValidator)
                    : run(afterHeader, map: map, decimal: tentative, report: report, progress: ticker, makeValidator: makeValidator)
                if options.decimal == nil {
                    let decided = pass.context.evidence.decide(delimiter: delimiter)
                    if decided != tentative {
                        // Rare: a `;`-file written with decimal points (or the mirror). Read it again.
                        pass = run(afterHeader, map: map, decimal: decided, report: report, progress: nil, makeValidator: makeValidator)
                    }
                }
                var final = pass.context.report
                final.summary.decimal = pass.context.decimal.rawValue
                if kind == .criteria && final.summary.rows == 0 {
                    final.fileError(.noRows, line: nil, final.messages.noRows())
                }
                return (pass.validator, final)
            }
        }
    }

    private static func run<V: RowValidator>(
        _ start: CSVScanner, map: HeaderMap, decimal: DecimalMark, report: FileReport, progress: ProgressTicker?,
        makeValidator: () -> V
    ) -> (validator: V, context: RowContext) {
        var scanner = start
        var validator = makeValidator()
        var row = RowContext(buf: start.buf, map: map, decimal: decimal, delimiter: start.delimiter, report: report)
        row.progress = progress
        let counts = rows(&scanner, &validator, &row)
        validator.finish(&row.report)
        counts.record(in: &row.report)
        return (validator, row)
    }

    struct Counts {
        var rows = 0, accepted = 0, rejected = 0
        /// The last record ran to the end of the buffer inside quotes.
        var endedInQuote = false

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(rows: a.rows + b.rows, accepted: a.accepted + b.accepted, rejected: a.rejected + b.rejected,
                   endedInQuote: b.endedInQuote)
        }

        func record(in report: inout FileReport) {
            report.summary.rows = rows
            report.summary.accepted = accepted
            report.summary.rejected = rejected
        }
    }

    /// The row loop: every record from `scanner` to the end of its buffer through `validator`.
    static func rows<V: RowValidator>(_ scanner: inout CSVScanner, _ validator: inout V, _ row: inout RowContext) -> Counts {
        var counts = Counts()
        let buf = scanner.buf
        defer { row.progress?.at(scanner.pos) }
        while let info = scanner.next(into: &row.fields) {
            if !info.unclosedQuote && isBlank(row.fields, info.fieldCount, buf) { continue }
            counts.rows += 1
            if counts.rows & 8191 == 0 { row.progress?.at(scanner.pos) }
            row.line = info.line
            row.fieldCount = info.fieldCount
            row.rejected = false
            if info.unclosedQuote {
                // A final line break ends the last line rather than starting another.
                let endsWithBreak = buf.last == 0x0A || buf.last == 0x0D
                row.reject(.csvSyntax, nil, row.messages.unclosedQuote(lastLine: scanner.line - (endsWithBreak ? 1 : 0)))
                counts.rejected += 1
                counts.endedInQuote = true
                continue
            }
            if info.fieldCount > row.map.width {
                var filled = row.map.width, firstExtra: Int?
                for k in row.map.width..<info.fieldCount where !FieldBytes.isBlank(row.fields[k], in: buf) {
                    filled = k + 1
                    if firstExtra == nil { firstExtra = k }
                }
                if let firstExtra {
                    let extra = FieldBytes.with(row.fields[firstExtra], in: buf) { FieldBytes.display($0) }
                    row.reject(.tooManyFields, nil, row.messages.tooManyFields(width: row.map.width, count: filled, extra: extra))
                }
            }
            let ok = validator.validate(&row)
            if ok && !row.rejected { counts.accepted += 1 } else { counts.rejected += 1 }
        }
        return counts
    }

    /// Blank lines and rows of only delimiters (or only spaces between them) are not rows.
    @inline(__always)
    static func isBlank(_ fields: [FieldRef], _ count: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        if count > 0, fields[0].end > fields[0].start {
            let b = buf[fields[0].start]
            if b != 0x20 && b != 0x09 && b != 0x22 && b != 0xC2 { return false }
        }
        for k in 0..<count where !FieldBytes.isBlank(fields[k], in: buf) { return false }
        return true
    }
}
