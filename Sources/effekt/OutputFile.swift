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

    /// Writes to `.<name>.tmp-<pid>` beside the target, flushes it to disk and renames it over the
    /// target (the flush first, so a crash or power cut cannot leave an empty file under the
    /// target's name; some file systems also report a full disk only at fsync or close).
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        do {
            var failure: Int32 = 0
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < bytes.count, let base = bytes.baseAddress {
                    let n = posixWrite(fd, base + offset, bytes.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += n
                }
            }
            if failure == 0 && fsync(fd) != 0 { failure = errno }
            if close(fd) != 0 && failure == 0 { failure = errno }
            if failure != 0 { throw Failure(description: String(cString: strerror(failure))) }
            if rename(temp.path, url.path) != 0 {
                throw Failure(description: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temp.path)
            throw error
        }
    }
}

/// write(2), named apart from `AtomicWrite.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
