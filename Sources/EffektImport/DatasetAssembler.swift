import EffektModel

/// A file's bytes, or why there are none (reported as `missing_file`).
enum FileInput {
    case bytes(NamedBytes)
    case failed(String, InputKind, String)
}

/// Builds the dataset from the files' bytes in order: projects first (criteria are checked against
/// them), then criteria, then measurements, milestones and events (all three checked against the
/// accepted criteria).
enum DatasetAssembler {
    static func assemble(criteria: FileInput, measurements: FileInput, projects: FileInput?,
                     milestones: FileInput? = nil, events: FileInput? = nil, options: ImportOptions) -> Dataset {
        var projectsReport: FileReport?
        var projectsValidator: ProjectsValidator?
        if let projects {
            let r = read(projects, .projects, .projects, options) { ProjectsValidator() }
            projectsReport = r.report
            projectsValidator = r.report.hasFileError ? nil : r.validator
        }
        let projectsName = projectsReport?.file ?? ""
        let known = projectsValidator?.ids
        let criteriaBytes: Int
        if case .bytes(let b) = criteria { criteriaBytes = b.bytes.count } else { criteriaBytes = 0 }
        let c = read(criteria, .criteria, .criteria, options) {
            // A criteria row is rarely under 60 bytes (fourteen fields, two dates).
            CriteriaValidator(knownProjects: known, projectsFile: projectsName,
                              expectedRows: min(criteriaBytes / 60, 5_000_000))
        }
        let criteriaValidator = c.report.hasFileError ? nil : c.validator
        let measurementBytes: Int
        if case .bytes(let b) = measurements { measurementBytes = b.bytes.count } else { measurementBytes = 0 }
        let m = read(measurements, .measurements, .measurements, options) {
            MeasurementsValidator(criteria: criteriaValidator, criteriaFile: c.report.file,
                                  expectedRows: min(measurementBytes / 24, 50_000_000))
        }
        var dataset = Dataset(hasProjectsFile: projects != nil)
        var reports = [c.report, m.report]
        if let projectsReport { reports.append(projectsReport) }
        if let milestones {
            let r = read(milestones, .milestones, .milestones, options) {
                MilestonesValidator(criteria: criteriaValidator, criteriaFile: c.report.file)
            }
            reports.append(r.report)
            if criteriaValidator != nil, !r.report.hasFileError { dataset.milestones = r.validator?.milestones ?? [] }
        }
        if let events {
            // Known projects: the projects file's accepted rows and those of accepted criteria.
            let known = Set((projectsValidator?.projects ?? []).map(\.id)).union(criteriaValidator?.projectOrder ?? [])
            let rejected = (projectsValidator?.ids ?? []).subtracting(known)
            let r = read(events, .events, .events, options) {
                EventsValidator(criteria: criteriaValidator, projects: known, rejectedProjects: rejected,
                                criteriaFile: c.report.file, projectsFile: projectsReport?.file)
            }
            reports.append(r.report)
            if criteriaValidator != nil, !r.report.hasFileError { dataset.events = r.validator?.events ?? [] }
        }
        for r in reports {
            dataset.inputs.append(r.summary)
            dataset.diagnostics.append(contentsOf: ordered(r.diagnostics))
        }
        dataset.projects = projectsValidator?.projects ?? []
        var listed = Set(dataset.projects.map(\.id))
        for id in criteriaValidator?.projectOrder ?? [] where !listed.contains(id) {
            listed.insert(id)
            dataset.projects.append(Project(id: id))
        }
        dataset.criteria = criteriaValidator?.criteria ?? []
        if criteriaValidator != nil, !m.report.hasFileError {
            dataset.measurements = m.validator?.measurements ?? []
        }
        return dataset
    }

    private static func read<V: RowValidator>(
        _ input: FileInput, _ kind: InputKind, _ schema: Schema, _ options: ImportOptions,
        _ make: () -> V
    ) -> (validator: V?, report: FileReport) {
        switch input {
        case .bytes(let b):
            return TableReader.read(b, kind: kind, schema: schema, options: options, makeValidator: make)
        case .failed(let path, let kind, let message):
            var report = FileReport(file: path, kind: kind, language: options.language)
            report.fileError(.missingFile, message)
            return (nil, report)
        }
    }

    /// By line, whole-file problems first; stable, so problems of one row keep their field order.
    private static func ordered(_ d: [Diagnostic]) -> [Diagnostic] {
        d.enumerated().sorted { a, b in
            let la = a.element.line ?? 0, lb = b.element.line ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
