@_exported import CFuzzDriver
import EffektImport
import EffektModel

/// What every import must satisfy whatever the bytes (Docs/input-format.md); a violation traps, and libFuzzer
/// reports it as a crash with the input that caused it.
public enum Invariants {
    public static func check(_ data: Dataset) {
        for input in data.inputs {
            precondition(input.rows >= 0 && input.accepted >= 0 && input.rejected >= 0, "negative count in \(input)")
            precondition(input.rows == input.accepted + input.rejected, "rows != accepted + rejected: \(input)")
            // Nothing lost: every rejected row has an error naming its file and line, and every
            // line with an error is a rejected row (when the input is usable at all).
            let lines = Set(data.diagnostics.filter { $0.file == input.file && $0.severity == .error }.compactMap(\.line))
            precondition(lines.count == input.rejected || !data.isUsable,
                         "\(input.rejected) rejected rows but \(lines.count) error lines in \(input.file)")
        }
        let files = Set(data.inputs.map(\.file))
        for d in data.diagnostics {
            if let line = d.line { precondition(line >= 1, "line \(line) < 1") }
            precondition(files.contains(d.file), "diagnostic names \(d.file), not an input")
            // At most 20 quoted items of at most 60 characters: a message stays well under 8 KB.
            precondition(d.message.utf8.count < 8_192, "a \(d.message.utf8.count)-byte message")
        }
        for c in data.criteria {
            precondition(c.baseline.isFinite && c.target.isFinite, "non-finite criterion value")
            precondition(c.weight.isFinite && c.weight > 0, "weight \(c.weight)")
            if let v = c.valuePerUnit { precondition(v.isFinite, "non-finite value per unit") }
        }
        for m in data.measurements {
            precondition(m.value.isFinite, "non-finite measurement")
            precondition(m.criterion >= 0 && m.criterion < data.criteria.count, "measurement names criterion \(m.criterion)")
        }
        // A milestone is a knot strictly inside its increase/decrease criterion's window, one per day.
        var knots = Set<[Int]>()
        for m in data.milestones {
            precondition(m.value.isFinite, "non-finite milestone")
            precondition(m.criterion >= 0 && m.criterion < data.criteria.count, "milestone names criterion \(m.criterion)")
            let c = data.criteria[m.criterion]
            precondition(c.baselineDate < m.date && m.date < c.targetDate, "milestone \(m.date.iso) outside its window")
            precondition(!c.direction.isThreshold, "milestone on a threshold criterion")
            precondition(knots.insert([m.criterion, m.date.daysSinceEpoch]).inserted, "two milestones on one day")
        }
        let projects = Set(data.projects.map(\.id))
        let criteria = Set(data.criteria.map { [$0.projectID, $0.id] })
        for e in data.events {
            precondition(!e.text.isEmpty, "event without text")
            if let c = e.criterionID {
                precondition(criteria.contains([e.projectID, c]), "event names an unknown criterion")
            } else {
                precondition(projects.contains(e.projectID), "event names an unknown project")
            }
        }
    }

    /// Small valid companions for the file under test.
    public static let criteria = Array("""
    project_id,criterion_id,name,category,unit,direction,baseline,baseline_date,target,target_date,owner,frequency,weight,value_per_unit
    P1,C1,Share online,solution,%,increase,55,2025-01-01,90,2026-12-31,Sarah,monthly,1,
    P1,C2,Hours per case,benefit,hours,decrease,2.5,2025-01-01,1.5,2026-12-31,Sarah,quarterly,2,385

    """.utf8)
    public static let measurements = Array("""
    project_id,criterion_id,date,value,note
    P1,C1,2025-01-31,56.5,
    P1,C1,2025-02-28,58,
    P1,C2,2025-Q1,2.4,first quarter

    """.utf8)
    public static let projects = Array("""
    project_id,name,owner,area,phase,go_live
    P1,Digital permits,Sarah,Planning,execution,2025-09-01

    """.utf8)

    public static let milestones = Array("""
    project_id,criterion_id,date,value
    P1,C1,2025-06-30,60
    P1,C2,2025-12-31,2.5

    """.utf8)
    public static let events = Array("""
    project_id,criterion_id,date,text,recalculate
    P1,C2,2025-09-01,New process,yes
    P1,,2025-10-15,System down,no

    """.utf8)

    public static func decimal(_ selector: UInt8) -> DecimalMark? {
        switch selector % 3 {
        case 1: return .comma
        case 2: return .point
        default: return nil
        }
    }
}

/// Runs libFuzzer's driver on `callback` with the process's arguments (see CFuzzDriver.h).
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                      _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &vector, callback)
}
