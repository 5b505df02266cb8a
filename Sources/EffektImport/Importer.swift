import EffektModel

/// Where the input files are. Paths as the user gave them (used in diagnostics).
public struct ImportSources: Sendable, Equatable {
    public var criteria: String
    public var measurements: String
    public var projects: String?
    /// The optional milestones (*delmål*) and events (*hændelser*) files.
    public var milestones: String?
    public var events: String?
    public init(criteria: String, measurements: String, projects: String? = nil,
                milestones: String? = nil, events: String? = nil) {
        self.criteria = criteria; self.measurements = measurements; self.projects = projects
        self.milestones = milestones; self.events = events
    }

    /// Every file to read, required ones first.
    public var all: [String] { [criteria, measurements] + [projects, milestones, events].compactMap { $0 } }
}

public enum DecimalMark: String, Sendable { case comma = ",", point = "." }

public struct ImportOptions: Sendable {
    /// `--decimal`: overrides the per-file detection of Docs/input-format.md.
    public var decimal: DecimalMark?
    /// The language of diagnostic messages.
    public var language: Language
    /// Files at least this large (decoded) are read as two halves on two cores, where the file's
    /// kind allows it; tests lower it to split small files.
    var splitMinimumBytes = 4 << 20
    /// Told the input bytes read as the rows go by (about every 8,192 rows).
    public var progress: ProgressCallback?
    public init(decimal: DecimalMark? = nil, language: Language = .da) {
        self.decimal = decimal; self.language = language
    }
}

public enum Importer {
    /// Finds the input files in a folder by name (Docs/input-format.md). A missing required file is a
    /// `missing_file` diagnostic in the returned list (and then the sources are nil).
    public static func discover(folder: String, language: Language = .da) -> (ImportSources?, [Diagnostic]) {
        Discovery.discover(folder: folder, language: language)
    }

    /// Reads, parses and validates the files. Never throws: every problem is a diagnostic.
    public static func load(_ sources: ImportSources, options: ImportOptions = ImportOptions()) -> Dataset {
        let messages = Messages(l: options.language)
        func open(_ path: String, _ kind: InputKind) -> FileInput {
            switch FileSystem.readFile(path) {
            case .bytes(let b): return .bytes(NamedBytes(name: path, bytes: b))
            case .notFound: return .failed(path, kind, messages.fileNotFound(path))
            case .notRegular(let k): return .failed(path, kind, messages.notAFile(path, what: describe(k, options.language)))
            case .unreadable(let why): return .failed(path, kind, messages.unreadable(path, reason: why))
            }
        }
        return DatasetAssembler.assemble(criteria: open(sources.criteria, .criteria),
                                         measurements: open(sources.measurements, .measurements),
                                         projects: sources.projects.map { open($0, .projects) },
                                         milestones: sources.milestones.map { open($0, .milestones) },
                                         events: sources.events.map { open($0, .events) }, options: options)
    }

    /// The same from bytes already in memory (tests, benchmarks, other front ends).
    public static func load(criteria: NamedBytes, measurements: NamedBytes, projects: NamedBytes? = nil,
                            milestones: NamedBytes? = nil, events: NamedBytes? = nil,
                            options: ImportOptions = ImportOptions()) -> Dataset {
        DatasetAssembler.assemble(criteria: .bytes(criteria), measurements: .bytes(measurements),
                                  projects: projects.map { .bytes($0) }, milestones: milestones.map { .bytes($0) },
                                  events: events.map { .bytes($0) }, options: options)
    }

    private static func describe(_ kind: FileSystem.Kind, _ l: Language) -> String {
        switch kind {
        case .folder: return l.pick("en mappe", "a folder")
        case .fifo: return l.pick("et navngivet rør (FIFO)", "a named pipe (FIFO)")
        case .device: return l.pick("en enhed", "a device")
        case .socket: return l.pick("en socket", "a socket")
        case .other: return l.pick("en speciel fil", "a special file")
        }
    }
}
