import Testing
import EffektModel

/// Days since 1970-01-01, checked against values worked out by hand or with Python's
/// `datetime.date.toordinal() - date(1970, 1, 1).toordinal()`.
@Suite struct DayTests {
    @Test(arguments: [
        (1970, 1, 1, 0),
        (1969, 12, 31, -1),
        (2000, 3, 1, 11_017),     // 30 years incl. 7 leap days to 2000-01-01 = 10,957; + 31 + 29
        (2026, 9, 30, 20_726),
        (1, 1, 1, -719_162),
        (9999, 12, 31, 2_932_896),
    ])
    func daysSinceEpoch(y: Int, m: Int, d: Int, expected: Int) throws {
        let day = try #require(Day(year: y, month: m, day: d))
        #expect(day.daysSinceEpoch == expected)
        #expect(day.components == (y, m, d))
    }

    @Test func onlyRealCalendarDays() {
        #expect(Day(year: 2025, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)  // divisible by 100, not by 400
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
    }

    /// Every day of four centuries survives days → components → days.
    @Test func roundTripOverFourCenturies() {
        let start = Day(year: 1900, month: 1, day: 1)?.daysSinceEpoch ?? 0
        for n in start..<(start + 146_097) {
            let c = Day(daysSinceEpoch: n).components
            #expect(Day(year: c.year, month: c.month, day: c.day)?.daysSinceEpoch == n)
        }
    }

    @Test func formatsAndParsing() throws {
        let day = try #require(Day(year: 2026, month: 3, day: 5))
        #expect(day.iso == "2026-03-05")
        #expect(day.danish == "05-03-2026")
        #expect(Day(iso: "2026-03-05") == day)
        #expect(Day(iso: "2026-3-5") == nil)
        #expect(Day(iso: "2026-02-30") == nil)
    }

    /// 29-02 plus a year is 28-02 (the calendar's choice, used for the forecast horizon).
    @Test func addingYears() throws {
        let leap = try #require(Day(year: 2024, month: 2, day: 29))
        #expect(leap.adding(years: 1).iso == "2025-02-28")
        #expect(leap.adding(years: 4).iso == "2028-02-29")
        #expect(leap.adding(years: 10).iso == "2034-02-28")
    }
}

@Suite struct QuarterTests {
    @Test func parseAndBounds() throws {
        for text in ["2026Q3", "2026-Q3", "Q3 2026", "K3 2026", "2026q3"] {
            let q = try #require(Quarter(text), "\(text)")
            #expect(q.year == 2026 && q.number == 3)
            #expect(q.firstDay.iso == "2026-07-01")
            #expect(q.lastDay.iso == "2026-09-30")
        }
        #expect(Quarter("2026Q5") == nil)
        #expect(Quarter("Q3") == nil)
    }

    @Test func previousAndContaining() throws {
        let q1 = try #require(Quarter("2026Q1"))
        #expect(q1.previous.description == "2025Q4")
        #expect(q1.previous.lastDay.iso == "2025-12-31")
        let day = try #require(Day(year: 2026, month: 9, day: 30))
        #expect(Quarter(containing: day).description == "2026Q3")
        #expect(Quarter(containing: day).label(.da) == "3. kvt. 2026")
        #expect(Quarter(containing: day).label(.en) == "Q3 2026")
    }
}

@Suite struct NaturalOrderTests {
    /// Natural order (Docs/methodology.md): digit runs compare as numbers (K2 before K10); ties fall back to plain order.
    @Test func sortsDigitRunsAsNumbers() {
        let ids = ["K10", "K2", "K1", "P10-K3", "P2-K10", "P2-K9", "K02", "A", "K100000000000000000000001"]
        let sorted = ids.sorted(by: NaturalOrder.less)
        #expect(sorted == ["A", "K1", "K02", "K2", "K10", "K100000000000000000000001", "P2-K9", "P2-K10", "P10-K3"])
        #expect(["K10", "K2"].sorted() == ["K10", "K2"])  // plain order differs
    }

    @Test func isAStrictOrder() {
        let ids = ["K02", "K2", "K2a", "K2", "k2", "K", ""]
        for a in ids {
            #expect(!NaturalOrder.less(a, a))
            for b in ids where NaturalOrder.less(a, b) { #expect(!NaturalOrder.less(b, a)) }
        }
    }
}
