#!/usr/bin/env python3
"""Independent reference for Docs/history.md (the history) and the `target_changed`/`restated` findings
of Docs/methodology.md, on the real binary.

Written from the documentation and Docs/history.md alone (not from Sources/EffektEvaluation or
Sources/EffektHistory). It plays a controller's year: copies Fixtures/kommune-da to a temporary
folder, runs the quarterly routine of Docs/history.md for 2026Q1 and 2026Q2 (check → record, and
keeps what `effekt evaluate` said at each quarter's end as "what was reported"), then edits the
CSV files the way a controller would (a revised Q1 value, a moved target, target date and
baseline, a new criterion with measurements, a Q3 measurement) byte by byte in their own encoding
(Windows-1252, ';', decimal comma, CRLF), and checks every history figure `effekt evaluate`
writes against values computed here from the kept reports and a fresh evaluation of today's data
at A′:

    reported_previous_score  the project's (portfolio's) score in the reported report of the
                             quarter holding A′ (the latest non-superseded one)
    score_change_reported    score − reported_previous_score
    restatement              score of today's data at A′ − reported, when |·| > 0.0005
    original_*               the criterion's baseline, target, target date in the earliest
                             reported report that holds it
    findings                 target_changed per changed criterion, restated per restated project

Then it records 2026Q3 (whose report is the first to hold the new criterion), records 2026Q2
again (refused: exit 64, file unchanged) and with `--replace` (the earlier one listed superseded,
the figures following the new one), and checks that `effekt history --format json` lists every
report with the SHA-256 of what `evaluate --compact` wrote just before `record` (Docs/history.md:
"byte for byte"), that `--no-history` gives null figures and changes nothing else, and that two
evaluations give the same bytes. The dashboard's history wording is checked last, as warnings only
(Docs/dashboard.md does not describe it yet).

    history_reference.py [BINARY]      default .build/debug/effekt

Prints "N figures compared, M differ" per run; exit 1 on any difference.
"""
import datetime as dt
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "Fixtures", "kommune-da")
REL_TOL = 1e-9
ABS_TOL = 1e-12          # scores live in [0, 1]; a true zero compares with this floor
RESTATEMENT_MIN = 0.0005  # Docs/history.md: a restatement is reported when |·| exceeds this

HISTORY_CODES = ("target_changed", "restated")
failures = []   # every difference, across runs (the exit status)
warnings = []


def fail(message):
    failures.append(message)
    print("  DIFF " + message)


# ---------------------------------------------------------------- running the binary

