import EffektModel

/// Where the three input files are. Paths as the user gave them (used in diagnostics).
public struct ImportSources: Sendable, Equatable {
    public var criteria: String
    public var measurements: String
    public var projects: String?
    public init(criteria: String, measurements: String, projects: String? = nil) {
        self.criteria = criteria; self.measurements = measurements; self.projects = projects
    }
}

public enum DecimalMark: String, Sendable { case comma = ",", point = "." }

public struct ImportOptions: Sendable {
    /// `--decimal`: overrides the per-file detection of SPEC §2.
    public var decimal: DecimalMark?
    /// The language of diagnostic messages.
    public var language: Language
    public init(decimal: DecimalMark? = nil, language: Language = .da) {
        self.decimal = decimal; self.language = language
    }
}

public enum Importer {
    /// Finds the input files in a folder by name (SPEC §1). A missing required file is a
    /// `missing_file` diagnostic in the returned list (and then the sources are nil).
    public static func discover(folder: String, language: Language = .da) -> (ImportSources?, [Diagnostic]) {
        (nil, []) // Placeholder until issue #2 lands.
    }

    /// Reads, parses and validates the files. Never throws: every problem is a diagnostic.
    public static func load(_ sources: ImportSources, options: ImportOptions = ImportOptions()) -> Dataset {
        Dataset() // Placeholder until issue #2 lands.
    }
}
