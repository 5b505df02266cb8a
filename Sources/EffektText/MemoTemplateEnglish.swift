import EffektModel

extension Memo {
    /// The English default template, identical to `Reports/templates/status-memo.md` (a test keeps
    /// the two the same): `--lang en` fills it, so a memo reads in one language throughout.
    static let englishTemplate = #"""
{{! Status memo – Mustache template for `effekt memo --lang en`.
    Adapt the wording here freely without rebuilding the program; run
    `effekt memo --project ID --template my-template.md` to use a copy.
    Every value is already formatted (dates, percentages, kr.) and made safe for Markdown.
    The fields are described in Docs/dashboard.md (section "Statusnotat"). }}
# Status memo: {{project.name}}

**{{project.id}}**{{#organisation}} · {{organisation}}{{/organisation}} · {{quarter}} · as of {{asOf}}

{{#rejected}}
> **{{rejected}}**

{{/rejected}}
## 1. Project facts

| | |
|---|---|
| Project | {{project.id}} {{project.name}} |
| Project owner | {{project.owner}} |
| Area | {{project.area}} |
| Phase | {{project.phase}} |
| Go-live | {{project.goLive}} |
| Success criteria | {{criteriaCount}} |
| Overall status | {{statusSymbol}} {{status}} |
| Attainment | {{score}} (expected by now: {{expected}}) |
| {{changeLabel}} | {{change}} |
{{#hasBenefit}}
| Benefit | {{benefit}} |
{{/hasBenefit}}
| Data coverage | {{coverage}} of the criteria have current measurements |

{{#restatement}}
> {{restatement}}

{{/restatement}}
{{#hasBenefitProfile}}
### Benefit profile

| Year | Planned | Realised |
|---:|---:|---:|
{{#benefitProfile}}
| {{year}}{{#current}} (current){{/current}} | {{planned}} | {{realized}} |
{{/benefitProfile}}

{{/hasBenefitProfile}}
{{#hasEvents}}
### Events

{{#events}}
- {{line}}
{{/events}}

{{/hasEvents}}
## 2. Preliminary effect assessment

{{summary}}

{{#targetChanges}}
**Changed targets:** {{targetChanges}}

{{/targetChanges}}{{#criteria}}
### {{id}} {{name}} – {{statusSymbol}} {{status}}

{{assessment}}

{{/criteria}}
{{^criteria}}
The project has no success criteria yet.

{{/criteria}}
## 3. Follow-up – who does what

{{#hasFindings}}
| Due | Owner | What |
|---|---|---|
{{#findings}}
| {{due}}{{#overdue}} (overdue){{/overdue}} | {{owner}} | {{what}} |
{{/findings}}
{{/hasFindings}}
{{^hasFindings}}
There are no open follow-up items.
{{/hasFindings}}

## 4. Next follow-up

{{#followUps}}
- {{date}}: {{id}} {{name}} ({{owner}}){{#overdue}} – late{{/overdue}}
{{/followUps}}
{{^followUps}}
There are no measurements planned.
{{/followUps}}
{{#hasNextMilestones}}

Next milestones:

{{#nextMilestones}}
- {{date}}: {{id}} {{name}} – {{value}} (planned now: {{plannedNow}})
{{/nextMilestones}}
{{/hasNextMilestones}}

*This memo was produced by effekt from data as of {{asOf}}. Attainment = (latest measurement − baseline) / (target − baseline); trend by Mann–Kendall, forecast by Theil–Sen.*

"""#

    /// The built-in template for a language, and where a municipality may keep its own copy.
    package static func defaultTemplate(for language: Language) -> String {
        language == .da ? defaultTemplate : englishTemplate
    }

    package static func templatePath(for language: Language) -> String {
        language.pick("Reports/templates/statusnotat.md", "Reports/templates/status-memo.md")
    }
}
