/// Canonical codes as Docs/input-format.md names them; raw values are the codes written in JSON.

public enum Direction: String, Sendable, CaseIterable {
    case increase
    case decrease
    case atLeast = "at_least"
    case atMost = "at_most"

    public var isThreshold: Bool { self == .atLeast || self == .atMost }
}

public enum Category: String, Sendable, CaseIterable {
    case solution
    case competencies
    case benefit
}

public enum Frequency: String, Sendable, CaseIterable {
    case monthly
    case quarterly
    case halfyearly
    case yearly

    /// The frequency's length in days as Docs/methodology.md counts it for staleness and due dates.
    public var days: Int {
        switch self {
        case .monthly: return 31
        case .quarterly: return 92
        case .halfyearly: return 183
        case .yearly: return 366
        }
    }
}

public enum Phase: String, Sendable, CaseIterable {
    case preAnalysis = "pre_analysis"
    case planning
    case execution
    case handover
    case operation
}
