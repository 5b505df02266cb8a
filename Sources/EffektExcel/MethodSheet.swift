import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Metode: the settings used and a plain-language explanation of each status and figure.
enum MethodSheet {
    static func write(_ cx: ReportContext, sheet: Worksheet, plan: MeasurementsPlan) throws(WorkbookError) {
        let l = cx.l, f = cx.formats, s = cx.evaluation.settings
        sheet.hideGridlines()
        try sheet.column(0, width: 34, f.wrap)
        try sheet.column(1, width: 100, f.wrap)
        var row: Row = 0
        func put(_ a: String, _ b: String?, _ fa: Format? = nil) throws(WorkbookError) {
            // Readers do not grow rows for wrapped text written in constant-memory mode, so the
            // height is estimated here: about one character per unit of column width.
            let lines = max(lines(a, width: 34), lines(b ?? "", width: 100))
            if lines > 1 { try sheet.rowHeight(row, 15 * Double(lines)) }
            var x = SheetLine(sheet, row)
            try x.text(a, fa ?? f.wrap)
            try x.text(b, f.wrap)
            row += 1
        }
        func number(_ a: String, _ v: Double, _ fmt: Format) throws(WorkbookError) {
            let lines = lines(a, width: 34)
            if lines > 1 { try sheet.rowHeight(row, 15 * Double(lines)) }
            var x = SheetLine(sheet, row)
            try x.text(a, f.wrap)
            try x.number(v, fmt)
            row += 1
        }
        try put(l.pick("Metode", "Method"), nil, f.title)
        try put(l.pick("Rapporten er en foreløbig effektvurdering af projekternes succeskriterier pr. \(cx.evaluation.asOf.danish). Kun målinger til og med denne dato indgår.",
                       "The report is a preliminary effect assessment of the projects' success criteria as of \(cx.evaluation.asOf.iso). Only measurements up to that date count."), nil, f.wrap)
        row += 1
        try put(l.pick("Indstillinger", "Settings"), nil, f.heading)
        try number(l.pick("Opgørelsesdato", "As-of date"), excelSerial(cx.evaluation.asOf), f.date)
        try number(l.pick("Tolerance for ‘på rette spor’ (afvigelse højst)", "Tolerance for ‘on track’ (gap at most)"), s.onTrackTolerance, f.percent)
        try number(l.pick("Tolerance for ‘i risiko’ (afvigelse højst)", "Tolerance for ‘at risk’ (gap at most)"), s.atRiskTolerance, f.percent)
        try number(l.pick("Signifikansniveau α (Mann–Kendall)", "Significance level α (Mann–Kendall)"), s.alpha, f.pValue)
        try number(l.pick("Forældet efter × målefrekvensen", "Stale after × the measurement frequency"), s.staleFactor, f.decimal)
        try number(l.pick("SPC kræver mindst (punkter)", "SPC needs at least (points)"), Double(s.spcMinimumPoints), f.integer)
        try number(l.pick("Prognosehorisont (år)", "Forecast horizon (years)"), Double(s.forecastHorizonYears), f.integer)
        try number(l.pick("Kvartaler i sammenligningen", "Quarters in the comparison"), Double(min(cx.options.compareQuarters, max(1, cx.evaluation.portfolio.history.count))), f.integer)
        try put(l.pick("Organisation", "Organisation"), s.organisation ?? "—")
        try put(l.pick("Arket ‘\(cx.names.measurements)’", "The ‘\(cx.names.measurements)’ sheet"), measurementsNote(plan, l))
        row += 1
        try put(l.pick("Status", "Status"), nil, f.heading)
        let statusTop = row
        for (status, _, _) in Formats.statusColors {
            try put(status.label(l), explanation(status, s, l), f.statusPlain)
        }
        try cx.statusColors(sheet, statusTop, 0, row - 1, 0)
        row += 1
        try put(l.pick("Tal i rapporten", "Figures in the report"), nil, f.heading)
        for (name, text) in figures(l) { try put(name, text) }
        try sheet.printSetup(repeatRows: nil, footer: cx.footer)
    }

