/// One project as the projects file (or, without one, the criteria file) names it.
public struct Project: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var owner: String?
    public var area: String?
    public var phase: Phase?
    public var goLive: Day?
    /// The physical line in the projects file, or nil for a project known only from criteria.
    public var line: Int?

    public init(id: String, name: String? = nil, owner: String? = nil, area: String? = nil,
                phase: Phase? = nil, goLive: Day? = nil, line: Int? = nil) {
        self.id = id; self.name = name; self.owner = owner; self.area = area
        self.phase = phase; self.goLive = goLive; self.line = line
    }
}

/// One success criterion (succeskriterium), validated.
public struct Criterion: Hashable, Sendable {
    public var projectID: String
    public var id: String
    public var name: String
    public var category: Category
    public var unit: String?
    /// Resolved: given in the file, or from the sign of target − baseline.
    public var direction: Direction
    public var baseline: Double
    public var baselineDate: Day
    public var target: Double
    public var targetDate: Day
    public var owner: String?
    public var frequency: Frequency
    public var weight: Double
    public var valuePerUnit: Double?
    public var line: Int

    public init(projectID: String, id: String, name: String, category: Category = .benefit,
                unit: String? = nil, direction: Direction, baseline: Double, baselineDate: Day,
                target: Double, targetDate: Day, owner: String? = nil, frequency: Frequency = .quarterly,
                weight: Double = 1, valuePerUnit: Double? = nil, line: Int = 0) {
        self.projectID = projectID; self.id = id; self.name = name; self.category = category
        self.unit = unit; self.direction = direction; self.baseline = baseline
        self.baselineDate = baselineDate; self.target = target; self.targetDate = targetDate
        self.owner = owner; self.frequency = frequency; self.weight = weight
        self.valuePerUnit = valuePerUnit; self.line = line
    }
}

/// One accepted measurement (måling). `criterion` indexes `Dataset.criteria`: ids are interned
/// once at import so a million measurements do not carry a million pairs of id strings.
public struct Measurement: Hashable, Sendable {
    public var criterion: Int
    public var date: Day
    public var value: Double
    public var note: String?
    public var line: Int

    public init(criterion: Int, date: Day, value: Double, note: String? = nil, line: Int) {
        self.criterion = criterion; self.date = date; self.value = value; self.note = note; self.line = line
    }
}

/// One accepted milestone (delmål): a knot of a criterion's planned path. `criterion` indexes
/// `Dataset.criteria`, as for measurements.
public struct Milestone: Hashable, Sendable {
    public var criterion: Int
    public var date: Day
    public var value: Double
    public var line: Int

    public init(criterion: Int, date: Day, value: Double, line: Int) {
        self.criterion = criterion; self.date = date; self.value = value; self.line = line
    }
}

/// One accepted event (hændelse): something that happened to a project or one criterion of it.
/// A recalculating event starts new SPC limits at the first point on or after its date.
public struct ProjectEvent: Hashable, Sendable {
    public var projectID: String
    /// nil: the event concerns every criterion of the project.
    public var criterionID: String?
    public var date: Day
    public var text: String
    public var recalculate: Bool
    public var line: Int

    public init(projectID: String, criterionID: String?, date: Day, text: String, recalculate: Bool, line: Int) {
        self.projectID = projectID; self.criterionID = criterionID; self.date = date; self.text = text
        self.recalculate = recalculate; self.line = line
    }
}
