import EffektModel

/// Every diagnostic's wording, Danish and English. Messages name the offending text (made safe by
/// `FieldBytes.display`) and say how to fix it.
struct Messages: Sendable {
    let l: Language

    private func q(_ s: String) -> String { "\"" + FieldBytes.display(s) + "\"" }
    private func col(_ header: String) -> String { l.pick("kolonne ", "column ") + q(header) + ": " }

    // MARK: File errors

    func fileNotFound(_ path: String) -> String {
        l.pick("filen \(q(path)) findes ikke; tjek stien og navnet", "the file \(q(path)) does not exist; check the path and name")
    }
    func notAFile(_ path: String, what: String) -> String {
        l.pick("\(q(path)) er \(what), ikke en almindelig fil; angiv en CSV-fil",
               "\(q(path)) is \(what), not a regular file; give a CSV file")
    }
    func unreadable(_ path: String, reason: String) -> String {
        l.pick("filen \(q(path)) kan ikke læses (\(reason)); tjek rettighederne", "the file \(q(path)) cannot be read (\(reason)); check the permissions")
    }
    func folderNotFound(_ path: String) -> String {
        l.pick("mappen \(q(path)) findes ikke eller er ikke en mappe", "the folder \(q(path)) does not exist or is not a folder")
    }
    func missingInFolder(_ kind: InputKind, folder: String, names: [String]) -> String {
        let list = names.map { $0 + ".csv" }.joined(separator: ", ")
        return l.pick("mappen \(q(folder)) mangler filen med \(kindDA(kind)) (ledte efter \(list))",
                      "the folder \(q(folder)) has no \(kind.rawValue) file (looked for \(list))")
    }
    func kindDA(_ kind: InputKind) -> String {
        switch kind {
        case .criteria: return "succeskriterier"
        case .measurements: return "målinger"
        case .projects: return "projekter"
        case .milestones: return "delmål"
        case .events: return "hændelser"
        }
    }

    func encoding(_ p: EncodingProblem) -> String {
        switch p {
        case .invalidUTF8AfterBOM:
            return l.pick("filen starter med en UTF-8-markering (BOM), men linjen er ikke gyldig UTF-8; gem filen igen som \"CSV UTF-8\"",
                          "the file starts with a UTF-8 byte order mark, but this line is not valid UTF-8; save it again as \"CSV UTF-8\"")
        case .invalidUTF16(let e, _):
            return l.pick("filen er markeret som \(e.rawValue), men er ugyldig omkring denne linje; gem den igen som \"CSV UTF-8\"",
                          "the file is marked as \(e.rawValue) but is invalid around this line; save it again as \"CSV UTF-8\"")
        case .undefinedByte(let b, _):
            return l.pick("byten 0x\(hex(b)) er hverken gyldig UTF-8 eller Windows-1252; filen er ikke en tekstfil i en kendt tegnkodning. Gem den fra Excel som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\"",
                          "byte 0x\(hex(b)) is neither valid UTF-8 nor Windows-1252; the file is not text in a known encoding. Save it from Excel as \"CSV UTF-8\" or \"CSV (semicolon delimited)\"")
        case .controlByte(let b, _):
            return l.pick("styretegnet 0x\(hex(b)) hører ikke hjemme i en tekstfil, og filen er ikke gyldig UTF-8; er det en binær fil (fx .xlsx)? Gem den fra Excel som CSV",
                          "control byte 0x\(hex(b)) does not belong in a text file, and the file is not valid UTF-8; is it a binary file (e.g. .xlsx)? Save it from Excel as CSV")
        }
    }
    private func hex(_ b: UInt8) -> String {
        let d = Array("0123456789ABCDEF")
        return String([d[Int(b >> 4)], d[Int(b & 15)]])
    }

