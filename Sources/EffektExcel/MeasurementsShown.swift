/// `--measurements-sheet`: which accepted measurements the Målinger sheet lists — all of them,
/// none (no sheet), or the first N.
package enum MeasurementsShown: Sendable, Equatable {
    case all
    case none
    case cap(Int)
}
