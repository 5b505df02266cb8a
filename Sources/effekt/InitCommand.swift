import ArgumentParser
import EffektModel
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create empty CSV templates (criteria, measurements, projects, milestones, events), ready for Excel.",
        discussion: """
        Writes kriterier.csv, maalinger.csv, projekter.csv, delmaal.csv and haendelser.csv with \
        Danish headers and ';' as delimiter (as Danish Excel saves "CSV (semikolonsepareret)"), plus LAES-MIG.txt with an \
        example row for each file. Existing files are never overwritten.
        """)

    @Argument(help: "The folder to create the templates in (created if missing).")
    var folder: String

    @Option(name: .long, help: ArgumentHelp("Language of the headers and the guide.", valueName: "language"))
    var lang: Language = .da

    func run() throws {
        let language = lang
        let files = Templates.files(language)
        let fm = FileManager.default
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            if fm.fileExists(atPath: path) {
                Console.error(language.pick(
                    "\(path) findes allerede; intet er overskrevet. Vælg en tom mappe.",
                    "\(path) already exists; nothing was overwritten. Choose an empty folder."))
                throw ExitCode(ExitStatus.usage)
            }
        }
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                try AtomicWrite.write(Data(file.contents.utf8), to: (folder as NSString).appendingPathComponent(file.name))
            }
        } catch {
            Console.error(language.pick("Kunne ikke skrive i \(folder): \(error)", "Could not write to \(folder): \(error)"))
            throw ExitCode(ExitStatus.cannotWrite)
        }
        Console.out(language.pick(
            "Skabeloner oprettet i \(folder): \(files.map(\.name).joined(separator: ", "))\n",
            "Templates written to \(folder): \(files.map(\.name).joined(separator: ", "))\n"))
    }
}

/// The empty input files `effekt init` writes. UTF-8 with BOM so Excel shows æøå right when it
/// opens the file; CRLF as Excel writes.
enum Templates {
    struct File { var name: String; var contents: String }

    static let bom = "\u{FEFF}"

    static func files(_ l: Language) -> [File] {
        let criteria = l.pick(
            "projekt_id;kriterie_id;succeskriterium;kategori;enhed;retning;nulpunkt;nulpunkt_dato;målværdi;måldato;ansvarlig;frekvens;vægt;kr_pr_enhed",
            "project_id;criterion_id;name;category;unit;direction;baseline;baseline_date;target;target_date;owner;frequency;weight;value_per_unit")
        let measurements = l.pick("projekt_id;kriterie_id;dato;værdi;bemærkning",
                                  "project_id;criterion_id;date;value;note")
        let projects = l.pick("projekt_id;projektnavn;projektejer;forvaltning;fase;idriftsættelse",
                              "project_id;name;owner;area;phase;go_live")
        let milestones = l.pick("projekt_id;kriterie_id;dato;delmål", "project_id;criterion_id;date;value")
        let events = l.pick("projekt_id;kriterie_id;dato;hændelse;genberegn",
                            "project_id;criterion_id;date;text;recalculate")
        return [
            File(name: l.pick("kriterier.csv", "criteria.csv"), contents: bom + criteria + "\r\n"),
            File(name: l.pick("maalinger.csv", "measurements.csv"), contents: bom + measurements + "\r\n"),
            File(name: l.pick("projekter.csv", "projects.csv"), contents: bom + projects + "\r\n"),
            // ASCII names: a folder zipped or copied through an old system keeps them intact.
            File(name: l.pick("delmaal.csv", "milestones.csv"), contents: bom + milestones + "\r\n"),
            File(name: l.pick("haendelser.csv", "events.csv"), contents: bom + events + "\r\n"),
            File(name: l.pick("LAES-MIG.txt", "README.txt"), contents: guide(l)),
        ]
    }

    static func guide(_ l: Language) -> String {
        l.pick("""
        Sådan udfylder du skabelonerne
        ==============================

        Åbn filerne i Excel, udfyld en række pr. succeskriterium, måling og projekt, og gem som
        "CSV (semikolonsepareret)". Decimaler med komma (12,5), datoer som 31-03-2026.

        Eksempel, kriterier.csv:
        P01;K1;Sagsbehandlingstid for byggesager;gevinst;dage;reducere;42;01-01-2025;28;31-12-2026;Mette Holm;kvartalsvis;2;1.250

        Eksempel, maalinger.csv (dato kan også være en periode: 2026-03, marts 2026, K1 2026, 2026):
        P01;K1;31-03-2026;36,5;Ny sagsgang indført i marts

        Eksempel, projekter.csv:
        P01;Selvbetjening af byggesager;Lars Bech;Teknik og Miljø;gennemførelse;01-02-2026

        Eksempel, delmaal.csv (valgfri; den planlagte vej mellem nulpunkt og mål. Her holdes
        nulpunktet 42 dage til idriftsættelsen, og et halvt år efter er 60 % af vejen gået: 33,6):
        P01;K1;01-02-2026;42
        P01;K1;01-08-2026;33,6

        Eksempel, haendelser.csv (valgfri; tom kriterie_id = hele projektet; genberegn = ja
        starter nye kontrolgrænser fra den dato):
        P01;K1;15-03-2026;Ny arbejdsgang i byggesager;ja
        P01;;02-05-2026;Systemnedbrud hele dagen;nej

        Kategori: løsning, kompetencer eller gevinst (tom = gevinst).
        Retning: øge, reducere, mindst eller højst (tom = ud fra nulpunkt og målværdi).
        Frekvens: månedlig, kvartalsvis, halvårlig eller årlig (tom = kvartalsvis).
        Genberegn: ja (j, x, 1) eller nej (n, 0, tom).
        Kontrollér filerne med:  effekt check <mappe>
        Se Docs/input-format.md for alle kolonner og fejlkoder.

        """, """
        How to fill in the templates
        ============================

        Open the files in Excel, add one row per success criterion, measurement and project, and
        save as CSV. Decimals with a point (12.5) in these English templates, dates as 2026-03-31.

        Example, criteria.csv:
        P01;K1;Case processing time for building permits;benefit;days;decrease;42;2025-01-01;28;2026-12-31;Mette Holm;quarterly;2;1250

        Example, measurements.csv (date may also be a period: 2026-03, March 2026, Q1 2026, 2026):
        P01;K1;2026-03-31;36.5;New process introduced in March

        Example, projects.csv:
        P01;Self-service building permits;Lars Bech;Technical Services;execution;2026-02-01

        Example, milestones.csv (optional; the planned path between baseline and target. Here the
        baseline of 42 days holds until go-live, and half a year later 60 % of the way is done: 33.6):
        P01;K1;2026-02-01;42
        P01;K1;2026-08-01;33.6

        Example, events.csv (optional; empty criterion_id = the whole project; recalculate = yes
        starts new control limits from that date):
        P01;K1;2026-03-15;New process for building permits;yes
        P01;;2026-05-02;System down all day;no

        Category: solution, competencies or benefit (empty = benefit).
        Direction: increase, decrease, at_least or at_most (empty = from baseline and target).
        Frequency: monthly, quarterly, halfyearly or yearly (empty = quarterly).
        Recalculate: yes (ja, j, x, 1) or no (nej, n, 0, empty).
        Check the files with:  effekt check <folder>
        See Docs/input-format.md for every column and diagnostic code.

        """)
    }
}
