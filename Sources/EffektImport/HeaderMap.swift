/// The result of matching a header line against a schema.
struct HeaderMap: Sendable {
    /// Column index per `Field.rawValue`, -1 when absent.
    var columns: [Int]
    /// The header text as written, per column.
    var headers: [String]
    /// How many columns the header has (trailing empty headers, as Excel writes them, not counted).
    var width: Int
    var missing: [Field]
    /// Headers that match nothing, or repeat a field already matched.
    var ignored: [String]
    /// 1-based positions of columns without a header between named ones.
    var blankColumns: [Int] = []

    init(headers raw: [String], schema: Schema) {
        var width = raw.count
        while width > 0, raw[width - 1].isEmpty { width -= 1 }
        headers = Array(raw.prefix(width))
        self.width = width
        columns = [Int](repeating: -1, count: Field.allCases.count)
        ignored = []
        let lookup = schema.lookup
        for (k, h) in headers.enumerated() {
            // A column without a header between named ones: its data would be ignored, so say so.
            guard !h.isEmpty else { blankColumns.append(k + 1); continue }
            if let f = lookup[HeaderMatcher.normalize(h)], columns[f.rawValue] < 0 {
                columns[f.rawValue] = k
            } else {
                ignored.append(h)
            }
        }
        let found = columns
        missing = schema.fields.filter { $0.required && found[$0.field.rawValue] < 0 }.map { $0.field }
    }

    func column(_ f: Field) -> Int { columns[f.rawValue] }

    /// The header as written for a field, for messages; the canonical name when absent.
    func header(_ f: Field) -> String {
        let k = columns[f.rawValue]
        return k >= 0 && k < headers.count ? headers[k] : f.canonical
    }
}
