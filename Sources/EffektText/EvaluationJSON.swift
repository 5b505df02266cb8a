import EffektModel
import EffektEvaluation

/// The evaluation JSON document (`effekt.evaluation/1`; its schema is Docs/effekt.evaluation.schema.json).
///
/// Hand-written rather than `JSONEncoder`: key order is the schema's, numbers are printed in their
/// shortest round-trip form (integral values without a fraction: `100`, not `100.0`), non-finite
/// numbers and absent values are `null`, and two runs give identical bytes. Pretty-printed with a
/// two-space indent and a final newline; an SPC signal is one line.
package enum EvaluationJSON {
    static let schema = "effekt.evaluation/1"

    package static func render(_ evaluation: Evaluation, compact: Bool = false) -> String {
        var w = JSONWriter(capacity: estimatedSize(evaluation), compact: compact)
        document(&w, evaluation)
        return w.out
    }

    /// Streams the same bytes as `render` to `chunk` a megabyte at a time, so a national
    /// document of hundreds of megabytes never sits in memory whole (nor twice, as String and Data).
    /// `progress` is told the projects written, a batch at a time. `compact`: no whitespace
    /// between tokens (a third fewer bytes on national data), for programs rather than people.
    package static func write(_ evaluation: Evaluation, compact: Bool = false, progress: ProgressCallback? = nil,
                             chunk: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(chunk) { chunk in
            var w = JSONWriter(capacity: 1 << 20, flush: chunk, compact: compact)
            document(&w, evaluation, progress: progress)
            w.flush()
        }
    }

    static func document(_ w: inout JSONWriter, _ evaluation: Evaluation, parallel: Bool = true,
                         progress: ProgressCallback? = nil) {
        w.beginObject()
        w.key("schema"); w.string(schema)
        w.key("as_of"); w.day(evaluation.asOf)
        w.key("settings"); settings(&w, evaluation.settings)
        w.key("inputs"); w.beginArray()
        for input in evaluation.inputs { w.element(); self.input(&w, input) }
        w.endArray()
        w.key("portfolio"); w.beginObject(); rollUp(&w, evaluation.portfolio); w.endObject()
        w.key("projects"); w.beginArray()
        projects(&w, evaluation.projects, parallel: parallel, progress: progress)
        w.endArray()
        w.key("diagnostics"); w.beginArray()
        for d in evaluation.diagnostics { w.element(); diagnostic(&w, d) }
        w.endArray()
        w.endObject()
        w.byte(0x0A)
    }

    /// Projects are rendered on every core, a batch at a time: each half of a batch goes into its
    /// own writer set to the same depth, and the halves are appended in order, so the bytes are
    /// those of a sequential run while memory stays bounded by the batch.
    static func projects(_ w: inout JSONWriter, _ projects: [ProjectEvaluation], parallel: Bool,
                         progress: ProgressCallback? = nil) {
        let batch = 512, compact = w.compact
        var start = 0
        while start < projects.count {
            let end = min(start + batch, projects.count)
            let slice = projects[start..<end]
            let first = start == 0
            let parts = ParallelMap.map(parallel ? 2 : 1, minimumPerChunk: 1) { k -> [UInt8] in
                let n = slice.count, parts = parallel ? 2 : 1
                let lower = slice.startIndex + n * k / parts, upper = slice.startIndex + n * (k + 1) / parts
                // Only the array's very first element goes without a comma (a half may be empty).
                // Room for the whole part up front: growing ten megabytes by doubling copies it twice over.
                let room = slice[lower..<upper].reduce(1 << 12) { $0 + estimatedSize($1) }
                var part = JSONWriter(capacity: room, openContainers: [false, first && lower == slice.startIndex],
                                      compact: compact)
                for p in slice[lower..<upper] { part.element(); project(&part, p) }
                return part.bytes
            }
            for bytes in parts { w.appendElements(bytes) }
            progress?(end - start)
            start = end
        }
    }

    /// A generous estimate of the document's size, so the buffer is allocated once rather than
    /// grown by doubling through hundreds of megabytes.
    static func estimatedSize(_ e: Evaluation) -> Int {
        4096 + 400 * (e.inputs.count + e.diagnostics.count) + e.projects.reduce(0) { $0 + estimatedSize($1) }
    }

    static func estimatedSize(_ p: ProjectEvaluation) -> Int {
        var size = 1600 + 200 * p.findings.count + 80 * p.rollUp.benefitProfile.count
        for e in p.events { size += 120 + e.text.utf8.count }
        for c in p.criteria {
            size += 3500 + 90 * (c.spc?.signals.count ?? 0) + 200 * (c.spc?.segments.count ?? 0)
                + 60 * c.milestones.count + c.criterion.name.utf8.count
        }
        return size
    }

    static func settings(_ w: inout JSONWriter, _ s: Settings) {
        w.beginObject()
        w.key("on_track_tolerance"); w.number(s.onTrackTolerance)
        w.key("at_risk_tolerance"); w.number(s.atRiskTolerance)
        w.key("alpha"); w.number(s.alpha)
        w.key("stale_factor"); w.number(s.staleFactor)
        w.key("spc_minimum_points"); w.int(s.spcMinimumPoints)
        w.key("forecast_horizon_years"); w.int(s.forecastHorizonYears)
        w.key("history_quarters"); w.int(s.historyQuarters)
        w.key("spc_fix_after"); w.int(s.spcFixAfter)
        w.key("organisation"); w.string(s.organisation)
        w.endObject()
    }

    static func input(_ w: inout JSONWriter, _ i: InputSummary) {
        w.beginObject()
        w.key("file"); w.string(i.file)
        w.key("kind"); w.string(i.kind.rawValue)
        w.key("encoding"); w.string(i.encoding)
        // The delimiter may be a tab: escaped, not stripped like control characters in data.
        w.key("delimiter"); w.escapedString(i.delimiter)
        w.key("decimal"); w.string(i.decimal)
        w.key("rows"); w.int(i.rows)
        w.key("accepted"); w.int(i.accepted)
        w.key("rejected"); w.int(i.rejected)
        w.endObject()
    }

    /// The keys shared by a project and the portfolio.
    static func rollUp(_ w: inout JSONWriter, _ r: RollUp) {
        w.key("score"); w.number(r.score)
        w.key("expected"); w.number(r.expected)
        w.key("gap"); w.number(r.gap)
        w.key("status"); w.string(r.status.rawValue)
        w.key("status_counts"); w.beginObject()
        for s in Status.allCases { w.key(text: s.rawValue); w.int(r.statusCounts[s] ?? 0) }
        w.endObject()
        w.key("coverage"); w.number(r.coverage)
        w.key("realized_value"); w.number(r.realizedValue)
        w.key("planned_value"); w.number(r.plannedValue)
        w.key("trend_score"); w.number(r.trendScore)
        w.key("score_change"); w.number(r.scoreChange)
        w.key("expected_value"); w.number(r.expectedValue)
        w.key("score_change_comparable"); w.number(r.scoreChangeComparable)
        w.key("entered"); w.int(r.entered)
        w.key("benefit_profile"); w.beginArray()
        for y in r.benefitProfile {
            w.element(); w.beginInlineObject()
            w.key("year"); w.int(y.year)
            w.key("planned_value"); w.number(y.plannedValue)
            w.key("realized_value"); w.number(y.realizedValue)
            w.endObject()
        }
        w.endArray()
        w.key("reported_previous_score"); w.number(r.reportedPreviousScore)
        w.key("score_change_reported"); w.number(r.scoreChangeReported)
        w.key("restatement"); w.number(r.restatement)
    }

    static func project(_ w: inout JSONWriter, _ p: ProjectEvaluation) {
        w.beginObject()
        w.key("project_id"); w.string(p.project.id)
        w.key("name"); w.string(p.project.name)
        w.key("owner"); w.string(p.project.owner)
        w.key("area"); w.string(p.project.area)
        w.key("phase"); w.string(p.project.phase?.rawValue)
        w.key("go_live"); w.day(p.project.goLive)
        rollUp(&w, p.rollUp)
        w.key("findings"); w.beginArray()
        for f in p.findings {
            w.element(); w.beginObject()
            w.key("code"); w.string(f.code.rawValue)
            w.key("category"); w.string(f.category?.rawValue)
            w.key("criterion_id"); w.string(f.criterionID)
            w.key("owner"); w.string(f.owner)
            w.key("due_date"); w.day(f.dueDate)
            w.endObject()
        }
        w.endArray()
        w.key("criteria"); w.beginArray()
        for c in p.criteria { w.element(); criterion(&w, c) }
        w.endArray()
        w.key("events"); w.beginArray()
        for e in p.events {
            w.element(); w.beginObject()
            w.key("date"); w.day(e.date)
            w.key("criterion_id"); w.string(e.criterionID)
            w.key("text"); w.string(e.text)
            w.key("recalculate"); w.bool(e.recalculate)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func criterion(_ w: inout JSONWriter, _ e: CriterionEvaluation) {
        let c = e.criterion
        w.beginObject()
        w.key("criterion_id"); w.string(c.id)
        w.key("name"); w.string(c.name)
        w.key("category"); w.string(c.category.rawValue)
        w.key("unit"); w.string(c.unit)
        w.key("direction"); w.string(c.direction.rawValue)
        w.key("owner"); w.string(c.owner)
        w.key("frequency"); w.string(c.frequency.rawValue)
        w.key("weight"); w.number(c.weight)
        w.key("baseline"); w.number(c.baseline)
        w.key("baseline_date"); w.day(c.baselineDate)
        w.key("target"); w.number(c.target)
        w.key("target_date"); w.day(c.targetDate)
        w.key("value_per_unit"); w.number(c.valuePerUnit)
        w.key("measurements"); w.int(e.measurements)
        w.key("latest_value"); w.number(e.latestValue)
        w.key("latest_date"); w.day(e.latestDate)
        w.key("attainment"); w.number(e.attainment)
        w.key("expected"); w.number(e.expected)
        w.key("gap"); w.number(e.gap)
        w.key("status"); w.string(e.status.rawValue)
        w.key("stale"); w.bool(e.stale)
        w.key("due_date"); w.day(e.dueDate)
        w.key("realized_value"); w.number(e.realizedValue)
        w.key("planned_value"); w.number(e.plannedValue)
        w.key("expected_value"); w.number(e.expectedValue)
        w.key("original_baseline"); w.number(e.originalBaseline)
        w.key("original_target"); w.number(e.originalTarget)
        w.key("original_target_date"); w.day(e.originalTargetDate)
        w.key("milestones"); w.beginArray()
        for m in e.milestones {
            w.element(); w.beginInlineObject()
            w.key("date"); w.day(m.date)
            w.key("value"); w.number(m.value)
            w.endObject()
        }
        w.endArray()

        let t = e.trend
        w.key("trend"); w.beginObject()
        w.key("points"); w.int(t.points)
        w.key("slope_per_day"); w.number(t.slopePerDay)
        w.key("intercept"); w.number(t.intercept)
        w.key("s"); w.number(t.s)
        w.key("var_s"); w.number(t.varS)
        w.key("z"); w.number(t.z)
        w.key("p_value"); w.number(t.pValue)
        w.key("tau"); w.number(t.tau)
        w.key("classification"); w.string(t.classification.rawValue)
        w.key("score"); w.number(t.score)
        w.endObject()

        let f = e.forecast
        w.key("forecast"); w.beginObject()
        w.key("value_at_target_date"); w.number(f.valueAtTargetDate)
        w.key("attainment_at_target_date"); w.number(f.attainmentAtTargetDate)
        w.key("reach_date"); w.day(f.reachDate)
        w.key("state"); w.string(f.state.rawValue)
        w.key("on_course"); w.bool(f.onCourse)
        w.endObject()

        w.key("spc")
        if let s = e.spc {
            w.beginObject()
            w.key("points"); w.int(s.points)
            w.key("mean"); w.number(s.mean)
            w.key("mr_bar"); w.number(s.mrBar)
            w.key("upper_limit"); w.number(s.upperLimit)
            w.key("lower_limit"); w.number(s.lowerLimit)
            w.key("trial"); w.bool(s.trial)
            w.key("signals"); w.beginArray()
            // One line per signal: a national document holds over half a million of them, and
            // six lines each made up a third of its bytes.
            for g in s.signals {
                w.element(); w.beginInlineObject()
                w.key("rule"); w.string(g.rule.rawValue)
                w.key("index"); w.int(g.index)
                w.key("date"); w.day(g.date)
                w.key("side"); w.string(g.side.rawValue)
                w.endObject()
            }
            w.endArray()
            w.key("variation"); w.string(s.variation.rawValue)
            w.key("assurance"); w.string(s.assurance?.rawValue)
            w.key("segments"); w.beginArray()
            for g in s.segments {
                w.element(); w.beginInlineObject()
                w.key("start_index"); w.int(g.startIndex)
                w.key("start_date"); w.day(g.startDate)
                w.key("points"); w.int(g.points)
                w.key("charted"); w.bool(g.charted)
                w.key("mean"); w.number(g.mean)
                w.key("mr_bar"); w.number(g.mrBar)
                w.key("upper_limit"); w.number(g.upperLimit)
                w.key("lower_limit"); w.number(g.lowerLimit)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        } else {
            w.null()
        }
        w.endObject()
    }

    static func diagnostic(_ w: inout JSONWriter, _ d: Diagnostic) {
        w.beginObject()
        w.key("severity"); w.string(d.severity.rawValue)
        w.key("file"); w.string(d.file)
        w.key("line"); w.int(d.line)
        w.key("column"); w.string(d.column)
        w.key("code"); w.string(d.code.rawValue)
        w.key("message"); w.string(d.message)
        w.endObject()
    }
}
