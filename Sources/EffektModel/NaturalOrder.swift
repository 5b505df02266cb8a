/// Natural id order (Docs/methodology.md): digit runs compare as numbers, so `K2` sorts before `K10`.
/// Ties (`K02` vs `K2`) fall back to plain byte order so the order is total and stable.
public enum NaturalOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            let cx = x[i], cy = y[j]
            if isDigit(cx) && isDigit(cy) {
                var ie = i; while ie < x.count && isDigit(x[ie]) { ie += 1 }
                var je = j; while je < y.count && isDigit(y[je]) { je += 1 }
                // Compare numerically without overflow: strip leading zeros, then length, then digits.
                var is0 = i; while is0 < ie - 1 && x[is0] == 48 { is0 += 1 }
                var js0 = j; while js0 < je - 1 && y[js0] == 48 { js0 += 1 }
                let lx = ie - is0, ly = je - js0
                if lx != ly { return lx < ly }
                var k = 0
                while k < lx {
                    if x[is0 + k] != y[js0 + k] { return x[is0 + k] < y[js0 + k] }
                    k += 1
                }
                i = ie; j = je
            } else {
                if cx != cy { return cx < cy }
                i += 1; j += 1
            }
        }
        if (x.count - i) != (y.count - j) { return (x.count - i) < (y.count - j) }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
