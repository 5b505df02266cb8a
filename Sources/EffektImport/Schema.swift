/// Which fields a file has, under which headers, and which are required.
struct Schema: Sendable {
    var fields: [(field: Field, required: Bool, aliases: [String])]

    static let projectIDAliases = ["project_id", "projekt_id", "projektnr", "projekt", "project", "projekt_nr",
                                   "projektnummer", "project_no", "project_number", "projekt_nummer"]
    static let criterionIDAliases = ["criterion_id", "kriterie_id", "kriterienr", "id", "kriterie_nr", "kriterienummer",
                                     "kriterium_id", "succeskriterie_id", "criterion_no", "criterion_number"]

    static let criteria = Schema(fields: [
        (.projectID, true, projectIDAliases),
        (.criterionID, true, criterionIDAliases),
        (.name, true, ["name", "criterion", "succeskriterium", "kriterie", "navn", "kriterium", "kriterienavn",
                       "criterion_name", "succeskriterie"]),
        (.category, false, ["category", "kategori", "opfølgningsområde", "område", "followup_area", "follow_up_area"]),
        (.unit, false, ["unit", "enhed", "måleenhed"]),
        (.direction, false, ["direction", "retning"]),
        (.baseline, true, ["baseline", "nulpunkt", "udgangspunkt", "før_måling", "nulpunktsmåling", "baseline_value",
                           "baselineværdi", "baseline_værdi"]),
        (.baselineDate, true, ["baseline_date", "baseline_dato", "nulpunkt_dato", "nulpunktsdato", "baselinedato",
                               "før_måling_dato", "udgangspunkt_dato"]),
        (.target, true, ["target", "mål", "målværdi", "target_value", "maal"]),
        (.targetDate, true, ["target_date", "måldato", "frist", "deadline", "mål_dato", "målværdi_dato"]),
        (.owner, false, ["owner", "ansvarlig", "ejer", "responsible"]),
        (.frequency, false, ["frequency", "frekvens", "målefrekvens", "opfølgningsfrekvens"]),
        (.weight, false, ["weight", "vægt", "vægtning", "weighting"]),
        (.valuePerUnit, false, ["value_per_unit", "kr_pr_enhed", "værdi_pr_enhed", "kroner_pr_enhed", "dkk_per_unit",
                                "kr_per_enhed"]),
    ])

    static let measurements = Schema(fields: [
        (.projectID, true, projectIDAliases),
        (.criterionID, true, criterionIDAliases),
        (.date, true, ["date", "dato", "måledato", "periode", "period", "målt_dato", "measurement_date"]),
        (.value, true, ["value", "værdi", "måling", "resultat", "målt_værdi", "måleværdi", "result"]),
        (.note, false, ["note", "bemærkning", "kommentar", "comment", "noter", "bemærkninger"]),
    ])

    static let projects = Schema(fields: [
        (.projectID, true, projectIDAliases),
        (.name, false, ["name", "projektnavn", "navn", "project_name", "titel", "title"]),
        (.owner, false, ["owner", "projektejer", "ejer", "project_owner", "ansvarlig"]),
        (.area, false, ["area", "forvaltning", "område", "afdeling", "department", "center"]),
        (.phase, false, ["phase", "fase", "projektfase"]),
        (.goLive, false, ["go_live", "idriftsættelse", "idriftsat", "idriftsættelsesdato", "go_live_date", "golive"]),
    ])

    static let milestones = Schema(fields: [
        (.projectID, true, projectIDAliases),
        (.criterionID, true, criterionIDAliases),
        (.date, true, ["date", "dato", "frist", "delmål_dato", "delmålsdato", "milestone_date", "tidspunkt"]),
        (.value, true, ["value", "værdi", "delmål", "delmålsværdi", "delmål_værdi", "planlagt", "planlagt_værdi",
                        "planned", "planned_value", "milestone", "milestone_value"]),
    ])

    static let events = Schema(fields: [
        (.projectID, true, projectIDAliases),
        (.criterionID, false, criterionIDAliases),
        (.date, true, ["date", "dato", "hændelsesdato", "event_date"]),
        (.text, true, ["text", "tekst", "hændelse", "beskrivelse", "event", "description"]),
        (.recalculate, false, ["recalculate", "genberegn", "ny_baseline", "genberegn_grænser", "genberegning",
                               "nye_grænser", "nye_kontrolgrænser", "new_baseline", "recalculate_limits"]),
    ])

    /// Normalised alias → field, built once per schema use.
    var lookup: [String: Field] {
        var m: [String: Field] = [:]
        for f in fields {
            for a in f.aliases where m[HeaderMatcher.normalize(a)] == nil { m[HeaderMatcher.normalize(a)] = f.field }
        }
        return m
    }
}
