/// Escaping for text and attribute values. Every string that comes from data passes through here
/// (or through Mustache's own escaping in the template), so a project named `<script>` or
/// `"><img onerror=…>` stays text.
enum HTMLEscape {
    /// Escapes `& < > " '`, enough for element content and for quoted attribute values alike.
    package static func text(_ s: String) -> String {
        // Most strings need nothing: scan the bytes once before building a copy.
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A double for a `data-` attribute, in the shortest form that reads back as the same double
    /// (Swift's description), so the browser test can compare it with the JSON.
    package static func number(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return v.description
    }
}
