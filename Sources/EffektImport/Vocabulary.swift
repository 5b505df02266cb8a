import EffektModel

/// Enumeration values in Danish and English (Docs/input-format.md), matched like headers.
enum Vocabulary {
    static func table<T>(_ pairs: [(T, [String])]) -> [String: T] {
        var m: [String: T] = [:]
        for (value, words) in pairs {
            for w in words { m[HeaderMatcher.normalize(w)] = value }
        }
        return m
    }

    static let categories: [String: Category] = table([
        (.solution, ["solution", "løsning", "løsningen", "loesning", "losning", "it_løsning"]),
        (.competencies, ["competencies", "competency", "competences", "kompetencer", "kompetence", "skills"]),
        (.benefit, ["benefit", "benefits", "gevinst", "gevinster", "effekt", "gevinstrealisering"]),
    ])

    static let directions: [String: Direction] = table([
        (.increase, ["increase", "øge", "øges", "op", "højere", "stige", "up", "higher", "forøge"]),
        (.decrease, ["decrease", "reducere", "reduceres", "ned", "lavere", "mindske", "down", "lower", "falde", "reduce"]),
        (.atLeast, ["at_least", "mindst", "fastholde_over", "fastholde over", "minimum", "min", "mindst_lig_med"]),
        (.atMost, ["at_most", "højst", "fastholde_under", "fastholde under", "maksimum", "maks", "max", "maximum"]),
    ])

    static let frequencies: [String: Frequency] = table([
        (.monthly, ["monthly", "måned", "månedlig", "månedligt", "month", "hver måned"]),
        (.quarterly, ["quarterly", "kvartal", "kvartalsvis", "kvartalsvist", "quarter", "kvartalsvise"]),
        (.halfyearly, ["halfyearly", "half_yearly", "half-yearly", "halvår", "halvårlig", "halvårligt", "semiannual",
                       "semi_annual", "halvaarlig"]),
        (.yearly, ["yearly", "år", "årlig", "årligt", "annual", "annually", "year", "hvert år"]),
    ])

    static let phases: [String: Phase] = table([
        (.preAnalysis, ["pre_analysis", "preanalysis", "foranalyse", "pre-analysis", "analyse"]),
        (.planning, ["planning", "planlægning", "plan"]),
        (.execution, ["execution", "gennemførelse", "implementering", "udvikling", "implementation"]),
        (.handover, ["handover", "overdragelse", "overdragelse til drift", "overdragelse_til_drift"]),
        (.operation, ["operation", "drift", "i drift", "operations", "in operation"]),
    ])

    /// Docs/input-format.md's yes/no of an event's `recalculate`; an empty field is no (see `RowContext.enumeration`).
    static let yesNo: [String: Bool] = table([
        (true, ["yes", "ja", "j", "x", "1", "y", "true", "sand"]),
        (false, ["no", "nej", "n", "0", "false", "falsk", "-"]),
    ])

    /// The accepted words named in a `bad_value` message.
    static func accepted(_ field: Field, _ language: Language) -> String {
        switch field {
        case .category: return language.pick("løsning, kompetencer eller gevinst", "solution, competencies or benefit")
        case .direction: return language.pick("øge, reducere, mindst eller højst", "increase, decrease, at_least or at_most")
        case .frequency: return language.pick("månedlig, kvartalsvis, halvårlig eller årlig", "monthly, quarterly, halfyearly or yearly")
        case .phase: return language.pick("foranalyse, planlægning, gennemførelse, overdragelse eller drift",
                                          "pre_analysis, planning, execution, handover or operation")
        case .recalculate: return language.pick("ja (j, x, 1) eller nej (n, 0, tom)", "yes (ja, j, x, 1) or no (nej, n, 0, empty)")
        default: return ""
        }
    }
}
