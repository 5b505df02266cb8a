import Foundation
import Testing
import EffektModel
import EffektEvaluation
import EffektImport
import EffektExcel
@testable import effekt

/// The command line's typed boundary: every fixed-choice option is parsed into its type, a bad
/// value is a usage error (64) that names the choices, and the settings are range-checked once,
/// after `effekt.toml` and the options are merged, with the same message whichever set them.
@Suite struct ArgumentTests {
    /// (arguments, text the refusal must contain: the choices or the form to write)
    static let refusals: [([String], [String])] = [
        (["evaluate", "Fixtures/kommune-da", "--lang", "fr"], ["'da'", "'en'"]),
        (["evaluate", "Fixtures/kommune-da", "--decimal", ";"], ["','", "'.'"]),
        (["dashboard", "Fixtures/kommune-da", "--format", "pdf"], ["'text'", "'markdown'", "'json'"]),
        (["dashboard", "Fixtures/kommune-da", "--color", "sometimes"], ["'auto'", "'always'", "'never'"]),
        (["compare", "Fixtures/kommune-da", "--by", "colour"], ["'area'", "'phase'", "'owner'"]),
        (["report", "Fixtures/kommune-da", "--measurements-sheet", "some"], ["all|none|N"]),
        (["report", "Fixtures/kommune-da", "--measurements-sheet", "-3"], ["all|none|N"]),
        (["evaluate", "Fixtures/kommune-da", "--as-of", "2026-02-30"], ["not a real day", "YYYY-MM-DD"]),
        (["evaluate", "Fixtures/kommune-da", "--quarter", "2026Q5"], ["not a quarter", "2026Q3"]),
        (["dashboard", "Fixtures/kommune-da", "--format", "csv"], ["text, markdown, json"]),
        (["history", "Fixtures/kommune-da", "--format", "csv"], ["text or json"]),
        (["history", "Fixtures/kommune-da", "--lang", "sv"], ["'da'", "'en'"]),
    ]

    @Test(arguments: refusals)
    func aBadChoiceIsAUsageErrorNamingTheChoices(_ arguments: [String], _ expected: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64, "\(arguments)")
        for text in expected { #expect(r.stderr.contains(text), "\(arguments): \(r.stderr)") }
        #expect(r.stdout.isEmpty)
    }

