/// A criterion's identity: criterion ids are unique within a project, not across projects.
struct IDPair: Hashable, Sendable {
    var project: String
    var criterion: String
}
