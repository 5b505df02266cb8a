/// The forms the text commands write: `dashboard` text, Markdown or JSON; `compare` also CSV.
package enum TextFormat: String, Sendable, CaseIterable { case text, markdown, json, csv }
