import Foundation
import Testing
import EffektModel
import EffektEvaluation
import EffektTestSupport
@testable import EffektExcel

/// Issues 12–14 in the workbook: Gevinstprofil, the new Kriterier and Overblik columns, the SPC
/// sheet, XmR charts with plan and events, and the history findings. The figures are the
/// fixture's hand-made ones (EvaluationFixture.swift states their arithmetic).
@Suite struct BenefitProfileSheetTests {
    @Test func oneRowPerProjectAndThePortfolioWithAPairPerYear() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Gevinstprofil"))
        #expect(s.cells["A4"]?.text == "Projekt-id")
        #expect(s.cells["C4"]?.text == "2025")
        #expect(s.cells["G4"]?.text == "2027")
        #expect(s.cells["C5"]?.text == "Planlagt")
        #expect(s.cells["D5"]?.text == "Realiseret")
        // The as-of date 2026-09-30 lies in 2026: its header and cells are marked.
        let current = try #require(s.cells["E4"])
        #expect(current.text == "2026 (i år)")
        #expect(x.fill(current) == "FFC55A11")
        #expect(x.fill(try #require(s.cells["C4"])) == "FF1F3864")
        // P1 (row 6): 33,272.39 / 20,000; 66,636.20 / 20,000; 100,000 / nothing realised.
        #expect(s.cells["A6"]?.text == "P1")
        #expect(s.cells["C6"]?.number == 33_272.39)
        #expect(s.cells["D6"]?.number == 20_000)
        #expect(s.cells["E6"]?.number == 66_636.2)
        #expect(x.fill(try #require(s.cells["E6"])) == "FFFCE4D6")
        #expect(s.cells["F6"]?.number == 20_000)
        #expect(s.cells["G6"]?.number == 100_000)
        #expect(s.cells["H6"]?.value == nil)
        #expect(x.numberFormat(try #require(s.cells["C6"])) == "#,##0 \"kr.\"")
        // P2 (row 7) has no 2025 in its profile: blank, not zero.
        #expect(s.cells["B7"]?.text == Fixture.evilName)
        #expect(s.cells["C7"]?.value == nil)
        #expect(s.cells["D7"]?.value == nil)
        #expect(s.cells["E7"]?.number == 12_000)
        #expect(s.cells["F7"]?.number == 3_000)
        #expect(s.cells["G7"]?.number == 48_000)
        // P3 (row 8) has no profile; the portfolio (row 9) adds the projects year by year.
        #expect(s.cells["C8"]?.value == nil)
        #expect(s.cells["A9"]?.text == "I alt")
        #expect(s.cells["B9"]?.text == "Aarhus Kommune")
        #expect(s.cells["C9"]?.number == 33_272.39)
        #expect(s.cells["E9"]?.number == 78_636.2)
        #expect(s.cells["F9"]?.number == 23_000)
        #expect(s.cells["G9"]?.number == 148_000)
        #expect(s.cells["H9"]?.value == nil)
        #expect(s.frozen == "C6")
        // The portfolio by year (rows 13–15) is the chart's data: years as plain numbers.
        #expect(s.cells["A11"]?.text == "Porteføljen pr. år")
        #expect(s.cells["A13"]?.number == 2025)
        #expect(x.numberFormat(try #require(s.cells["A13"])) == "0")
        #expect(s.cells["B14"]?.number == 78_636.2)
        #expect(s.cells["C14"]?.number == 23_000)
        #expect(s.cells["C15"] == nil)
        #expect(s.drawings == 1)
        let chart = try #require(x.charts.first { $0.title.contains("planlagt og realiseret gevinst pr. år") })
        #expect(chart.seriesNames == ["Planlagt", "Realiseret"])
    }

    @Test func aNoteWhenAProjectsProfileEndsBeforeThePortfolios() throws {
        // As the fixture: P1's profile reaches the portfolio's last year, so no note.
        let (x, _) = try writeAndRead()
        #expect(x.sheet("Gevinstprofil")?.cells["A10"] == nil)
        var e = Fixture.make()
        e.projects[1].rollUp.benefitProfile.removeLast()   // P2 now ends in 2026, the portfolio in 2027
        let (y, _) = try writeAndRead(e)
        let s = try #require(y.sheet("Gevinstprofil"))
        #expect(s.cells["G7"]?.value == nil)
        #expect(s.cells["G9"]?.number == 148_000)
        #expect(s.cells["A10"]?.text?.hasPrefix("I alt tæller også projekter i årene efter deres egen profil") == true)
        #expect(s.cells["A11"]?.text == "Porteføljen pr. år")
    }

    @Test func englishNamesAndKronerFormat() throws {
        let (x, _) = try writeAndRead(options: ReportOptions(language: .en))
        let s = try #require(x.sheet("Benefit profile"))
        #expect(s.cells["E4"]?.text == "2026 (this year)")
        #expect(s.cells["C5"]?.text == "Planned")
        #expect(x.numberFormat(try #require(s.cells["C6"])) == "\"DKK \"#,##0")
    }
}