    /// Wrapped lines of `text` in a column `width` characters wide (a slight overestimate, so
    /// nothing is cut off).
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width * 1.05) - 2)
        return max(1, (text.count + perLine - 1) / perLine)
    }

    static func measurementsNote(_ plan: MeasurementsPlan, _ l: Language) -> String {
        if plan.parts.isEmpty {
            return l.pick("Udeladt efter ønske (--measurements-sheet none); alle \(plan.total) målinger indgår stadig i vurderingen.",
                          "Left out on request (--measurements-sheet none); all \(plan.total) measurements still count in the assessment.")
        }
        if plan.truncated {
            return l.pick("Viser de første \(plan.shown) af \(plan.total) målinger (--measurements-sheet \(plan.shown)); alle indgår i vurderingen.",
                          "Shows the first \(plan.shown) of \(plan.total) measurements (--measurements-sheet \(plan.shown)); all count in the assessment.")
        }
        return l.pick("Alle \(plan.total) godkendte målinger i filens rækkefølge, fordelt på \(plan.parts.count) ark.",
                      "All \(plan.total) accepted measurements in file order, over \(plan.parts.count) sheet(s).")
    }

    static func pct(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }

    static func explanation(_ status: Status, _ s: Settings, _ l: Language) -> String {
        switch status {
        case .achieved:
            return l.pick("Målet er nået: den seneste måling er på eller forbi målværdien.", "The target is met: the latest measurement is at or beyond the target.")
        case .onTrack:
            return l.pick("Målopfyldelsen ligger højst \(pct(s.onTrackTolerance)) point under det forventede på dette tidspunkt.",
                          "Attainment is at most \(pct(s.onTrackTolerance)) points below what is expected by now.")
        case .atRisk:
            return l.pick("Målopfyldelsen ligger mellem \(pct(s.onTrackTolerance)) og \(pct(s.atRiskTolerance)) point under det forventede.",
                          "Attainment is between \(pct(s.onTrackTolerance)) and \(pct(s.atRiskTolerance)) points below what is expected.")
        case .offTrack:
            return l.pick("Målopfyldelsen ligger mere end \(pct(s.atRiskTolerance)) point under det forventede (eller et tærskelmål er ikke overholdt).",
                          "Attainment is more than \(pct(s.atRiskTolerance)) points below what is expected (or a threshold is not kept).")
        case .missed:
            return l.pick("Måldatoen er passeret, og målet er ikke nået.", "The target date has passed and the target is not met.")
        case .noData:
            return l.pick("Der er endnu ingen målinger efter baseline.", "There are no measurements after the baseline yet.")
        }
    }

    static func figures(_ l: Language) -> [(String, String)] {
        [
            (l.pick("Målopfyldelse", "Attainment"),
             l.pick("Hvor langt fra baseline mod målet den seneste måling er: 0 % = baseline, 100 % = målet. Kan være negativ (værre end baseline) eller over 100 %.",
                    "How far the latest measurement has moved from baseline to target: 0 % = baseline, 100 % = target. Can be negative (worse than baseline) or above 100 %.")),
            (l.pick("Forventet", "Expected"),
             l.pick("Den andel af tiden fra baselinedato til måldato, der er gået: så langt burde man være nået ved jævn fremdrift.",
                    "The share of the time from baseline date to target date that has passed: how far steady progress would have come.")),
            (l.pick("Afvigelse", "Gap"), l.pick("Forventet minus målopfyldelse. Positiv: bagud i forhold til en jævn plan.", "Expected minus attainment. Positive: behind a steady plan.")),
            (l.pick("Score (projekt og portefølje)", "Score (project and portfolio)"),
             l.pick("Vægtet gennemsnit af målopfyldelsen (begrænset til 0–100 %) over kriterier med data; porteføljen vægter projekterne ens.",
                    "Weighted mean of attainment (limited to 0–100 %) over criteria with data; the portfolio weighs projects equally.")),
            (l.pick("Ændring siden sidste kvartal", "Change since last quarter"),
             l.pick("Scoren nu minus scoren ved udgangen af forrige kvartal, i procentpoint.", "The score now minus the score at the end of the previous quarter, in percentage points.")),
            (l.pick("Dækning", "Coverage"), l.pick("Andelen af kriterier, der har data og ikke er forældede.", "The share of criteria that have data and are not stale.")),
            (l.pick("Forældet", "Stale"),
             l.pick("Seneste måling er ældre end 1,5 × målefrekvensen (fx 138 dage for kvartalsvis). Næste måling forfalder seneste måling + frekvensen.",
                    "The latest measurement is older than 1.5 × the frequency (e.g. 138 days for quarterly). The next is due at the latest measurement + the frequency.")),
            (l.pick("Realiseret og planlagt kr.", "Realized and planned DKK"),
             l.pick("Gevinst i kroner: forbedringen siden baseline × kr. pr. enhed, og hele forbedringen fra baseline til mål × kr. pr. enhed. Realisering % = realiseret / planlagt.",
                    "Benefit in kroner: the improvement since baseline × DKK per unit, and the whole improvement from baseline to target × DKK per unit. Realization % = realized / planned.")),
            (l.pick("Tendens", "Trend"),
             l.pick("Mann–Kendall-test på baseline og målingerne: ‘Forbedring’ eller ‘Forværring’ når p-værdien er under α; under 4 punkter: for få målinger. Et projekts tendens: ‘Forbedring’ når mindst ét kriterium forbedres og intet forværres, ‘Forværring’ omvendt, ‘Blandet’ når begge dele.",
                    "Mann–Kendall test on the baseline and the measurements: ‘Improving’ or ‘Worsening’ when the p-value is below α; under 4 points: too few. A project's trend: ‘Improving’ when some criterion improves and none worsens, ‘Worsening’ the other way round, ‘Mixed’ when both.")),
            (l.pick("Hældning og prognose", "Slope and forecast"),
             l.pick("Theil–Sen-linjen (robust hældning pr. dag) gennem punkterne, forlænget til måldatoen: værdien og målopfyldelsen dér, og den dag linjen når målet.",
                    "The Theil–Sen line (robust slope per day) through the points, extended to the target date: the value and attainment there, and the day the line reaches the target.")),
            (l.pick("SPC", "SPC"),
             l.pick("Statistisk proceskontrol (XmR, som NHS ‘Making Data Count’) ved mindst 12 punkter: middel, kontrolgrænser og signaler (uden for grænserne, 7 i træk op/ned, 7 på én side, 2 af 3 nær grænsen). Målsikkerhed siger, om målet ligger inden for den normale variation.",
                    "Statistical process control (XmR, as NHS ‘Making Data Count’) with at least 12 points: mean, limits and signals (outside the limits, 7 rising/falling, 7 on one side, 2 of 3 near a limit). Assurance says whether the target lies within normal variation.")),
            (l.pick("Opfølgning", "Follow-up"),
             l.pick("Opgaver pr. projekt: manglende opfølgningsområder (løsning, kompetencer, gevinst), forsinkede målinger, overskredne frister og kriterier uden ansvarlig.",
                    "Tasks per project: missing follow-up areas (solution, competencies, benefit), overdue measurements, missed deadlines and criteria without owner.")),
            (l.pick("Grafer", "Charts"),
             l.pick("Én graf pr. kriterium med mindst 2 punkter: målingerne over tid med baseline og mål som stiplede linjer og planen (jævn fremdrift fra baseline til mål på måldatoen).",
                    "One chart per criterion with at least 2 points: the measurements over time with baseline and target as dashed lines, and the plan (steady progress from baseline to the target on the target date).")),
        ]
    }
}
