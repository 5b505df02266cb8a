import Foundation
import Testing
import EffektModel
import EffektEvaluation
import EffektVocabulary
@testable import EffektExcel

@Suite struct WorkbookContentTests {
    @Test func danishSheetNamesInOrder() throws {
        let (x, _) = try writeAndRead()
        #expect(x.sheetNames == ["Overblik", "Gevinstprofil", "Kriterier", "Sammenligning", "Opfølgning", "SPC", "Grafer",
                                 "Målinger", "Datakvalitet", "Metode", "Grafdata"])
        #expect(x.sheet("Grafdata")?.hidden == true)
        #expect(x.sheet("Overblik")?.hidden == false)
    }

    @Test func overviewHeaderPortfolioAndProjects() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Overblik"))
        #expect(s.cells["A1"]?.text == "Foreløbig effektvurdering")
        #expect(s.cells["A2"]?.text == "Aarhus Kommune")
        let asOf = try #require(s.cells["B3"])
        #expect(asOf.number == serial("2026-09-30"))
        #expect(x.numberFormat(asOf) == "dd-mm-yyyy")
        #expect(s.cells["C3"]?.text == "(3. kvt. 2026)")
        #expect(s.cells["B4"]?.text == "kriterier.csv, maalinger.csv, projekter.csv")
        // Portfolio row 8.
        #expect(s.cells["B8"]?.number == 3)
        #expect(s.cells["F8"]?.number == 0.31875)
        #expect(s.cells["H8"]?.text == "På rette spor")
        #expect(s.cells["M8"]?.number == 20_000)
        #expect(x.numberFormat(try #require(s.cells["M8"])) == "#,##0 \"kr.\"")
        // Status counts are COUNTIF formulas with cached results.
        #expect(s.cells["A11"]?.text == "Opnået")
        #expect(s.cells["B12"]?.formula == "COUNTIF($H$20:$H$22,\"På rette spor\")")
        #expect(s.cells["B12"]?.number == 1)
        // Project rows from row 15.
        #expect(s.cells["A19"]?.text == "Projekt")
        #expect(s.cells["A20"]?.text == "Digital post til borgere")
        #expect(s.cells["B20"]?.text == "P1")
        #expect(s.cells["E20"]?.text == "Gennemførelse")
        let score = try #require(s.cells["F20"])
        #expect(score.number == 0.3875)
        #expect(x.numberFormat(score) == "0%")
        #expect(s.cells["H20"]?.text == "På rette spor")
        #expect(s.cells["I20"]?.number == 0.031)
        #expect(s.cells["L20"]?.text == "▲ Forbedring")
        #expect(s.cells["P20"]?.formula == "IF(O20>0,M20/O20,\"\")")
        #expect(s.cells["P20"]?.number == 0.2)
        #expect(s.cells["H22"]?.text == "Ingen data")
        #expect(s.cells["F22"] == nil)
        #expect(s.autofilter == "A19:Q22")
        #expect(s.drawings == 1)
        #expect(x.definedNames["Projekter"] == "'Overblik'!$A$20:$Q$22")
    }

    @Test func statusColoursAreConditionalFormatsOnTheStatusCells() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Overblik"))
        // libxlsxwriter groups the rules of one range in one <conditionalFormatting> element.
        let statusRules = try #require(s.conditionalFormats.first { $0.sqref == "H20:H22" })
        #expect(statusRules.types == Array(repeating: "cellIs", count: 6))
        #expect(Set(statusRules.formulas) == Set(Status.allCases.map { "\"\($0.label(.da))\"" }))
        #expect(s.conditionalFormats.contains { $0.sqref == "H8" })
        #expect(s.conditionalFormats.contains { $0.sqref == "A11:A16" })
        #expect(s.conditionalFormats.contains { $0.sqref == "F20:F22" && $0.types == ["dataBar"] })
        let k = try #require(x.sheet("Kriterier"))
        #expect(k.conditionalFormats.first { $0.sqref == "AA2:AA4" }?.types.count == 6)
    }

    @Test func textStaysTextAndControlCharactersAreStripped() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Overblik"))
        let evil = try #require(s.cells["A21"])
        #expect(evil.text == Fixture.evilName)
        #expect(evil.formula == nil)
        #expect(evil.type == "inlineStr" || evil.type == "s")
        #expect(s.cells["D21"]?.text == "Social[31m og sundhed")
        let k = try #require(x.sheet("Kriterier"))
        #expect(k.cells["D4"]?.text == "Robotter i drift pr. uge")
        let m = try #require(x.sheet("Målinger"))
        #expect(m.cells["H11"]?.text == "første robot")
        // No formula anywhere but the ones the report writes itself.
        for sheet in x.sheets {
            for (ref, cell) in sheet.cells where cell.formula != nil {
                #expect(["Overblik", "Datakvalitet"].contains(sheet.name), "unexpected formula in \(sheet.name)!\(ref)")
                #expect(cell.formula?.contains("HYPERLINK") == false)
            }
        }
    }

    @Test func criteriaSheetHasEveryFigureWithFormats() throws {
        let (x, _) = try writeAndRead()
        let k = try #require(x.sheet("Kriterier"))
        #expect(k.cells["A1"]?.text == "Projekt-id")
        #expect(k.cells["BD1"]?.text == "SPC: regler")
        #expect(k.frozen == "E2")
        #expect(k.autofilter == "A1:BD4")
        #expect(k.cells["C2"]?.text == "K1")
        let attainment = try #require(k.cells["X2"])
        #expect(attainment.number == 0.575)
        #expect(x.numberFormat(attainment) == "0%")
        #expect(k.cells["AA2"]?.text == "På rette spor")
        #expect(k.cells["AB3"]?.text == "Ja")
        #expect(k.cells["L2"]?.number == serial("2025-01-01"))
        #expect(x.numberFormat(try #require(k.cells["L2"])) == "dd-mm-yyyy")
        #expect(k.cells["AM2"]?.number == 0.1742)
        #expect(x.numberFormat(try #require(k.cells["AM2"])) == "0.000")
        #expect(k.cells["AO2"]?.text == "Forbedring")
        #expect(k.cells["AS2"]?.number == serial("2027-11-15"))
        #expect(k.cells["AT2"]?.text == "Forventes nået")
        #expect(k.cells["BA2"]?.text == "Særlig årsag: forbedring")
        #expect(k.cells["BB2"]?.text == "Målet nås ikke uden ændring")
        #expect(k.cells["BC2"]?.number == 3)
        #expect(k.cells["BD2"]?.text == "Uden for kontrolgrænser; Tendens (7 i træk); Niveauskift (7 på én side)")
        #expect(k.cells["AV3"] == nil)
        #expect(k.cells["S3"]?.number == 5000)
    }

    @Test func measurementsSheetHasRealDatesAndNumbers() throws {
        let (x, _) = try writeAndRead()
        let m = try #require(x.sheet("Målinger"))
        #expect(m.cells["A1"]?.text == "Projekt-id")
        #expect(m.cells["A2"]?.text == "P1")
        #expect(m.cells["B2"]?.text == "Digital post til borgere")
        #expect(m.cells["D2"]?.text == "Andel digitale henvendelser")
        let date = try #require(m.cells["E2"])
        #expect(date.number == serial("2025-03-31"))
        #expect(x.numberFormat(date) == "dd-mm-yyyy")
        #expect(m.cells["F2"]?.number == 44)
        #expect(m.cells["G2"]?.text == "%")
        #expect(m.cells["I2"]?.number == 2)
        #expect(m.autofilter == "A1:I11")
        #expect(m.rowOrder == Array(1...11))
    }

    @Test func followUpIsSortedByDueDate() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Opfølgning"))
        #expect(s.cells["E5"]?.text == "Måling forsinket")
        #expect(s.cells["G5"]?.number == serial("2026-04-01"))
        #expect(s.cells["H5"]?.number == -182)
        #expect(s.cells["F5"]?.text == "(ingen)")
        #expect(s.cells["E6"]?.text == "Ingen ansvarlig")
        #expect(s.cells["E7"]?.text == "Mangler opfølgningsområde: Kompetencer")
        #expect(s.cells["E8"]?.text == "Mangler opfølgningsområde: Gevinst")
        #expect(s.cells["B8"]?.text == Fixture.evilName)
        #expect(s.cells["A9"] == nil)
    }

    @Test func dataQualityListsFilesAndDiagnostics() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Datakvalitet"))
        #expect(s.cells["A5"]?.text == "kriterier.csv")
        #expect(s.cells["C5"]?.text == "utf-8-bom")
        #expect(s.cells["D6"]?.text == "tabulator")
        #expect(s.cells["H5"]?.number == 1)
        #expect(s.cells["A9"]?.text?.hasPrefix("Fejl og advarsler (2 fejl, 1 advarsler)") == true)
        #expect(s.cells["A11"]?.text == "kriterier.csv")
        #expect(s.cells["B11"]?.text == "Fejl")
        #expect(s.cells["C11"]?.text == "bad_number")
        #expect(s.cells["D11"]?.number == 5)
        #expect(s.cells["E11"]?.text == "target")
        #expect(s.cells["B13"]?.text == "Advarsel")
        #expect(s.autofilter == "A10:F13")
    }

    @Test func comparisonRanksByCurrentScore() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Sammenligning"))
        #expect(s.cells["D4"]?.text == "2. kvt. 2025")
        #expect(s.cells["I4"]?.text == "3. kvt. 2026")
        #expect(s.cells["B5"]?.text == "P1")
        #expect(s.cells["B6"]?.text == "P2")
        #expect(s.cells["B7"]?.text == "P3")
        #expect(s.cells["I5"]?.number == 0.3875)
        #expect(s.cells["C8"]?.text == "Porteføljen")
        #expect(s.drawings == 1)
    }

    @Test func chartsHaveTheirDataOnTheHiddenSheet() throws {
        let (x, _) = try writeAndRead()
        let g = try #require(x.sheet("Grafer"))
        #expect(g.drawings == 1)
        #expect(g.cells["A2"]?.text?.hasPrefix("3 grafer") == true)
        let d = try #require(x.sheet("Grafdata"))
        #expect(d.cells["A2"]?.text == "P1/K1")
        #expect(d.cells["B2"]?.number == serial("2025-01-01"))
        #expect(d.cells["C9"]?.number == 63)
        // K1's block: 8 points, 4 plan knots, 2 segments × 3 rows, 4 events × 3 rows → 12 rows.
        #expect(d.cells["A14"]?.text == "P1/K2")
        // 3 criterion charts, Overblik's, Sammenligning's and Gevinstprofil's.
        #expect(x.parts.filter { $0.hasPrefix("xl/charts/chart") }.count == 6)

        var options = ReportOptions()
        options.chartLimit = 1
        let (y, _) = try writeAndRead(options: options)
        let note = y.sheet("Grafer")?.cells["A2"]?.text ?? ""
        #expect(note.contains("Udeladt: 2 af 3 kriterier (fra P1/K2"))
    }

    @Test func englishLabels() throws {
        let (x, _) = try writeAndRead(options: ReportOptions(language: .en))
        #expect(x.sheetNames == ["Overview", "Benefit profile", "Criteria", "Comparison", "Follow-up", "SPC", "Charts",
                                 "Measurements", "Data quality", "Method", "Chart data"])
        let s = try #require(x.sheet("Overview"))
        #expect(s.cells["A1"]?.text == "Preliminary effect assessment")
        #expect(s.cells["H20"]?.text == "On track")
        #expect(s.cells["C3"]?.text == "(Q3 2026)")
        #expect(x.numberFormat(try #require(s.cells["B3"])) == "yyyy-mm-dd")
        #expect(x.numberFormat(try #require(s.cells["M8"])) == "\"DKK \"#,##0")
        #expect(s.conditionalFormats.filter { $0.sqref == "H20:H22" }.flatMap(\.formulas).contains("\"Off track\""))
        #expect(x.sheet("Criteria")?.cells["AA2"]?.text == "On track")
        #expect(x.sheet("Follow-up")?.cells["E5"]?.text == "Measurement overdue")
        #expect(x.definedNames["Projects"] != nil)
    }

    @Test func measurementsSheetOptions() throws {
        let (none, _) = try writeAndRead(options: ReportOptions(measurementsSheet: .none))
        #expect(!none.sheetNames.contains("Målinger"))
        let (capped, _) = try writeAndRead(options: ReportOptions(measurementsSheet: .cap(2)))
        let m = try #require(capped.sheet("Målinger"))
        #expect(m.cells["A3"] != nil)
        #expect(m.cells["A4"] == nil)
        #expect(m.cells["J1"]?.text == "Viser de første 2 af 10 målinger; alle indgår i vurderingen.")
    }
}

