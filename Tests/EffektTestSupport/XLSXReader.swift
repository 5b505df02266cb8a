import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small test-only xlsx reader, shared by the workbook and CLI tests: the workbook is a zip of XML parts. It reads what the tests
/// assert on — sheet names and visibility, cell values (shared, inline and formula strings,
/// numbers), each cell's number format, formulas, conditional-format ranges, autofilter and panes.
public struct XLSX {
    public struct Cell: Equatable {
        public var type: String?          // t attribute: s, inlineStr, str, b, e, or nil (number)
        public var value: String?         // the <v> or inline text
        public var formula: String?
        public var style: Int
        public var text: String? { value }
        public var number: Double? { type == nil || type == "n" ? value.flatMap(Double.init) : nil }
    }

    public struct ConditionalFormat: Equatable {
        public var sqref: String
        public var types: [String]
        public var formulas: [String]
    }

    public struct Sheet {
        public var name: String
        public var hidden: Bool
        public var cells: [String: Cell] = [:]
        public var conditionalFormats: [ConditionalFormat] = []
        public var autofilter: String?
        public var frozen: String?
        public var drawings = 0
        public var rowOrder: [Int] = []
    }

    /// What a chart part holds that tests assert on.
    public struct ChartPart: Equatable {
        public var path: String
        public var title = ""
        public var seriesNames: [String] = []
        public var blanksAs: String?
        /// Custom data labels (`c:dLbl`) over all series, and how many of them are deleted.
        public var labels = 0
        public var deletedLabels = 0
        public var labelTexts: [String] = []
    }

    public var sheets: [Sheet] = []
    public var charts: [ChartPart] = []
    public var numberFormats: [Int: String] = [:]   // numFmtId → code (custom ones)
    public var cellFormats: [Int] = []              // xf index → numFmtId
    /// xf index → fillId, and fillId → the solid fill's colour (`FFC55A11`), nil for none.
    public var cellFills: [Int] = []
    public var fills: [String?] = []
    public var definedNames: [String: String] = [:]
    public var parts: [String] = []
    public var core = ""

    public init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        func part(_ name: String) throws -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        parts = archive.map(\.path)
        var shared: [String] = []
        if let d = try part("xl/sharedStrings.xml") { shared = SharedStrings.parse(d) }
        if let d = try part("xl/styles.xml") {
            (numberFormats, cellFormats) = Styles.parse(d)
            (cellFills, fills) = Styles.fills(d)
        }
        for name in parts where name.hasPrefix("xl/charts/chart") && name.hasSuffix(".xml") {
            if let d = try part(name) { charts.append(ChartXML.parse(d, path: name)) }
        }
        if let d = try part("docProps/core.xml") { core = String(decoding: d, as: UTF8.self) }
        guard let wb = try part("xl/workbook.xml"), let rels = try part("xl/_rels/workbook.xml.rels") else {
            throw ReaderError("missing workbook.xml")
        }
        let targets = Relationships.parse(rels)
        let book = WorkbookPart.parse(wb)
        definedNames = book.names
        for s in book.sheets {
            guard let target = targets[s.rid] else { throw ReaderError("no target for \(s.rid)") }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let d = try part(path) else { throw ReaderError("missing \(path)") }
            var sheet = SheetPart.parse(d, shared: shared)
            sheet.name = s.name
            sheet.hidden = s.hidden
            sheets.append(sheet)
        }
    }

    public var sheetNames: [String] { sheets.map(\.name) }
    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    /// The solid fill colour of a cell's style (`FFC55A11`), nil when it has none.
    public func fill(_ cell: Cell) -> String? {
        guard cell.style < cellFills.count, cellFills[cell.style] < fills.count else { return nil }
        return fills[cellFills[cell.style]]
    }

    /// The number format code of a cell ("General" for id 0, built-ins by id).
    public func numberFormat(_ cell: Cell) -> String {
        let id = cell.style < cellFormats.count ? cellFormats[cell.style] : 0
        if let custom = numberFormats[id] { return custom }
        switch id {
        case 0: return "General"
        case 9: return "0%"
        case 10: return "0.00%"
        case 14: return "m/d/yyyy"
        default: return "builtin:\(id)"
        }
    }
}

public struct ReaderError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}

/// A tiny event-driven collector over XMLParser.
private class Collector: NSObject, XMLParserDelegate {
    var onStart: (String, [String: String]) -> Void = { _, _ in }
    var onEnd: (String, String) -> Void = { _, _ in }
    private var text = ""
    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        text = ""
        onStart(e, attributes)
    }
    func parser(_ p: XMLParser, foundCharacters s: String) { text += s }
    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        onEnd(e, text)
        text = ""
    }
    func run(_ data: Data) {
        let p = XMLParser(data: data)
        p.delegate = self
        _ = p.parse()
    }
}

private enum SharedStrings {
    static func parse(_ d: Data) -> [String] {
        var out: [String] = [], current = ""
        let c = Collector()
        c.onStart = { e, _ in if e == "si" { current = "" } }
        c.onEnd = { e, t in
            if e == "t" { current += t }
            if e == "si" { out.append(current) }
        }
        c.run(d)
        return out
    }
}

