/// A calendar day, counted in days since 1970-01-01 (proleptic Gregorian), as Docs/methodology.md counts time.
///
/// Hand-written instead of Foundation's `Date`/`Calendar`: the evaluation needs exact whole days with
/// no time zone, and parsing a million dates must not go through a formatter.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// A real calendar day, or nil (no 31-02, no month 13, years 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        self.daysSinceEpoch = Day.civilToDays(year: year, month: month, day: day)
    }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian day.
    public static func civilToDays(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// The day `years` calendar years later (29-02 becomes 28-02 in a common year).
    public func adding(years: Int) -> Day {
        let c = components
        let y = c.year + years
        let d = min(c.day, Day.daysInMonth(year: y, month: c.month))
        return Day(daysSinceEpoch: Day.civilToDays(year: y, month: c.month, day: d))
    }

    public static func lastDay(year: Int, month: Int) -> Day? {
        Day(year: year, month: month, day: daysInMonth(year: year, month: month))
    }

    /// Years 1…9999: the days `YYYY-MM-DD` can write (a forecast's reach date can fall far outside).
    /// (0001-01-01 is day −719,162 and 9999-12-31 day 2,932,896: no calendar arithmetic needed.)
    public var isWritable: Bool { daysSinceEpoch >= -719_162 && daysSinceEpoch <= 2_932_896 }

    /// ISO 8601 `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
    }

    /// Danish `DD-MM-YYYY`.
    public var danish: String {
        let c = components
        return Day.pad(c.day, 2) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.year, 4)
    }

    public var description: String { iso }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Parses strict ISO `YYYY-MM-DD` only (used for command-line options and settings).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
