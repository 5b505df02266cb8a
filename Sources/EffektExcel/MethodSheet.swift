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
        if s.spcFixAfter > 0 {
            try number(l.pick("SPC-grænser fastlagt på et segments første punkter (spc_fix_after)", "SPC limits fixed on a segment's first points (spc_fix_after)"),
                       Double(s.spcFixAfter), f.integer)
        } else {
            try put(l.pick("SPC-grænser fastlagt på et segments første punkter (spc_fix_after)", "SPC limits fixed on a segment's first points (spc_fix_after)"),
                    l.pick("Nej: grænserne bygger på alle segmentets punkter.", "No: the limits use all of the segment's points."))
        }
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
             l.pick("Hvor langt planen er nået i dag, målt som målopfyldelse. Planen går i rette linjer fra baseline over kriteriets delmål (filen delmål) til målet på måldatoen; uden delmål er den en jævn fremdrift. Med delmål kan forventet være negativ (et planlagt dyk efter idriftsættelse) — et dyk, der sker som planlagt, er på rette spor.",
                    "How far the plan has come today, as attainment. The plan runs in straight lines from baseline over the criterion's milestones (the milestones file) to the target on the target date; without milestones it is steady progress. With milestones expected can be negative (a planned dip after go-live) — a dip that happens as planned is on track.")),
            (l.pick("Planlagt nu og antal delmål", "Planned now and milestones"),
             l.pick("Planens værdi pr. opgørelsesdatoen i kriteriets enhed, og hvor mange delmål planen har (Kriterier).",
                    "The plan's value at the as-of date in the criterion's unit, and how many milestones the plan has (Criteria).")),
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
            (l.pick("Realiseret, forventet nu og planlagt kr.", "Realized, expected now and planned DKK"),
             l.pick("Gevinst i kroner: forbedringen siden baseline × kr. pr. enhed (realiseret), planens forbedring pr. i dag × kr. pr. enhed (forventet nu) og hele forbedringen fra baseline til mål × kr. pr. enhed (planlagt). Realisering % = realiseret / planlagt.",
                    "Benefit in kroner: the improvement since baseline × DKK per unit (realized), the plan's improvement by today × DKK per unit (expected now) and the whole improvement from baseline to target × DKK per unit (planned). Realization % = realized / planned.")),
            (l.pick("Gevinstprofil", "Benefit profile"),
             l.pick("Pr. kalenderår og projekt over kriterier med kr. pr. enhed og retning øge/reducere: planlagt = planens gevinst den 31. december, realiseret = gevinsten ved seneste måling til og med årets udgang (højst opgørelsesdatoen); tomt for senere år og når intet er målt. Porteføljen lægger projekterne sammen år for år. Året med opgørelsesdatoen er markeret.",
                    "Per calendar year and project over criteria with DKK per unit and direction increase/decrease: planned = the plan's benefit on 31 December, realized = the benefit at the latest measurement up to the year's end (at most the as-of date); empty for later years and when nothing is measured. The portfolio adds the projects year by year. The year holding the as-of date is marked.")),
            (l.pick("Ændring for dem, der kan sammenlignes", "Change, comparable members"),
             l.pick("Et kriterium, der får sin første måling, trækker scoren med sig: derfor også ændringen over de kriterier (porteføljen: projekter), der havde data både ved kvartalets start og nu, og hvor mange der er nye. Vises kun, når sammensætningen har ændret sig.",
                    "A criterion that gets its first measurement pulls the score with it: hence also the change over the criteria (portfolio: projects) with data both at the quarter's start and now, and how many are new. Shown only when the composition changed.")),
            (l.pick("Indberettet og genberegnet", "Reported and recomputed"),
             l.pick("Med en historik (effekt record): scoren, der blev indberettet for forrige kvartal, den samme score beregnet i dag af dagens data, forskellen (genberegning, når den er over 0,05 point) og ændringen siden indberetningen. Kriterier viser oprindelig baseline, mål og måldato fra den første indberetning, fremhævet når de er ændret.",
                    "With a history (effekt record): the score reported for the previous quarter, the same score computed today from today's data, the difference (restatement, when above 0.05 points) and the change since the report. Criteria shows the original baseline, target and target date from the first report, highlighted when changed.")),
            (l.pick("Tendens", "Trend"),
             l.pick("Mann–Kendall-test på baseline og målingerne: ‘Forbedring’ eller ‘Forværring’ når p-værdien er under α; under 4 punkter: for få målinger. Et projekts tendens: ‘Forbedring’ når mindst ét kriterium forbedres og intet forværres, ‘Forværring’ omvendt, ‘Blandet’ når begge dele.",
                    "Mann–Kendall test on the baseline and the measurements: ‘Improving’ or ‘Worsening’ when the p-value is below α; under 4 points: too few. A project's trend: ‘Improving’ when some criterion improves and none worsens, ‘Worsening’ the other way round, ‘Mixed’ when both.")),
            (l.pick("Hældning og prognose", "Slope and forecast"),
             l.pick("Theil–Sen-linjen (robust hældning pr. dag) gennem punkterne, forlænget til måldatoen: værdien og målopfyldelsen dér, og den dag linjen når målet.",
                    "The Theil–Sen line (robust slope per day) through the points, extended to the target date: the value and attainment there, and the day the line reaches the target.")),
            (l.pick("SPC", "SPC"),
             l.pick("Statistisk proceskontrol (XmR, som NHS ‘Making Data Count’) ved mindst 12 punkter: middel, kontrolgrænser og signaler (uden for grænserne, 7 i træk op/ned, 7 på én side, 2 af 3 nær grænsen). En hændelse med genberegning starter et nyt segment med egne grænser. Målsikkerhed siger, om målet ligger inden for den normale variation. Arket SPC viser variation og målsikkerhed med ikonernes ord og farver (blå forbedring / nås stabilt, orange bekymring / nås ikke, grå almindelig variation / af og til).",
                    "Statistical process control (XmR, as NHS ‘Making Data Count’) with at least 12 points: mean, limits and signals (outside the limits, 7 rising/falling, 7 on one side, 2 of 3 near a limit). An event that recalculates starts a new segment with its own limits. Assurance says whether the target lies within normal variation. The SPC sheet shows variation and assurance in the icons' words and colours (blue improvement / passes, orange concern / fails, grey common cause / hit and miss).")),
            (l.pick("Opfølgning", "Follow-up"),
             l.pick("Opgaver pr. projekt: manglende opfølgningsområder (løsning, kompetencer, gevinst), forsinkede målinger, overskredne frister og kriterier uden ansvarlig.",
                    "Tasks per project: missing follow-up areas (solution, competencies, benefit), overdue measurements, missed deadlines and criteria without owner.")),
            (l.pick("Grafer", "Charts"),
             l.pick("Én graf pr. kriterium med mindst 2 punkter: målingerne over tid, målet, planen (baseline, delmål, mål) og — med SPC — middel og kontrolgrænser pr. segment og særlige årsager i farve. Hændelser og projektets idriftsættelse er lodrette streger med et nummer; under grafen står de med dato og tekst.",
                    "One chart per criterion with at least 2 points: the measurements over time, the target, the plan (baseline, milestones, target) and — with SPC — mean and control limits per segment and special causes in colour. Events and the project's go-live are numbered vertical lines; under the chart they are listed with date and text.")),
        ]
    }
}
