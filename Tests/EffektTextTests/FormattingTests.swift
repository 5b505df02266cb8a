import EffektModel
import Testing

@Suite struct NumberFormattingTests {
    @Test func danishFormats() {
        #expect(NumberFormatting.kroner(1_234_567, language: .da) == "1.234.567 kr.")
        #expect(NumberFormatting.percent(0.63, language: .da) == "63 %")
        #expect(NumberFormatting.compact(1.5, language: .da) == "1,5")
        #expect(NumberFormatting.number(1234.5, decimals: 2, language: .da) == "1.234,50")
        #expect(NumberFormatting.number(-42, language: .da) == "−42")
        #expect(NumberFormatting.points(-0.07, language: .da) == "−7 pp")
        #expect(NumberFormatting.points(0.04, language: .da) == "+4 pp")
    }

    @Test func englishFormats() {
        #expect(NumberFormatting.kroner(1_234_567, language: .en) == "DKK 1,234,567")
        #expect(NumberFormatting.percent(0.63, language: .en) == "63%")
        #expect(NumberFormatting.compact(1.5, language: .en) == "1.5")
    }

    @Test func roundingIsHalfAwayFromZeroAndNeverNegativeZero() {
        #expect(NumberFormatting.number(2.5, language: .da) == "3")
        #expect(NumberFormatting.number(-2.5, language: .da) == "−3")
        #expect(NumberFormatting.number(-0.4, language: .da) == "0")
        #expect(NumberFormatting.points(-0.004, language: .da) == "0 pp")
        #expect(NumberFormatting.compact(-0.001, language: .da) == "0")
        #expect(NumberFormatting.number(.nan, language: .da) == "–")
        #expect(NumberFormatting.number(999.5, language: .da) == "1.000")
    }

    @Test(arguments: [0.0, 1, -1, 12, 999, 1000, 1_234_567, -9_876_543.21, 0.5, 1.25, 12_345.678, 1e12])
    func roundTrips(value: Double) throws {
        for language in Language.allCases {
            let text = NumberFormatting.number(value, decimals: 2, language: language)
            let back = try #require(NumberFormatting.parse(text, language: language))
            #expect(abs(back - value) < 0.005 + 1e-9, "\(text)")
            let kr = NumberFormatting.kroner(value, language: language)
            let k = try #require(NumberFormatting.parse(kr, language: language))
            #expect(abs(k - value.rounded(.toNearestOrAwayFromZero)) < 1e-9, "\(kr)")
            let pct = NumberFormatting.percent(value / 100, decimals: 1, language: language)
            let p = try #require(NumberFormatting.parse(pct, language: language))
            #expect(abs(p - value / 100) < 0.0005 + 1e-9, "\(pct)")
        }
    }

    @Test func parseRefusesAmbiguousText() {
        #expect(NumberFormatting.parse("1.5", language: .da) == nil) // not a Danish group of three
        #expect(NumberFormatting.parse("12,3,4", language: .da) == nil)
        #expect(NumberFormatting.parse("1e5", language: .en) == nil)
        #expect(NumberFormatting.parse("1.234.567 kr.", language: .da) == 1_234_567)
        #expect(NumberFormatting.parse("−7 pp", language: .da) == -0.07)
    }
}

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.width(of: "æøå ÆØÅ") == 7)
        #expect(DisplayWidth.width(of: "学校") == 4)
        #expect(DisplayWidth.width(of: "🚀") == 2)
        #expect(DisplayWidth.width(of: "e\u{301}") == 1) // e + combining acute
        #expect(DisplayWidth.width(of: "👩‍💻") == 2) // ZWJ sequence
        #expect(DisplayWidth.width(of: "🇩🇰") == 2)
        #expect(DisplayWidth.width(of: "❤️") == 2)
        #expect(DisplayWidth.width(of: "●▲◆★✖·█▁") == 8)
        #expect(DisplayWidth.width(of: "\u{1B}[31mrød\u{1B}[0m") == 3)
    }

    @Test func truncationCountsColumns() {
        #expect(DisplayWidth.truncate("Æblegrød med fløde", to: 8) == "Æblegrø…")
        #expect(DisplayWidth.truncate("学校学校", to: 6) == "学校…") // the wide 学 would straddle
        #expect(DisplayWidth.width(of: DisplayWidth.truncate("学校学校", to: 6)) == 5)
        #expect(DisplayWidth.truncate("kort", to: 10) == "kort")
        #expect(DisplayWidth.truncate("🚀🚀🚀", to: 4) == "🚀…")
        let red = DisplayWidth.truncate("\u{1B}[31mrødt og langt\u{1B}[0m", to: 5)
        #expect(DisplayWidth.width(of: red) == 5)
        #expect(red.hasSuffix("…\u{1B}[0m"))
        #expect(DisplayWidth.pad("æø", to: 4) == "æø  ")
        #expect(DisplayWidth.pad("æø", to: 4, alignRight: true) == "  æø")
    }

    @Test func sanitizeRemovesEscapesAndControls() {
        #expect(DisplayWidth.sanitize("a\u{1B}[2J\u{1B}[Hb") == "ab")
        #expect(DisplayWidth.sanitize("a\u{1B}]0;title\u{07}b") == "ab")
        #expect(DisplayWidth.sanitize("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
        #expect(DisplayWidth.sanitize("a\u{9B}31mb") == "ab")
        #expect(DisplayWidth.sanitize("linje1\nlinje2\ttab\r") == "linje1 linje2 tab ")
        #expect(DisplayWidth.sanitize("a\u{0}b\u{7}c\u{8}d\u{7F}") == "abcd")
        #expect(DisplayWidth.sanitize("abc\u{202E}fed") == "abcfed")
        #expect(DisplayWidth.sanitize("Ærø Kommune") == "Ærø Kommune")
    }
}
