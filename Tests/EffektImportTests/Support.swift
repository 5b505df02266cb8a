import Foundation
@testable import EffektImport
import EffektModel

/// Helpers shared by the import tests.
enum T {
    static let criteriaHeader = "projekt_id;kriterie_id;navn;kategori;enhed;retning;nulpunkt;nulpunkt_dato;målværdi;måldato;ansvarlig;frekvens;vægt;kr_pr_enhed"
    static let criteriaRow = "P1;K1;Sagsbehandlingstid;gevinst;dage;reducere;30;01-01-2025;20;31-12-2026;Anne;kvartalsvis;1;450"
    static let measurementsHeader = "projekt_id;kriterie_id;dato;værdi;bemærkning"

    static func named(_ name: String, _ text: String) -> NamedBytes {
        NamedBytes(name: name, bytes: Array(text.utf8))
    }

    /// Loads inline CSV text (lines joined with CRLF as Excel writes them).
    static func load(criteria: [String], measurements: [String] = [measurementsHeader], projects: [String]? = nil,
                     options: ImportOptions = ImportOptions()) -> Dataset {
        Importer.load(criteria: named("kriterier.csv", criteria.joined(separator: "\r\n") + "\r\n"),
                      measurements: named("maalinger.csv", measurements.joined(separator: "\r\n") + "\r\n"),
                      projects: projects.map { named("projekter.csv", $0.joined(separator: "\r\n") + "\r\n") },
                      options: options)
    }

    static let milestonesHeader = "projekt_id;kriterie_id;dato;delmål"
    static let eventsHeader = "projekt_id;kriterie_id;dato;hændelse;genberegn"

    /// Loads inline criteria, measurements and the optional milestones and events files, each
    /// given as lines (joined with CRLF) or raw bytes.
    static func loadPlans(criteria: [String] = [criteriaHeader, criteriaRow], measurements: [String] = [measurementsHeader],
                          projects: [String]? = nil, milestones: [UInt8]? = nil, events: [UInt8]? = nil,
                          options: ImportOptions = ImportOptions()) -> Dataset {
        Importer.load(criteria: named("kriterier.csv", criteria.joined(separator: "\r\n") + "\r\n"),
                      measurements: named("maalinger.csv", measurements.joined(separator: "\r\n") + "\r\n"),
                      projects: projects.map { named("projekter.csv", $0.joined(separator: "\r\n") + "\r\n") },
                      milestones: milestones.map { NamedBytes(name: "delmaal.csv", bytes: $0) },
                      events: events.map { NamedBytes(name: "haendelser.csv", bytes: $0) },
                      options: options)
    }

    static func lines(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\r\n") + "\r\n").utf8) }

    static func codes(_ d: Dataset) -> [String] { d.diagnostics.map(\.code.rawValue) }

    static func number(_ s: String, _ mark: DecimalMark) -> Double? {
        Array(s.utf8).withUnsafeBufferPointer { NumberParser.parse($0, decimal: mark) }
    }

    static func date(_ s: String) -> String? {
        Array(s.utf8).withUnsafeBufferPointer { DateParser.parse($0) }?.iso
    }

    static func period(_ s: String) -> String? { PeriodParser.parse(s)?.iso }

    /// Parses CSV text into records of strings with their lines, as the reader sees them.
    static func records(_ bytes: [UInt8], delimiter: UInt8 = 0x3B) -> [(line: Int, fields: [String], unclosed: Bool)] {
        let table = CSVScanner.classTable(delimiter: delimiter)
        return bytes.withUnsafeBufferPointer { buf in
            table.withUnsafeBufferPointer { classes in
                var s = CSVScanner(buf: buf, classes: classes, delimiter: delimiter, start: 0)
                var fields: [FieldRef] = []
                var out: [(Int, [String], Bool)] = []
                while let info = s.next(into: &fields) {
                    out.append((info.line, fields.prefix(info.fieldCount).map { r in FieldBytes.with(r, in: buf) { FieldBytes.string($0) } }, info.unclosedQuote))
                }
                return out
            }
        }
    }

    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ path: String) -> String { root.appendingPathComponent("Fixtures").appendingPathComponent(path).path }
}
