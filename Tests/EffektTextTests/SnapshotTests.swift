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
