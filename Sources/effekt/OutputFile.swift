import ArgumentParser
import EffektModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// Streams bytes produced by `produce` to stdout or atomically to a file.
    static func stream(to path: String?, language: Language,
                       _ produce: (_ write: (UnsafeRawBufferPointer) -> Void) -> Void) throws {
        guard let path, path != "-" else {
            produce { chunk in FileHandle.standardOutput.write(Data(chunk)) }
            return
        }
        do {
            try AtomicWrite.stream(to: path, produce)
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

    static func write(_ data: Data, to path: String) throws {
        try stream(to: path) { write in data.withUnsafeBytes { write($0) } }
    }

    /// Writes what `produce` hands over, chunk by chunk, to `.<name>.tmp-<pid>` beside the target,
    /// flushes it to disk and renames it over the target. The flush comes first so a crash or power
    /// cut cannot leave an empty file under the target's name; some file systems also report a full
    /// disk only at fsync or close. On any failure the temporary file is removed and the target is
    /// untouched.
    static func stream(to path: String, _ produce: (_ write: (UnsafeRawBufferPointer) -> Void) -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        produce { chunk in
            guard failure == 0, var p = chunk.baseAddress else { return }
            var left = chunk.count
            while left > 0 {
                let n = posixWrite(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                p += n
                left -= n
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temp.path, url.path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temp.path)
            throw Failure(description: String(cString: strerror(failure)))
        }
    }
}

/// write(2), named apart from `AtomicWrite.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
