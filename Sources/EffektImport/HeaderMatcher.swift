/// SPEC §1's matching of headers and enumeration values: case-insensitive, trimmed, æ→ae ø→oe
/// å→aa, and every run of spaces, `-`, `_` and `.` one separator (`Kr. pr. enhed` = `kr_pr_enhed`).
enum HeaderMatcher {
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            let v = scalar.value
            if v == 0x20 || v == 0x2D || v == 0x5F || v == 0x2E || v == 0x09 || v == 0xA0 || v == 0x202F {
                pendingSeparator = !out.isEmpty
                continue
            }
            // Combining marks: a ring above after `a` is the decomposed `å` (macOS file names, some exports).
            if v >= 0x300 && v <= 0x36F {
                if v == 0x30A, out.last == "a" { out.append("a") }
                continue
            }
            if v < 0x20 || v == 0x7F || v == 0xFEFF { continue }
            if pendingSeparator { out.append("_"); pendingSeparator = false }
            switch v {
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)
            case 0xF8, 0xF6: out.append(contentsOf: "oe".unicodeScalars)
            case 0xE5: out.append(contentsOf: "aa".unicodeScalars)
            case 0xE4: out.append(contentsOf: "ae".unicodeScalars)
            case 0xFC: out.append("u")
            case 0xE9, 0xE8, 0xEA, 0xEB: out.append("e")
            case 0xE1, 0xE0, 0xE2: out.append("a")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// The canonical fields of the three files; raw values are the names used in diagnostics.
enum Field: Int, CaseIterable, Sendable {
    case projectID, criterionID, name, category, unit, direction, baseline, baselineDate, target, targetDate
    case owner, frequency, weight, valuePerUnit, date, value, note, area, phase, goLive

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
        }
    }
}

/// Which fields a file has, under which headers, and which are required.
struct Schema: Sendable {
    var kind: FileKind
    var fields: [(field: Field, required: Bool, aliases: [String])]

    enum FileKind: Sendable { case criteria, measurements, projects }

    static let projectIDAliases = ["project_id", "projekt_id", "projektnr", "projekt", "project", "projekt_nr",
                                   "projektnummer", "project_no", "project_number", "projekt_nummer"]
    static let criterionIDAliases = ["criterion_id", "kriterie_id", "kriterienr", "id", "kriterie_nr", "kriterienummer",
                                     "kriterium_id", "succeskriterie_id", "criterion_no", "criterion_number"]

    static let criteria = Schema(kind: .criteria, fields: [
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

    static let measurements = Schema(kind: .measurements, fields: [
        (.projectID, true, projectIDAliases),
        (.criterionID, true, criterionIDAliases),
        (.date, true, ["date", "dato", "måledato", "periode", "period", "målt_dato", "measurement_date"]),
        (.value, true, ["value", "værdi", "måling", "resultat", "målt_værdi", "måleværdi", "result"]),
        (.note, false, ["note", "bemærkning", "kommentar", "comment", "noter", "bemærkninger"]),
    ])

    static let projects = Schema(kind: .projects, fields: [
        (.projectID, true, projectIDAliases),
        (.name, false, ["name", "projektnavn", "navn", "project_name", "titel", "title"]),
        (.owner, false, ["owner", "projektejer", "ejer", "project_owner", "ansvarlig"]),
        (.area, false, ["area", "forvaltning", "område", "afdeling", "department", "center"]),
        (.phase, false, ["phase", "fase", "projektfase"]),
        (.goLive, false, ["go_live", "idriftsættelse", "idriftsat", "idriftsættelsesdato", "go_live_date", "golive"]),
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

/// The result of matching a header line against a schema.
struct HeaderMap: Sendable {
    /// Column index per `Field.rawValue`, -1 when absent.
    var columns: [Int]
    /// The header text as written, per column.
    var headers: [String]
    /// How many columns the header has (trailing empty headers, as Excel writes them, not counted).
    var width: Int
    var missing: [Field]
    /// Headers that match nothing, or repeat a field already matched.
    var ignored: [String]

    init(headers raw: [String], schema: Schema) {
        var width = raw.count
        while width > 0, raw[width - 1].isEmpty { width -= 1 }
        headers = Array(raw.prefix(width))
        self.width = width
        columns = [Int](repeating: -1, count: Field.allCases.count)
        ignored = []
        let lookup = schema.lookup
        for (k, h) in headers.enumerated() {
            guard !h.isEmpty else { continue }
            if let f = lookup[HeaderMatcher.normalize(h)], columns[f.rawValue] < 0 {
                columns[f.rawValue] = k
            } else {
                ignored.append(h)
            }
        }
        let found = columns
        missing = schema.fields.filter { $0.required && found[$0.field.rawValue] < 0 }.map { $0.field }
    }

    func column(_ f: Field) -> Int { columns[f.rawValue] }

    /// The header as written for a field, for messages; the canonical name when absent.
    func header(_ f: Field) -> String {
        let k = columns[f.rawValue]
        return k >= 0 && k < headers.count ? headers[k] : f.canonical
    }
}
