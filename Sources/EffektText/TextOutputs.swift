import EffektModel
import EffektEvaluation

public enum TextFormat: String, Sendable, CaseIterable { case text, markdown, json, csv }

public struct TextOptions: Sendable {
    public var language: Language
    /// Display columns available.
    public var width: Int
    public var color: Bool
    public var format: TextFormat
    public init(language: Language = .da, width: Int = 100, color: Bool = false, format: TextFormat = .text) {
        self.language = language; self.width = width; self.color = color; self.format = format
    }
}