    func emptyFile() -> String {
        l.pick("filen er tom; den skal have en overskriftslinje og mindst én række", "the file is empty; it needs a header line and at least one row")
    }
    func noRows() -> String {
        l.pick("filen har kun overskrifter og ingen succeskriterier; tilføj mindst én række",
               "the file has headers but no success criteria; add at least one row")
    }
    func missingColumn(_ missing: [Field], found: [String], damagedUTF8Line: Int? = nil) -> String {
        let names = missing.map { l == .da ? "\($0.danishHeader) (\($0.canonical))" : $0.canonical }.joined(separator: ", ")
        let foundText = found.isEmpty ? l.pick("ingen", "none") : Messages.capped(found.map { q($0) }, language: l)
        var text = l.pick("mangler kolonne(r): \(names). Fundne overskrifter: \(foundText). Tjek stavningen i første linje og skilletegnet",
                          "missing column(s): \(names). Headers found: \(foundText). Check the spelling of the first line and the delimiter")
        if let line = damagedUTF8Line {
            text += l.pick(". Filen ligner UTF-8, men linje \(line) har en byte, der ikke er gyldig UTF-8, så hele filen er læst som Windows-1252 (æ, ø og å bliver til Ã¦, Ã¸ og Ã¥). Ret linje \(line), eller gem filen igen som UTF-8",
                           ". The file looks like UTF-8, but line \(line) has a byte that is not valid UTF-8, so the whole file was read as Windows-1252 (æ, ø and å become Ã¦, Ã¸ and Ã¥). Fix line \(line), or save the file again as UTF-8")
        }
        return text
    }

    // MARK: Row errors

    func missingValue(_ header: String) -> String {
        col(header) + l.pick("mangler en værdi; udfyld feltet", "has no value; fill it in")
    }
    func badNumber(_ header: String, _ text: String, decimal: DecimalMark) -> String {
        col(header) + (decimal == .comma
            ? l.pick("\(q(text)) er ikke et tal (brug fx 1.234,50 eller 85 %)", "\(q(text)) is not a number (write e.g. 1.234,50 or 85 %)")
            : l.pick("\(q(text)) er ikke et tal (brug fx 1,234.50 eller 85 %)", "\(q(text)) is not a number (write e.g. 1,234.50 or 85 %)"))
    }
    func nulInField(_ header: String) -> String {
        col(header) + l.pick("indeholder et NUL-tegn (byte 0); feltet er ugyldigt. Gem filen igen fra Excel",
                             "contains a NUL character (byte 0); the field is invalid. Save the file again from Excel")
    }
    func badDate(_ header: String, _ text: String, periods: Bool) -> String {
        col(header) + (periods
            ? l.pick("\(q(text)) er hverken en dato eller en periode (brug fx 31-03-2026, 2026-03-31, marts 2026 eller 2026-Q1)",
                     "\(q(text)) is neither a date nor a period (write e.g. 2026-03-31, 31-03-2026, March 2026 or 2026-Q1)")
            : l.pick("\(q(text)) er ikke en gyldig dato (brug fx 31-03-2026 eller 2026-03-31)",
                     "\(q(text)) is not a valid date (write e.g. 2026-03-31 or 31-03-2026)"))
    }
    func badValue(_ header: String, _ text: String, field: Field) -> String {
        col(header) + l.pick("\(q(text)) er ikke en kendt værdi; brug \(Vocabulary.accepted(field, l))",
                             "\(q(text)) is not a known value; use \(Vocabulary.accepted(field, l))")
    }
    func targetEqualsBaseline(_ direction: Direction?, baseline: String, target: String) -> String {
        let d = direction.map { l.pick(" med retning \($0.rawValue)", " with direction \($0.rawValue)") } ?? ""
        return l.pick("målværdien \(q(target)) er lig nulpunktet \(q(baseline))\(d); et mål om at øge eller reducere skal ligge et andet sted end nulpunktet (eller brug retning mindst/højst for at fastholde et niveau)",
                      "the target \(q(target)) equals the baseline \(q(baseline))\(d); an increase or decrease target must differ from the baseline (or use direction at_least/at_most to hold a level)")
    }
    func targetDateNotAfterBaseline(baselineDate: Day, targetDate: Day) -> String {
        l.pick("måldatoen \(targetDate.danish) ligger ikke efter nulpunktsdatoen \(baselineDate.danish); ret en af datoerne",
               "the target date \(targetDate.iso) is not after the baseline date \(baselineDate.iso); correct one of them")
    }
    func directionContradictsTarget(_ d: Direction, baseline: String, target: String) -> String {
        d == .increase
            ? l.pick("retningen er \"øge\", men målværdien \(q(target)) er lavere end nulpunktet \(q(baseline)); ret retningen eller tallene",
                     "the direction is \"increase\" but the target \(q(target)) is below the baseline \(q(baseline)); correct the direction or the numbers")
            : l.pick("retningen er \"reducere\", men målværdien \(q(target)) er højere end nulpunktet \(q(baseline)); ret retningen eller tallene",
                     "the direction is \"decrease\" but the target \(q(target)) is above the baseline \(q(baseline)); correct the direction or the numbers")
    }
    func weightNotPositive(_ header: String, _ text: String) -> String {
        col(header) + l.pick("vægten \(q(text)) skal være større end 0", "the weight \(q(text)) must be greater than 0")
    }
    func duplicateCriterion(project: String, criterion: String, firstLine: Int) -> String {
        l.pick("kriteriet \(q(criterion)) i projekt \(q(project)) findes allerede i linje \(firstLine); giv det et andet id eller slet rækken",
               "criterion \(q(criterion)) of project \(q(project)) already appears on line \(firstLine); give it another id or delete the row")
    }
    func duplicateProject(_ id: String, firstLine: Int) -> String {
        l.pick("projektet \(q(id)) findes allerede i linje \(firstLine); slet eller omdøb rækken",
               "project \(q(id)) already appears on line \(firstLine); delete or rename the row")
    }
    func unknownProject(_ id: String, projectsFile: String) -> String {
        l.pick("projektet \(q(id)) findes ikke i \(q(projectsFile)); tilføj det der, eller ret projekt-id'et",
               "project \(q(id)) is not in \(q(projectsFile)); add it there or correct the project id")
    }
    func unknownCriterion(project: String, criterion: String, rejectedLine: Int?, criteriaFile: String) -> String {
        if let rejectedLine {
            return l.pick("kriteriet \(q(criterion)) i projekt \(q(project)) blev afvist (\(FieldBytes.display(criteriaFile)) linje \(rejectedLine)); ret kriteriet først",
                          "criterion \(q(criterion)) of project \(q(project)) was rejected (\(FieldBytes.display(criteriaFile)) line \(rejectedLine)); fix the criterion first")
        }
        return l.pick("der er intet kriterium \(q(criterion)) i projekt \(q(project)) i \(q(criteriaFile)); ret id'erne eller tilføj kriteriet",
                      "there is no criterion \(q(criterion)) of project \(q(project)) in \(q(criteriaFile)); correct the ids or add the criterion")
    }
    func periodNotDay(_ header: String, _ text: String, periodEnd: Day, kind: InputKind) -> String {
        let what = kind == .events
            ? l.pick("en hændelse skal have en bestemt dag", "an event needs a real day")
            : l.pick("et delmål skal have en bestemt dag", "a milestone needs a real day")
        return col(header) + l.pick("\(q(text)) er en periode, ikke en dato; \(what). Skriv dagen, fx \(periodEnd.danish) for periodens sidste dag",
                                    "\(q(text)) is a period, not a date; \(what). Write the day, e.g. \(periodEnd.iso) for the period's last day")
    }

