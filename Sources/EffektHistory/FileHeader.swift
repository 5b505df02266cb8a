import Foundation

/// Looks at the first 100 bytes of a would-be history before SQLite does, so that random bytes
/// and truncated files are named as such and never opened for writing. SQLite itself would read
/// pages past the end of a truncated file as zeros and might only notice deep inside a query.
enum FileHeader {
    static let magic = Array("SQLite format 3\0".utf8)

    /// nil when the header fits the file's size; otherwise the problem.
    static func check(_ path: String) throws(HistoryError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .notHistory(path: path, detail: "kan ikke læses / cannot be read")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        guard header.count == 100, Array(header[0..<16]) == magic else {
            throw .notHistory(path: path, detail: size == 0 ? "tom fil / empty file" : "ikke en SQLite-database / not an SQLite database")
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw .damaged(path: path, detail: "ugyldig sidestørrelse / invalid page size \(rawPageSize)")
        }
        // The page count in the header counts only when the change counter matches the
        // version-valid-for number (SQLite ≥ 3.7.0 keeps them equal).
        let counter = bigEndian(header, 24), validFor = bigEndian(header, 92), pages = bigEndian(header, 28)
        if size % pageSize != 0 || (counter == validFor && pages > 0 && pages * pageSize > size) {
            throw .damaged(path: path, detail: "filen er afkortet: \(size) byte / the file is truncated: \(size) bytes")
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int) -> Int {
        bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
    }
}
