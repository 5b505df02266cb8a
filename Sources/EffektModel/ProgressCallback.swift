/// How far a long step has come: the work calls it now and then, from any thread, with the units
/// it has done since its last call (bytes read, criteria evaluated, rows written). An observer
/// only: nothing it is told changes a result, so the evaluation stays a function of its inputs.
public typealias ProgressCallback = @Sendable (_ units: Int) -> Void