    // MARK: Milestones and events

    func milestoneOutOfRange(_ day: Day, baselineDate: Day, targetDate: Day) -> String {
        l.pick("delmålet \(day.danish) ligger ikke mellem kriteriets nulpunktsdato \(baselineDate.danish) og måldato \(targetDate.danish); et delmål skal ligge efter den første og før den sidste. Flyt delmålet, eller brug nulpunkt og målværdi i kriterier-filen til start og slut",
               "the milestone \(day.iso) is not between the criterion's baseline date \(baselineDate.iso) and target date \(targetDate.iso); a milestone must lie after the first and before the second. Move it, or set the start and end through the baseline and target in the criteria file")
    }
    func milestoneOnThreshold(project: String, criterion: String, _ d: Direction) -> String {
        let word = d == .atLeast ? l.pick("mindst", "at_least") : l.pick("højst", "at_most")
        return l.pick("kriteriet \(q(criterion)) i projekt \(q(project)) har retning \(word): et niveau, der skal holdes, har ingen planlagt vej og kan ikke have delmål. Slet rækken, eller giv kriteriet retning øge eller reducere",
                      "criterion \(q(criterion)) of project \(q(project)) has direction \(word): a level to hold has no planned path and cannot have milestones. Delete the row, or give the criterion direction increase or decrease")
    }
    func duplicateMilestone(_ day: Day, firstLine: Int) -> String {
        l.pick("kriteriet har allerede et delmål for \(day.danish) i linje \(firstLine); det første bruges. Slet den ene række, eller ret datoen",
               "the criterion already has a milestone for \(day.iso) on line \(firstLine); the first is used. Delete one of the rows or correct the date")
    }
    /// Appended to every error of a milestone whose criterion is known: a rejected milestone must
    /// never change a status unnoticed.
    func evaluatedWithoutMilestone(project: String, criterion: String) -> String {
        l.pick(" (kriteriet \(q(criterion)) i projekt \(q(project)) vurderes uden dette delmål)",
               " (criterion \(q(criterion)) of project \(q(project)) is evaluated without this milestone)")
    }
    func unknownEventProject(_ id: String, projectsFile: String?, rejected: Bool = false) -> String {
        if let projectsFile, rejected {
            return l.pick("projektets række i \(q(projectsFile)) blev afvist, og projektet \(q(id)) har ingen godkendte succeskriterier; ret projektets række først",
                          "the row of project \(q(id)) in \(q(projectsFile)) was rejected, and the project has no accepted success criteria; fix the project's row first")
        }
        if let projectsFile {
            return l.pick("projektet \(q(id)) findes hverken i \(q(projectsFile)) eller blandt de godkendte succeskriterier; ret projekt-id'et, eller tilføj projektet",
                          "project \(q(id)) is neither in \(q(projectsFile)) nor among the accepted success criteria; correct the project id or add the project")
        }
        return l.pick("projektet \(q(id)) har ingen godkendte succeskriterier (og der er ingen projektfil); ret projekt-id'et, eller tilføj projektet",
                      "project \(q(id)) has no accepted success criteria (and there is no projects file); correct the project id or add the project")
    }

