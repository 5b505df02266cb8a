import EffektModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Phase messages on stderr for long runs: shown only when stderr is a terminal, only once the
/// run has taken over a second (a small report stays silent), and never with `--quiet`.
struct Progress {
    enum Phase { case reading, evaluating, writing }

    private let enabled: Bool
    private let language: Language
    private let start: Double
    private var shown = false

    init(quiet: Bool, language: Language) {
        self.enabled = !quiet && isatty(2) == 1
        self.language = language
        self.start = Progress.now()
    }

    /// Announces the phase that starts now (if the run is already long).
    mutating func begin(_ phase: Phase, detail: String = "") {
        guard enabled, Progress.now() - start > 1.0 else { return }
        let word: String
        switch phase {
        case .reading: word = language.pick("Læser", "Reading")
        case .evaluating: word = language.pick("Beregner", "Evaluating")
        case .writing: word = language.pick("Skriver", "Writing")
        }
        let elapsed = String(format: "%.1f s", Progress.now() - start)
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(word)… \(detail) (\(elapsed))".utf8))
        shown = true
    }

    /// Clears the line so the next message starts clean.
    mutating func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
