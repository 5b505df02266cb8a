import EffektModel
import EffektEvaluation

/// Words for the evaluation's codes, shared by every exporter so the workbook, the dashboard and
/// the memo say the same thing. Danish first, English second. They live beside the exporters, not
/// in EffektEvaluation, which computes codes and numbers and holds no presentation.

extension InputKind {
    /// The file's kind as a heading says it ("Delmål"); `lowercased()` for inside a sentence.
    package func label(_ l: Language) -> String {
        switch self {
        case .criteria: return l.pick("Kriterier", "Criteria")
        case .measurements: return l.pick("Målinger", "Measurements")
        case .projects: return l.pick("Projekter", "Projects")
        case .milestones: return l.pick("Delmål", "Milestones")
        case .events: return l.pick("Hændelser", "Events")
        }
    }
}

extension Status {
    package func label(_ l: Language) -> String {
        switch self {
        case .noData: return l.pick("Ingen data", "No data")
        case .achieved: return l.pick("Opnået", "Achieved")
        case .missed: return l.pick("Ikke nået", "Missed")
        case .onTrack: return l.pick("På rette spor", "On track")
        case .atRisk: return l.pick("I risiko", "At risk")
        case .offTrack: return l.pick("Bagud", "Off track")
        }
    }
}

extension TrendClassification {
    package func label(_ l: Language) -> String {
        switch self {
        case .insufficientData: return l.pick("For få målinger", "Too few points")
        case .improving: return l.pick("Forbedring", "Improving")
        case .worsening: return l.pick("Forværring", "Worsening")
        case .noTrend: return l.pick("Ingen klar tendens", "No clear trend")
        }
    }
}

extension ForecastState {
    package func label(_ l: Language) -> String {
        switch self {
        case .reached: return l.pick("Nået", "Reached")
        case .insufficientData: return l.pick("For få målinger", "Too few points")
        case .notReaching: return l.pick("Når ikke målet", "Not reaching")
        case .beyondHorizon: return l.pick("Ud over horisonten", "Beyond horizon")
        case .projected: return l.pick("Forventes nået", "Projected")
        }
    }
}

extension SPCRule {
    package func label(_ l: Language) -> String {
        switch self {
        case .outsideLimits: return l.pick("Uden for kontrolgrænser", "Outside limits")
        case .trend: return l.pick("Tendens (7 i træk)", "Trend (7 in a row)")
        case .twoOfThree: return l.pick("2 af 3 nær grænsen", "Two of three near a limit")
        case .shift: return l.pick("Niveauskift (7 på én side)", "Shift (7 on one side)")
        }
    }
}

extension Variation {
    package func label(_ l: Language) -> String {
        switch self {
        case .improvement: return l.pick("Særlig årsag: forbedring", "Special cause: improvement")
        case .concern: return l.pick("Særlig årsag: bekymring", "Special cause: concern")
        case .commonCause: return l.pick("Almindelig variation", "Common cause")
        }
    }
}

extension Assurance {
    package func label(_ l: Language) -> String {
        switch self {
        case .pass: return l.pick("Målet nås stabilt", "Consistently passes")
        case .fail: return l.pick("Målet nås ikke uden ændring", "Consistently fails")
        case .hitAndMiss: return l.pick("Målet nås af og til", "Hit and miss")
        }
    }
}

extension FindingCode {
    package func label(_ l: Language) -> String {
        switch self {
        case .missingFollowUp: return l.pick("Mangler opfølgningsområde", "Missing follow-up area")
        case .overdueMeasurement: return l.pick("Måling forsinket", "Measurement overdue")
        case .deadlineMissed: return l.pick("Frist overskredet", "Deadline missed")
        case .noOwner: return l.pick("Ingen ansvarlig", "No owner")
        case .targetChanged: return l.pick("Mål ændret siden første indberetning", "Target changed since first report")
        case .restated: return l.pick("Forrige kvartal er genberegnet", "Previous quarter restated")
        }
    }
}

extension Category {
    package func label(_ l: Language) -> String {
        switch self {
        case .solution: return l.pick("Løsning", "Solution")
        case .competencies: return l.pick("Kompetencer", "Competencies")
        case .benefit: return l.pick("Gevinst", "Benefit")
        }
    }
}

extension Direction {
    package func label(_ l: Language) -> String {
        switch self {
        case .increase: return l.pick("Øge", "Increase")
        case .decrease: return l.pick("Reducere", "Decrease")
        case .atLeast: return l.pick("Mindst", "At least")
        case .atMost: return l.pick("Højst", "At most")
        }
    }
}

extension Frequency {
    package func label(_ l: Language) -> String {
        switch self {
        case .monthly: return l.pick("Månedlig", "Monthly")
        case .quarterly: return l.pick("Kvartalsvis", "Quarterly")
        case .halfyearly: return l.pick("Halvårlig", "Half-yearly")
        case .yearly: return l.pick("Årlig", "Yearly")
        }
    }
}

extension Phase {
    package func label(_ l: Language) -> String {
        switch self {
        case .preAnalysis: return l.pick("Foranalyse", "Pre-analysis")
        case .planning: return l.pick("Planlægning", "Planning")
        case .execution: return l.pick("Gennemførelse", "Execution")
        case .handover: return l.pick("Overdragelse til drift", "Handover")
        case .operation: return l.pick("Drift", "Operation")
        }
    }
}

extension ProjectTrend {
    /// The same words as a criterion's trend, and `Blandet` when criteria pull both ways.
    package func label(_ l: Language) -> String {
        switch self {
        case .improving: return TrendClassification.improving.label(l)
        case .worsening: return TrendClassification.worsening.label(l)
        case .mixed: return l.pick("Blandet", "Mixed")
        case .noTrend: return TrendClassification.noTrend.label(l)
        case .insufficientData: return TrendClassification.insufficientData.label(l)
        }
    }
}