@Suite struct SPCSheetTests {
    @Test func oneRowPerCriterionWithAChart() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("SPC"))
        #expect(s.cells["A4"]?.text == "Projekt-id")
        #expect(s.cells["E4"]?.text == "Variation")
        #expect(s.cells["A5"]?.text == "P1")
        #expect(s.cells["C5"]?.text == "K1")
        // The last point (index 7) is flagged by trend and shift, high: trend is read (the earlier
        // rule), an improvement for an increasing criterion.
        #expect(s.cells["E5"]?.text == "Særlig årsag: forbedring (høj)")
        #expect(s.cells["F5"]?.text == "Målet nås ikke uden ændring")
        #expect(s.cells["G5"]?.text == "Tendens (7 i træk)")
        #expect(s.cells["H5"]?.number == 4)
        #expect(s.cells["I5"]?.number == 2)
        #expect(s.cells["J5"]?.number == serial("2025-12-31"))
        #expect(s.cells["K5"]?.text == "Ny arbejdsgang")
        #expect(s.cells["L5"]?.text == "Ja")
        #expect(s.cells["M5"]?.number == 59)
        #expect(s.cells["N5"]?.number == 51.9)
        #expect(s.cells["O5"]?.number == 66.1)
        #expect(s.cells["P5"]?.number == 80)
        // K2 and K10 have no SPC: no rows.
        #expect(s.cells["A6"] == nil)
        #expect(s.autofilter == "A4:P5")
        #expect(s.frozen == "E5")
        // The icon colours are conditional formats on the words: 5 variation and 3 assurance words.
        let variation = try #require(s.conditionalFormats.first { $0.sqref == "E5" })
        #expect(variation.formulas.count == 5)
        #expect(variation.formulas.contains("\"Særlig årsag: bekymring (lav)\""))
        #expect(s.conditionalFormats.first { $0.sqref == "F5" }?.formulas.count == 3)
    }

    @Test func concernLowAndCommonCauseWords() throws {
        var e = Fixture.make()
        var spc = try #require(e.projects[0].criteria[0].spc)
        spc.variation = .concern
        spc.signals = [SPCSignal(rule: .shift, index: 7, date: Fixture.day("2026-09-30"), side: .low)]
        spc.segments = []
        e.projects[0].criteria[0].spc = spc
        var calm = spc
        calm.variation = .commonCause
        calm.signals = []
        calm.assurance = .hitAndMiss
        e.projects[0].criteria[1].spc = calm
        let (x, _) = try writeAndRead(e, options: ReportOptions(language: .en))
        let s = try #require(x.sheet("SPC"))
        #expect(s.cells["E5"]?.text == "Special cause: concern (low)")
        #expect(s.cells["G5"]?.text == "Shift (7 on one side)")
        // Without segments: one, never recalculated.
        #expect(s.cells["I5"]?.number == 1)
        #expect(s.cells["J5"] == nil)
        #expect(s.cells["E6"]?.text == "Common cause")
        #expect(s.cells["F6"]?.text == "Hit and miss")
        #expect(s.cells["G6"] == nil)
    }
}

@Suite struct CriteriaAndOverviewAdditionsTests {
    @Test func criteriaShowPlanMilestonesAndExpectedValue() throws {
        let (x, _) = try writeAndRead()
        let k = try #require(x.sheet("Kriterier"))
        #expect(k.cells["O1"]?.text == "Oprindelig baseline")
        #expect(k.cells["R1"]?.text == "Antal delmål")
        #expect(k.cells["W1"]?.text == "Planlagt nu")
        #expect(k.cells["AE1"]?.text == "Forventet kr. nu")
        // Without a history the originals stay empty.
        #expect(k.cells["O2"] == nil && k.cells["P2"] == nil && k.cells["Q2"] == nil)
        #expect(k.cells["R2"]?.number == 2)
        #expect(k.cells["R3"]?.number == 0)
        // P(2026-09-30) = 50 + 20 · 273/365 = 64.958904…
        let planned = try #require(k.cells["W2"]?.number)
        #expect(abs(planned - 64.958_904_109_589) < 1e-9)
        #expect(x.numberFormat(try #require(k.cells["W2"])) == "#,##0.00")
        #expect(k.cells["W3"]?.number == 22)
        #expect(k.cells["AE3"]?.number == 40_000)
        #expect(x.numberFormat(try #require(k.cells["AE3"])) == "#,##0 \"kr.\"")
        #expect(k.cells["AE2"] == nil)
        #expect(x.fill(try #require(k.cells["M2"])) == nil)
    }

