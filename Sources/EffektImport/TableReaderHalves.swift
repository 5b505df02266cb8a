import Dispatch
import EffektModel

extension TableReader {
    /// Reads the rows after the header as two halves, one per core, and joins them into what one
    /// pass would have produced: the same records, line numbers, diagnostics and counts.
    ///
    /// The file is cut just after a line feed near the middle of the rows. A quoted field may hold
    /// line breaks, so that line feed might be inside one: the earlier half then ends in an open
    /// quote, and nil is returned for the caller to read the file in one pass. (The earlier half
    /// is read exactly as one pass would read it, so when it ends outside quotes, the cut is a
    /// record boundary.) The later half starts at the physical line one pass would reach there.
    static func runInHalves<V: RowValidator>(
        _ start: CSVScanner, map: HeaderMap, decimal: DecimalMark, report: FileReport, progress: ProgressTicker? = nil,
        makeValidator: () -> V
    ) -> (validator: V, context: RowContext)? {
        let buf = start.buf, n = buf.count
        var cut = start.pos + (n - start.pos) / 2
        while cut < n && buf[cut - 1] != 0x0A { cut += 1 }
        guard cut > start.pos, cut < n else { return nil }

        let earlierBuf = UnsafeBufferPointer(rebasing: buf[0..<cut])
        let laterBuf = UnsafeBufferPointer(rebasing: buf[cut..<n])
        // One validator, copied: the copy shares the read-only tables (the criteria index).
        let validator = makeValidator()
        var laterValidator = validator
        laterValidator.becomeLaterHalf()
        let halves = Halves(
            earlier: Half(scanner: CSVScanner(buf: earlierBuf, classes: start.classes, delimiter: start.delimiter,
                                              start: start.pos, line: start.line),
                          validator: validator,
                          context: RowContext(buf: earlierBuf, map: map, decimal: decimal, delimiter: start.delimiter,
                                              report: report)),
            later: Half(scanner: CSVScanner(buf: laterBuf, classes: start.classes, delimiter: start.delimiter, start: 0),
                        validator: laterValidator,
                        context: RowContext(buf: laterBuf, map: map, decimal: decimal, delimiter: start.delimiter,
                                            report: FileReport(file: report.file, kind: report.summary.kind,
                                                               language: report.messages.l))))
        halves.laterLine = { start.line + TextDecoder.lineBreaks(buf, from: start.pos, to: cut) }
        halves.earlier?.context.progress = progress
        halves.later?.context.progress = progress.map { ProgressTicker(callback: $0.callback, scale: $0.scale, last: 0) }
        DispatchQueue.concurrentPerform(iterations: 2) { k in halves.read(k) }
        // Taken out of the box, so that the earlier half's records are held once and the later
        // half's are appended in place (a second reference would copy all of them first).
        guard var earlier = halves.earlier.take(), let later = halves.later.take(),
              !earlier.counts.endedInQuote else { return nil }

        earlier.validator.merge(later.validator)
        var row = earlier.context
        var laterDiagnostics = later.context.report.diagnostics
        // Control characters are reported once per file: at their first line.
        if row.report.diagnostics.contains(where: { $0.code == .controlCharacter }) {
            laterDiagnostics.removeAll { $0.code == .controlCharacter }
        }
        row.report.diagnostics.append(contentsOf: laterDiagnostics)
        row.evidence.merge(later.context.evidence)
        earlier.validator.finish(&row.report)
        (earlier.counts + later.counts).record(in: &row.report)
        return (earlier.validator, row)
    }

    /// One half's reader state.
    struct Half<V: RowValidator> {
        var scanner: CSVScanner
        var validator: V
        var context: RowContext
        var counts = Counts()

        mutating func read() { counts = TableReader.rows(&scanner, &validator, &context) }
    }

    /// Both halves, handed to the two threads.
    final class Halves<V: RowValidator>: @unchecked Sendable {
        // Why unchecked: thread 0 touches only `earlier` and thread 1 only `later` and `laterLine`,
        // and the caller reads them after `concurrentPerform` has returned. The buffers they point
        // into outlive it.
        var earlier: Half<V>?
        var later: Half<V>?
        /// The physical line where the later half starts: counted on its own thread.
        var laterLine: () -> Int = { 1 }
        init(earlier: Half<V>, later: Half<V>) { self.earlier = earlier; self.later = later }

        func read(_ k: Int) {
            if k == 0 {
                earlier?.read()
            } else {
                if let s = later?.scanner {
                    later?.scanner = CSVScanner(buf: s.buf, classes: s.classes, delimiter: s.delimiter, start: 0,
                                                line: laterLine())
                }
                later?.read()
            }
        }
    }
}
