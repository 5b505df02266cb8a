import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Measurement {
    var seconds: Double
    /// Peak resident memory in bytes (the child's own, or this process's for in-process runs).
    var peakBytes: Int?
    var exitStatus: Int32 = 0
}

enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

enum InProcess {
    /// The fastest of the repeats: on a shared two-core machine the other runs measure the
    /// neighbours as much as the code.
    static func measure(repeats: Int, _ body: () -> Void) -> Measurement {
        var times: [Double] = []
        for _ in 0..<repeats {
            let start = Clock.now()
            body()
            times.append(Clock.now() - start)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Measurement(seconds: times.min() ?? .nan, peakBytes: Int(usage.ru_maxrss) * 1024)
    }
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

enum Child {
    /// Runs a command `repeats` times with stdout and stderr to /dev/null; median wall time and the
    /// largest peak RSS over the runs.
    static func measure(_ argv: [String], repeats: Int) -> Measurement {
        var times: [Double] = []
        var peak = 0
        var status: Int32 = 0
        for _ in 0..<repeats {
            let (seconds, rss, code) = runOnce(argv)
            times.append(seconds)
            peak = max(peak, rss)
            status = code
        }
        return Measurement(seconds: median(times), peakBytes: peak, exitStatus: status)
    }

    /// Runs `a`, `b`, `a`, `b`, … and measures each as `measure` does.
    static func measureAlternating(_ a: [String], _ b: [String], repeats: Int) -> (Measurement, Measurement) {
        var times: ([Double], [Double]) = ([], [])
        var peaks = (0, 0)
        var statuses: (Int32, Int32) = (0, 0)
        for _ in 0..<repeats {
            let x = runOnce(a), y = runOnce(b)
            times.0.append(x.0); times.1.append(y.0)
            peaks = (max(peaks.0, x.1), max(peaks.1, y.1))
            statuses = (x.2, y.2)
        }
        return (Measurement(seconds: median(times.0), peakBytes: peaks.0, exitStatus: statuses.0),
                Measurement(seconds: median(times.1), peakBytes: peaks.1, exitStatus: statuses.1))
    }

    static func runOnce(_ argv: [String]) -> (Double, Int, Int32) {
        // Every run starts with no dirty pages waiting for the disk: otherwise the build, the data
        // generator or the previous run's 200 MB output are still being flushed while this one
        // writes, and the kernel makes it wait for them.
        sync()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let start = Clock.now()
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ) == 0 else { return (.nan, 0, 127) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Clock.now() - start
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (seconds, Int(usage.ru_maxrss) * 1024, code)
    }
}

enum Machine {
    static func describe() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        return "\(cores) cores, \(String(format: "%.0f", memory)) GiB, \(ProcessInfo.processInfo.operatingSystemVersionString)"
    }
}

struct BenchTable {
    struct Row {
        var scenario: String, name: String, m: Measurement, baseline: Measurement?, target: String?, throughput: Double?
    }
    var rows: [Row] = []

    mutating func add(_ scenario: String, _ name: String, _ m: Measurement, baseline: Measurement?, target: String?,
                      throughput: Double? = nil) {
        rows.append(Row(scenario: scenario, name: name, m: m, baseline: baseline, target: target, throughput: throughput))
        let line = format(rows[rows.count - 1])
        Swift.print(line)
        fflush(nil)
    }

    func format(_ r: Row) -> String {
        var s = r.scenario.padding(toLength: 9, withPad: " ", startingAt: 0) + " "
        s += r.name.padding(toLength: 42, withPad: " ", startingAt: 0) + " "
        s += String(format: "%9.1f ms", r.m.seconds * 1000)
        if let p = r.m.peakBytes { s += String(format: " %7.0f MB", Double(p) / 1_048_576) } else { s += "           " }
        if let t = r.throughput { s += String(format: " %7.1f MB/s", t / 1_048_576) }
        if let b = r.baseline { s += String(format: "  ×%.2f of baseline", r.m.seconds / b.seconds) }
        if let t = r.target { s += "  target \(t)" }
        if r.m.exitStatus != 0 { s += "  (exit \(r.m.exitStatus))" }
        return s
    }

    func print() {
        Swift.print("\nscenario  what                                       wall (median; in-process: best)  peak RSS  (ratio to the baseline in the same run)")
        for r in rows { Swift.print(format(r)) }
    }
}
