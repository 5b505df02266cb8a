/// The language of every label and message a user sees. Danish is the default.
public enum Language: String, Sendable, CaseIterable {
    case da
    case en

    /// Picks the Danish or English text.
    @inlinable
    public func pick(_ da: String, _ en: String) -> String { self == .da ? da : en }
}
