import EffektEvaluation

extension Status {
    /// A symbol that carries the status without colour (accessible in print and to colour-blind readers).
    package var symbol: String {
        switch self {
        case .noData: return "·"
        case .achieved: return "★"
        case .missed: return "✖"
        case .onTrack: return "●"
        case .atRisk: return "▲"
        case .offTrack: return "◆"
        }
    }
}
