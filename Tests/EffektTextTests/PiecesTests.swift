import EffektModel
import EffektEvaluation
import Testing
@testable import EffektText

@Suite struct GlyphTests {
    @Test func sparklineUsesAFixedScale() {
        #expect(Glyphs.scoreSparkline([0, 0.5, 1, nil, 1.4, -0.2]) == "▁▅█ █▁")
        #expect(Glyphs.scoreSparkline([]) == "")
    }

    @Test func valueSparklineShowsTheShape() {
        #expect(Glyphs.valueSparkline([10, 20, 30], maxPoints: 10) == "▁▅█")
        #expect(Glyphs.valueSparkline([5, 5, 5], maxPoints: 10) == "▄▄▄")
        #expect(Glyphs.valueSparkline([1, 2, 3, 4], maxPoints: 2) == "▁█")
    }

    @Test func barsRoundToWholeCells() {
        #expect(Glyphs.bar(0.63, cells: 10) == "██████░░░░")
        #expect(Glyphs.bar(0.65, cells: 10) == "███████░░░")
        #expect(Glyphs.bar(1.7, cells: 4) == "████")
        #expect(Glyphs.bar(-1, cells: 4) == "░░░░")
        #expect(Glyphs.bar(nil, cells: 3) == "···")
    }

    @Test func changeArrows() {
        #expect(Glyphs.change(0.094, language: .da) == "▲ 9 pp")
        #expect(Glyphs.change(-0.031, language: .da) == "▼ 3 pp")
        #expect(Glyphs.change(0.004, language: .da) == "= 0 pp")
        #expect(Glyphs.change(nil, language: .da) == "–")
    }
}

@Suite struct TableAndFlowTests {
    /// A name column that shrinks and two columns that go, B first.
    static let sample = TextTable(columns: [
            TableColumn(header: "Navn", flexible: true, softMinimum: 10, hardMinimum: 5),
            TableColumn(header: "A", dropPriority: 1),
            TableColumn(header: "B", dropPriority: 2),
        ], rows: [.cells(["Et ganske langt projektnavn", "aaaaaaaaaa", "bbbbbbbbbb"])])

    @Test func dropsTheLeastImportantColumnFirst() {
        let table = Self.sample
        let wide = table.render(width: 60, indent: 0, palette: Palette(enabled: false))
        #expect(wide[2].contains("bbbb") && wide[2].contains("aaaa") && wide[2].contains("Et ganske langt projektnavn"))
        let narrow = table.render(width: 24, indent: 0, palette: Palette(enabled: false))
        #expect(!narrow[2].contains("bbbb") && narrow[2].contains("aaaa"))
        #expect(narrow.allSatisfy { DisplayWidth.width(of: $0) <= 24 })
        let tiny = table.render(width: 12, indent: 0, palette: Palette(enabled: false))
        #expect(tiny[2].hasPrefix("Et ganske l…") || tiny[2].hasPrefix("Et gan"))
        #expect(tiny.allSatisfy { DisplayWidth.width(of: $0) <= 12 })
    }

    @Test func flowWrapsAtSegments() {
        let lines = Flow.lines(["første", "anden", "tredje"], width: 20, first: "X: ", separator: " · ")
        #expect(lines == ["X: første · anden", "   tredje"])
        #expect(Flow.spread("venstre", "højre", width: 20) == ["venstre        højre"])
        #expect(Flow.spread("venstre side", "højre side", width: 20) == ["venstre side", "højre side"])
    }
}

@Suite struct WordingTests {
    func criterion(state: ForecastState, reach: String?, status: TrendClassification = .improving) -> CriterionEvaluation {
        let b = EvaluationBuilder(asOf: "2026-09-30")
        return b.criterion(projectID: "P", .init(id: "K", name: "N", direction: .increase, baseline: 0,
                                                 baselineDate: "2025-01-01", target: 10, targetDate: "2027-12-31",
                                                 values: [("2026-06-30", 4)], trend: status, forecast: state, reach: reach))
    }

