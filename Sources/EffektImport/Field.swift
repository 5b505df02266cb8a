/// The fields of the five files. `canonical` is the name diagnostics use; the raw value indexes
/// `HeaderMap.columns`.
enum Field: Int, CaseIterable, Sendable {
    case projectID, criterionID, name, category, unit, direction, baseline, baselineDate, target, targetDate
    case owner, frequency, weight, valuePerUnit, date, value, note, area, phase, goLive, text, recalculate

    var canonical: String {
        switch self {
        case .projectID: return "project_id"
        case .criterionID: return "criterion_id"
        case .name: return "name"
        case .category: return "category"
        case .unit: return "unit"
        case .direction: return "direction"
        case .baseline: return "baseline"
        case .baselineDate: return "baseline_date"
        case .target: return "target"
        case .targetDate: return "target_date"
        case .owner: return "owner"
        case .frequency: return "frequency"
        case .weight: return "weight"
        case .valuePerUnit: return "value_per_unit"
        case .date: return "date"
        case .value: return "value"
        case .note: return "note"
        case .area: return "area"
        case .phase: return "phase"
        case .goLive: return "go_live"
        case .text: return "text"
        case .recalculate: return "recalculate"
        }
    }

    /// The Danish header a template uses, named in messages next to the canonical name.
    var danishHeader: String {
        switch self {
        case .projectID: return "projekt_id"
        case .criterionID: return "kriterie_id"
        case .name: return "navn"
        case .category: return "kategori"
        case .unit: return "enhed"
        case .direction: return "retning"
        case .baseline: return "nulpunkt"
        case .baselineDate: return "nulpunkt_dato"
        case .target: return "målværdi"
        case .targetDate: return "måldato"
        case .owner: return "ansvarlig"
        case .frequency: return "frekvens"
        case .weight: return "vægt"
        case .valuePerUnit: return "kr_pr_enhed"
        case .date: return "dato"
        case .value: return "værdi"
        case .note: return "bemærkning"
        case .area: return "forvaltning"
        case .phase: return "fase"
        case .goLive: return "idriftsættelse"
        case .text: return "tekst"
        case .recalculate: return "genberegn"
        }
    }
}