private enum Styles {
    static func parse(_ d: Data) -> ([Int: String], [Int]) {
        var fmts: [Int: String] = [:], xfs: [Int] = []
        var inCellXfs = false
        let c = Collector()
        c.onStart = { e, a in
            if e == "numFmt", let id = a["numFmtId"].flatMap(Int.init) { fmts[id] = a["formatCode"] }
            if e == "cellXfs" { inCellXfs = true }
            if e == "xf", inCellXfs { xfs.append(a["numFmtId"].flatMap(Int.init) ?? 0) }
        }
        c.onEnd = { e, _ in if e == "cellXfs" { inCellXfs = false } }
        c.run(d)
        return (fmts, xfs)
    }
}

extension Styles {
    static func fills(_ d: Data) -> ([Int], [String?]) {
        var xfFills: [Int] = [], fills: [String?] = []
        var inCellXfs = false, inFills = false
        let c = Collector()
        c.onStart = { e, a in
            switch e {
            case "fills": inFills = true
            case "fill" where inFills: fills.append(nil)
            case "fgColor" where inFills: if let rgb = a["rgb"], !fills.isEmpty { fills[fills.count - 1] = rgb }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: xfFills.append(a["fillId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        c.onEnd = { e, _ in
            if e == "cellXfs" { inCellXfs = false }
            if e == "fills" { inFills = false }
        }
        c.run(d)
        return (xfFills, fills)
    }
}

private enum ChartXML {
    static func parse(_ d: Data, path: String) -> XLSX.ChartPart {
        var chart = XLSX.ChartPart(path: path)
        // The chart's own title is the first <c:title>; axis titles come later.
        var inTitle = false, titles = 0, inSeriesName = false, inLabel = false, depth = 0
        let c = Collector()
        c.onStart = { e, a in
            switch e {
            case "c:title": titles += 1; inTitle = titles == 1 && depth == 0
            case "c:ser": depth += 1
            case "c:tx": if depth > 0 && !inLabel { inSeriesName = true }
            case "c:dispBlanksAs": chart.blanksAs = a["val"]
            case "c:dLbl": chart.labels += 1; inLabel = true
            case "c:delete": if inLabel && a["val"] == "1" { chart.deletedLabels += 1 }
            default: break
            }
        }
        c.onEnd = { e, t in
            switch e {
            case "a:t":
                if inTitle { chart.title += t }
                if inLabel { chart.labelTexts.append(t) }
            case "c:v": if inSeriesName { chart.seriesNames.append(t) }
            case "c:title": inTitle = false
            case "c:tx": inSeriesName = false
            case "c:ser": depth -= 1
            case "c:dLbl": inLabel = false
            default: break
            }
        }
        c.run(d)
        return chart
    }
}

private enum Relationships {
    static func parse(_ d: Data) -> [String: String] {
        var out: [String: String] = [:]
        let c = Collector()
        c.onStart = { e, a in if e == "Relationship", let id = a["Id"], let t = a["Target"] { out[id] = t } }
        c.run(d)
        return out
    }
}

private enum WorkbookPart {
    static func parse(_ d: Data) -> (sheets: [(name: String, rid: String, hidden: Bool)], names: [String: String]) {
        var sheets: [(String, String, Bool)] = [], names: [String: String] = [:]
        var currentName = ""
        let c = Collector()
        c.onStart = { e, a in
            if e == "sheet", let n = a["name"], let r = a["r:id"] { sheets.append((n, r, a["state"] == "hidden")) }
            if e == "definedName" { currentName = a["name"] ?? "" }
        }
        c.onEnd = { e, t in if e == "definedName" { names[currentName] = t } }
        c.run(d)
        return (sheets.map { (name: $0.0, rid: $0.1, hidden: $0.2) }, names)
    }
}

private enum SheetPart {
    static func parse(_ d: Data, shared: [String]) -> XLSX.Sheet {
        var sheet = XLSX.Sheet(name: "", hidden: false)
        var ref = "", type: String?, style = 0, value: String?, formula: String?, inline = ""
        var cf: XLSX.ConditionalFormat?
        let c = Collector()
        c.onStart = { e, a in
            switch e {
            case "row": if let r = a["r"].flatMap(Int.init) { sheet.rowOrder.append(r) }
            case "c":
                ref = a["r"] ?? ""; type = a["t"]; style = a["s"].flatMap(Int.init) ?? 0
                value = nil; formula = nil; inline = ""
            case "conditionalFormatting": cf = XLSX.ConditionalFormat(sqref: a["sqref"] ?? "", types: [], formulas: [])
            case "cfRule": cf?.types.append(a["type"] ?? "")
            case "autoFilter": sheet.autofilter = a["ref"]
            case "pane": if a["state"] == "frozen" { sheet.frozen = a["topLeftCell"] }
            case "drawing": sheet.drawings += 1
            default: break
            }
        }
        c.onEnd = { e, t in
            switch e {
            case "v": value = t
            case "f": if cf != nil { cf?.formulas.append(t) } else { formula = t }
            case "formula": cf?.formulas.append(t)
            case "t": inline += t
            case "c":
                var v = value
                if type == "s", let i = value.flatMap(Int.init), i < shared.count { v = shared[i] }
                if type == "inlineStr" { v = inline }
                sheet.cells[ref] = XLSX.Cell(type: type, value: v, formula: formula, style: style)
            case "conditionalFormatting": if let x = cf { sheet.conditionalFormats.append(x) }; cf = nil
            default: break
            }
        }
        c.run(d)
        return sheet
    }
}
