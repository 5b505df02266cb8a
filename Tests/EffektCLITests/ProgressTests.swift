import EffektModel
import Testing
@testable import effekt

/// The progress line of issue #7: phase and percent, never 100 % before the phase ends, units
/// counted toward the phase they were made for.
@Suite struct ProgressTests {
    @Test func lineShowsPhaseAndPercent() {
        #expect(Progress.line(.reading, done: 42, total: 100, detail: "", elapsed: 1.3, language: .da) == "Læser… 42 % (1.3 s)")
        #expect(Progress.line(.writing, done: 100, total: 100, detail: "r.xlsx", elapsed: 2, language: .en)
                == "Writing… 99 % r.xlsx (2.0 s)")
        #expect(Progress.line(.packing, done: 0, total: nil, detail: "r.xlsx", elapsed: 9.96, language: .da)
                == "Pakker arbejdsbogen… r.xlsx (10.0 s)")
        // 1,000,000 of 1,050,000 units: 95 % (integer percent, rounded down).
        #expect(Progress.line(.evaluating, done: 1_000_000, total: 1_050_000, detail: "", elapsed: 1, language: .en)
                == "Evaluating… 95 % (1.0 s)")
    }

    @Test func unitsCountTowardTheirOwnPhase() {
        let p = Progress(quiet: false, language: .da, terminal: false)
        let writing = p.callback(for: .writing)
        p.begin(.evaluating, total: 10)
        writing(300) // the measurements sheet, written while the evaluation runs
        p.callback(for: .evaluating)(7)
        #expect(p.units(.writing) == 300 && p.units(.evaluating) == 7 && p.units(.reading) == 0)
    }
}
