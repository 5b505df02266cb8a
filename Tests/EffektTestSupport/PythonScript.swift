import Foundation

/// Runs `python3 -c script path` and returns what it printed: the tests read SQLite files and
/// hash bytes with another implementation than the one under test.
public enum PythonScript {
    public static func run(_ script: String, _ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
