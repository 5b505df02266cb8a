import EffektModel
import EffektEvaluation

/// Datakvalitet: how each input file was read, then every diagnostic.
enum DataQualitySheet {
    static let filesHeaderRow: Row = 3

    static func delimiter(_ d: String?, _ l: Language) -> String? {
        d == "\t" ? l.pick("tabulator", "tab") : d
    }

    static func write(_ cx: ReportContext, sheet: Worksheet) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, e = cx.evaluation
        try sheet.columnWidths([26, 14, 14, 12, 10, 90, 10, 10])
        try sheet.text(0, 0, l.pick("Datakvalitet", "Data quality"), f.title)
        let rejected = e.data.rejectedRows
        try sheet.text(1, 0, rejected == 0
            ? l.pick("Ingen rækker er afvist.", "No rows were rejected.")
            : l.pick("\(rejected) rækker er afvist og indgår ikke i vurderingen — se fejlene nedenfor.",
                     "\(rejected) rows were rejected and are not in the assessment — see the errors below."), rejected == 0 ? f.note : f.bold)
        try sheet.text(2, 0, l.pick("Inputfiler", "Input files"), f.heading)
        try SheetLine.header(sheet, filesHeaderRow, [
            l.pick("Fil", "File"), l.pick("Indhold", "Kind"), l.pick("Tegnsæt", "Encoding"), l.pick("Skilletegn", "Delimiter"),
            l.pick("Decimaltegn", "Decimal mark"), l.pick("Rækker", "Rows"), l.pick("Accepteret", "Accepted"), l.pick("Afvist", "Rejected"),
        ], f.header)
        var row = filesHeaderRow + 1
        for input in e.inputs {
            var x = SheetLine(sheet, row)
            try x.text(input.file)
            try x.text(input.kind.label(l))
            try x.text(input.encoding)
            try x.text(delimiter(input.delimiter, l))
            try x.text(input.decimal)
            try x.int(input.rows, f.integer)
            try x.int(input.accepted, f.integer)
            try x.int(input.rejected, f.integer)
            row += 1
        }
        row += 1
        let errors = e.diagnostics.filter { $0.severity == .error }.count
        let warnings = e.diagnostics.count - errors
        try sheet.text(row, 0, l.pick("Fejl og advarsler (\(errors) fejl, \(warnings) advarsler)",
                                      "Errors and warnings (\(errors) errors, \(warnings) warnings)"), f.heading)
        row += 1
        let header = row
        // Columns here differ from the file table above; the widths suit both.
        try SheetLine.header(sheet, header, [
            l.pick("Fil", "File"), l.pick("Alvor", "Severity"), l.pick("Kode", "Code"), l.pick("Linje", "Line"),
            l.pick("Kolonne", "Column"), l.pick("Besked", "Message"),
        ], f.header)
        row += 1
        // Room for every diagnostic up to Excel's last row; beyond it a note says how many are left.
        let room = Int(1_048_576 - row - 1)
        let shown = min(e.diagnostics.count, room)
        let errorLabel = l.pick("Fejl", "Error"), warningLabel = l.pick("Advarsel", "Warning")
        if shown > 0 {
            try sheet.autofilter(header, 0, header + Row(shown), 5)
            if let red = f.status[.offTrack], let amber = f.status[.atRisk] {
                try sheet.highlight(header + 1, 1, header + Row(shown), 1, equalTo: errorLabel, red)
                try sheet.highlight(header + 1, 1, header + Row(shown), 1, equalTo: warningLabel, amber)
            }
        }
        for d in e.diagnostics.prefix(shown) {
            var x = SheetLine(sheet, row)
            try x.text(d.file)
            try x.text(d.severity == .error ? errorLabel : warningLabel, f.statusPlain)
            try x.text(d.code.rawValue)
            try x.int(d.line, f.integer)
            try x.text(d.column)
            try x.text(d.message)
            row += 1
        }
        if shown < e.diagnostics.count {
            try sheet.text(row, 0, l.pick("… og \(e.diagnostics.count - shown) flere", "… and \(e.diagnostics.count - shown) more"), f.note)
        }
        try sheet.printSetup(repeatRows: nil, footer: cx.footer)
    }
}
