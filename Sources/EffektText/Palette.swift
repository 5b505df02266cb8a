import EffektModel
import EffektEvaluation

/// ANSI SGR styling, applied only when colour is on. Colour always doubles something already
/// written (a symbol, a word, a sign), so output without colour carries the same information.
struct Palette: Sendable {
    var enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func bold(_ t: String) -> String { wrap(t, "1") }
    func dim(_ t: String) -> String { wrap(t, "2") }
    func good(_ t: String) -> String { wrap(t, "32") }
    func bad(_ t: String) -> String { wrap(t, "31") }
    func warn(_ t: String) -> String { wrap(t, "33") }
    func alert(_ t: String) -> String { wrap(t, "1;31") }

    /// Colours chosen to read on light and dark backgrounds: blue for achieved (done, calm), green,
    /// yellow and red for the traffic light, bold red for missed, dim for no data.
    func status(_ status: Status, _ text: String) -> String {
        switch status {
        case .achieved: return wrap(text, "34")
        case .onTrack: return wrap(text, "32")
        case .atRisk: return wrap(text, "33")
        case .offTrack: return wrap(text, "31")
        case .missed: return wrap(text, "1;31")
        case .noData: return wrap(text, "2")
        }
    }

    /// A signed change: improvement green, decline red.
    func change(_ delta: Double?, _ text: String) -> String {
        guard let delta else { return text }
        let pp = (delta * 100).rounded(.toNearestOrAwayFromZero)
        return pp > 0 ? good(text) : pp < 0 ? bad(text) : text
    }
}
