import EffektModel
import EffektEvaluation
import EffektVocabulary
import Foundation
import Testing
@testable import EffektText

@Suite struct MarkdownTests {
    /// Pipes that separate cells (not escaped with a backslash).
    static func cellSeparators(_ line: Substring) -> Int {
        var count = 0, escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { count += 1 }
        }
        return count
    }

    static func checkTables(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        var tables = 0
        while i < lines.count {
            guard lines[i].hasPrefix("|") else { i += 1; continue }
            let header = cellSeparators(lines[i])
            #expect(i + 1 < lines.count && lines[i + 1].wholeMatch(of: /\|(\s*:?-+:?\s*\|)+/) != nil, "separator after \(lines[i])")
            var j = i
            while j < lines.count && lines[j].hasPrefix("|") {
                #expect(cellSeparators(lines[j]) == header, "row \(lines[j])")
                #expect(lines[j].hasSuffix("|"))
                j += 1
            }
            tables += 1
            i = j
        }
        #expect(tables > 0)
    }

    @Test func tablesAreWellFormed() throws {
        for e in [Fixture.kommune(), LayoutTests.hostile()] {
            Self.checkTables(Dashboard.render(e, options: DashboardOptions(format: .markdown)))
            for p in e.projects {
                Self.checkTables(Dashboard.render(e, options: DashboardOptions(format: .markdown, project: p.project.id)))
                Self.checkTables(try Memo.render(e, projectID: p.project.id))
            }
            for g in [nil] + CompareGrouping.allCases.map(Optional.some) {
                Self.checkTables(Compare.render(e, options: CompareOptions(format: .markdown, grouping: g)))
            }
        }
    }

    @Test func escaping() {
        #expect(Markdown.escape("a | b") == "a \\| b")
        #expect(Markdown.escape("<script>") == "&lt;script>")
        #expect(Markdown.escape("p < 0,001") == "p < 0,001")
        #expect(Markdown.escape("# ikke overskrift") == "\\# ikke overskrift")
        #expect(Markdown.escape("data-platform") == "data-platform")
        #expect(Markdown.escape("[link](x)") == "\\[link\\](x)")
    }
}

@Suite struct CSVTests {
    @Test(arguments: [("=SUM(A1)", "'=SUM(A1)"), ("+45 12 34", "'+45 12 34"), ("-2", "'-2"), ("@cmd", "'@cmd"),
                      ("  =1+1", "'  =1+1"), ("Mette", "Mette"), ("a=b", "a=b"), ("", "")])
    func neutralise(input: String, expected: String) {
        #expect(CSVField.neutralise(input) == expected)
    }

    @Test func quoting() {
        #expect(CSVField.quote("a;b", separator: ";") == "\"a;b\"")
        #expect(CSVField.quote("a,b", separator: ";") == "a,b")
        #expect(CSVField.quote("a,b", separator: ",") == "\"a,b\"")
        #expect(CSVField.quote("say \"hi\"", separator: ";") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quote(" lead", separator: ";") == "\" lead\"")
    }

    /// A small RFC 4180 reader, to check what Excel would see.
    static func parse(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == separator { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        return rows
    }

    @Test func hostileCSVStaysInert() {
        let e = LayoutTests.hostile()
        for (language, separator) in [(Language.da, Character(";")), (.en, ",")] {
            let text = Compare.render(e, options: CompareOptions(language: language, format: .csv, grouping: .owner))
            #expect(text.hasPrefix("\u{FEFF}"))
            #expect(text.hasSuffix("\r\n"))
            let rows = Self.parse(text, separator: separator)
            let width = rows.first?.count ?? 0
            #expect(rows.count == 1 + e.projects.count + 2 + 1) // header, projects, 2 groups, portfolio
            for row in rows {
                #expect(row.count == width)
                for field in row {
                    let isNumber = NumberFormatting.parse(field.replacingOccurrences(of: language == .da ? "," : ".", with: language == .da ? "," : "."),
                                                          language: language) != nil
                    if let first = field.first, "=+-@\t\r".contains(first) { #expect(isNumber, "\(field)") }
                }
            }
        }
    }

    @Test func danishDecimalComma() {
        let text = Compare.render(Fixture.kommune(), options: CompareOptions(format: .csv))
        let rows = Self.parse(text, separator: ";")
        let p1 = rows.first { $0.count > 2 && $0[2] == "P1" } ?? []
        #expect(p1.contains("83,1"))
        let en = Self.parse(Compare.render(Fixture.kommune(), options: CompareOptions(language: .en, format: .csv)), separator: ",")
        #expect((en.first { $0.count > 2 && $0[2] == "P1" } ?? []).contains("83.1"))
    }
}

@Suite struct MemoTests {
    @Test func embeddedTemplateEqualsTheFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reports/templates/statusnotat.md")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == Memo.defaultTemplate)
        let english = try String(contentsOf: url.deletingLastPathComponent().appendingPathComponent("status-memo.md"),
                                 encoding: .utf8)
        #expect(english == Memo.englishTemplate)
        #expect(Memo.defaultTemplate(for: .en) == english)
        #expect(Memo.templatePath(for: .en) == "Reports/templates/status-memo.md")
    }

    /// One language per memo: `--lang en` fills the English template, whose fixed text has none
    /// of the Danish template's words, and the sentences are English too.
    @Test func englishMemoIsEnglishThroughout() throws {
        let text = try Memo.render(Fixture.kommune(), projectID: "P1", template: Memo.defaultTemplate(for: .en),
                                   language: .en)
        #expect(text.hasPrefix("# Status memo: "))
        for heading in ["## 1. Project facts", "## 2. Preliminary effect assessment", "## 3. Follow-up – who does what",
                        "## 4. Next follow-up", "expected by now:"] {
            #expect(text.contains(heading), "\(heading)")
        }
        for danish in ["Projektets fakta", "forventet på nuværende tidspunkt", "Foreløbig effektvurdering", "Opfølgning",
                       "Næste opfølgning", "Notatet er dannet", "opgjort pr."] {
            #expect(!text.contains(danish), "\(danish)")
        }
        let danish = try Memo.render(Fixture.kommune(), projectID: "P1", template: Memo.defaultTemplate(for: .da),
                                     language: .da)
        #expect(danish.contains("## 1. Projektets fakta"))
    }

    @Test func customTemplateAndNoHTMLEscaping() throws {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        b.project("A&B", name: "Løn & personale <i>", history: [], criteria: [])
        let text = try Memo.render(b.build(), projectID: "A&B", template: "{{project.name}}: {{score}} {{status}}\n")
        #expect(text == "Løn & personale &lt;i>: – Ingen data\n")
    }

    @Test func brokenTemplateIsReported() {
        #expect(throws: Memo.Failure.self) {
            try Memo.render(Fixture.kommune(), projectID: "P1", template: "{{#criteria}} unclosed")
        }
    }

    @Test func memoSaysWhatTheEvaluationSays() throws {
        let e = Fixture.kommune()
        let text = try Memo.render(e, projectID: "P2")
        let p = try #require(e.projects.first { $0.project.id == "P2" })
        #expect(text.contains(NumberFormatting.percent(p.rollUp.score ?? 0, language: .da)))
        for c in p.criteria {
            #expect(text.contains("### " + c.criterion.id + " " + c.criterion.name))
            #expect(text.contains(c.status.label(.da)))
        }
        for f in p.findings { #expect(text.contains(f.code.label(.da))) }
    }
}