    @Test func forecastSentences() {
        let w = Wording(language: .da), asOf = day("2026-09-30")
        #expect(w.forecast(criterion(state: .projected, reach: "2027-03-14"), asOf: asOf) == "når målet ca. 2027-03")
        #expect(w.forecast(criterion(state: .projected, reach: "2028-02-01"), asOf: asOf)
                == "når ikke målet før fristen (først ca. 2028-02)")
        #expect(w.forecast(criterion(state: .projected, reach: "2026-08-01"), asOf: asOf).hasPrefix("tendenslinjen har nået målet"))
        #expect(w.forecast(criterion(state: .notReaching, reach: nil), asOf: asOf) == "når ikke målet med den nuværende udvikling")
        #expect(w.forecast(criterion(state: .beyondHorizon, reach: nil), asOf: asOf) == "når ikke målet inden for 10 år")
        #expect(w.forecast(criterion(state: .insufficientData, reach: nil), asOf: asOf) == "for få målinger til en prognose")
        let en = Wording(language: .en)
        #expect(en.forecast(criterion(state: .projected, reach: "2027-03-14"), asOf: asOf) == "reaches the target about 2027-03")
    }

    @Test func trendAndPValues() {
        let w = Wording(language: .da)
        #expect(w.trend(Trend(points: 8, pValue: 0.0123, classification: .improving)) == "Forbedring (p = 0,012)")
        #expect(w.trend(Trend(points: 8, pValue: 0.00001, classification: .worsening)) == "Forværring (p < 0,001)")
        #expect(w.trend(Trend(points: 3, pValue: 0.2, classification: .insufficientData)) == "For få målinger")
    }

    @Test func quarterHeadersDoNotLookLikeCriterionIDs() {
        let q = Quarter(year: 2026, number: 3) ?? Quarter(containing: day("2026-09-30"))
        #expect(Wording(language: .da).quarterShort(q) == "3. kvt. 26")
        #expect(Wording(language: .en).quarterShort(q) == "Q3 2026")
    }

    @Test func valuesWithUnits() {
        let w = Wording(language: .da)
        #expect(w.value(9.5, unit: "dage") == "9,5 dage")
        #expect(w.value(85, unit: "%") == "85 %")
        #expect(w.value(nil, unit: "dage") == "–")
        #expect(Wording(language: .en).value(1234.5, unit: "%") == "1,234.5%")
    }
}

@Suite struct ScaleTests {
    /// A big portfolio renders quickly (the command's budget is 100 ms in a release build).
    @Test func manyProjects() {
        var b = EvaluationBuilder(asOf: "2026-09-30")
        for i in 1...200 {
            b.project("P\(i)", name: "Projekt nummer \(i) med et navn", owner: "Ejer \(i % 7)", area: "Område \(i % 5)",
                      history: [0.1, 0.2, 0.3, nil], criteria: (1...5).map { k in
                .init(id: "K\(k)", name: "Kriterie \(k)", direction: .increase, baseline: 0, baselineDate: "2025-01-01",
                      target: 100, targetDate: "2027-12-31", owner: "Ansvarlig \(k)", valuePerUnit: 1000,
                      values: [("2025-12-31", Double(i % 50)), ("2026-06-30", Double(i % 70))])
            })
        }
        let e = b.build()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = Dashboard.render(e, options: DashboardOptions(width: 120))
            _ = Compare.render(e, options: CompareOptions(width: 120, grouping: .area))
        }
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }
}

@Suite struct PhraseWrapTests {
    @Test func numbersStayWithTheirUnits() {
        #expect(Flow.gluedWords("▼ 3 pp siden forrige kvartal; 2 nye: 71 % → 68 %")
                == ["▼ 3 pp", "siden", "forrige", "kvartal;", "2 nye:", "71 %", "→ 68 %"])
        // "8 projekter" and "2 nye" move to the next line whole instead of leaving the number behind.
        #expect(Flow.phrases("▲ 7 pp for de 8 projekter; 2 nye", width: 20) == ["▲ 7 pp for de", "8 projekter; 2 nye"])
        #expect(Flow.phrases("▲ 7 pp for de 8 projekter, 2 nye", width: 30) == ["▲ 7 pp for de 8 projekter,", "2 nye"])
    }
}

@Suite struct ColumnNoteTests {
    @Test func notesOnlyForColumnsShown() {
        let e = Fixture.kommune()
        // At 200 columns the project table has its kroner column, at 100 it is dropped (see the snapshots).
        #expect(Dashboard.render(e, options: DashboardOptions(width: 200)).contains("Gevinst (kr.): realiseret / forventet nu"))
        #expect(!Dashboard.render(e, options: DashboardOptions(width: 100)).contains("Gevinst (kr.):"))
        #expect(Compare.render(e, options: CompareOptions(width: 200)).contains("Gevinst (kr.) ="))
        #expect(!Compare.render(e, options: CompareOptions(width: 100)).contains("Gevinst (kr.) ="))
    }

    @Test func visibleColumnsAgreeWithRender() {
        let table = TableAndFlowTests.sample
        #expect(table.visibleColumns(width: 60, indent: 0) == [0, 1, 2])
        #expect(table.visibleColumns(width: 24, indent: 0) == [0, 1])
    }
}
