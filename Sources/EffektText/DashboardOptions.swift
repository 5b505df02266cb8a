import EffektModel

/// How `Dashboard`, `Compare` and `Memo` render: language, room, colour and format.
package struct DashboardOptions: Sendable {
    var language: Language
    /// Display columns available; layouts adapt between `minimumWidth` and `maximumWidth`.
    package var width: Int
    /// ANSI colour. Off unless asked for: status is always carried by a symbol and a word too.
    var color: Bool
    /// `text`, `markdown` or `json` (the dashboard has no CSV; `Compare` does).
    var format: TextFormat
    /// Drill down into this project (its id) instead of the portfolio.
    package var project: String?

    package static let minimumWidth = 60
    package static let maximumWidth = 200

    package init(language: Language = .da, width: Int = 100, color: Bool = false, format: TextFormat = .text,
                project: String? = nil) {
        self.language = language
        self.width = min(max(width, DashboardOptions.minimumWidth), DashboardOptions.maximumWidth)
        self.color = color
        self.format = format
        self.project = project
    }
}
