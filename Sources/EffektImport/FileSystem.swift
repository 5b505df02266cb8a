#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system as the importer sees it: reads a whole file with POSIX calls, lists folders. A FIFO, device or folder given as a file must give a
/// clear error, never block: so the type is checked, and the file is opened non-blocking.
enum FileSystem {
    enum Outcome: Equatable {
        case bytes([UInt8])
        case notFound
        case notRegular(Kind)
        case unreadable(String)
    }

    enum Kind: Equatable { case folder, fifo, device, socket, other }

    static func readFile(_ path: String) -> Outcome {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let e = errno
            return e == ENOENT || e == ENOTDIR ? .notFound : .unreadable(describe(e))
        }
        if let kind = nonRegular(st.st_mode) { return .notRegular(kind) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable(describe(errno)) }
        defer { close(fd) }
        // The path may have been swapped between stat and open; trust only what was opened.
        guard fstat(fd, &st) == 0 else { return .unreadable(describe(errno)) }
        if let kind = nonRegular(st.st_mode) { return .notRegular(kind) }
        // Read straight into an array of the file's size; keep going if the file grew meanwhile.
        let size = max(0, Int(st.st_size))
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            HugePages.advise(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: size)
            while count < size {
                let got = read(fd, buffer.baseAddress.map { $0 + count }, size - count)
                if got > 0 { count += got; continue }
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                return
            }
        }
        if failure != 0 { return .unreadable(describe(failure)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count >= size {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return .unreadable(describe(errno))
            }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return .bytes(bytes)
    }

    private static func nonRegular(_ mode: mode_t) -> Kind? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .folder
        case S_IFIFO: return .fifo
        case S_IFCHR, S_IFBLK: return .device
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in a folder, or nil when it cannot be listed.
    static func list(_ folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let len = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<len]), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func describe(_ e: Int32) -> String {
        guard let s = strerror(e) else { return "errno \(e)" }
        return String(cString: s)
    }
}
