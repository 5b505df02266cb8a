extension Memo {
    /// The default template, identical to `Reports/templates/statusnotat.md` (a test keeps the two
    /// the same). Compiled in so `effekt memo` works from any folder; the file on disk, when
    /// present, wins so a municipality can adapt it.
    package static let defaultTemplate = #"""
{{! Statusnotat – Mustache-skabelon til `effekt memo`.
    Kommunen kan frit tilpasse ordlyden her uden at oversætte programmet igen; kør
    `effekt memo --project ID --template min-skabelon.md` for at bruge en kopi.
    Alle værdier er allerede formateret (datoer, procenter, kr.) og gjort sikre til Markdown.
    Felterne er beskrevet i Docs/dashboard.md (afsnittet "Statusnotat"). }}
# Statusnotat: {{project.name}}

**{{project.id}}**{{#organisation}} · {{organisation}}{{/organisation}} · {{quarter}} · opgjort pr. {{asOf}}

{{#rejected}}
> **{{rejected}}**

{{/rejected}}
## 1. Projektets fakta

| | |
|---|---|
| Projekt | {{project.id}} {{project.name}} |
| Projektejer | {{project.owner}} |
| Område | {{project.area}} |
| Fase | {{project.phase}} |
| Idriftsættelse | {{project.goLive}} |
| Succeskriterier | {{criteriaCount}} |
| Samlet status | {{statusSymbol}} {{status}} |
| Målopfyldelse | {{score}} (forventet på nuværende tidspunkt: {{expected}}) |
| {{changeLabel}} | {{change}} |
{{#hasBenefit}}
| Gevinst | {{benefit}} |
{{/hasBenefit}}
| Datadækning | {{coverage}} af kriterierne har aktuelle målinger |

{{#restatement}}
> {{restatement}}

{{/restatement}}
{{#hasBenefitProfile}}
### Gevinstprofil

| År | Planlagt | Realiseret |
|---:|---:|---:|
{{#benefitProfile}}
| {{year}}{{#current}} (indeværende){{/current}} | {{planned}} | {{realized}} |
{{/benefitProfile}}

{{/hasBenefitProfile}}
{{#hasEvents}}
### Hændelser

{{#events}}
- {{line}}
{{/events}}

{{/hasEvents}}
## 2. Foreløbig effektvurdering

{{summary}}

{{#targetChanges}}
**Ændrede mål:** {{targetChanges}}

{{/targetChanges}}{{#criteria}}
### {{id}} {{name}} – {{statusSymbol}} {{status}}

{{assessment}}

{{/criteria}}
{{^criteria}}
Projektet har endnu ingen succeskriterier.

{{/criteria}}
## 3. Opfølgning – hvem gør hvad

{{#hasFindings}}
| Frist | Ansvarlig | Hvad |
|---|---|---|
{{#findings}}
| {{due}}{{#overdue}} (overskredet){{/overdue}} | {{owner}} | {{what}} |
{{/findings}}
{{/hasFindings}}
{{^hasFindings}}
Der er ingen åbne opfølgningspunkter.
{{/hasFindings}}

## 4. Næste opfølgning

{{#followUps}}
- {{date}}: {{id}} {{name}} ({{owner}}){{#overdue}} – forsinket{{/overdue}}
{{/followUps}}
{{^followUps}}
Der er ingen planlagte målinger.
{{/followUps}}
{{#hasNextMilestones}}

Næste delmål:

{{#nextMilestones}}
- {{date}}: {{id}} {{name}} – {{value}} (planlagt nu: {{plannedNow}})
{{/nextMilestones}}
{{/hasNextMilestones}}

*Notatet er dannet af effekt på baggrund af data pr. {{asOf}}. Målopfyldelse = (seneste måling − baseline) / (mål − baseline); tendens efter Mann–Kendall, prognose efter Theil–Sen.*

"""#
}
