import Testing
@testable import EffektImport
import EffektModel

@Suite struct HeaderMatcherTests {
    @Test func foldsCaseLettersAndSeparators() {
        #expect(HeaderMatcher.normalize("Kr. pr. enhed") == "kr_pr_enhed")
        #expect(HeaderMatcher.normalize("  Målværdi ") == "maalvaerdi")
        #expect(HeaderMatcher.normalize("FØR-måling") == "foer_maaling")
        #expect(HeaderMatcher.normalize("Ma\u{030A}linger") == "maalinger")
        #expect(HeaderMatcher.normalize("baseline__-date") == "baseline_date")
    }

    @Test func danishAndEnglishHeadersMapToFields() {
        let map = HeaderMap(headers: ["Projekt", "Kriterienr", "Succeskriterium", "Opfølgningsområde", "Nulpunkt", "Nulpunkt dato",
                                      "Mål", "Frist", "Kr. pr. enhed", "Vægt", "Ekstra", "Navn", "", ""], schema: .criteria)
        #expect(map.column(.projectID) == 0)
        #expect(map.column(.criterionID) == 1)
        #expect(map.column(.name) == 2)           // the first of two headers for one field counts
        #expect(map.column(.category) == 3)
        #expect(map.column(.baselineDate) == 5)
        #expect(map.column(.valuePerUnit) == 8)
        #expect(map.missing.isEmpty)
        #expect(map.ignored == ["Ekstra", "Navn"])
        #expect(map.width == 12)                  // trailing empty headers are not columns
    }

    @Test func missingColumnsAreAllNamed() {
        let map = HeaderMap(headers: ["project_id", "date"], schema: .measurements)
        #expect(map.missing == [.criterionID, .value])
    }

    @Test func enumerationsMatchLikeHeaders() {
        #expect(Vocabulary.categories[HeaderMatcher.normalize("Løsning")] == .solution)
        #expect(Vocabulary.categories[HeaderMatcher.normalize("kompetencer")] == .competencies)
        #expect(Vocabulary.directions[HeaderMatcher.normalize("Øge")] == .increase)
        #expect(Vocabulary.directions[HeaderMatcher.normalize("reducere")] == .decrease)
        #expect(Vocabulary.directions[HeaderMatcher.normalize("Fastholde over")] == .atLeast)
        #expect(Vocabulary.directions[HeaderMatcher.normalize("højst")] == .atMost)
        #expect(Vocabulary.frequencies[HeaderMatcher.normalize("Kvartalsvis")] == .quarterly)
        #expect(Vocabulary.frequencies[HeaderMatcher.normalize("halvårlig")] == .halfyearly)
        #expect(Vocabulary.phases[HeaderMatcher.normalize("Overdragelse til drift")] == .handover)
        #expect(Vocabulary.phases[HeaderMatcher.normalize("Planlægning")] == .planning)
        #expect(Vocabulary.directions[HeaderMatcher.normalize("sideways")] == nil)
    }
}
