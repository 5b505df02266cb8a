import ArgumentParser
import EffektModel
import EffektEvaluation
import Foundation

/// Settings of Docs/methodology.md: defaults, then `effekt.toml` beside the data, then these options.
struct SettingsOptions: ParsableArguments {
    /// The defaults the help text quotes, so help never disagrees with what a run uses.
    private static let defaults = Settings()

    @Option(name: .long, help: ArgumentHelp("A settings file (default: effekt.toml next to the data, if any).",
                                            valueName: "file"))
    var settings: String?

    @Option(name: .customLong("on-track"),
            help: ArgumentHelp("Largest gap still on track (default \(defaults.onTrackTolerance)).", valueName: "fraction"))
    var onTrack: Double?

    @Option(name: .customLong("at-risk"),
            help: ArgumentHelp("Largest gap still at risk (default \(defaults.atRiskTolerance)).", valueName: "fraction"))
    var atRisk: Double?

    @Option(name: .long, help: ArgumentHelp("Significance level of the trend test (default \(defaults.alpha)).", valueName: "p"))
    var alpha: Double?

    @Option(name: .customLong("stale-factor"),
            help: ArgumentHelp("Stale after this × the frequency's days (default \(defaults.staleFactor)).", valueName: "factor"))
    var staleFactor: Double?

    @Option(name: .customLong("spc-min-points"),
            help: ArgumentHelp("Fewest points for SPC (default \(defaults.spcMinimumPoints)).", valueName: "n"))
    var spcMinPoints: Int?

    @Option(name: .customLong("spc-fix-after"),
            help: ArgumentHelp("Take each SPC segment's limits from its first N points (0: all points; default \(defaults.spcFixAfter)).",
                               valueName: "n"))
    var spcFixAfter: Int?

    @Option(name: .customLong("horizon-years"),
            help: ArgumentHelp("Forecast horizon in years (default \(defaults.forecastHorizonYears)).", valueName: "years"))
    var horizonYears: Int?

    @Option(name: .long, help: ArgumentHelp("Organisation named in report headers, e.g. \"Aarhus Kommune\".", valueName: "name"))
    var organisation: String?

    /// The settings file keys (as `Settings.Problem.key` names them) that an option given here set.
    private var keysSetHere: Set<String> {
        var keys = Set<String>()
        if onTrack != nil { keys.insert("on_track_tolerance") }
        if atRisk != nil { keys.insert("at_risk_tolerance") }
        if alpha != nil { keys.insert("alpha") }
        if staleFactor != nil { keys.insert("stale_factor") }
        if spcMinPoints != nil { keys.insert("spc_minimum_points") }
        if horizonYears != nil { keys.insert("forecast_horizon_years") }
        if spcFixAfter != nil { keys.insert("spc_fix_after") }
        return keys
    }

    /// Resolves the settings for a run whose data lies in `dataFolder`: defaults, then the file,
    /// then these options; then one range check over the result. A value out of range is a usage
    /// error (64) when an option set it, and an input error (65) at its line when the file did;
    /// the message is the same.
    func resolve(dataFolder: String?, language: Language) throws -> Settings {
        var result = Settings()
        var file = settings
        var lines: [String: Int] = [:]
        if file == nil, let dataFolder {
            let candidate = (dataFolder as NSString).appendingPathComponent("effekt.toml")
            if FileManager.default.fileExists(atPath: candidate) { file = candidate }
        }
        if let file {
            guard let data = FileManager.default.contents(atPath: file),
                  let text = String(data: data, encoding: .utf8) else {
                Console.error(language.pick("Kan ikke læse indstillingsfilen \(file).", "Cannot read the settings file \(file)."))
                throw ExitCode(ExitStatus.inputUnusable)
            }
            do {
                lines = try SettingsFile.apply(text, to: &result)
            } catch let error as SettingsFile.Problem {
                Console.error("\(file):\(error.line): " + error.message(language))
                throw ExitCode(ExitStatus.inputUnusable)
            }
        }
        if let onTrack { result.onTrackTolerance = onTrack }
        if let atRisk { result.atRiskTolerance = atRisk }
        if let alpha { result.alpha = alpha }
        if let staleFactor { result.staleFactor = staleFactor }
        if let spcMinPoints { result.spcMinimumPoints = spcMinPoints }
        if let horizonYears { result.forecastHorizonYears = horizonYears }
        if let spcFixAfter { result.spcFixAfter = spcFixAfter }
        if let organisation { result.organisation = organisation }
        do {
            try result.validate()
        } catch {
            if keysSetHere.contains(error.key) || file == nil {
                Console.error(language.pick("Fejl: ", "Error: ") + error.message(language))
                throw ExitCode(ExitStatus.usage)
            }
            let location = (file ?? "") + (lines[error.key].map { ":\($0)" } ?? "")
            Console.error("\(location): " + error.message(language))
            throw ExitCode(ExitStatus.inputUnusable)
        }
        return result
    }
}

