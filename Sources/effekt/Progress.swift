import EffektModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line on stderr for long runs: the phase and how far it has come, `Læser… 42 %`. Shown only
/// when stderr is a terminal, only once the run has taken over a second (a small report stays
/// silent), at most ten times a second, and never with `--quiet`.
///
/// The work reports units through `callback(for:)` from any thread; units count toward the phase
/// they were made for, so the measurements sheet that `report` writes while it evaluates shows up
/// when the writing phase begins.
final class Progress: @unchecked Sendable {
    // Why unchecked: every mutable field is read and written only while `lock` is held.
    enum Phase: Int, CaseIterable { case reading, evaluating, writing, packing }

    private let enabled: Bool
    private let language: Language
    private let start: Double
    private let lock = NSLock()
    private var phase: Phase?
    private var detail = ""
    private var done = [Int](repeating: 0, count: Phase.allCases.count)
    private var totals = [Int?](repeating: nil, count: Phase.allCases.count)
    private var lastDrawn = 0.0
    private var shown = false

    init(quiet: Bool, language: Language, terminal: Bool = isatty(2) == 1) {
        self.enabled = !quiet && terminal
        self.language = language
        self.start = Progress.now()
    }

    /// Starts a phase; `total` is how many units make it complete (nil: no percent is shown).
    func begin(_ phase: Phase, total: Int? = nil, detail: String = "") {
        lock.lock()
        defer { lock.unlock() }
        self.phase = phase
        self.detail = detail
        totals[phase.rawValue] = total
        draw(force: true)
    }

    /// Where the work of `phase` reports what it has done.
    func callback(for phase: Phase) -> ProgressCallback {
        { [self] units in
            lock.lock()
            defer { lock.unlock() }
            done[phase.rawValue] += units
            if phase == self.phase { draw(force: false) }
        }
    }

    /// The units reported for `phase` so far.
    func units(_ phase: Phase) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return done[phase.rawValue]
    }

    /// Clears the line so the next message starts clean.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }

    /// The text of the line (without the terminal's erase sequence).
    static func line(_ phase: Phase, done: Int, total: Int?, detail: String, elapsed: Double, language l: Language) -> String {
        let word: String
        switch phase {
        case .reading: word = l.pick("Læser", "Reading")
        case .evaluating: word = l.pick("Beregner", "Evaluating")
        case .writing: word = l.pick("Skriver", "Writing")
        case .packing: word = l.pick("Pakker arbejdsbogen", "Packing the workbook")
        }
        var text = word + "…"
        if let total, total > 0 {
            // Never 100 % before the phase is over: the last units may still be on their way.
            text += " \(min(99, done * 100 / total)) %"
        }
        if !detail.isEmpty { text += " " + detail }
        return text + " (" + String(format: "%.1f s", elapsed) + ")"
    }

    private func draw(force: Bool) {
        guard enabled, let phase else { return }
        let now = Progress.now()
        guard now - start > 1.0, force || now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        let text = Progress.line(phase, done: done[phase.rawValue], total: totals[phase.rawValue], detail: detail,
                                 elapsed: now - start, language: language)
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
        shown = true
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
