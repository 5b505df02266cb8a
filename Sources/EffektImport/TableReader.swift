import EffektModel

/// What a file's rows are checked by. `validate` builds the record when the row is good; the row
/// counts as accepted only if it returns true and nothing rejected it.
protocol RowValidator {
    mutating func validate(_ row: inout RowContext) -> Bool
}

/// Decoding, delimiter detection, header matching and the row loop shared by the three files.
enum TableReader {
    static func read<V: RowValidator>(
        _ input: NamedBytes, kind: InputKind, schema: Schema, options: ImportOptions,
        makeValidator: (DecimalMark) -> V
    ) -> (validator: V?, report: FileReport) {
        var report = FileReport(file: input.name, kind: kind, language: options.language)
        let decoded: DecodedText
        switch TextDecoder.decode(input.bytes) {
        case .failure(let problem):
            report.fileError(.encoding, line: nil, report.messages.encoding(problem))
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
                    if !isBlank(fields, buf) { header = info; break }
                }
                guard let header else {
                    report.fileError(.emptyFile, report.messages.emptyFile())
                    return (nil, report)
                }
                report.summary.delimiter = DelimiterDetector.name(delimiter)
                let names = fields.map { r in FieldBytes.with(r, in: buf) { FieldBytes.display(String(decoding: $0, as: UTF8.self), limit: 80) } }
                let map = HeaderMap(headers: names, schema: schema)
                if !map.missing.isEmpty {
                    report.fileError(.missingColumn, line: header.line, column: map.missing.first?.canonical,
                                     report.messages.missingColumn(map.missing, found: map.headers.filter { !$0.isEmpty }))
                    return (nil, report)
                }
                if !map.ignored.isEmpty {
                    report.warning(.unknownColumn, line: header.line, column: nil, report.messages.unknownColumns(map.ignored))
                }
                let afterHeader = scanner
                let tentative = options.decimal ?? (delimiter == 0x3B ? .comma : .point)
                var pass = run(afterHeader, map: map, decimal: tentative, report: report, makeValidator: makeValidator)
                if options.decimal == nil {
                    let decided = pass.context.evidence.decide(delimiter: delimiter)
                    if decided != tentative {
                        // Rare: a `;`-file written with decimal points (or the mirror). Read it again.
                        pass = run(afterHeader, map: map, decimal: decided, report: report, makeValidator: makeValidator)
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
        _ start: CSVScanner, map: HeaderMap, decimal: DecimalMark, report: FileReport,
        makeValidator: (DecimalMark) -> V
    ) -> (validator: V, context: RowContext) {
        var scanner = start
        var validator = makeValidator(decimal)
        var row = RowContext(buf: start.buf, map: map, decimal: decimal, delimiter: start.delimiter, report: report)
        var rows = 0, accepted = 0, rejected = 0
        while let info = scanner.next(into: &row.fields) {
            if !info.unclosedQuote && isBlank(row.fields, start.buf) { continue }
            rows += 1
            row.line = info.line
            row.rejected = false
            if info.unclosedQuote {
                row.reject(.csvSyntax, nil, row.messages.unclosedQuote(lastLine: scanner.line))
                rejected += 1
                continue
            }
            if row.fields.count > map.width {
                var filled = map.width
                for k in map.width..<row.fields.count where !FieldBytes.isBlank(row.fields[k], in: start.buf) { filled = k + 1 }
                if filled > map.width {
                    row.reject(.tooManyFields, nil, row.messages.tooManyFields(width: map.width, count: filled))
                }
            }
            let ok = validator.validate(&row)
            if ok && !row.rejected { accepted += 1 } else { rejected += 1 }
        }
        row.report.summary.rows = rows
        row.report.summary.accepted = accepted
        row.report.summary.rejected = rejected
        return (validator, row)
    }

    /// Blank lines and rows of only delimiters (or only spaces between them) are not rows.
    @inline(__always)
    static func isBlank(_ fields: [FieldRef], _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = fields.first, first.end > first.start {
            let b = buf[first.start]
            if b != 0x20 && b != 0x09 && b != 0x22 && b != 0xC2 { return false }
        }
        for f in fields where !FieldBytes.isBlank(f, in: buf) { return false }
        return true
    }
}