/// The small TOML subset `effekt.toml` needs: `key = value` lines with numbers or quoted strings,
/// `#` comments and table headers (ignored). Hand-written because a full TOML library here
/// (TOMLKit) compiles a C++ parser, which would double a fresh build for seven keys.
enum SettingsFile {
    struct Problem: Error {
        var line: Int
        var da: String
        var en: String
        func message(_ l: Language) -> String { l.pick(da, en) }
    }

    /// Applies the file's values; returns the line each key (by its canonical name) was set on,
    /// so a value refused later by `Settings.validate()` is reported at its line.
    @discardableResult
    static func apply(_ text: String, to settings: inout Settings) throws -> [String: Int] {
        var lines: [String: Int] = [:]
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("[") { continue }
            guard let eq = line.firstIndex(of: "=") else {
                throw Problem(line: lineNumber, da: "forventede 'nøgle = værdi', fandt \"\(line)\"",
                              en: "expected 'key = value', found \"\(line)\"")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            lines[try set(key, value, line: lineNumber, in: &settings)] = lineNumber
        }
        return lines
    }

    static func stripComment(_ line: String) -> String {
        var inString = false
        for (i, c) in zip(line.indices, line) {
            if c == "\"" { inString.toggle() }
            if c == "#" && !inString { return String(line[..<i]) }
        }
        return line
    }

    /// Sets one key; returns its canonical name (the one `Settings.Problem.key` uses).
    static func set(_ key: String, _ value: String, line: Int, in s: inout Settings) throws -> String {
        func number() throws -> Double {
            guard let d = Double(value), d.isFinite else {
                throw Problem(line: line, da: "\(key): \"\(value)\" er ikke et tal (brug punktum som decimaltegn)",
                              en: "\(key): \"\(value)\" is not a number")
            }
            return d
        }
        func integer() throws -> Int {
            guard let i = Int(value) else {
                throw Problem(line: line, da: "\(key): \"\(value)\" er ikke et helt tal", en: "\(key): \"\(value)\" is not a whole number")
            }
            return i
        }
        switch key {
        case "on_track_tolerance", "on_track": s.onTrackTolerance = try number(); return "on_track_tolerance"
        case "at_risk_tolerance", "at_risk": s.atRiskTolerance = try number(); return "at_risk_tolerance"
        case "alpha": s.alpha = try number(); return "alpha"
        case "stale_factor": s.staleFactor = try number(); return "stale_factor"
        case "spc_minimum_points", "spc_min_points": s.spcMinimumPoints = try integer(); return "spc_minimum_points"
        case "forecast_horizon_years", "horizon_years": s.forecastHorizonYears = try integer(); return "forecast_horizon_years"
        case "history_quarters": s.historyQuarters = max(2, try integer()); return "history_quarters"
        case "spc_fix_after": s.spcFixAfter = try integer(); return "spc_fix_after"
        case "organisation", "organization", "organisation_name":
            guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                throw Problem(line: line, da: "\(key): skriv teksten i anførselstegn, fx \"Aarhus Kommune\"",
                              en: "\(key): put the text in double quotes, e.g. \"Aarhus Kommune\"")
            }
            s.organisation = String(value.dropFirst().dropLast())
            return "organisation"
        default:
            throw Problem(line: line,
                          da: "ukendt indstilling \"\(key)\" (kendte: on_track_tolerance, at_risk_tolerance, alpha, stale_factor, spc_minimum_points, spc_fix_after, forecast_horizon_years, history_quarters, organisation)",
                          en: "unknown setting \"\(key)\" (known: on_track_tolerance, at_risk_tolerance, alpha, stale_factor, spc_minimum_points, spc_fix_after, forecast_horizon_years, history_quarters, organisation)")
        }
    }
}
