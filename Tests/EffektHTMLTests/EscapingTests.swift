import Testing
@testable import EffektHTML

@Suite struct EscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscape.text(#"<script>alert("x")</script> & 'y'"#)
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        #expect(HTMLEscape.text("Børn og Unge") == "Børn og Unge")
        #expect(HTMLEscape.text("") == "")
    }

    @Test func numbersForDataAttributesReadBackExactly() {
        #expect(HTMLEscape.number(nil) == "")
        #expect(HTMLEscape.number(.nan) == "")
        #expect(HTMLEscape.number(2) == "2")
        #expect(HTMLEscape.number(-0.25) == "-0.25")
        let third = 1.0 / 3
        #expect(Double(HTMLEscape.number(third)) == third)
    }

    /// The hostile fixture's names reach the page only escaped: no raw tag or handler from data.
    @Test func hostileNamesStayText() throws {
        let page = try HTMLPage.render(PageFixture.evaluation("Fixtures/html-hostile", asOf: "2025-12-31"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<svg onload"))
        #expect(!page.contains("</style><script>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // One script block (the page's own) and one style block.
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(page.components(separatedBy: "<style").count == 2)
        // A project id used in markup only as escaped text; element ids come from positions.
        #expect(page.contains("data-project-id=\"&lt;i&gt;P3&lt;/i&gt;\""))
        #expect(!page.contains(" id=\"&lt;i"))
    }
}
