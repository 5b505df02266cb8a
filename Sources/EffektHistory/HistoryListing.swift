import EffektModel
import EffektText

/// `effekt history`: the stored reports as a table for people or JSON for programs.
package enum HistoryListing {
    static let schema = "effekt.history/1"
    /// Hex digits of a SHA-256 shown in the table: enough to tell files apart at a glance.
    static let shortHash = 12

    package static func text(_ reports: [ReportSummary], path: String, language: Language) -> String {
        guard !reports.isEmpty else {
            return language.pick("\(path): ingen indberetninger endnu.\n", "\(path): no reports yet.\n")
        }
        let header = language == .da
            ? ["Kvartal", "Opgjort pr.", "Gemt (UTC)", "Portefølje", "Status", "Inddata (SHA-256, forkortet)"]
            : ["Quarter", "As of", "Recorded (UTC)", "Portfolio", "Status", "Inputs (SHA-256, shortened)"]
        var rows: [[String]] = [header]
        for r in reports {
            let score = r.portfolioScore.map { NumberFormatting.percent($0, language: language) } ?? NumberFormatting.missing
            let status = r.superseded ? language.pick("erstattet", "superseded") : language.pick("indberettet", "reported")
            let inputs = r.inputs.map { "\(fileName($0.file)) \($0.sha256.prefix(shortHash))" }.joined(separator: ", ")
            rows.append([r.quarter.description, r.asOf.iso, r.recordedAt, score, status, inputs])
        }
        let widths = (0..<header.count).map { column in rows.map { DisplayWidth.width(of: $0[column]) }.max() ?? 0 }
        var out = "\(path)\n"
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                let last = column == row.count - 1
                line += cell + (last ? "" : String(repeating: " ", count: widths[column] - DisplayWidth.width(of: cell) + 2))
            }
            out += line + "\n"
        }
        return out
    }

    /// `{"schema": "effekt.history/1", "file", "reports": [...]}`, keys in a fixed order.
    package static func json(_ reports: [ReportSummary], path: String) -> String {
        var out = "{\n  \"schema\": \(quoted(schema)),\n  \"file\": \(quoted(path)),\n  \"reports\": ["
        for (i, r) in reports.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "    {\"quarter\": \(quoted(r.quarter.description)), \"as_of\": \(quoted(r.asOf.iso)), "
            out += "\"recorded_at\": \(quoted(r.recordedAt)), \"portfolio_score\": \(number(r.portfolioScore)), "
            out += "\"superseded\": \(r.superseded), \"evaluation_sha256\": \(quoted(r.evaluationSHA256)), \"inputs\": ["
            out += r.inputs.map {
                "{\"kind\": \(quoted($0.kind)), \"file\": \(quoted($0.file)), \"sha256\": \(quoted($0.sha256))}"
            }.joined(separator: ", ")
            out += "]}"
        }
        out += reports.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    static func quoted(_ text: String) -> String { JSONWriter.escaped(text) }
}
