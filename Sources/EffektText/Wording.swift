import EffektModel
import EffektEvaluation
import EffektVocabulary

/// Phrases shared by the dashboard, the drill-down, compare and the memo, so they say the same
/// thing in the same words. Everything taken from data is sanitised here.
package struct Wording {
    package var language: Language

    package init(language: Language) { self.language = language }

    package func pick(_ da: String, _ en: String) -> String { language.pick(da, en) }

    /// Danish `30-09-2026`, English ISO `2026-09-30`.
    package func date(_ day: Day?) -> String {
        guard let day else { return NumberFormatting.missing }
        return language == .da ? day.danish : day.iso
    }

    /// Year and month, as forecasts are stated: `2027-03` (a forecast is not precise to the day).
    package func month(_ day: Day) -> String { String(day.iso.prefix(7)) }

    package func percent(_ fraction: Double?) -> String {
        guard let fraction else { return NumberFormatting.missing }
        return NumberFormatting.percent(fraction, language: language)
    }

    package func kroner(_ value: Double?) -> String {
        guard let value else { return NumberFormatting.missing }
        return NumberFormatting.kroner(value, language: language)
    }

    package func amount(_ value: Double?) -> String {
        guard let value else { return NumberFormatting.missing }
        return NumberFormatting.number(value, language: language)
    }

    package func value(_ value: Double?) -> String {
        guard let value else { return NumberFormatting.missing }
        return NumberFormatting.compact(value, language: language)
    }

    /// A measured value with its unit: `9,5 dage`, `85 %`, `1.200 kr.`.
    package func value(_ v: Double?, unit: String?) -> String {
        let number = value(v)
        guard let unit = unit.map(clean), !unit.isEmpty, v != nil else { return number }
        if unit == "%" { return language == .da ? number + " %" : number + "%" }
        return number + " " + unit
    }

    package func clean(_ text: String) -> String { DisplayWidth.sanitize(text) }

    package func projectName(_ p: Project) -> String {
        let name = clean(p.name ?? "")
        return name.isEmpty ? clean(p.id) : name
    }

    package func owner(_ owner: String?) -> String {
        let o = clean(owner ?? "")
        return o.isEmpty ? pick("(ingen ansvarlig)", "(no owner)") : o
    }

    package func status(_ s: Status) -> String { s.symbol + " " + s.label(language) }

    /// `Forbedring (p = 0,012)`; p below 0.001 as `p < 0,001`.
    package func trend(_ t: Trend) -> String {
        let word = t.classification.label(language)
        guard t.classification != .insufficientData, let p = t.pValue, p.isFinite else { return word }
        return word + " (" + pValue(p) + ")"
    }

    package func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < " + NumberFormatting.number(0.001, decimals: 3, language: language)
            : "p = " + NumberFormatting.number(p, decimals: 3, language: language)
    }

    /// One word for a project's direction (`ProjectEvaluation.overallTrend`).
    package func projectTrend(_ p: ProjectEvaluation) -> String { p.overallTrend.label(language) }

    /// The forecast as a phrase: `når målet ca. 2027-03`, `når ikke målet før fristen`.
    package func forecast(_ c: CriterionEvaluation, asOf: Day, horizonYears: Int = 10) -> String {
        let f = c.forecast
        switch f.state {
        case .reached:
            return pick("målet er nået", "target reached")
        case .insufficientData:
            return pick("for få målinger til en prognose", "too few points for a forecast")
        case .notReaching:
            return pick("når ikke målet med den nuværende udvikling", "not reaching the target on the current course")
        case .beyondHorizon:
            return pick("når ikke målet inden for \(horizonYears) år", "not reaching the target within \(horizonYears) years")
        case .projected:
            guard let reach = f.reachDate else { return f.state.label(language) }
            if reach > c.criterion.targetDate {
                return pick("når ikke målet før fristen (først ca. \(month(reach)))",
                            "not reaching the target before the deadline (only about \(month(reach)))")
            }
            if reach < asOf {
                return pick("tendenslinjen har nået målet (ca. \(month(reach))), seneste måling endnu ikke",
                            "the trend line reached the target (about \(month(reach))), the latest value not yet")
            }
            return pick("når målet ca. \(month(reach))", "reaches the target about \(month(reach))")
        }
    }

    /// The SPC reading of the latest point: variation, the rule behind a signal, and assurance.
    /// With several segments the current one is named: `SPC (siden 15-03-2026: 14 punkter): …`.
    package func spc(_ spc: SPC?, minimum: Int) -> String {
        let segment = spc.flatMap(spcSegment).map { " (" + $0 + ")" } ?? ""
        return "SPC" + segment + ": " + spcReading(spc, minimum: minimum)
    }

    /// The SPC reading without its `SPC: ` label (the Markdown drill-down has an SPC column).
    package func spcReading(_ spc: SPC?, minimum: Int) -> String {
        guard let spc else {
            return pick("for få punkter (under \(minimum))", "too few points (under \(minimum))")
        }
        var text = spc.variation.label(language)
        if spc.variation != .commonCause,
           let rule = spc.signals.filter({ $0.index == spc.points - 1 }).map(\.rule).min(by: ruleOrder) {
            text += " – " + rule.label(language)
        }
        if let a = spc.assurance { text += "; " + a.label(language) }
        if spc.trial { text += pick("; foreløbige grænser", "; trial limits") }
        return text
    }

    private func ruleOrder(_ a: SPCRule, _ b: SPCRule) -> Bool {
        (SPCRule.allCases.firstIndex(of: a) ?? 0) < (SPCRule.allCases.firstIndex(of: b) ?? 0)
    }

    /// What a finding asks for: `Måling forsinket: K3 Sagsbehandlingstid`.
    package func finding(_ f: Finding, in p: ProjectEvaluation) -> String {
        var text = f.code.label(language)
        if f.code == .restated, let reported = p.rollUp.reportedPreviousScore, let delta = p.rollUp.restatement {
            text += ": " + percent(reported) + " → " + percent(reported + delta)
        } else if let id = f.criterionID {
            let name = p.criteria.first { $0.criterion.id == id }.map { clean($0.criterion.name) }
            text += ": " + clean(id) + (name.map { " " + $0 } ?? "")
        } else if let category = f.category {
            text += ": " + category.label(language)
        }
        return text
    }

    /// A quarter in a column header: `3. kvt. 26` / `Q3 2026` (not `K3`, which reads as a criterion id).
    package func quarterShort(_ q: Quarter) -> String {
        language == .da ? "\(q.number). kvt. " + String(String(q.year).suffix(2)) : "Q\(q.number) \(q.year)"
    }

    package func count(_ n: Int, _ oneDa: String, _ manyDa: String, _ oneEn: String, _ manyEn: String) -> String {
        NumberFormatting.number(Double(n), language: language) + " " + (n == 1 ? pick(oneDa, oneEn) : pick(manyDa, manyEn))
    }
}
