import EffektModel
import EffektEvaluation
import EffektText
import Mustache

/// `effekt html`: one self-contained page for leaders — portfolio, project table, follow-up and
/// one section per project — from a Mustache template, with charts and tables made here.
package enum HTMLPage {
    package enum Failure: Error, CustomStringConvertible, Equatable {
        case template(String)
        package var description: String { "Skabelonen kan ikke læses / the template cannot be parsed: \(message)" }
        var message: String { switch self { case .template(let m): return m } }
    }

    /// Project sections on one page; see SectionSelection for why and how the page is capped.
    package static let defaultSectionCap = 50

    package struct Options: Sendable {
        var language: Language
        var template: String
        /// Projects with a section of their own; above this, the furthest behind (SectionSelection).
        var sectionCap: Int
        package init(language: Language = .da, template: String = HTMLPage.defaultTemplate,
                    sectionCap: Int = HTMLPage.defaultSectionCap) {
            self.language = language; self.template = template; self.sectionCap = sectionCap
        }
    }

    /// The page as text. The same evaluation and options give the same bytes.
    package static func render(_ e: Evaluation, options: Options = Options()) throws(Failure) -> String {
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: options.template)
        } catch {
            throw Failure.template(String(describing: error))
        }
        let page = parsed.render(PageContext.build(e, Wording(language: options.language), cap: options.sectionCap))
        return ContentSecurity.seal(page)
    }
}

