#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file atomically: into `.<name>.tmp-<pid>` in the target's folder (same file system, so
/// the final `rename` is atomic), renamed over the target only on success. On any failure the
/// temporary file is removed and an existing target is left untouched.
enum AtomicFile {
    struct Paths {
        var target: String
        var folder: String
        var temporary: String
    }

    static func paths(for target: String) -> Paths {
        let folder: String
        let name: String
        if let slash = target.lastIndex(of: "/") {
            let f = String(target[..<slash])
            folder = f.isEmpty ? "/" : f
            name = String(target[target.index(after: slash)...])
        } else {
            folder = "."
            name = target
        }
        let temporary = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())"
        return Paths(target: target, folder: folder, temporary: temporary)
    }

    static func write(to target: String, refusing inputs: [String],
                      _ body: (Paths) throws(WorkbookError) -> Void) throws(WorkbookError) {
        let p = paths(for: target)
        guard !target.isEmpty, !target.hasSuffix("/") else { throw WorkbookError("no file name given: \"\(target)\"") }
        var info = stat()
        guard stat(p.folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw WorkbookError("cannot write \(target): the folder \(p.folder) does not exist")
        }
        if stat(target, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw WorkbookError("cannot write \(target): it is a folder") }
            // Refuse to replace an input file (compared by device and inode, so other spellings of
            // the same path are caught too).
            for input in inputs {
                var other = stat()
                if stat(input, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
                    throw WorkbookError("refusing to write \(target): it is the input file \(input)")
                }
            }
        }
        do {
            try body(p)
            // On disk before the rename, so a crash or power cut cannot leave an empty file under
            // the target's name; some file systems (NFS) also only report a full disk here.
            try sync(p.temporary, target: target)
        } catch {
            unlink(p.temporary)
            throw error
        }
        if rename(p.temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(p.temporary)
            throw WorkbookError("cannot write \(target): \(reason)")
        }
    }

    static func sync(_ path: String, target: String) throws(WorkbookError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0, fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            throw WorkbookError("cannot write \(target): \(reason)")
        }
        close(fd)
    }
}
