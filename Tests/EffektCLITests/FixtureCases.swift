import Foundation

/// Every fixture folder a test should walk: the two real exports, each broken/<code> case and the
/// small hostile cases (the large ones are covered by HostileInputTests).
enum FixtureCases {
    struct Folder: CustomStringConvertible, Sendable {
        var relative: String
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
        for c in HostileInputTests.cases where !c.large {
            out.append(Folder(relative: "Fixtures/hostile/\(c.name)"))
        }
        return out
    }()

    /// The CSV files of a folder, by name.
    static func csvFiles(_ folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
