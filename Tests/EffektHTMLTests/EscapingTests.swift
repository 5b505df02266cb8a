import Testing
@testable import EffektHTML

@Suite struct EscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscape.text(#"<script>alert("x")</script> & 'y'"#)
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        #expect(HTMLEscape.text("Børn og Unge") == "Børn og Unge")
    }
}
