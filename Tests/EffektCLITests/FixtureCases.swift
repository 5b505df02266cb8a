import Foundation

/// Every fixture folder a test should walk: the two real exports, each broken/<code> case and every
/// hostile case (the large ones generated on first use, see HostileInputTests.largeRoot).
enum FixtureCases {
    struct Folder: CustomStringConvertible, Sendable {
        var relative: String
        var large = false
        var description: String { relative }
        var url: URL { CLI.packageRoot.appendingPathComponent(relative) }
    }

    static let all: [Folder] = {
        var out = [Folder(relative: "Fixtures/kommune-da"), Folder(relative: "Fixtures/english-utf8")]
        let fm = FileManager.default
        let broken = CLI.packageRoot.appendingPathComponent("Fixtures/broken")
        for name in ((try? fm.contentsOfDirectory(atPath: broken.path)) ?? []).sorted() {
            out.append(Folder(relative: "Fixtures/broken/\(name)"))
        }
        for c in HostileInputTests.cases {
            out.append(c.large ? Folder(relative: ".build/hostile-large/\(c.name)", large: true)
                               : Folder(relative: "Fixtures/hostile/\(c.name)"))
        }
        return out
    }()

    /// The CSV files of a folder, by name.
    static func csvFiles(_ folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
