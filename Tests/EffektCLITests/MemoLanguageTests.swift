import Foundation
import Testing

/// `effekt memo` reads in one language: `--lang` picks the template of that language (from the
/// current folder, or the built-in copy elsewhere); a `--template` is used as given.
@Suite struct MemoLanguageTests {
    @Test func langPicksTheTemplate() throws {
        let en = try CLI.run(["memo", "Fixtures/kommune-da", "--project", "P02", "--lang", "en", "-q"])
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("# Status memo: "))
        #expect(!en.stdout.contains("Projektets fakta"))
        let da = try CLI.run(["memo", "Fixtures/kommune-da", "--project", "P02", "-q"])
        #expect(da.stdout.hasPrefix("# Statusnotat: "))
    }

    /// Outside the repository there is no Reports/ folder: the built-in copy of the language's template.
    @Test func builtInTemplateElsewhere() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = CLI.packageRoot.appendingPathComponent("Fixtures/kommune-da").path
        let en = try CLI.run(["memo", data, "--project", "P02", "--lang", "en", "-q"], in: folder)
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("# Status memo: "))
    }

    @Test func customTemplateStaysAsGiven() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("mit-notat.md")
        try "Notat for {{project.id}}: {{status}}\n".write(to: template, atomically: true, encoding: .utf8)
        let r = try CLI.run(["memo", "Fixtures/kommune-da", "--project", "P02", "--lang", "en", "--template", template.path, "-q"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Notat for P02: "))
    }
}