class Effekt:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.workdir = workdir   # cwd, so that nothing lands in the repository

    def run(self, *args, recorded_at=None, expect=(0,)):
        env = dict(os.environ)
        env.pop("SOURCE_DATE_EPOCH", None)
        if recorded_at is not None:
            # `record` stamps its time from SOURCE_DATE_EPOCH when set: the run is hermetic.
            env["SOURCE_DATE_EPOCH"] = str(int(recorded_at.replace(tzinfo=dt.timezone.utc).timestamp()))
        proc = subprocess.run([self.binary, *args], cwd=self.workdir, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode not in expect:
            raise SystemExit("effekt %s: exit %d (expected %s)\n%s" % (
                " ".join(args), proc.returncode, expect, proc.stderr.decode("utf-8", "replace")))
        return proc

    def evaluate(self, folder, as_of, *extra):
        out = self.run("evaluate", folder, "--as-of", as_of, "-q", *extra).stdout
        return out, json.loads(out)

    def history(self, folder):
        return json.loads(self.run("history", folder, "--format", "json").stdout)


# ---------------------------------------------------------------- dates and ids

def day(text):
    return dt.date.fromisoformat(text)


def quarter_of(date):
    return "%dQ%d" % (date.year, (date.month - 1) // 3 + 1)


def previous_quarter_end(as_of):
    """A′ of Docs/methodology.md: the last day of the quarter before the one holding A."""
    first_month = 3 * ((as_of.month - 1) // 3) + 1
    return dt.date(as_of.year, first_month, 1) - dt.timedelta(days=1)


def natural(text):
    if text is None:
        return ()
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.findall(r"\d+|\D+", text))


# ---------------------------------------------------------------- editing CSV bytes like a controller

class CSVFile:
    """A Windows-1252, ';'-separated, CRLF file edited field by field: every byte not edited stays."""

    def __init__(self, path):
        self.path = path
        raw = open(path, "rb").read()
        assert raw.endswith(b"\r\n") and b"\r\n" in raw, path
        self.lines = raw[:-2].split(b"\r\n")

    def set_field(self, key, column, new_text):
        """Replaces field `column` of the one line whose first fields are `key`; returns the old text."""
        prefix = ";".join(key).encode("cp1252") + b";"
        hits = [i for i, line in enumerate(self.lines) if line.startswith(prefix)]
        assert len(hits) == 1, (self.path, key, len(hits))
        fields = self.lines[hits[0]].split(b";")
        old = fields[column].decode("cp1252")
        fields[column] = new_text.encode("cp1252")
        self.lines[hits[0]] = b";".join(fields)
        return old

    def append(self, *rows):
        self.lines.extend(row.encode("cp1252") for row in rows)

    def save(self):
        with open(self.path, "wb") as f:
            f.write(b"\r\n".join(self.lines) + b"\r\n")


# ---------------------------------------------------------------- comparing

class Run:
    def __init__(self, label):
        self.label = label
        self.compared = 0
        self.differ = 0

    def same(self, where, actual, expected):
        self.compared += 1
        if isinstance(expected, (int, float)) and not isinstance(expected, bool) \
                and isinstance(actual, (int, float)) and not isinstance(actual, bool):
            ok = math.isclose(actual, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL)
        else:
            ok = actual == expected
        if not ok:
            self.differ += 1
            fail("%s: %s is %r, reference %r" % (self.label, where, actual, expected))
        return ok

    def done(self):
        print("%s: %d figures compared, %d differ" % (self.label, self.compared, self.differ))


# ---------------------------------------------------------------- the reference (Docs/history.md)

class Reports:
    """The stored reports, in recording order, each with what `evaluate` said when it was recorded."""

    def __init__(self):
        self.items = []   # dicts: quarter, as_of, evaluation (parsed JSON), superseded

    def add(self, quarter, as_of, evaluation):
        self.items.append({"quarter": quarter, "as_of": as_of, "evaluation": evaluation,
                           "superseded": False})

    def replace(self, quarter, as_of, evaluation):
        for item in self.items:
            if item["quarter"] == quarter:
                item["superseded"] = True
        self.add(quarter, as_of, evaluation)

    def reported(self, quarter):
        """The reported report of a quarter: its latest non-superseded one."""
        live = [r for r in self.items if r["quarter"] == quarter and not r["superseded"]]
        return live[-1]["evaluation"] if live else None

    def reported_in_quarter_order(self):
        quarters = sorted({r["quarter"] for r in self.items})
        return [(q, self.reported(q)) for q in quarters if self.reported(q) is not None]


def project_map(evaluation):
    return {p["project_id"]: p for p in evaluation["projects"]}


def originals(reports, project_id, criterion_id):
    for _, evaluation in reports.reported_in_quarter_order():
        project = project_map(evaluation).get(project_id)
        if project is None:
            continue
        for c in project["criteria"]:
            if c["criterion_id"] == criterion_id:
                return c["baseline"], c["target"], c["target_date"]
    return None, None, None


def expected_rollup(score, reported_score, recomputed):
    """(reported_previous_score, score_change_reported, restatement) of one project or the portfolio."""
    change = None if score is None or reported_score is None else score - reported_score
    restatement = None
    if recomputed is not None and reported_score is not None:
        difference = recomputed - reported_score
        if abs(difference) > RESTATEMENT_MIN:
            restatement = difference
    return reported_score, change, restatement


def finding_key(finding):
    due = finding["due_date"]
    return (due is None, due or "", finding["code"], natural(finding["criterion_id"]))


def check_history_figures(label, effekt, folder, as_of_text, reports, expect_restated=(),
                          expect_unrestated=(), expect_changed=()):
    """Evaluates at A with the history and compares every history figure with the reference."""
    run = Run(label)
    as_of = day(as_of_text)
    prime = previous_quarter_end(as_of)
    _, today = effekt.evaluate(folder, as_of_text)
    _, recomputed = effekt.evaluate(folder, prime.isoformat(), "--no-history")
    _, plain = effekt.evaluate(folder, as_of_text, "--no-history")
    reported = reports.reported(quarter_of(prime))
    reported_projects = project_map(reported) if reported else {}
    recomputed_projects = project_map(recomputed)
    plain_projects = project_map(plain)
    restatements = {}
    changed = []

    rps = reported["portfolio"]["score"] if reported else None
    want = expected_rollup(today["portfolio"]["score"], rps, recomputed["portfolio"]["score"])
    for key, value in zip(("reported_previous_score", "score_change_reported", "restatement"), want):
        run.same("portfolio." + key, today["portfolio"].get(key, "<missing>"), value)
    restatements["portfolio"] = want[2]

    for project in today["projects"]:
        pid = project["project_id"]
        old = reported_projects.get(pid)
        again = recomputed_projects.get(pid)
        want = expected_rollup(project["score"], old["score"] if old else None,
                               again["score"] if again else None)
        for key, value in zip(("reported_previous_score", "score_change_reported", "restatement"), want):
            run.same("%s.%s" % (pid, key), project.get(key, "<missing>"), value)
        restatements[pid] = want[2]

        expected_findings = []
        for c in project["criteria"]:
            cid = c["criterion_id"]
            base, target, target_date = originals(reports, pid, cid)
            run.same("%s.%s.original_baseline" % (pid, cid), c.get("original_baseline", "<missing>"), base)
            run.same("%s.%s.original_target" % (pid, cid), c.get("original_target", "<missing>"), target)
            run.same("%s.%s.original_target_date" % (pid, cid),
                     c.get("original_target_date", "<missing>"), target_date)
            if target_date is not None and (
                    not math.isclose(c["baseline"], base, rel_tol=REL_TOL, abs_tol=ABS_TOL)
                    or not math.isclose(c["target"], target, rel_tol=REL_TOL, abs_tol=ABS_TOL)
                    or c["target_date"] != target_date):
                changed.append((pid, cid))
                expected_findings.append({"code": "target_changed", "category": c["category"],
                                          "criterion_id": cid, "owner": c["owner"], "due_date": None})
        if want[2] is not None:
            expected_findings.append({"code": "restated", "category": None, "criterion_id": None,
                                      "owner": project["owner"], "due_date": None})

        # The history's findings, in the documented order among themselves …
        expected_findings.sort(key=finding_key)
        actual = [f for f in project["findings"] if f["code"] in HISTORY_CODES]
        run.same("%s.findings(history) count" % pid, len(actual), len(expected_findings))
        for i, (a, e) in enumerate(zip(actual, expected_findings)):
            for key in ("code", "category", "criterion_id", "owner", "due_date"):
                run.same("%s.findings(history)[%d].%s" % (pid, i, key), a.get(key, "<missing>"), e[key])
        # … the others exactly those without the history, and the whole list in the documented order.
        others = [f for f in project["findings"] if f["code"] not in HISTORY_CODES]
        run.same("%s.findings(other) = --no-history findings" % pid, others,
                 plain_projects[pid]["findings"])
        run.same("%s.findings ordered (due, code text, criterion)" % pid,
                 [finding_key(f) for f in project["findings"]],
                 sorted(finding_key(f) for f in project["findings"]))

    # The scenario must exercise what it claims to (else the check proves little).
    for pid in expect_restated:
        if restatements.get(pid) is None:
            fail("%s: scenario expected a restatement for %s; the reference has none" % (label, pid))
    for pid in expect_unrestated:
        if restatements.get(pid) is not None:
            fail("%s: scenario expected no restatement for %s; the reference has %r"
                 % (label, pid, restatements[pid]))
    if sorted(changed) != sorted(expect_changed):
        fail("%s: scenario expected target_changed for %s; the reference has %s"
             % (label, sorted(expect_changed), sorted(changed)))
    run.done()
    return today, restatements


# ---------------------------------------------------------------- the controller's year

def record(effekt, folder, quarter, as_of, recorded_at, reports, replace=False):
    """Docs/history.md step 1–2: check, then record; keeps what evaluate says as the report."""
    effekt.run("check", folder, "-q")
    compact = effekt.run("evaluate", folder, "--as-of", as_of, "--compact", "-q").stdout
    args = ["record", folder, "--quarter", quarter, "-q"] + (["--replace"] if replace else [])
    effekt.run(*args, recorded_at=recorded_at)
    evaluation = json.loads(compact)
    (reports.replace if replace else reports.add)(quarter, as_of, evaluation)
    return hashlib.sha256(compact).hexdigest()


def check_listing(label, effekt, folder, reports, hashes):
    """`effekt history --format json` against what was recorded (superseded, score, hash). The
    listing is in quarter order, a quarter's reports in recording order (as Docs/history.md shows)."""
    run = Run(label)
    listing = effekt.history(folder)["reports"]
    # Whether a later quarter was already recorded when each report was: Docs/history.md says a
    # report is evaluated against the reports of earlier quarters only (a corrected 2026Q2 cannot
    # know of a 2026Q3 recorded before it), so then `evaluate --compact` just before `record`,
    # which reads every report, may differ in a criterion's originals.
    later_known = [any(earlier["quarter"] > item["quarter"] for earlier in reports.items[:k])
                   for k, item in enumerate(reports.items)]
    mine = sorted(zip(reports.items, hashes, later_known), key=lambda pair: pair[0]["quarter"])  # stable
    run.same("number of reports", len(listing), len(mine))
    for i, (entry, (item, digest, later)) in enumerate(zip(listing, mine)):
        run.same("report[%d].quarter" % i, entry.get("quarter"), item["quarter"])
        run.same("report[%d].as_of" % i, entry.get("as_of"), item["as_of"])
        run.same("report[%d].superseded" % i, entry.get("superseded"), item["superseded"])
        run.same("report[%d].portfolio_score" % i, entry.get("portfolio_score"),
                 item["evaluation"]["portfolio"]["score"])
        # Docs/history.md: the stored evaluation is "byte for byte" what `evaluate --compact` writes
        # (run here just before `record`, on the same data and history).
        if later:
            print("  note: report[%d] (%s) was recorded after a later quarter; its stored evaluation reads "
                  "only earlier quarters' reports, so it is not compared with evaluate's bytes" % (i, item["quarter"]))
            continue
        run.same("report[%d] (%s) evaluation_sha256 = sha256(evaluate --compact just before record)"
                 % (i, item["quarter"]), entry.get("evaluation_sha256"), digest)
    run.done()


# The criteria edit_like_a_controller moves (the new P05 K7 has no original, so no finding).
CHANGED = (("P02", "K4"), ("P03", "K3"), ("P06", "K3"))


def edit_like_a_controller(folder):
    """The data changes of a real quarter. Returns nothing; the checks find their effects."""
    criteria = CSVFile(os.path.join(folder, "kriterier.csv"))
    # columns: 0 project, 1 criterion, …, 6 baseline, 7 baseline date, 8 target, 9 target date
    assert criteria.set_field(("P02", "K4"), 8, "460") == "420"               # a moved target
    assert criteria.set_field(("P03", "K3"), 9, "30-06-2027") == "31-12-2026"  # a moved target date
    assert criteria.set_field(("P06", "K3"), 6, "10.000") == "9.800"          # a moved baseline
    criteria.append("P05;K7;Genindlæggelser efter skærmbesøg pr. kvartal;Gevinst;antal;Reducere;"
                    "40;01-01-2025;25;31-12-2026;Tom Riis;Kvartalsvis;1;")   # a new criterion
    criteria.save()

    measurements = CSVFile(os.path.join(folder, "maalinger.csv"))
    # A revised Q1 value: P07's rykkergebyrer for 1st quarter were 21.035 kr., not 19.035 kr.
    assert measurements.set_field(("P07", "K3", "31-03-2026"), 3, "21.035") == "19.035"
    # A revision too small to be a restatement: 2 kr. of 87.000 kr. planned, weight 3 of 7.
    assert measurements.set_field(("P04", "K4", "marts 2026"), 3, "119.360") == "119.358"
    measurements.append("P05;K7;1. kvt. 2026;36;",
                        "P05;K7;2. kvt. 2026;33;Tal fra sundhedsdatastyrelsen",
                        "P05;K7;3. kvt. 2026;31;",
                        "P03;K5;15-08-2026;3,6;Måling i 3. kvartal")        # a Q3 measurement
    measurements.save()


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "effekt"))
    if not os.access(binary, os.X_OK):
        raise SystemExit("no effekt binary at %s (swift build first)" % binary)
    work = tempfile.mkdtemp(prefix="effekt-history-ref-")
    try:
        folder = os.path.join(work, "data")
        shutil.copytree(FIXTURE, folder)
        effekt = Effekt(binary, work)
        history_file = os.path.join(folder, "effekt-historik.sqlite")
        reports = Reports()
        hashes = []

        # ── the routine of Docs/history.md, two quarters, data as shipped
        hashes.append(record(effekt, folder, "2026Q1", "2026-03-31", dt.datetime(2026, 4, 7, 9, 30), reports))
        hashes.append(record(effekt, folder, "2026Q2", "2026-06-30", dt.datetime(2026, 7, 7, 10, 3, 12), reports))
        check_listing("history listing after 2026Q1, 2026Q2", effekt, folder, reports, hashes)
        check_history_figures("unchanged data, as of 2026-09-30", effekt, folder, "2026-09-30", reports,
                              expect_unrestated=("P01", "P02", "P05", "P06", "P07", "portfolio"))

        # ── the controller changes data; check accepts every edited row in its own encoding
        edit_like_a_controller(folder)
        checked = effekt.run("check", folder)
        if checked.returncode != 0:
            fail("check after the edits: %s" % checked.stdout.decode("utf-8", "replace"))
        _, plain = effekt.evaluate(folder, "2026-09-30", "--no-history")
        for entry in plain["inputs"]:
            if entry["kind"] in ("criteria", "measurements") and (
                    entry["encoding"] != "windows-1252" or entry["decimal"] != "," or entry["rejected"]):
                fail("edited %s read as %r" % (entry["file"], entry))

        today, _ = check_history_figures(
            "after the edits, as of 2026-09-30", effekt, folder, "2026-09-30", reports,
            expect_restated=("P02", "P05", "P06", "portfolio"), expect_unrestated=("P03", "P04", "P07"),
            expect_changed=CHANGED)
        check_history_figures(
            "after the edits, as of 2026-06-30", effekt, folder, "2026-06-30", reports,
            expect_restated=("P02", "P05", "P06", "P07", "portfolio"), expect_unrestated=("P03", "P04"),
            expect_changed=CHANGED)

        # ── the routine goes on: 2026Q3 recorded. The new criterion P05 K7 is first held by it, a
        # report after the 2026-06-30 evaluation: Docs/history.md takes the earliest reported report that
        # holds a criterion, with no bound by A.
        hashes.append(record(effekt, folder, "2026Q3", "2026-09-30", dt.datetime(2026, 10, 6, 9, 0), reports))
        check_listing("history listing after 2026Q3", effekt, folder, reports, hashes)
        check_history_figures("after 2026Q3, as of 2026-09-30", effekt, folder, "2026-09-30", reports,
                              expect_restated=("P02", "P05", "P06", "portfolio"), expect_changed=CHANGED)
        check_history_figures("after 2026Q3, as of 2026-06-30", effekt, folder, "2026-06-30", reports,
                              expect_restated=("P02", "P05", "P06", "P07", "portfolio"), expect_changed=CHANGED)

        # ── Docs/history.md: the same quarter again is refused and the file is untouched
        before = open(history_file, "rb").read()
        sidecars = sorted(os.listdir(folder))
        refused = effekt.run("record", folder, "--quarter", "2026Q2", "-q",
                             recorded_at=dt.datetime(2026, 10, 6, 10, 0), expect=(0, 1, 64, 65, 74))
        run = Run("record 2026Q2 again without --replace")
        run.same("exit status", refused.returncode, 64)
        run.same("history file bytes unchanged", open(history_file, "rb").read() == before, True)
        run.same("files in the folder unchanged", sorted(os.listdir(folder)), sidecars)
        run.done()

        # ── --replace: the earlier report stays, superseded; the figures follow the new one (which
        # now holds P05 K7, so its originals come from 2026Q2, no longer 2026Q3)
        hashes.append(record(effekt, folder, "2026Q2", "2026-06-30", dt.datetime(2026, 10, 6, 10, 5),
                             reports, replace=True))
        check_listing("history listing after --replace", effekt, folder, reports, hashes)
        check_history_figures("after --replace 2026Q2, as of 2026-09-30", effekt, folder, "2026-09-30", reports,
                              expect_unrestated=("P02", "P05", "P06", "P07", "portfolio"), expect_changed=CHANGED)
        check_history_figures("after --replace 2026Q2, as of 2026-06-30", effekt, folder, "2026-06-30", reports,
                              expect_restated=("P02", "P05", "P06", "P07", "portfolio"), expect_changed=CHANGED)

        check_no_history_and_bytes(effekt, folder)
        check_dashboard(effekt, folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for w in warnings:
        print("WARNING: " + w)
    if failures:
        print("history_reference: %d differences" % len(failures))
        return 1
    print("history_reference: every figure agrees")
    return 0


HISTORY_PROJECT_KEYS = ("reported_previous_score", "score_change_reported", "restatement")
HISTORY_CRITERION_KEYS = ("original_baseline", "original_target", "original_target_date")


def strip_history(evaluation):
    """The evaluation without its history figures and findings (they are what the history adds)."""
    copy = json.loads(json.dumps(evaluation))
    for key in HISTORY_PROJECT_KEYS:
        copy["portfolio"].pop(key, None)
    for p in copy["projects"]:
        for key in HISTORY_PROJECT_KEYS:
            p.pop(key, None)
        p["findings"] = [f for f in p["findings"] if f["code"] not in HISTORY_CODES]
        for c in p["criteria"]:
            for key in HISTORY_CRITERION_KEYS:
                c.pop(key, None)
    return copy


def check_no_history_and_bytes(effekt, folder):
    run = Run("--no-history and reproducibility, as of 2026-09-30")
    first, with_history = effekt.evaluate(folder, "2026-09-30")
    second, _ = effekt.evaluate(folder, "2026-09-30")
    run.same("evaluate with the history twice: identical bytes", first == second, True)
    _, without = effekt.evaluate(folder, "2026-09-30", "--no-history")
    for key in HISTORY_PROJECT_KEYS:
        run.same("portfolio.%s (--no-history)" % key, without["portfolio"].get(key, "<missing>"), None)
    for p in without["projects"]:
        for key in HISTORY_PROJECT_KEYS:
            run.same("%s.%s (--no-history)" % (p["project_id"], key), p.get(key, "<missing>"), None)
        run.same("%s history findings (--no-history)" % p["project_id"],
                 [f["code"] for f in p["findings"] if f["code"] in HISTORY_CODES], [])
        for c in p["criteria"]:
            for key in HISTORY_CRITERION_KEYS:
                run.same("%s.%s.%s (--no-history)" % (p["project_id"], c["criterion_id"], key),
                         c.get(key, "<missing>"), None)
    # The history adds figures; it changes none of the others.
    run.same("everything else equal with and without the history",
             strip_history(with_history) == strip_history(without), True)
    run.done()


def check_dashboard(effekt, folder):
    """The dashboard with the history. Docs/dashboard.md names no wording for it yet, so what is
    missing here is a warning, not a failure: (1) a restated project is mentioned, (2) the change
    column shows the change since the *reported* quarter, as Docs/history.md step 3 says."""
    _, evaluation = effekt.evaluate(folder, "2026-06-30")
    projects = project_map(evaluation)
    restated = [pid for pid, p in projects.items() if p.get("restatement") is not None]
    if not restated:
        fail("dashboard check: the scenario has no restated project at 2026-06-30")
        return
    text = effekt.run("dashboard", folder, "--quarter", "2026Q2", "--color", "never", "--width", "120").stdout \
        .decode("utf-8")
    for pid in restated:
        view = effekt.run("dashboard", folder, "--quarter", "2026Q2", "--project", pid, "--color", "never") \
            .stdout.decode("utf-8")
        if not re.search(r"genberegn|restat", view, re.IGNORECASE):
            warnings.append("dashboard --project %s (restated by %+.1f pp) mentions no restatement"
                            % (pid, 100 * projects[pid]["restatement"]))
    # The projects table: "P02  Name …  Status  63 %  ████  ▼ 6 pp  sparkline …"
    for line in text.splitlines():
        row = re.match(r"\s+(P\d+)\s.*?\s([▲▼=])\s(\d+) pp", line)
        if not row or row.group(1) not in restated:
            continue
        shown = int(row.group(3)) * {"▲": 1, "▼": -1, "=": 0}[row.group(2)]
        project = projects[row.group(1)]
        reported, plain = 100 * project["score_change_reported"], 100 * project["score_change"]
        if abs(shown - reported) > 0.5 + 1e-9:
            warnings.append("dashboard: %s shows %+d pp; the change since the reported quarter is %+.2f pp "
                            "(Docs/history.md step 3), the change against today's recomputation %+.2f pp"
                            % (row.group(1), shown, reported, plain))


if __name__ == "__main__":
    sys.exit(main())
