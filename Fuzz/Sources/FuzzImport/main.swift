import EffektImport
import EffektModel
import FuzzSupport

/// The whole importer (encoding detection, CSV reader, header matching, validation) on arbitrary
/// bytes. The first byte chooses which file the rest is: 0 criteria, 1 measurements, 2 projects
/// (the other files are small valid ones), 3 all three separated by 0x1E; its bits 2-3 choose
/// `--decimal`, bit 4 the message language; bits 5-6, when set, override the low bits: 0x20 the
/// milestones file, 0x40 the events file, 0x60 all five (criteria, measurements, projects,
/// milestones, events) separated by 0x1E.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let start, size > 0 else { return 0 }
    let mode = start[0]
    let rest = Array(UnsafeBufferPointer(start: start + 1, count: size - 1))
    var criteria = Invariants.criteria, measurements = Invariants.measurements
    var projects: [UInt8]? = Invariants.projects
    var milestones: [UInt8]? = Invariants.milestones, events: [UInt8]? = Invariants.events
    switch (mode & 0x60, mode % 4) {
    case (0x20, _): milestones = rest
    case (0x40, _): events = rest
    case (0x60, _):
        let parts = rest.split(separator: 0x1E, maxSplits: 4, omittingEmptySubsequences: false).map(Array.init)
        criteria = parts[0]
        measurements = parts.count > 1 ? parts[1] : []
        projects = parts.count > 2 ? parts[2] : nil
        milestones = parts.count > 3 ? parts[3] : nil
        events = parts.count > 4 ? parts[4] : nil
    case (_, 0): criteria = rest
    case (_, 1): measurements = rest
    case (_, 2): projects = rest
    default:
        let parts = rest.split(separator: 0x1E, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        criteria = parts[0]
        measurements = parts.count > 1 ? parts[1] : []
        projects = parts.count > 2 ? parts[2] : nil
    }
    let options = ImportOptions(decimal: Invariants.decimal(mode >> 2), language: mode & 0x10 == 0 ? .da : .en)
    let data = Importer.load(criteria: NamedBytes(name: "criteria.csv", bytes: criteria),
                             measurements: NamedBytes(name: "measurements.csv", bytes: measurements),
                             projects: projects.map { NamedBytes(name: "projects.csv", bytes: $0) },
                             milestones: milestones.map { NamedBytes(name: "milestones.csv", bytes: $0) },
                             events: events.map { NamedBytes(name: "events.csv", bytes: $0) },
                             options: options)
    Invariants.check(data)
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h).
@_cdecl("FuzzImport_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
