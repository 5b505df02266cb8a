import Testing
@testable import EffektImport
import EffektModel

/// Issue #6, property tests: whatever the toolkit writes as a number, date or period (its own
/// Danish and English formatting), its importer reads back as the same value. Random values from a
/// fixed seed, so a failure is the same on every run; the failing text is in the message.
@Suite struct RoundTripPropertyTests {
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func mark(_ l: Language) -> DecimalMark { l == .da ? .comma : .point }

    /// Random values of every magnitude a measurement has: 0, tiny, shares, counts, kroner.
    static func values(_ count: Int, seed: UInt64) -> [Double] {
        var rng = Rng(state: seed)
        var out: [Double] = [0, -0.0, 0.5, -0.5, 1, 999, 1000, 999_999.5, 1_234_567.891, 8.9e14]
        for _ in 0..<count {
            let magnitude = Double.random(in: -3...14, using: &rng)
            let v = Double.random(in: 1...10, using: &rng) * pow10(magnitude.rounded(.down))
            out.append(Bool.random(using: &rng) ? -v : v)
        }
        return out
    }

    static func pow10(_ e: Double) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<Int(e) { r *= 10 } } else { for _ in 0..<Int(-e) { r /= 10 } }
        return r
    }

    /// The value a formatted text stands for, read by the standard library from its digits alone.
    static func standardValue(_ text: String, _ l: Language) -> Double? {
        var plain = ""
        for s in text.unicodeScalars {
            if s.value == 0x2212 || s == "-" { plain += "-" } else if ("0"..."9").contains(s) { plain.unicodeScalars.append(s) } else if s == (l == .da ? "," : ".") { plain += "." }
        }
        return Double(plain).map { $0 == 0 ? 0 : $0 }
    }

    @Test(arguments: [Language.da, .en])
    func formattedNumbersReadBack(_ l: Language) {
        var checked = 0
        for v in Self.values(2_000, seed: l == .da ? 1 : 2) {
            for decimals in [0, 1, 2, 3, 6] {
                let text = NumberFormatting.number(v, decimals: decimals, language: l)
                guard text != NumberFormatting.missing, let expected = Self.standardValue(text, l) else { continue }
                let read = T.number(text, Self.mark(l))
                #expect(read == expected, "\(l) \(v) formatted \(text) read as \(String(describing: read))")
                // …and is the value itself, rounded as the formatter rounds.
                if let read { #expect(abs(read - v) <= 0.5 * Self.pow10(Double(-decimals)) * (1 + 1e-9) + abs(v) * 1e-15, "\(text) vs \(v)") }
                checked += 1
            }
            let compact = NumberFormatting.compact(v, language: l)
            if compact != NumberFormatting.missing {
                #expect(T.number(compact, Self.mark(l)) == Self.standardValue(compact, l), "\(l) compact \(compact)")
            }
        }
        #expect(checked > 9_000)
    }

    @Test(arguments: [Language.da, .en])
    func formattedPercentAndKronerReadBack(_ l: Language) {
        for v in Self.values(500, seed: l == .da ? 3 : 4) {
            let percent = NumberFormatting.percent(v / 100, decimals: 1, language: l)
            if percent != NumberFormatting.missing {
                // The importer reads `63 %` on the percent scale: 63.
                #expect(T.number(percent, Self.mark(l)) == Self.standardValue(percent, l), "\(l) percent \(percent)")
            }
            let kroner = NumberFormatting.kroner(v, language: l)
            if kroner != NumberFormatting.missing {
                #expect(T.number(kroner, Self.mark(l)) == Self.standardValue(kroner, l), "\(l) kroner \(kroner)")
            }
        }
    }

    /// Every formatted number also reads back through the whole importer, in a file of each language.
    @Test func formattedNumbersReadBackThroughTheImporter() throws {
        for l in [Language.da, .en] {
            let values = Self.values(300, seed: 5).filter { abs($0) < 1e12 }
            let texts = values.map { NumberFormatting.number($0, decimals: 2, language: l) }
            let d = l == .da ? ";" : ","
            var rows = ["projekt_id\(d)kriterie_id\(d)dato\(d)værdi"]
            for (i, t) in texts.enumerated() {
                let day = Day(daysSinceEpoch: 19_000 + i)
                rows.append("P1\(d)K1\(d)\(l == .da ? day.danish : day.iso)\(d)\"\(t)\"")
            }
            let data = T.load(criteria: [T.criteriaHeader, T.criteriaRow], measurements: rows)
            #expect(data.rejectedRows == 0, "\(l): \(data.diagnostics.prefix(3).map(\.message))")
            let read = data.measurements.map(\.value)
            let expected = texts.map { Self.standardValue($0, l) }
            #expect(read.count == expected.count)
            for (r, e) in zip(read, expected) where r != e {
                Issue.record("\(l): read \(r), expected \(String(describing: e))")
            }
        }
    }

    @Test func formattedDatesReadBack() {
        var rng = Rng(state: 7)
        // Every day from 1 January 0001 to 31 December 9999 that a four-digit year can write:
        // a sample, with both ends and the leap days around 1900 and 2000.
        let first = Day(year: 1, month: 1, day: 1), last = Day(year: 9999, month: 12, day: 31)
        guard let first, let last else { Issue.record("no Day for the ends"); return }
        var days = [first, last] + [(1900, 2, 28), (1900, 3, 1), (2000, 2, 29), (2024, 2, 29), (2026, 12, 31)]
            .compactMap { Day(year: $0.0, month: $0.1, day: $0.2) }
        for _ in 0..<5_000 {
            days.append(Day(daysSinceEpoch: Int.random(in: first.daysSinceEpoch...last.daysSinceEpoch, using: &rng)))
        }
        for day in days {
            #expect(T.date(day.iso) == day.iso, "ISO \(day.iso)")
            #expect(T.date(day.danish) == day.iso, "Danish \(day.danish)")
        }
    }

    @Test func formattedQuartersReadBackAsTheirLastDay() {
        for year in [1, 1999, 2000, 2026, 9999] {
            for n in 1...4 {
                guard let q = Quarter(year: year, number: n) else { continue }
                #expect(Quarter(q.description) == q, "\(q.description)")
                for text in [q.description, q.label(.da), q.label(.en)] {
                    #expect(T.period(text) == q.lastDay.iso, "\(text) read as \(String(describing: T.period(text)))")
                }
            }
        }
    }
}