    @Test func choicesAreParsedWhateverTheirCase() throws {
        let r = try CLI.run(["dashboard", "Fixtures/kommune-da", "--lang", "EN", "--format", "Markdown",
                             "--color", "NEVER", "-q"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("#"))   // Markdown
        #expect(!r.stdout.contains("\u{1B}["))  // no colour
    }

    @Test func parsedValuesAreTheTypes() {
        #expect(Language(argument: "En") == .en)
        #expect(DecimalMark(argument: ",") == .comma)
        #expect(DecimalMark(argument: ";") == nil)
        #expect(MeasurementsShown(argument: "NONE") == MeasurementsShown.none)
        #expect(MeasurementsShown(argument: "250") == .cap(250))
        #expect(MeasurementsShown(argument: "-1") == nil)
        #expect(Day(argument: "2026-09-30") == Day(iso: "2026-09-30"))
        #expect(Quarter(argument: "2026Q3")?.lastDay == Day(iso: "2026-09-30"))
        #expect(ColorChoice(argument: "Always") == .always)
        #expect(throws: (any Error).self) { try Day.parse("30-09-2026x") }
    }

    /// Help quotes `Settings()` rather than copies of its numbers.
    @Test func helpQuotesTheDefaultsInUse() throws {
        let r = try CLI.run(["evaluate", "--help"])
        let s = Settings()
        for text in ["default \(s.onTrackTolerance))", "default \(s.atRiskTolerance))", "default \(s.alpha))",
                     "default \(s.staleFactor))", "default \(s.spcMinimumPoints))", "default \(s.forecastHorizonYears))"] {
            #expect(r.stdout.contains(text), "\(text)")
        }
    }

    /// Help reads in one language (English, Docs/architecture.md): no Danish sentence and no
    /// "Dansk / English" pairs in the overview or any command's help. Danish file names and glosses
    /// (kriterier.csv, delmål) are names, not sentences, and are allowed.
    @Test func helpIsEnglishThroughout() throws {
        let overview = try CLI.run(["--help"]).stdout
        let commands = overview.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = words.first, first.allSatisfy(\.isLetter), first.first?.isLowercase == true
            else { return nil }
            return String(first)
        }
        #expect(Set(["check", "evaluate", "report", "dashboard", "compare", "memo", "init"]).isSubset(of: commands), "\(commands)")
        let danish = ["Skriv ", "Vis ", "Beregn", "Opret", "Læs ", "Sammenlign ", "skabelon", "projektet", "Brug", " og ", " eller ",
                      " / "]
        for command in [nil] + commands.map(Optional.some) {
            let help = try CLI.run((command.map { [$0] } ?? []) + ["--help"]).stdout
            for word in danish { #expect(!help.contains(word), "\(command ?? "effekt"): \(word)") }
        }
    }

    @Test func validateRefusesEachSettingOutOfRange() {
        func problem(_ change: (inout Settings) -> Void) -> String? {
            var s = Settings()
            change(&s)
            do { try s.validate(); return nil } catch { return error.key }
        }
        #expect(problem { _ in } == nil)
        #expect(problem { $0.onTrackTolerance = 1.5 } == "on_track_tolerance")
        #expect(problem { $0.atRiskTolerance = -0.1 } == "at_risk_tolerance")
        #expect(problem { $0.atRiskTolerance = 0.05 } == "at_risk_tolerance")   // below on track (0.10)
        #expect(problem { $0.alpha = 7 } == "alpha")
        #expect(problem { $0.alpha = 0 } == "alpha")
        #expect(problem { $0.alpha = .nan } == "alpha")
        #expect(problem { $0.staleFactor = 0 } == "stale_factor")
        #expect(problem { $0.spcMinimumPoints = 1 } == "spc_minimum_points")
        #expect(problem { $0.forecastHorizonYears = 0 } == "forecast_horizon_years")
        #expect(problem { $0.spcFixAfter = 11 } == "spc_fix_after")      // below spc_minimum_points (12)
        #expect(problem { $0.spcFixAfter = -1 } == "spc_fix_after")
        #expect(problem { $0.spcFixAfter = 12 } == nil)
        #expect(problem { $0.spcFixAfter = 8; $0.spcMinimumPoints = 8 } == nil)
        #expect(problem { $0.onTrackTolerance = 0; $0.atRiskTolerance = 0; $0.alpha = 0.999 } == nil)
    }

    @Test func theFileRecordsTheLineOfEachKey() throws {
        var s = Settings()
        let lines = try SettingsFile.apply("# comment\norganisation = \"X\"\n\nspc_min_points = 14\nalpha = 0.1\n", to: &s)
        #expect(lines == ["organisation": 2, "spc_minimum_points": 4, "alpha": 5])
        #expect(s.spcMinimumPoints == 14 && s.alpha == 0.1)
    }

    /// `alpha = 7` in effekt.toml is refused like `--alpha 7`, with the same message; the file
    /// form names its line and is an input error (65), the option a usage error (64).
    @Test func aSettingOutOfRangeIsRefusedFromTheFileAsFromTheOption() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["kriterier.csv", "maalinger.csv", "projekter.csv"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Fixtures/kommune-da/\(name)"),
                                             to: folder.appendingPathComponent(name))
        }
        let option = try CLI.run(["evaluate", folder.path, "--alpha", "7", "--lang", "en", "-q"])
        #expect(option.status == 64)
        let message = "alpha (--alpha) must lie above 0 and below 1, e.g. 0.05, not 7."
        #expect(option.stderr.contains(message), "\(option.stderr)")

        try "organisation = \"X\"\nalpha = 7\n".write(to: folder.appendingPathComponent("effekt.toml"),
                                                      atomically: true, encoding: .utf8)
        let file = try CLI.run(["evaluate", folder.path, "--lang", "en", "-q"])
        #expect(file.status == 65)
        #expect(file.stderr.contains("effekt.toml:2: " + message), "\(file.stderr)")
        #expect(file.stdout.isEmpty)

        // The option wins over the file, and only the merged value is checked.
        #expect(try CLI.run(["evaluate", folder.path, "--alpha", "0.1", "-q"]).status == 0)

        // A pair is checked whatever set each half: the file's at_risk below the option's on_track.
        try "at_risk = 0.2\n".write(to: folder.appendingPathComponent("effekt.toml"), atomically: true, encoding: .utf8)
        let pair = try CLI.run(["evaluate", folder.path, "--on-track", "0.3", "--lang", "en", "-q"])
        #expect(pair.status == 65)
        #expect(pair.stderr.contains("effekt.toml:1: at_risk_tolerance (--at-risk) must not be below on_track_tolerance: 0.2 < 0.3."),
                "\(pair.stderr)")
    }
}
