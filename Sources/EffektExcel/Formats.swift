import EffektModel
import EffektEvaluation

/// Every cell format the report uses, created once per workbook. Number formats are written in
/// Excel's en-US syntax; Excel and LibreOffice show them in the reader's locale (a Danish reader
/// sees `63 %` and `1.234 kr.`).
struct Formats {
    let title: Format
    let subtitle: Format
    let heading: Format
    let header: Format
    let note: Format
    let wrap: Format
    let bold: Format
    let integer: Format
    let decimal: Format
    let percent: Format
    let percentBold: Format
    let change: Format
    let kroner: Format
    let kronerBold: Format
    let date: Format
    let dateLeft: Format
    let pValue: Format
    let slope: Format
    /// A four-digit year as a number (no thousands separator: `2026`, not `2.026`).
    let year: Format
    /// Gevinstprofil: the header cell of the year holding the as-of date, and its kroner cells.
    let currentYearHeader: Format
    let kronerCurrentYear: Format
    /// The portfolio's total row on Gevinstprofil: bold kroner at the table's size.
    let kronerTotal: Format
    let kronerTotalCurrentYear: Format
    let boldTotal: Format
    /// Kriterier: a target that differs from what was first reported (and the original beside it).
    let changed: Format
    let changedDate: Format
    /// Conditional (dxf) formats for the Making Data Count icon words on the SPC sheet.
    let spcImprovement: Format
    let spcConcern: Format
    let spcNeutral: Format
    /// Conditional (dxf) formats per status: the colour follows the cell's text.
    let status: [Status: Format]
    let statusPlain: Format

    static let headerBlue: UInt32 = 0x1F3864
    static let scoreColor: UInt32 = 0x5B9BD5
    static let expectedColor: UInt32 = 0xA5A5A5
    /// The year holding the as-of date on Gevinstprofil (header fill) and its cells' light fill.
    static let currentYearColor: UInt32 = 0xC55A11
    static let currentYearFill: UInt32 = 0xFCE4D6
    /// Making Data Count's palette (NHSRplotthedots `ptd_spc_colours`): improvement blue, concern
    /// orange, common cause grey, target red.
    static let mdcImprovement: UInt32 = 0x289DE0
    static let mdcConcern: UInt32 = 0xFAB428
    static let mdcCommonCause: UInt32 = 0x7B7D7D
    static let mdcTarget: UInt32 = 0xDE1B1B
    static let changedFill: UInt32 = 0xFFEB9C

    /// Fill and font colour per status (achieved blue, on track green, at risk amber, off track red,
    /// missed dark red, no data grey). Light fills with dark text keep black-and-white print legible.
    static let statusColors: [(Status, fill: UInt32, font: UInt32)] = [
        (.achieved, 0x9BC2E6, 0x1F3864),
        (.onTrack, 0xC6EFCE, 0x006100),
        (.atRisk, 0xFFEB9C, 0x7F4F00),
        (.offTrack, 0xFFC7CE, 0x9C0006),
        (.missed, 0x8B0000, 0xFFFFFF),
        (.noData, 0xD9D9D9, 0x404040),
    ]

    init(_ book: Workbook, language: Language) throws(WorkbookError) {
        title = try book.addFormat { $0.bold = true; $0.fontSize = 16; $0.fontColor = Formats.headerBlue }
        subtitle = try book.addFormat { $0.fontSize = 11; $0.fontColor = 0x404040 }
        heading = try book.addFormat { $0.bold = true; $0.fontSize = 12; $0.fontColor = Formats.headerBlue }
        header = try book.addFormat {
            $0.bold = true; $0.fontColor = 0xFFFFFF; $0.background = Formats.headerBlue; $0.wrap = true; $0.verticalTop = true
        }
        note = try book.addFormat { $0.italic = true; $0.fontColor = 0x595959 }
        wrap = try book.addFormat { $0.wrap = true; $0.verticalTop = true }
        bold = try book.addFormat { $0.bold = true }
        integer = try book.addFormat { $0.numberFormat = "#,##0" }
        decimal = try book.addFormat { $0.numberFormat = "#,##0.00" }
        percent = try book.addFormat { $0.numberFormat = "0%" }
        percentBold = try book.addFormat { $0.numberFormat = "0%"; $0.bold = true; $0.fontSize = 12 }
        change = try book.addFormat { $0.numberFormat = "+0.0%;-0.0%;0.0%" }
        // Danish readers write `1.234 kr.`; English ones `DKK 1,234`.
        let kr = language == .da ? "#,##0 \"kr.\"" : "\"DKK \"#,##0"
        kroner = try book.addFormat { $0.numberFormat = kr }
        kronerBold = try book.addFormat { $0.numberFormat = kr; $0.bold = true; $0.fontSize = 12 }
        date = try book.addFormat { $0.numberFormat = language == .da ? "dd-mm-yyyy" : "yyyy-mm-dd"; $0.alignRight = true }
        dateLeft = try book.addFormat { $0.numberFormat = language == .da ? "dd-mm-yyyy" : "yyyy-mm-dd"; $0.bold = true }
        pValue = try book.addFormat { $0.numberFormat = "0.000" }
        slope = try book.addFormat { $0.numberFormat = "0.0000" }
        year = try book.addFormat { $0.numberFormat = "0"; $0.alignCenter = true }
        currentYearHeader = try book.addFormat {
            $0.bold = true; $0.fontColor = 0xFFFFFF; $0.background = Formats.currentYearColor; $0.wrap = true; $0.verticalTop = true
        }
        kronerCurrentYear = try book.addFormat { $0.numberFormat = kr; $0.background = Formats.currentYearFill }
        kronerTotal = try book.addFormat { $0.numberFormat = kr; $0.bold = true; $0.topBorder = true }
        kronerTotalCurrentYear = try book.addFormat { $0.numberFormat = kr; $0.bold = true; $0.topBorder = true; $0.background = Formats.currentYearFill }
        boldTotal = try book.addFormat { $0.bold = true; $0.topBorder = true }
        changed = try book.addFormat { $0.background = Formats.changedFill; $0.bold = true }
        changedDate = try book.addFormat {
            $0.numberFormat = language == .da ? "dd-mm-yyyy" : "yyyy-mm-dd"; $0.alignRight = true; $0.background = Formats.changedFill; $0.bold = true
        }
        spcImprovement = try book.addFormat { $0.background = Formats.mdcImprovement; $0.fontColor = 0xFFFFFF; $0.bold = true }
        spcConcern = try book.addFormat { $0.background = Formats.mdcConcern; $0.fontColor = 0x000000; $0.bold = true }
        spcNeutral = try book.addFormat { $0.background = 0xD9D9D9; $0.fontColor = 0x404040; $0.bold = true }
        var status: [Status: Format] = [:]
        for (s, fill, font) in Formats.statusColors {
            status[s] = try book.addFormat { $0.background = fill; $0.fontColor = font; $0.bold = true }
        }
        self.status = status
        statusPlain = try book.addFormat { $0.bold = true }
        // The status formats above are conditional-format (dxf) styles only; every other format is
        // a cell style and gets its index now (see `Workbook.register`).
        for format in [title, subtitle, heading, header, note, wrap, bold, integer, decimal, percent, percentBold, change,
                       kroner, kronerBold, date, dateLeft, pValue, slope, statusPlain, year, currentYearHeader,
                       kronerCurrentYear, kronerTotal, kronerTotalCurrentYear, boldTotal, changed, changedDate] {
            book.register(format)
        }
    }
}
