import EffektModel

/// A column of a terminal table.
struct TableColumn {
    var header: String
    var alignRight = false
    /// 0: always shown. Otherwise the column with the highest number is dropped first when the
    /// table does not fit the width (least important information goes first).
    var dropPriority = 0
    /// The column that gives up width (names). Shrunk to `softMinimum` before any column is
    /// dropped, and to `hardMinimum` only when nothing more can be dropped.
    var flexible = false
    var softMinimum = 18
    var hardMinimum = 8
}

/// One row of a table: cells, a heading across all columns, or a thin rule.
enum TableRow {
    case cells([String])
    case heading(String)
    case rule
}

/// A table laid out for a terminal of a given width: every line it returns is at most `width`
/// display columns, cells are truncated with `…` (in display width), nothing wraps.
struct TextTable {
    var columns: [TableColumn]
    var rows: [TableRow]
    var gap = 2

    /// The natural width of each column: its widest cell or header.
    private var natural: [Int] {
        columns.indices.map { i -> Int in
            var w = DisplayWidth.width(of: columns[i].header)
            for case .cells(let cells) in rows where i < cells.count {
                w = max(w, DisplayWidth.width(of: cells[i]))
            }
            return w
        }
    }

    /// The indices of the columns `render` shows at this width (for notes about a column that
    /// only make sense when it is there).
    func visibleColumns(width: Int, indent: Int = 2) -> [Int] {
        fit(natural: natural, width: width - indent).visible
    }

    func render(width: Int, indent: Int = 2, palette: Palette) -> [String] {
        let natural = self.natural
        let (visible, widths) = fit(natural: natural, width: width - indent)
        let pad = String(repeating: " ", count: indent)
        let spacer = String(repeating: " ", count: gap)
        let tableWidth = visible.reduce(0) { $0 + widths[$1] } + gap * max(0, visible.count - 1)

        func line(_ cells: [String], header: Bool) -> String {
            let parts = visible.map { i -> String in
                let text = i < cells.count ? cells[i] : ""
                let padded = DisplayWidth.pad(text, to: widths[i], alignRight: columns[i].alignRight)
                return header ? palette.bold(padded) : padded
            }
            return trimTrailing(pad + parts.joined(separator: spacer))
        }

        var out = [line(columns.map(\.header), header: true)]
        out.append(pad + palette.dim(String(repeating: "─", count: tableWidth)))
        for row in rows {
            switch row {
            case .cells(let cells): out.append(line(cells, header: false))
            case .heading(let text): out.append(pad + DisplayWidth.truncate(text, to: max(1, width - indent)))
            case .rule: out.append(pad + palette.dim(String(repeating: "┄", count: tableWidth)))
            }
        }
        return out.map { DisplayWidth.truncate($0, to: width) }
    }

    /// Which columns to show and how wide, for `room` columns.
    private func fit(natural: [Int], width room: Int) -> (visible: [Int], widths: [Int]) {
        var visible = Array(columns.indices)
        var widths = natural
        let flex = columns.firstIndex(where: \.flexible)

        func others() -> Int {
            visible.filter { $0 != flex }.reduce(0) { $0 + widths[$1] } + gap * max(0, visible.count - 1)
        }
        func fits(minimum: (TableColumn) -> Int) -> Bool {
            guard let flex else { return others() <= room }
            return room - others() >= min(natural[flex], minimum(columns[flex]))
        }

        while !fits(minimum: \.softMinimum) {
            let droppable = visible.filter { columns[$0].dropPriority > 0 }
            guard let victim = droppable.max(by: { (columns[$0].dropPriority, $0) < (columns[$1].dropPriority, $1) })
            else { break }
            visible.removeAll { $0 == victim }
        }
        if let flex {
            widths[flex] = max(min(natural[flex], columns[flex].hardMinimum), min(natural[flex], room - others()))
        }
        return (visible, widths)
    }
}

func trimTrailing(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t = t.dropLast() }
    return String(t)
}
