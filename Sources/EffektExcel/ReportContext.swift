import EffektModel
import EffektEvaluation
import EffektVocabulary

/// What every sheet builder needs.
struct ReportContext {
    let evaluation: Evaluation
    let options: ReportOptions
    let book: Workbook
    let formats: Formats
    let names: SheetNames
    var language: Language { options.language }
    var l: Language { options.language }

    /// Project display name: the projects file's name, else the id.
    func projectName(_ p: Project) -> String { p.name ?? p.id }

    /// `Side 1 af 3` footer, with the sheet name on the left.
    var footer: String { Self.footer(l) }
    static func footer(_ l: Language) -> String { l.pick("&L&A&RSide &P af &N", "&L&A&RPage &P of &N") }

    /// Applies the status colours to a range of status cells.
    func statusColors(_ sheet: Worksheet, _ r1: Row, _ c1: Col, _ r2: Row, _ c2: Col) throws(WorkbookError) {
        for (status, _, _) in Formats.statusColors {
            guard let f = formats.status[status] else { continue }
            try sheet.highlight(r1, c1, r2, c2, equalTo: status.label(l), f)
        }
    }

    /// A quoted sheet reference for formulas and defined names (`A1.sheet`).
    static func ref(_ sheet: String) -> String { A1.sheet(sheet) }
}