@Suite struct WorkbookEdgeTests {
    @Test func measurementsSplitOverNumberedSheets() throws {
        var options = ReportOptions()
        options.measurementsPerSheet = 4
        let (x, _) = try writeAndRead(options: options)
        #expect(x.sheetNames == ["Overblik", "Gevinstprofil", "Kriterier", "Sammenligning", "Opfølgning", "SPC", "Grafer", "Målinger",
                                 "Målinger (2)", "Målinger (3)", "Datakvalitet", "Metode", "Grafdata"])
        let one = try #require(x.sheet("Målinger")), two = try #require(x.sheet("Målinger (2)")), three = try #require(x.sheet("Målinger (3)"))
        #expect(one.rowOrder == [1, 2, 3, 4, 5])
        #expect(two.rowOrder == [1, 2, 3, 4, 5])
        #expect(three.rowOrder == [1, 2, 3])
        #expect(two.cells["A1"]?.text == "Projekt-id")
        #expect(two.cells["J1"]?.text == "Del 2 af 3: målinger 5–8 af 10.")
        #expect(two.cells["I2"]?.number == 6)   // the 5th measurement sits on line 6 of its file
        #expect(three.autofilter == "A1:I3")
    }

    @Test func anEmptyEvaluationStillGivesAWorkbook() throws {
        var e = Fixture.make()
        e.projects = []
        e.data = Dataset()
        e.portfolio = RollUp(score: nil, expected: nil, gap: nil, status: .noData, statusCounts: Fixture.counts([:]),
                             coverage: nil, realizedValue: nil, plannedValue: nil, trendScore: nil, scoreChange: nil, history: [])
        let (x, _) = try writeAndRead(e)
        #expect(x.sheetNames.count == 11)
        #expect(x.sheet("Gevinstprofil")?.cells["A4"]?.text?.hasPrefix("Ingen kriterier med kr. pr. enhed") == true)
        #expect(x.sheet("SPC")?.cells["A2"]?.text?.hasPrefix("Ingen kriterier har nok punkter") == true)
        #expect(x.sheet("Overblik")?.cells["A20"]?.text == "Ingen projekter i data.")
        #expect(x.sheet("Overblik")?.cells["B4"]?.text == "—")
        #expect(x.sheet("Målinger")?.cells["J1"]?.text == "Ingen godkendte målinger.")
        #expect(x.sheet("Grafer")?.cells["A3"]?.text == "Ingen kriterier har mindst 2 punkter endnu.")
        #expect(x.sheet("Opfølgning")?.cells["A2"]?.text == "Ingen opfølgningspunkter.")
        #expect(x.sheet("Sammenligning")?.cells["D4"]?.text == "3. kvt. 2026")
    }
}

@Suite struct WorkbookValueTests {
    @Test func nonFiniteNumbersLeaveCellsEmpty() throws {
        var e = Fixture.make()
        e.projects[0].criteria[0].attainment = .nan
        e.projects[0].criteria[0].trend.slopePerDay = .infinity
        e.projects[0].rollUp.score = -.infinity
        let (x, _) = try writeAndRead(e)
        #expect(x.sheet("Kriterier")?.cells["X2"] == nil)
        #expect(x.sheet("Kriterier")?.cells["AH2"] == nil)
        #expect(x.sheet("Overblik")?.cells["F20"] == nil)
        #expect(x.sheet("Kriterier")?.cells["Y2"]?.number == 0.4)
    }

    @Test func longTextIsCappedAtExcelsLimit() throws {
        var e = Fixture.make()
        e.projects[0].project.name = String(repeating: "å", count: 40_000)
        let (x, _) = try writeAndRead(e)
        #expect(x.sheet("Overblik")?.cells["A20"]?.text?.count == 32_767)
    }
}
