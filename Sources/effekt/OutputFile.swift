import ArgumentParser
import EffektModel
import Foundation

/// Text outputs: stdout, or a file written atomically (temp file in the same folder, then rename).
enum OutputFile {
    static func emit(_ text: String, to path: String?, language: Language) throws {
        guard let path, path != "-" else {
            Console.out(text)
            return
        }
        do {
            try AtomicWrite.write(Data(text.utf8), to: path)
        } catch {
            Console.error(language.pick("Kunne ikke skrive \(path): \(error)", "Could not write \(path): \(error)"))
            throw ExitCode(ExitStatus.cannotWrite)
        }
    }

    /// An output path equal to an input file is a usage error (exit 64): it would destroy the input.
    /// `also` names other files the run reads: `--settings`, the memo's template.
    static func refuseInputs(_ output: String?, input: InputOptions, also: [String?] = []) throws {
        guard let output, output != "-" else { return }
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        var inputs = input.inputPaths + also.compactMap { $0 }
        if let folder = input.folder,
           let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            inputs += names.map { (folder as NSString).appendingPathComponent($0) }
        }
        for path in inputs where URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path == target {
            Console.error(input.language.pick(
                "Uddatafilen \(output) er også en inputfil; vælg et andet navn med -o.",
                "The output file \(output) is also an input file; choose another name with -o."))
            throw ExitCode(ExitStatus.usage)
        }
    }
}

enum AtomicWrite {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Writes to `.<name>.tmp-<pid>` beside the target and renames it over the target.
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temp, options: [])
            if rename(temp.path, url.path) != 0 {
                throw Failure(description: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}
