import EffektImport
import EffektModel
import FuzzSupport

/// The field parsers (numbers, dates, periods) through the public importer: the bytes become one
/// quoted field, used as a measurement's value, as a measurement's date or period, and as a
/// criterion's baseline, target date and weight. The first byte chooses the delimiter and
/// `--decimal`. Besides the invariants, plain decimal numbers must read as the standard library
/// reads them (correctly rounded both).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let start, size > 0 else { return 0 }
    let mode = start[0]
    let field = Array(UnsafeBufferPointer(start: start + 1, count: size - 1))
    let semicolon = mode & 1 == 1
    let decimal: DecimalMark = mode & 2 == 0 ? .point : .comma
    let d = Array((semicolon ? ";" : ",").utf8)
    var quoted: [UInt8] = [0x22]
    for b in field { quoted.append(b); if b == 0x22 { quoted.append(0x22) } }
    quoted.append(0x22)
    func row(_ fields: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, f) in fields.enumerated() { if i > 0 { out += d }; out += f }
        return out + [0x0A]
    }
    func t(_ s: String) -> [UInt8] { Array(s.utf8) }
    var criteria = row(["project_id", "criterion_id", "name", "direction", "baseline", "baseline_date", "target",
                        "target_date", "frequency", "weight"].map(t))
    criteria += row([t("P1"), t("C1"), t("One"), t("increase"), t("1"), t("2025-01-01"), t("90"), t("2026-12-31"),
                     t("monthly"), t("1")])
    criteria += row([t("P1"), t("C2"), t("Two"), t("increase"), quoted, quoted, t("90"), quoted, t("monthly"), quoted])
    var measurements = row(["project_id", "criterion_id", "date", "value"].map(t))
    measurements += row([t("P1"), t("C1"), t("2025-01-31"), quoted])
    measurements += row([t("P1"), t("C1"), quoted, t("5")])
    let data = Importer.load(criteria: NamedBytes(name: "criteria.csv", bytes: criteria),
                             measurements: NamedBytes(name: "measurements.csv", bytes: measurements),
                             options: ImportOptions(decimal: decimal, language: .en))
    Invariants.check(data)

    // Oracle: `-?digits[<mark>digits]` (at most 15 + 6 digits) reads exactly as Double() reads it.
    if let expected = plainNumber(field, decimal: decimal == .comma ? 0x2C : 0x2E) {
        let value = data.measurements.first { m in m.criterion == 0 && m.date == Day(year: 2025, month: 1, day: 31) }?.value
        precondition(value == expected, "\(String(decoding: field, as: UTF8.self)) read as \(String(describing: value)), expected \(expected)")
    }
    return 0
}

func plainNumber(_ f: [UInt8], decimal: UInt8) -> Double? {
    var i = 0
    var text = ""
    if i < f.count, f[i] == 0x2D { text = "-"; i += 1 }
    var intDigits = 0, fracDigits = 0
    while i < f.count, f[i] >= 0x30, f[i] <= 0x39 { text.unicodeScalars.append(UnicodeScalar(f[i])); intDigits += 1; i += 1 }
    guard intDigits > 0, intDigits <= 15 else { return nil }
    if i < f.count, f[i] == decimal {
        text += "."
        i += 1
        while i < f.count, f[i] >= 0x30, f[i] <= 0x39 { text.unicodeScalars.append(UnicodeScalar(f[i])); fracDigits += 1; i += 1 }
        guard fracDigits > 0, fracDigits <= 6 else { return nil }
    }
    guard i == f.count, let v = Double(text) else { return nil }
    return v == 0 ? 0 : v
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h).
@_cdecl("FuzzFields_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
