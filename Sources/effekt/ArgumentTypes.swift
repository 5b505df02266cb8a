import ArgumentParser
import EffektModel
import EffektImport
import EffektExcel
import EffektText

// The fixed-choice options are parsed into the library's own types at the boundary, so a bad
// value is a usage error naming the choices (swift-argument-parser lists them from
// `allValueStrings`), help shows the choices, and shell completions offer them. The conformances
// live here, not in the libraries, so only the command-line tool depends on the argument parser.

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension DecimalMark: ExpressibleByArgument {
    public static var allValueStrings: [String] { [DecimalMark.comma.rawValue, DecimalMark.point.rawValue] }
}

extension TextFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension CompareGrouping: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension MeasurementsShown: ExpressibleByArgument {
    /// `all`, `none` or a whole number of rows at most.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "all": self = .all
        case "none": self = .none
        default:
            guard let n = Int(argument), n >= 0 else { return nil }
            self = .cap(n)
        }
    }

    public var defaultValueDescription: String {
        switch self {
        case .all: return "all"
        case .none: return "none"
        case .cap(let n): return String(n)
        }
    }
}

/// `--color`: when to colour the text output.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    /// Only plain text written to a terminal, and never when NO_COLOR is set (no-color.org).
    case auto
    case always
    case never

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }

    /// For `@Option(transform:)`: the same parse, with a message saying how to write a day.
    static func parse(_ argument: String) throws -> Day {
        guard let day = Day(iso: argument) else {
            throw ValidationError("'\(argument)' is not a real day; write it YYYY-MM-DD, e.g. 2026-09-30.")
        }
        return day
    }
}

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    /// For `@Option(transform:)`: the same parse, with a message saying how to write a quarter.
    static func parse(_ argument: String) throws -> Quarter {
        guard let quarter = Quarter(argument) else {
            throw ValidationError("'\(argument)' is not a quarter; write it like 2026Q3 (year, Q, 1–4).")
        }
        return quarter
    }
}
