import ArgumentParser
import EffektModel
import Foundation

/// What `html` and `memo` do before they render: refuse to write over an input, read the template
/// (a file, or the compiled-in copy when `path` is nil), then read and evaluate.
enum TemplatedPipeline {
    static func run(output: String?, template path: String?, builtIn: String, _ input: InputOptions,
                    _ asOf: AsOfOptions, _ settings: SettingsOptions,
                    _ history: HistoryOptions) throws -> (template: String, run: Pipeline.Run) {
        try OutputFile.refuseInputs(output, input: input, also: [settings.settings, history.path(dataFolder: input.dataFolder), path])
        let template = try read(path, builtIn: builtIn, language: input.language)
        let run = try Pipeline.run(input, asOf, settings, history)
        run.progress.finish()
        return (template, run)
    }

    private static func read(_ path: String?, builtIn: String, language: Language) throws -> String {
        guard let path else { return builtIn }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            Console.error(language.pick("Skabelonen \(path) kan ikke læses: \(error.localizedDescription)",
                                        "Cannot read the template \(path): \(error.localizedDescription)"))
            throw ExitCode(ExitStatus.inputUnusable)
        }
    }
}
