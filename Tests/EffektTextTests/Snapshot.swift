import Foundation
import Testing

/// Snapshot files under `Tests/EffektTextTests/Snapshots/`. `EFFEKT_RECORD=1 swift test` (re)writes
/// them; otherwise a missing or different snapshot fails the test with the first differing line.
enum Snapshot {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["EFFEKT_RECORD"] == "1" }

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do { try Data(text.utf8).write(to: url) } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        // Bytes, not Strings: Foundation drops a byte-order mark when decoding, and the CSV has one.
        guard let data = try? Data(contentsOf: url), let stored = String(bytes: data, encoding: .utf8) else {
            Issue.record("no snapshot \(name); run with EFFEKT_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if data != Data(text.utf8) {
            let a = stored.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let was = i < a.count ? String(a[i]) : "<end>", now = i < b.count ? String(b[i]) : "<end>"
            Issue.record("snapshot \(name) differs at line \(i + 1):\n  stored: \(was)\n  now:    \(now)",
                         sourceLocation: sourceLocation)
        }
    }
}
