import EffektModel
import EffektEvaluation
import Testing
@testable import EffektText

@Suite struct SnapshotTests {
    let evaluation = Fixture.kommune()

    @Test(arguments: [60, 100, 160], [false, true])
    func dashboard(width: Int, color: Bool) {
        let text = Dashboard.render(evaluation, options: DashboardOptions(width: width, color: color))
        Snapshot.check(text, named: "dashboard-\(width)\(color ? "-color" : "").txt")
    }

    @Test(arguments: [60, 100, 160], [false, true])
    func drillDown(width: Int, color: Bool) {
        let text = Dashboard.render(evaluation, options: DashboardOptions(width: width, color: color, project: "P1"))
        Snapshot.check(text, named: "project-P1-\(width)\(color ? "-color" : "").txt")
    }

    @Test(arguments: [60, 100, 160], [false, true])
    func compare(width: Int, color: Bool) {
        let text = Compare.render(evaluation, options: CompareOptions(width: width, color: color))
        Snapshot.check(text, named: "compare-\(width)\(color ? "-color" : "").txt")
    }

    @Test(arguments: [60, 100, 160])
    func compareGrouped(width: Int) {
        let text = Compare.render(evaluation, options: CompareOptions(width: width, grouping: .area))
        Snapshot.check(text, named: "compare-by-area-\(width).txt")
    }

    @Test func englishDashboard() {
        let text = Dashboard.render(evaluation, options: DashboardOptions(language: .en, width: 100))
        Snapshot.check(text, named: "dashboard-100-en.txt")
        let drill = Dashboard.render(evaluation, options: DashboardOptions(language: .en, width: 100, project: "P2"))
        Snapshot.check(drill, named: "project-P2-100-en.txt")
    }

    @Test func markdown() {
        Snapshot.check(Dashboard.render(evaluation, options: DashboardOptions(format: .markdown)), named: "dashboard.md")
        Snapshot.check(Dashboard.render(evaluation, options: DashboardOptions(format: .markdown, project: "P3")),
                       named: "project-P3.md")
        Snapshot.check(Compare.render(evaluation, options: CompareOptions(format: .markdown, grouping: .phase)),
                       named: "compare-by-phase.md")
    }

    @Test func csv() {
        Snapshot.check(Compare.render(evaluation, options: CompareOptions(format: .csv, grouping: .owner)),
                       named: "compare-by-owner.csv")
        Snapshot.check(Compare.render(evaluation, options: CompareOptions(language: .en, format: .csv)),
                       named: "compare-en.csv")
    }

    @Test(arguments: ["P1", "P2", "P3", "P10"])
    func memo(project: String) throws {
        let text = try Memo.render(evaluation, projectID: project, template: Memo.defaultTemplate, language: .da)
        Snapshot.check(text, named: "memo-\(project).md")
    }
}

/// The same portfolio with milestones, events, segments, a benefit profile and a history
/// (`Fixture.planned()`): the outputs of issues 12–14, reviewed line by line.
@Suite struct PlannedSnapshotTests {
    let evaluation = Fixture.planned()

    @Test(arguments: [60, 100])
    func dashboard(width: Int) {
        let text = Dashboard.render(evaluation, options: DashboardOptions(width: width))
        Snapshot.check(text, named: "planned-dashboard-\(width).txt")
        let drill = Dashboard.render(evaluation, options: DashboardOptions(width: width, project: "P1"))
        Snapshot.check(drill, named: "planned-project-P1-\(width).txt")
    }

    @Test func english() {
        Snapshot.check(Dashboard.render(evaluation, options: DashboardOptions(language: .en, width: 100)),
                       named: "planned-dashboard-100-en.txt")
        Snapshot.check(Dashboard.render(evaluation, options: DashboardOptions(language: .en, width: 100, project: "P1")),
                       named: "planned-project-P1-100-en.txt")
    }

    @Test func markdownCompareAndMemo() throws {
        Snapshot.check(Dashboard.render(evaluation, options: DashboardOptions(format: .markdown)), named: "planned-dashboard.md")
        Snapshot.check(Dashboard.render(evaluation, options: DashboardOptions(format: .markdown, project: "P1")),
                       named: "planned-project-P1.md")
        Snapshot.check(Compare.render(evaluation, options: CompareOptions(width: 160, grouping: .area)),
                       named: "planned-compare-by-area-160.txt")
        Snapshot.check(Compare.render(evaluation, options: CompareOptions(format: .markdown)), named: "planned-compare.md")
        Snapshot.check(Compare.render(evaluation, options: CompareOptions(format: .csv)), named: "planned-compare.csv")
        Snapshot.check(try Memo.render(evaluation, projectID: "P1"), named: "planned-memo-P1.md")
        Snapshot.check(try Memo.render(evaluation, projectID: "P3", template: Memo.englishTemplate, language: .en),
                       named: "planned-memo-P3-en.md")
    }
}