    /// `count` runs to the last filled field; `extra` is the first filled text beyond the header.
    func tooManyFields(width: Int, count: Int, extra: String) -> String {
        l.pick("rækken har \(count) felter, men overskriften kun \(width) kolonner; teksten \"\(extra)\" står uden for kolonnerne. Tjek for et skilletegn i en tekst uden anførselstegn",
               "the row has \(count) fields but the header only \(width) columns; the text \"\(extra)\" lies beyond them. Look for a delimiter inside unquoted text")
    }
    func unclosedQuote(lastLine: Int) -> String {
        l.pick("et anførselstegn (\") åbnes her, men lukkes aldrig; resten af filen (til linje \(lastLine)) er læst som ét felt. Tilføj det manglende anførselstegn",
               "a quote (\") opens here but never closes; the rest of the file (to line \(lastLine)) was read as one field. Add the missing quote")
    }

    // MARK: Warnings

    /// A list of at most 20 items and a count of the rest: an export with 100,000 stray columns
    /// must still give a message a person can read.
    static func capped(_ items: [String], language l: Language) -> String {
        let limit = 20
        guard items.count > limit else { return items.joined(separator: ", ") }
        let rest = items.count - limit
        return items.prefix(limit).joined(separator: ", ") + l.pick(" og \(rest) flere", " and \(rest) more")
    }

    func unknownColumns(_ headers: [String], blank: [Int]) -> String {
        var parts: [String] = []
        if !headers.isEmpty {
            let list = Messages.capped(headers.map { q($0) }, language: l)
            parts.append(l.pick("kolonne(r) \(list) kendes ikke (eller gentager en anden) og ignoreres",
                                "column(s) \(list) are not known (or repeat another) and are ignored"))
        }
        if !blank.isEmpty {
            let list = Messages.capped(blank.map(String.init), language: l)
            parts.append(l.pick("kolonne nr. \(list) har ingen overskrift og ignoreres", "column no. \(list) has no header and is ignored"))
        }
        return parts.joined(separator: "; ")
    }
    func duplicateMeasurement(_ day: Day, earlierLine: Int) -> String {
        l.pick("en måling af samme kriterium for \(day.danish) findes allerede i linje \(earlierLine); den seneste række bruges",
               "a measurement of the same criterion for \(day.iso) already appears on line \(earlierLine); the later row is used")
    }
    func beforeBaseline(_ day: Day, baselineDate: Day) -> String {
        l.pick("målingen \(day.danish) ligger før nulpunktsdatoen \(baselineDate.danish); den beholdes, men tjek datoen",
               "the measurement \(day.iso) is before the baseline date \(baselineDate.iso); it is kept, but check the date")
    }
    func controlCharacter(_ header: String) -> String {
        col(header) + l.pick("indeholder usynlige styretegn; de beholdes, men vises ikke. Dette nævnes kun én gang pr. fil",
                             "contains invisible control characters; they are kept but never shown. Reported once per file")
    }
}
