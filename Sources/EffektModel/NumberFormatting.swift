/// Numbers as a Danish (or English) reader expects them in text, tables and memos.
///
/// Decisions (see Docs/dashboard.md):
/// - Danish: thousands `.`, decimal `,`, percent with a space (`63 %`, as Retskrivningsordbogen
///   writes it), kroner after the amount (`1.234.567 kr.`).
/// - English: thousands `,`, decimal `.`, percent without a space (`63%`), the ISO code before
///   the amount (`DKK 1,234,567`, as the EU style guide writes currency in English text).
/// - Negative numbers carry the true minus sign `−` (U+2212), which lines up with `+` and which
///   the importer reads back. CSV output does not use this type for numbers: Excel wants `-`.
/// - Rounding is half away from zero; a value that rounds to zero is written without a sign.
/// - Not finite → `–` (an en dash: "no figure").
///
/// Hand-written instead of Foundation's `NumberFormatter`: that depends on the ICU data and
/// locale of the machine, and its Danish percent and grouping output has changed between releases.
public enum NumberFormatting {
    public static let minus = "\u{2212}"
    public static let missing = "–"

    /// `1.234.567` / `1,234,567`, or with `decimals` digits after the mark: `1.234,50`.
    public static func number(_ value: Double, decimals: Int = 0, language: Language) -> String {
        guard value.isFinite else { return missing }
        let d = max(0, min(decimals, 6))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 doubles are not exact integers anyway; such amounts are not kroner of a project.
        guard scaled < 9.0e15 else { return missing }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var text = grouped(whole, separator: language == .da ? "." : ",")
        if d > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: d - digits.count) + digits
            text += (language == .da ? "," : ".") + digits
        }
        return units == 0 ? text : (value < 0 ? minus + text : text)
    }

    /// Like `number`, but at most `maxDecimals` digits with trailing zeros dropped: `1,5`, `12`,
    /// `0,25`. For measurement values, whose precision the data decides.
    public static func compact(_ value: Double, maxDecimals: Int = 2, language: Language) -> String {
        var text = number(value, decimals: maxDecimals, language: language)
        let mark: Character = language == .da ? "," : "."
        guard text.contains(mark) else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == mark { text.removeLast() }
        if text == minus + "0" { text = "0" }
        return text
    }

    /// A fraction as percent: 0.63 → `63 %` (Danish) / `63%` (English).
    public static func percent(_ fraction: Double, decimals: Int = 0, language: Language) -> String {
        guard fraction.isFinite else { return missing }
        return number(fraction * 100, decimals: decimals, language: language) + (language == .da ? " %" : "%")
    }

    /// A difference of two fractions in percentage points, always signed: `+4 pp`, `−3 pp`, `0 pp`.
    public static func points(_ delta: Double, language: Language) -> String {
        guard delta.isFinite else { return missing }
        let text = number(delta * 100, language: language)
        let signed = text.hasPrefix(minus) || text == "0" ? text : "+" + text
        return signed + " pp"
    }

    /// An amount of kroner: `1.234.567 kr.` / `DKK 1,234,567`.
    public static func kroner(_ value: Double, language: Language) -> String {
        let text = number(value, language: language)
        return language == .da ? text + " kr." : "DKK " + text
    }

    /// Reads back what this type writes (and plain numbers): for round-trip tests and for templates
    /// that hand figures back. Accepts `−` and `-`, grouping, `%`/`pp`/`kr.`/`DKK`.
    /// Percent and points come back as fractions (`63 %` → 0.63).
    public static func parse(_ text: String, language: Language) -> Double? {
        var t = text.trimmingSpaces
        var divisor = 1.0
        for suffix in [" pp", "pp", " %", "%"] where t.hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count)); divisor = 100; break
        }
        if t.hasSuffix(" kr.") { t = String(t.dropLast(4)) }
        if t.hasPrefix("DKK ") { t = String(t.dropFirst(4)) }
        var negative = false
        if t.hasPrefix(minus) || t.hasPrefix("-") { negative = true; t = String(t.dropFirst()) }
        else if t.hasPrefix("+") { t = String(t.dropFirst()) }
        let group: Character = language == .da ? "." : ","
        let mark: Character = language == .da ? "," : "."
        let parts = t.split(separator: mark, omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty else { return nil }
        let groups = wholePart.split(separator: group, omittingEmptySubsequences: false)
        // Grouping must be real groups of three, so that `1.5` in Danish is not read as 15.
        for (i, g) in groups.enumerated() where g.isEmpty || (i > 0 && g.count != 3) || (i == 0 && g.count > 3 && groups.count > 1) {
            return nil
        }
        var plain = groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty else { return nil }
            plain += "." + parts[1]
        }
        guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(plain) else { return nil }
        return (negative ? -value : value) / divisor
    }

    static func grouped(_ n: UInt64, separator: String) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return out
    }
}

extension String {
    /// Without leading and trailing spaces (no Foundation needed).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
