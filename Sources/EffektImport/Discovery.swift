import EffektModel

/// Finding the input files in a folder by name (Docs/input-format.md).
enum Discovery {
    static let names: [(kind: InputKind, names: [String])] = [
        (.criteria, ["kriterier", "criteria", "succeskriterier"]),
        (.measurements, ["maalinger", "measurements"]),
        (.projects, ["projekter", "projects"]),
        // Folded as headers are: `delmål` and `hændelser` match as `delmaal` and `haendelser`.
        (.milestones, ["delmaal", "milestones"]),
        (.events, ["haendelser", "events"]),
    ]
    static let optional: Set<InputKind> = [.projects, .milestones, .events]

    static func discover(folder: String, language: Language) -> (ImportSources?, [Diagnostic]) {
        let messages = Messages(l: language)
        guard FileSystem.isDirectory(folder), let entries = FileSystem.list(folder) else {
            return (nil, [Diagnostic(severity: .error, file: folder, line: nil, column: nil, code: .missingFile,
                                     message: messages.folderNotFound(folder))])
        }
        var found: [InputKind: String] = [:]
        var problems: [Diagnostic] = []
        for (kind, wanted) in names {
            // Names compare after the header folding, so `Målinger.CSV` in NFC or NFD both match.
            let match = wanted.lazy.compactMap { w in entries.first { baseName($0) == w } }.first
            if let match {
                found[kind] = join(folder, match)
            } else if !optional.contains(kind) {
                let shown = kind == .measurements ? ["maalinger", "målinger", "measurements"] : ["kriterier", "succeskriterier", "criteria"]
                problems.append(Diagnostic(severity: .error, file: join(folder, shown[0] + ".csv"), line: nil, column: nil,
                                           code: .missingFile, message: messages.missingInFolder(kind, folder: folder, names: shown)))
            }
        }
        guard problems.isEmpty, let criteria = found[.criteria], let measurements = found[.measurements] else {
            return (nil, problems)
        }
        return (ImportSources(criteria: criteria, measurements: measurements, projects: found[.projects],
                              milestones: found[.milestones], events: found[.events]), [])
    }

    /// The folded name without a `.csv` ending (any case), or nil for other files.
    static func baseName(_ file: String) -> String? {
        let lower = file.lowercased()
        guard lower.hasSuffix(".csv") else { return nil }
        return HeaderMatcher.normalize(String(lower.dropLast(4)))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
