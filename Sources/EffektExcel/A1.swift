/// `A1`-style names of columns and cells for formulas.
enum A1 {
    static func column(_ c: Col) -> String {
        var n = Int(c) + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    static func cell(_ r: Row, _ c: Col, absolute: Bool = false) -> String {
        absolute ? "$\(column(c))$\(r + 1)" : "\(column(c))\(r + 1)"
    }

    static func range(_ r1: Row, _ c1: Col, _ r2: Row, _ c2: Col) -> String {
        cell(r1, c1, absolute: true) + ":" + cell(r2, c2, absolute: true)
    }

    /// A sheet's prefix in a formula or defined name, always quoted so names with spaces, digits
    /// or Danish letters work: `'Målinger (2)'!`; a quote in the name is doubled.
    static func sheet(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'!"
    }
}
