import EffektModel

/// Measurement periods (Docs/input-format.md), each standing for its last day. Rare next to plain dates, so
/// this works on normalised strings rather than bytes.
enum PeriodParser {
    static func parse(_ text: String) -> Day? {
        let tokens = tokenize(HeaderMatcher.normalize(text))
        switch tokens.count {
        case 1:
            if let y = year(tokens[0]) { return Day(year: y, month: 12, day: 31) }
        case 2:
            if let y = year(tokens[0]), let m = month(tokens[1]) { return Day.lastDay(year: y, month: m) }
            if let y = year(tokens[1]), let m = month(tokens[0]) { return Day.lastDay(year: y, month: m) }
        case 3:
            // Quarter or half-year: the word, the number and the year in any of the usual orders.
            let orders: [(word: Int, number: Int, year: Int)] = [(0, 1, 2), (1, 2, 0), (1, 0, 2), (2, 1, 0)]
            for o in orders {
                guard let y = year(tokens[o.year]), let k = smallNumber(tokens[o.number]) else { continue }
                if quarterWords.contains(tokens[o.word]), (1...4).contains(k) { return Day.lastDay(year: y, month: k * 3) }
                if halfWords.contains(tokens[o.word]), (1...2).contains(k) { return Day.lastDay(year: y, month: k * 6) }
            }
        default:
            break
        }
        return nil
    }

    static let quarterWords: Set<String> = ["q", "k", "kv", "kvt", "kvartal", "quarter", "qtr"]
    static let halfWords: Set<String> = ["h", "hy", "halvaar", "halvar", "halvaaret", "half", "halfyear", "half_year"]

    static let monthNames: [String: Int] = {
        var m: [String: Int] = [:]
        let danish = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                      "oktober", "november", "december"]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"]
        let short = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let shortEnglish = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for k in 0..<12 {
            m[danish[k]] = k + 1; m[english[k]] = k + 1; m[short[k]] = k + 1; m[shortEnglish[k]] = k + 1
        }
        m["sept"] = 9
        return m
    }()

    /// Runs of letters and runs of digits; `2026Q1` and `2026-Q1` give the same tokens.
    static func tokenize(_ s: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsDigit = false
        for ch in s.unicodeScalars {
            if ch == "_" {
                if !current.isEmpty { tokens.append(current); current = "" }
                continue
            }
            let isDigit = ch.value >= 0x30 && ch.value <= 0x39
            if !current.isEmpty && isDigit != currentIsDigit { tokens.append(current); current = "" }
            current.unicodeScalars.append(ch)
            currentIsDigit = isDigit
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func year(_ token: String) -> Int? {
        guard token.utf8.count == 4, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let y = Int(token), y >= 1 else { return nil }
        return y
    }

    static func smallNumber(_ token: String) -> Int? {
        guard token.utf8.count <= 2, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(token)
    }

    static func month(_ token: String) -> Int? {
        if let k = smallNumber(token), (1...12).contains(k) { return k }
        return monthNames[token]
    }
}
