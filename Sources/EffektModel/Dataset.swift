/// What kind of input a file holds.
public enum InputKind: String, Sendable, CaseIterable {
    case criteria
    case measurements
    case projects
    case milestones
    case events
}

/// How one input file was read, and how its rows were counted: rows = accepted + rejected.
public struct InputSummary: Hashable, Sendable {
    public var file: String
    public var kind: InputKind
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`; nil when the file could not be read.
    public var encoding: String?
    /// The field delimiter found (`;`, `,`, tab or `|`).
    public var delimiter: String?
    /// The decimal mark used for numbers (`,` or `.`).
    public var decimal: String?
    public var rows: Int
    public var accepted: Int
    public var rejected: Int

    public init(file: String, kind: InputKind, encoding: String? = nil, delimiter: String? = nil,
                decimal: String? = nil, rows: Int = 0, accepted: Int = 0, rejected: Int = 0) {
        self.file = file; self.kind = kind; self.encoding = encoding; self.delimiter = delimiter
        self.decimal = decimal; self.rows = rows; self.accepted = accepted; self.rejected = rejected
    }
}

/// Everything the import produced: validated records, how each file was read, and every diagnostic.
public struct Dataset: Sendable {
    /// Every project: those of the projects file in file order, then any known only from criteria.
    public var projects: [Project]
    public var criteria: [Criterion]
    /// Accepted measurements, in file order; `Measurement.criterion` indexes `criteria`.
    public var measurements: [Measurement]
    /// Accepted milestones, in file order; `Milestone.criterion` indexes `criteria`.
    public var milestones: [Milestone]
    /// Accepted events, in file order.
    public var events: [ProjectEvent]
    public var inputs: [InputSummary]
    public var diagnostics: [Diagnostic]
    /// True when a projects file was given (then criteria must name its projects).
    var hasProjectsFile: Bool

    public init(projects: [Project] = [], criteria: [Criterion] = [], measurements: [Measurement] = [],
                milestones: [Milestone] = [], events: [ProjectEvent] = [],
                inputs: [InputSummary] = [], diagnostics: [Diagnostic] = [], hasProjectsFile: Bool = false) {
        self.projects = projects; self.criteria = criteria; self.measurements = measurements
        self.milestones = milestones; self.events = events
        self.inputs = inputs; self.diagnostics = diagnostics; self.hasProjectsFile = hasProjectsFile
    }

    /// False when a file error (Docs/input-format.md, exit 65) makes the run unusable.
    public var isUsable: Bool { !diagnostics.contains { $0.severity == .error && $0.code.isFileError } }

    /// Rows rejected across all files.
    public var rejectedRows: Int { inputs.reduce(0) { $0 + $1.rejected } }
}
