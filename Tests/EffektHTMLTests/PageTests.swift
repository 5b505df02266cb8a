import Foundation
import Testing
import EffektModel
import EffektEvaluation
@testable import EffektHTML

@Suite struct PageTests {
    static let demo = PageFixture.evaluation("Fixtures/kommune-da")

    @Test func sameBytesTwice() throws {
        let a = try HTMLPage.render(Self.demo), b = try HTMLPage.render(Self.demo)
        #expect(a == b)
        let again = try HTMLPage.render(PageFixture.evaluation("Fixtures/kommune-da"))
        #expect(Array(a.utf8) == Array(again.utf8))
    }

    @Test func demoPageIsSmallAndComplete() throws {
        let page = try HTMLPage.render(Self.demo)
        #expect(page.utf8.count <= 1_000_000)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        for p in Self.demo.projects {
            #expect(page.contains("data-project-id=\"\(HTMLEscape.text(p.project.id))\" data-status"))
            for c in p.criteria { #expect(page.contains("data-criterion-id=\"\(HTMLEscape.text(c.criterion.id))\"")) }
        }
        #expect(page.components(separatedBy: "<section class=\"project\"").count - 1 == Self.demo.projects.count)
        let en = try HTMLPage.render(Self.demo, options: HTMLPage.Options(language: .en))
        #expect(en.contains("<html lang=\"en\">") && en.contains("Who does what"))
    }

