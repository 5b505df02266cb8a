/// A calendar quarter such as 2026Q3.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var number: Int // 1...4

    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    public init(containing day: Day) {
        let c = day.components
        year = c.year
        number = (c.month - 1) / 3 + 1
    }

    /// Parses `2026Q3`, `2026-Q3`, `Q3 2026` and `K3 2026` (case-insensitive).
    public init?(_ text: String) {
        let t = String(text.uppercased().filter { $0 != " " && $0 != "-" })
        var year: Int?
        var number: Int?
        if let qi = t.firstIndex(where: { $0 == "Q" || $0 == "K" }) {
            let before = t[t.startIndex..<qi]
            let after = t[t.index(after: qi)...]
            if before.count == 4, after.count == 1 { year = Int(before); number = Int(after) }
            else if before.isEmpty, after.count == 5 { number = Int(after.prefix(1)); year = Int(after.dropFirst()) }
        }
        guard let y = year, let n = number else { return nil }
        self.init(year: y, number: n)
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.number) < (b.year, b.number) }

    // Proleptic, so the quarter before year 1's first (A′ for an as-of in 0001-Q1) is a real day
    // before every measurement, never a stand-in.
    public var firstDay: Day { Day(daysSinceEpoch: Day.civilToDays(year: year, month: number * 3 - 2, day: 1)) }
    public var lastDay: Day {
        Day(daysSinceEpoch: Day.civilToDays(year: year, month: number * 3,
                                            day: Day.daysInMonth(year: year, month: number * 3)))
    }

    public var previous: Quarter {
        number == 1 ? Quarter(uncheckedYear: year - 1, number: 4) : Quarter(uncheckedYear: year, number: number - 1)
    }

    init(uncheckedYear: Int, number: Int) { self.year = uncheckedYear; self.number = number }

    /// `2026Q3`.
    /// `2026Q3`. The year has four digits, as in `Day.iso`, so that every quarter reads back.
    public var description: String { "\(Day.pad(year, 4))Q\(number)" }

    /// `3. kvt. 2026` in Danish, `Q3 2026` in English.
    public func label(_ language: Language) -> String {
        let y = Day.pad(year, 4)
        return language == .da ? "\(number). kvt. \(y)" : "Q\(number) \(y)"
    }
}