    @Test func criteriaHighlightAChangedTargetBesideItsOriginal() throws {
        let (x, _) = try writeAndRead(Fixture.withHistory())
        let k = try #require(x.sheet("Kriterier"))
        // K1: target 85 when first reported, 80 now — both cells highlighted; baseline unchanged.
        #expect(k.cells["M2"]?.number == 80)
        #expect(k.cells["P2"]?.number == 85)
        #expect(x.fill(try #require(k.cells["M2"])) == "FFFFEB9C")
        #expect(x.fill(try #require(k.cells["P2"])) == "FFFFEB9C")
        #expect(k.cells["O2"]?.number == 40)
        #expect(x.fill(try #require(k.cells["O2"])) == nil)
        #expect(k.cells["Q2"]?.number == serial("2027-12-31"))
        #expect(x.fill(try #require(k.cells["Q2"])) == nil)
        // K2 unchanged; K10 is newer than every report: no originals.
        #expect(k.cells["P3"]?.number == 10)
        #expect(x.fill(try #require(k.cells["P3"])) == nil)
        #expect(k.cells["O4"] == nil)
    }

    @Test func overviewShowsTheComparableChangeAndExpectedKroner() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Overblik"))
        #expect(s.cells["J19"]?.text == "Ændring for dem, der kan sammenlignes")
        #expect(s.cells["J8"]?.number == 0.031)
        #expect(s.cells["K8"]?.number == 1)
        #expect(s.cells["N8"]?.number == 40_000)
        #expect(s.cells["J20"]?.number == 0.05)
        #expect(x.numberFormat(try #require(s.cells["J20"])) == "+0.0%;-0.0%;0.0%")
        #expect(s.cells["K20"]?.number == 1)
        #expect(s.cells["N20"]?.number == 40_000)
        // P2 entered nothing itself (entered 0): no comparable figures.
        #expect(s.cells["J21"] == nil && s.cells["K21"] == nil)
        // Portfolio change 0.02 → ▲ 2 pp; over P1 alone 0.031 → ▲ 3 pp; P2 is new.
        #expect(s.cells["A9"]?.text == "Ændring siden sidste kvartal: ▲ 2 pp; ▲ 3 pp for det ene projekt, der kan sammenlignes; 1 nyt.")
        // No history: no history columns.
        #expect(s.cells["R19"] == nil)
        #expect(s.autofilter == "A19:Q22")
    }

    @Test func overviewWithAHistoryShowsReportedAgainstRecomputed() throws {
        let (x, _) = try writeAndRead(Fixture.withHistory())
        let s = try #require(x.sheet("Overblik"))
        #expect(s.cells["R19"]?.text == "Forrige kvartal, indberettet")
        #expect(s.cells["U19"]?.text == "Ændring siden indberetning")
        #expect(s.autofilter == "A19:U22")
        #expect(s.cells["R20"]?.number == 0.38)
        // Recomputed = score − score_change = 0.3875 − 0.031 = 0.3565.
        #expect(abs((s.cells["S20"]?.number ?? 0) - 0.3565) < 1e-12)
        #expect(abs((s.cells["T20"]?.number ?? 0) - (-0.0235)) < 1e-12)
        #expect(abs((s.cells["U20"]?.number ?? 0) - 0.0075) < 1e-12)
        #expect(s.cells["R21"] == nil)   // P2 was not in the report
        #expect(s.cells["R8"]?.number == 0.31)
        #expect(abs((s.cells["S8"]?.number ?? 0) - 0.29875) < 1e-12)
        // Since the report +0.00875 → ▲ 1 pp; restated 31 % → 29.875 % ≈ 30 %.
        #expect(s.cells["A9"]?.text == "Ændring siden sidste kvartal: ▲ 2 pp; ▲ 3 pp for det ene projekt, der kan sammenlignes; 1 nyt. Siden indberetningen: ▲ 1 pp. Forrige kvartal er genberegnet: 31 % → 30 %.")
        #expect(x.definedNames["Projekter"] == "'Overblik'!$A$20:$U$22")
    }

    @Test func comparisonShowsTheComparableChangeToo() throws {
        let (x, _) = try writeAndRead()
        let s = try #require(x.sheet("Sammenligning"))
        // Quarters D–I, change J, comparable K, new L.
        #expect(s.cells["K4"]?.text == "Ændring for dem, der kan sammenlignes")
        #expect(s.cells["K5"]?.number == 0.05)
        #expect(s.cells["L5"]?.number == 1)
        #expect(s.cells["K8"]?.number == 0.031)
        #expect(s.cells["K6"] == nil)
    }

    @Test func followUpExplainsTheHistoryFindings() throws {
        let (x, _) = try writeAndRead(Fixture.withHistory())
        let s = try #require(x.sheet("Opfølgning"))
        // Undated findings keep the project's order after the dated one.
        #expect(s.cells["E8"]?.text == "Forrige kvartal er genberegnet: 38 % → 36 %")
        #expect(s.cells["C8"] == nil)
        #expect(s.cells["E9"]?.text == "Mål ændret siden første indberetning: mål 85 → 80")
        #expect(s.cells["C9"]?.text == "K1")
        #expect(s.cells["F9"]?.text == "Mette Hansen")
        #expect(s.cells["E10"]?.text == "Mangler opfølgningsområde: Gevinst")
        let (y, _) = try writeAndRead(Fixture.withHistory(), options: ReportOptions(language: .en))
        #expect(y.sheet("Follow-up")?.cells["E9"]?.text == "Target changed since first report: target 85 → 80")
    }
}