    /// Nothing may load from anywhere: no URL scheme but data:, no src, links only within the page.
    @Test func noExternalURLs() throws {
        let page = try HTMLPage.render(Self.demo)
        for banned in ["http:", "https:", "ftp:", "//", "url(", "@import", " src=", "<link", "<iframe", "<object", "<embed"] {
            // `//` appears in no URL, comment or script line of ours.
            #expect(!page.contains(banned), "\(banned)")
        }
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { $0.prefix(1) }
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { $0 == "#" })
    }

    /// The CSP names the SHA-256 of the page's own style and script blocks (checked against known
    /// digests first: FIPS 180-2 "abc" and the empty string).
    @Test func policyHashesTheInlineBlocks() throws {
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(CSPHash.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(CSPHash.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // 56 bytes: the padding spills into a second block.
        #expect(hex(CSPHash.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let page = try HTMLPage.render(Self.demo)
        #expect(page.contains("content=\"default-src 'none'; style-src \(CSPHash.source(PageStyle.text)); script-src \(CSPHash.source(PageScript.text)); img-src data:;"))
        #expect(!page.contains(ContentSecurity.marker))
        // A template's own block is allowed by its own hash.
        let custom = "<html><head><meta content=\"{{{csp}}}\"><style>h1{color:red}</style></head><body><script>1</script></body></html>"
        let sealed = try HTMLPage.render(Self.demo, options: HTMLPage.Options(template: custom))
        #expect(sealed.contains("style-src \(CSPHash.source("h1{color:red}")); script-src \(CSPHash.source("1"));"))
    }

    @Test func embeddedTemplateEqualsTheFile() throws {
        #expect(try PageFixture.file("Reports/templates/effektvurdering.html") == HTMLPage.defaultTemplate)
    }

    @Test func brokenTemplateIsReported() {
        #expect(throws: HTMLPage.Failure.self) {
            try HTMLPage.render(Self.demo, options: HTMLPage.Options(template: "{{#projects}} unclosed"))
        }
    }

    /// Above the cap, the sections are the projects furthest behind (largest gap), the others
    /// named as left out; every project stays in the table.
    @Test func capKeepsTheFurthestBehind() throws {
        let page = try HTMLPage.render(Self.demo, options: HTMLPage.Options(sectionCap: 2))
        let worst = Self.demo.projects.filter { $0.rollUp.gap != nil }.sorted { ($0.rollUp.gap ?? 0) > ($1.rollUp.gap ?? 0) }
        #expect(page.components(separatedBy: "<section class=\"project\"").count - 1 == 2)
        for p in worst.prefix(2) { #expect(page.contains("<section class=\"project\" id=\"p-") && page.contains("data-project-id=\"\(p.project.id)\" data-score")) }
        let sectionIDs = page.components(separatedBy: "<section class=\"project\" id=\"").dropFirst()
            .compactMap { $0.components(separatedBy: "data-project-id=\"").dropFirst().first?.prefix { $0 != "\"" } }
        #expect(Set(sectionIDs.map(String.init)) == Set(worst.prefix(2).map(\.project.id)))
        #expect(page.contains("\(Self.demo.projects.count - 2) projekter er udeladt her"))
        #expect(page.components(separatedBy: "<tr data-project-id=").count - 1 == Self.demo.projects.count)
    }
}

@Suite struct PageEdgeTests {
    /// No projects at all: the page still renders, says so, and has nothing to cap.
    @Test func emptyPortfolio() throws {
        let counts = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, 0) })
        let portfolio = RollUp(score: nil, expected: nil, gap: nil, status: .noData, statusCounts: counts, coverage: nil,
                               realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: nil, history: [])
        let e = Evaluation(asOf: Day(iso: "2026-09-30") ?? Day(daysSinceEpoch: 0), settings: Settings(),
                           portfolio: portfolio, projects: [], data: Dataset())
        let page = try HTMLPage.render(e)
        #expect(page.contains("Ingen åbne opfølgningspunkter."))
        #expect(!page.contains("<section class=\"project\""))
        #expect(!page.contains("Kræver opmærksomhed"))
        #expect(page.hasSuffix("</html>\n"))
    }

    /// WCAG relative luminance contrast of every text colour of the stylesheet against the page's
    /// backgrounds (white, the figure panels, the notice and attention boxes): at least 4.5:1.
    @Test func textContrastAtLeast4point5() {
        func luminance(_ hex: String) -> Double {
            let v = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { c -> Double in
                let x = Double(c) / 255
                return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        func ratio(_ a: String, _ b: String) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        // The custom properties used for text: ink, muted, accent and the six status colours.
        let css = PageStyle.text
        let names = ["ink", "muted", "accent", "achieved", "on_track", "at_risk", "off_track", "missed", "no_data"]
        for name in names {
            guard let range = css.range(of: "--\(name):#") else { Issue.record("no --\(name)"); continue }
            let hex = "#" + css[range.upperBound...].prefix(6)
            for background in ["#ffffff", "#f4f6f8", "#fdf6f5", "#fafbfc", "#fdf0ef"] {
                #expect(ratio(hex, background) >= 4.5, "--\(name) \(hex) on \(background): \(ratio(hex, background))")
            }
        }
        // Sanity of the formula: black on white is 21:1.
        #expect(abs(ratio("#000000", "#ffffff") - 21) < 1e-9)
    }
}

@Suite struct HistoryFiguresTests {
    /// With a history: the change since the last reported quarter and, when projects entered, the
    /// like-for-like change, in the portfolio's change figure.
    @Test func reportedAndComparableChange() throws {
        var e = PageTests.demo
        e.portfolio.scoreChange = 0.052
        e.portfolio.reportedPreviousScore = 0.6
        e.portfolio.scoreChangeReported = 0.05
        e.portfolio.entered = 2
        e.portfolio.scoreChangeComparable = -0.03
        e.portfolio.expectedValue = 1_864_594
        let page = try HTMLPage.render(e)
        #expect(page.contains("siden seneste indberetning (60 %): ▲ 5 pp"))
        #expect(page.contains("samme projekter som sidst: ▼ 3 pp; 2 nye med data"))
        #expect(page.contains("forventet nu 1.864.594 kr."))
        let plain = PageTests.demo
        #expect(!(try HTMLPage.render(plain)).contains("seneste indberetning"))
    }
}
