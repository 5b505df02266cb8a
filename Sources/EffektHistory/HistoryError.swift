import EffektModel

/// Why the history could not be read or written. The CLI maps each case to an exit status:
/// `quarterRecorded` is a usage error (64), `unusable` an input error (65) and `cannotWrite` an
/// output error (74). Every case names the file, so the message says where to look.
package enum HistoryError: Error, Equatable, Sendable {
    /// Not a history at all: random bytes, another program's SQLite database, an empty file.
    case notHistory(path: String, detail: String)
    /// An Effekt history that SQLite cannot read whole (truncated, overwritten pages).
    case damaged(path: String, detail: String)
    /// Written by a later Effekt whose schema this one does not know.
    case newerSchema(path: String, found: Int, known: Int)
    /// The quarter already has a report and `--replace` was not given.
    case quarterRecorded(path: String, earlier: ReportSummary)
    /// The file or its folder cannot be written (read-only, full disk, no permission).
    case cannotWrite(path: String, detail: String)

    package func message(_ language: Language) -> String {
        switch self {
        case let .notHistory(path, detail):
            return language.pick(
                "\(path): er ikke en Effekt-historik (\(detail)). Filen er ikke ændret. Angiv den rigtige fil med --history, eller flyt filen væk, så `effekt record` kan oprette en ny.",
                "\(path): is not an Effekt history (\(detail)). The file was not changed. Name the right file with --history, or move this one away so `effekt record` can create a new one.")
        case let .damaged(path, detail):
            return language.pick(
                "\(path): historikken er beskadiget (\(detail)). Filen er ikke ændret. Læg sikkerhedskopien tilbage, eller kør med --no-history.",
                "\(path): the history is damaged (\(detail)). The file was not changed. Restore it from the backup, or run with --no-history.")
        case let .newerSchema(path, found, known):
            return language.pick(
                "\(path): historikken er skrevet af en nyere Effekt (skemaversion \(found); denne version kender \(known)). Filen er ikke ændret. Opdatér Effekt.",
                "\(path): the history was written by a newer Effekt (schema version \(found); this version knows \(known)). The file was not changed. Update Effekt.")
        case let .quarterRecorded(path, earlier):
            return language.pick(
                "\(path): \(earlier.quarter) er allerede indberettet (opgjort pr. \(earlier.asOf.iso), gemt \(earlier.recordedAt)). Intet er gemt. Brug --replace for at erstatte den; den tidligere rapport bevares, markeret som erstattet.",
                "\(path): \(earlier.quarter) has already been recorded (as of \(earlier.asOf.iso), recorded at \(earlier.recordedAt)). Nothing was stored. Use --replace to replace it; the earlier report is kept, marked superseded.")
        case let .cannotWrite(path, detail):
            return language.pick(
                "\(path): historikken kan ikke skrives (\(detail)). Intet er gemt. Kontrollér, at filen og mappen er skrivbare.",
                "\(path): the history cannot be written (\(detail)). Nothing was stored. Check that the file and its folder are writable.")
        }
    }
}