@Suite struct XmRChartTests {
    @Test func chartDataHoldsPlanSegmentsSpecialCausesAndEvents() throws {
        let (x, _) = try writeAndRead()
        let d = try #require(x.sheet("Grafdata"))
        // The planned path's knots: 40 → 50 → 70 → 80.
        #expect(d.cells["G2"]?.number == serial("2025-01-01"))
        #expect(d.cells["H2"]?.number == 40)
        #expect(d.cells["G3"]?.number == serial("2025-12-31"))
        #expect(d.cells["H4"]?.number == 70)
        #expect(d.cells["H5"]?.number == 80)
        // S index 3 (52, row 5) is a concern; index 7 (63, row 9) an improvement.
        #expect(d.cells["J5"]?.number == 52)
        #expect(d.cells["I5"] == nil)
        #expect(d.cells["I9"]?.number == 63)
        #expect(d.cells["J9"] == nil)
        // Segment 1 from S[0] to S[3], a blank row, segment 2 from S[4] (2025-12-31) to S[7].
        #expect(d.cells["K2"]?.number == serial("2025-01-01"))
        #expect(d.cells["L2"]?.number == 46.25)
        #expect(d.cells["M3"]?.number == 56.89)
        #expect(d.cells["K3"]?.number == serial("2025-09-30"))
        #expect(d.cells["K4"] == nil && d.cells["L4"] == nil)
        #expect(d.cells["K5"]?.number == serial("2025-12-31"))
        #expect(d.cells["N6"]?.number == 51.9)
        #expect(d.cells["K6"]?.number == serial("2026-09-30"))
        // Events as vertical lines from the lowest value shown (35.61, segment 1's lower limit)
        // to the highest (80, the target): go-live first, then the three events.
        #expect(d.cells["O2"]?.number == serial("2025-09-01"))
        #expect(d.cells["P2"]?.number == 35.61)
        #expect(d.cells["P3"]?.number == 80)
        #expect(d.cells["O4"] == nil)
        #expect(d.cells["O5"]?.number == serial("2025-12-31"))
        #expect(d.cells["O11"]?.number == serial("2026-09-30"))
        #expect(d.cells["O13"] == nil)
        // K2's block starts on row 14 and shows its project's go-live too.
        #expect(d.cells["O14"]?.number == serial("2025-09-01"))
    }

