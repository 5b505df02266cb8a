import EffektModel

/// What every chart shares: coordinates written with one decimal (locale-free, so the file is the
/// same on every machine), a linear scale, and round tick values.
enum SVG {
    /// `12.3`, `-4`, `0.5`: one decimal, trailing `.0` dropped.
    static func n(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let tenths = Int((v * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? sign + String(a / 10) : sign + String(a / 10) + "." + String(a % 10)
    }

    /// `<svg>` opening tag with a viewBox, role and the accessible name and description: screen
    /// readers read the title and the figures in the description instead of the drawing.
    static func open(width: Double, height: Double, className: String, id: String, title: String, desc: String) -> String {
        "<svg class=\"\(className)\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\""
            + " role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">"
            + "<title id=\"\(id)-t\">\(HTMLEscape.text(title))</title><desc id=\"\(id)-d\">\(HTMLEscape.text(desc))</desc>"
    }

    static func text(_ x: Double, _ y: Double, _ s: String, className: String, anchor: String = "start") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" class=\"\(className)\"" + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")
            + ">\(HTMLEscape.text(s))</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, className: String) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" class=\"\(className)\"/>"
    }

    static func polyline(_ points: [(Double, Double)], className: String) -> String {
        "<polyline class=\"\(className)\" points=\"" + points.map { n($0.0) + "," + n($0.1) }.joined(separator: " ") + "\"/>"
    }
}

/// value ↦ pixel, linear; a zero-width domain maps to the middle of the range.
struct LinearScale: Equatable {
    var domain: (lo: Double, hi: Double)
    var range: (lo: Double, hi: Double)

    init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1); self.range = (range.0, range.1)
    }

    func callAsFunction(_ v: Double) -> Double {
        let span = domain.hi - domain.lo
        guard span != 0, span.isFinite else { return (range.lo + range.hi) / 2 }
        return range.lo + (v - domain.lo) / span * (range.hi - range.lo)
    }

    static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}

enum Ticks {
    /// Round values covering lo…hi, about `count` of them: steps of 1, 2 or 5 × 10^k.
    static func nice(_ lo: Double, _ hi: Double, count: Int = 5) -> [Double] {
        guard lo.isFinite, hi.isFinite, hi > lo, count > 0 else { return lo.isFinite ? [lo] : [] }
        let raw = (hi - lo) / Double(count)
        let magnitude = pow10(floorLog10(raw))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var out: [Double] = []
        var v = (lo / step).rounded(.up) * step
        while v <= hi + step * 1e-9 && out.count < 50 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        return out
    }

    static func floorLog10(_ x: Double) -> Int {
        var e = 0, v = x
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 && v > 0 { v *= 10; e -= 1 }
        return e
    }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }
}
