import EffektModel

/// The sheet names in the report's language.
struct SheetNames {
    let overview, benefitProfile, criteria, spc, comparison, followUp, charts, measurements, dataQuality, method, chartData: String

    init(_ l: Language) {
        overview = l.pick("Overblik", "Overview")
        benefitProfile = l.pick("Gevinstprofil", "Benefit profile")
        criteria = l.pick("Kriterier", "Criteria")
        spc = "SPC"
        comparison = l.pick("Sammenligning", "Comparison")
        followUp = l.pick("Opfølgning", "Follow-up")
        charts = l.pick("Grafer", "Charts")
        measurements = l.pick("Målinger", "Measurements")
        dataQuality = l.pick("Datakvalitet", "Data quality")
        method = l.pick("Metode", "Method")
        chartData = l.pick("Grafdata", "Chart data")
    }

    /// `Målinger`, `Målinger (2)`, `Målinger (3)` …
    func measurements(part: Int) -> String { part <= 1 ? measurements : "\(measurements) (\(part))" }
}