    @Test func theXmRChartHasItsSeriesGapsAndNumberedEvents() throws {
        let (x, _) = try writeAndRead()
        let xmr = try #require(x.charts.first { $0.title.hasSuffix("— XmR") })
        #expect(xmr.title == "Digital post til borgere: Andel digitale henvendelser (%) — XmR")
        #expect(xmr.seriesNames == ["Målinger", "Mål", "Plan (med delmål)", "Middel", "Øvre grænse", "Nedre grænse",
                                    "Særlig årsag: forbedring", "Særlig årsag: bekymring", "Hændelser (nr. under grafen)"])
        // Blank cells as gaps: libxlsxwriter leaves out <c:dispBlanksAs> for "gap", Excel's default.
        #expect(xmr.blanksAs == nil || xmr.blanksAs == "gap")
        // 4 events × 3 rows − 1 = 11 points: a number on each line's top point, the rest hidden.
        #expect(xmr.labels == 11)
        #expect(xmr.labelTexts == ["1", "2", "3", "4"])
        // K2 has no SPC: a run chart with baseline and the straight plan.
        let run = try #require(x.charts.first { $0.title.hasSuffix("Sagsbehandlingstid (dage)") })
        #expect(run.seriesNames.prefix(4) == ["Målinger", "Baseline", "Mål", "Plan (jævn fremdrift)"])
    }

    @Test func eventsAreListedUnderTheChartAsText() throws {
        let (x, _) = try writeAndRead()
        let g = try #require(x.sheet("Grafer"))
        // The first row of charts starts at row 5 and covers 23 rows: the list starts at row 28.
        #expect(g.cells["A28"]?.number == 1)
        #expect(g.cells["B28"]?.number == serial("2025-09-01"))
        #expect(g.cells["C28"]?.text == "Idriftsat")
        #expect(g.cells["C29"]?.text == "Ny arbejdsgang — nye kontrolgrænser herfra")
        let hostile = try #require(g.cells["C30"])
        #expect(hostile.text == "=Kampagne for borgere")
        #expect(hostile.formula == nil)
        #expect(g.cells["C31"]?.text == "Ny version med fejl — genberegning ændrer intet (på eller før første punkt eller efter sidste)")
        // The right-hand chart (K2, same project) lists the go-live alone.
        #expect(g.cells["I28"]?.number == 1)
        #expect(g.cells["K28"]?.text == "Idriftsat")
        #expect(g.cells["K29"] == nil)
    }

    @Test func moreEventsThanTheListHoldsAreSummarised() throws {
        var e = Fixture.make()
        e.projects[0].criteria[0].events = (1...10).map {
            EvaluatedEvent(date: Fixture.day("2026-01-01").adding(days: $0), criterionID: "K1", text: "Hændelse \($0)", recalculate: false)
        }
        let (x, _) = try writeAndRead(e)
        let g = try #require(x.sheet("Grafer"))
        // Go-live plus 10 events = 11: 8 listed, then one line for the other 3.
        #expect(g.cells["A35"]?.number == 8)
        #expect(g.cells["C36"]?.text == "… og 3 hændelser mere (se projektets oversigt i dashboardet)")
        #expect(g.cells["A36"] == nil)
        // Lines for the 8 listed events only: 8 × 3 − 1 = 23 points, 8 numbers.
        let xmr = try #require(x.charts.first { $0.title.hasSuffix("— XmR") })
        #expect(xmr.labels == 23)
        #expect(xmr.labelTexts == (1...8).map(String.init))
        #expect(x.sheet("Grafdata")?.cells["O25"] == nil)
        // The 8th line (go-live, then 2026-01-02 … 2026-01-08) takes block rows 22–23: sheet rows 23–24.
        #expect(x.sheet("Grafdata")?.cells["O24"]?.number == serial("2026-01-08"))
    }
}

@Suite struct WorkbookPlanReproducibilityTests {
    @Test func theHistoryWorkbookIsByteReproducible() throws {
        let folder = try temporaryFolder()
        let a = folder + "/a.xlsx", b = folder + "/b.xlsx"
        try WorkbookReport.write(Fixture.withHistory(), to: a, options: ReportOptions())
        try WorkbookReport.write(Fixture.withHistory(), to: b, options: ReportOptions())
        let da = try Data(contentsOf: URL(fileURLWithPath: a)), db = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(!da.isEmpty)
        #expect(da == db)
    }
}


@Suite struct MethodAdditionsTests {
    @Test func methodExplainsTheNewSheetsAndFixedLimits() throws {
        var e = Fixture.make()
        e.settings.spcFixAfter = 15
        let (x, _) = try writeAndRead(e)
        let m = try #require(x.sheet("Metode"))
        let rows = m.cells.filter { $0.key.hasPrefix("A") }.compactMap { key, cell in cell.text.map { (key, $0) } }
        let fixed = try #require(rows.first { $0.1.contains("spc_fix_after") })
        #expect(m.cells["B" + fixed.0.dropFirst()]?.number == 15)
        let names = Set(rows.map(\.1))
        #expect(names.contains("Gevinstprofil"))
        #expect(names.contains("Ændring for dem, der kan sammenlignes"))
        #expect(names.contains("Indberettet og genberegnet"))
        #expect(names.contains("Planlagt nu og antal delmål"))
        let (y, _) = try writeAndRead()
        let off = y.sheet("Metode")?.cells.first { $0.value.text?.contains("spc_fix_after") == true }
        let row = try #require(off?.key.dropFirst())
        #expect(y.sheet("Metode")?.cells["B" + row]?.text == "Nej: grænserne bygger på alle segmentets punkter.")
    }
}
