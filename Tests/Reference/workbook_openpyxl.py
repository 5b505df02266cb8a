#!/usr/bin/env python3
"""Independent check of the Effekt workbook with openpyxl.

Usage: workbook_openpyxl.py REPORT.xlsx EVALUATION.json

Opens every sheet of the workbook `effekt report` wrote and compares key cells with the JSON
that `effekt evaluate` wrote for the same data and as-of date (Docs/effekt.evaluation.schema.json). Exits 1 listing every
mismatch; exits 0 with a message when called without arguments (the demo wiring supplies them).
"""
import datetime
import json
import math
import sys
import warnings

# Data bars carry an Excel 2010 extension that openpyxl does not read; it says so per sheet.
warnings.filterwarnings("ignore", message=".*extension is not supported.*")

LABELS = {
    "da": {
        "sheets": ["Overblik", "Kriterier", "Sammenligning", "Opfølgning", "Grafer", "Målinger", "Datakvalitet", "Metode"],
        "benefit": "Gevinstprofil", "spc": "SPC",
        "status": {"no_data": "Ingen data", "achieved": "Opnået", "missed": "Ikke nået", "on_track": "På rette spor",
                   "at_risk": "I risiko", "off_track": "Bagud"},
        "title": "Foreløbig effektvurdering",
        "yes": "Ja", "no": "Nej",
        "variation": {"improvement": "Særlig årsag: forbedring", "concern": "Særlig årsag: bekymring",
                      "common_cause": "Almindelig variation"},
        "side": {"high": " (høj)", "low": " (lav)"},
        "assurance": {"pass": "Målet nås stabilt", "fail": "Målet nås ikke uden ændring", "hit_and_miss": "Målet nås af og til"},
        "columns": {"score": "Score", "expected": "Forventet", "status": "Status", "change": "Ændring siden sidste kvartal",
                    "comparable": "Ændring for dem, der kan sammenlignes", "entered": "Nye i scoren",
                    "realized": "Realiseret kr.", "expected_value": "Forventet kr. nu", "planned": "Planlagt kr.",
                    "coverage": "Dækning", "reported": "Forrige kvartal, indberettet",
                    "restatement": "Genberegning (nu − indberettet)", "change_reported": "Ændring siden indberetning",
                    "baseline": "Baseline", "target": "Mål", "target_date": "Måldato", "measurements": "Målinger",
                    "latest": "Seneste værdi", "attainment": "Målopfyldelse", "due": "Næste måling senest",
                    "slope": "Hældning pr. dag", "p": "p-værdi", "tau": "Kendalls tau", "reach": "Prognose: når målet",
                    "signals": "SPC: signaler", "original_baseline": "Oprindelig baseline", "original_target": "Oprindeligt mål",
                    "original_target_date": "Oprindelig måldato", "milestones": "Antal delmål", "planned_now": "Planlagt nu"},
    },
    "en": {
        "sheets": ["Overview", "Criteria", "Comparison", "Follow-up", "Charts", "Measurements", "Data quality", "Method"],
        "benefit": "Benefit profile", "spc": "SPC",
        "status": {"no_data": "No data", "achieved": "Achieved", "missed": "Missed", "on_track": "On track",
                   "at_risk": "At risk", "off_track": "Off track"},
        "title": "Preliminary effect assessment",
        "yes": "Yes", "no": "No",
        "variation": {"improvement": "Special cause: improvement", "concern": "Special cause: concern",
                      "common_cause": "Common cause"},
        "side": {"high": " (high)", "low": " (low)"},
        "assurance": {"pass": "Consistently passes", "fail": "Consistently fails", "hit_and_miss": "Hit and miss"},
        "columns": {"score": "Score", "expected": "Expected", "status": "Status", "change": "Change since last quarter",
                    "comparable": "Change, comparable members", "entered": "New in the score",
                    "realized": "Realized DKK", "expected_value": "Expected DKK now", "planned": "Planned DKK",
                    "coverage": "Coverage", "reported": "Previous quarter, reported",
                    "restatement": "Restatement (now − reported)", "change_reported": "Change since the report",
                    "baseline": "Baseline", "target": "Target", "target_date": "Target date", "measurements": "Measurements",
                    "latest": "Latest value", "attainment": "Attainment", "due": "Next measurement due",
                    "slope": "Slope per day", "p": "p-value", "tau": "Kendall's tau", "reach": "Forecast: reach date",
                    "signals": "SPC: signals", "original_baseline": "Original baseline", "original_target": "Original target",
                    "original_target_date": "Original target date", "milestones": "Milestones", "planned_now": "Planned now"},
    },
}

# The order Docs/methodology.md applies the SPC rules in: a point's reading is the first that flags it.
RULE_ORDER = ["outside_limits", "trend", "two_of_three", "shift"]

FIRST_PROJECT_ROW = 20  # Overblik: header on row 19 (1-based), projects from row 20


class Checker:
    def __init__(self):
        self.problems = []
        self.checked = 0

    def equal(self, where, got, want):
        self.checked += 1
        if isinstance(want, float) or isinstance(got, float):
            if got is None or want is None:
                ok = got is None and want is None
            else:
                ok = math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=1e-12)
        else:
            ok = got == want
        if not ok:
            self.problems.append(f"{where}: workbook has {got!r}, JSON says {want!r}")


def as_iso(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def blank_to_none(value):
    return None if value == "" else value


def header_columns(ws, row):
    """Header text → column letter, so the checks follow the columns by name, not position."""
    from openpyxl.utils import get_column_letter
    out = {}
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.value not in out:
            out[cell.value] = get_column_letter(cell.column)
    return out


def skipped(part, key):
    print(f"workbook_openpyxl.py: skipped {part}: the JSON has no '{key}' key yet")


def check_benefit_profile(wb, ev, L, c):
    """Gevinstprofil: a (planned, realised) pair per year of the portfolio's profile, one row per
    project in JSON order, then the portfolio; blank where a project's year is absent or null."""
    if "benefit_profile" not in ev["portfolio"]:
        skipped("Gevinstprofil", "benefit_profile")
        return
    ws = wb[L["benefit"]]
    years = [b["year"] for b in ev["portfolio"]["benefit_profile"]]
    if not years:
        c.equal("Gevinstprofil!A4 (no profile)", isinstance(ws["A4"].value, str), True)
        return
    from openpyxl.utils import get_column_letter
    for j, y in enumerate(years):
        col = get_column_letter(3 + 2 * j)
        c.equal(f"Gevinstprofil!{col}4 (year)", str(ws[f"{col}4"].value).split(" ")[0], str(y))

    def row_check(r, profile, who):
        by_year = {b["year"]: b for b in profile or []}
        for j, y in enumerate(years):
            planned, realized = get_column_letter(3 + 2 * j), get_column_letter(4 + 2 * j)
            b = by_year.get(y)
            c.equal(f"Gevinstprofil!{planned}{r} ({who} {y} planned)", blank_to_none(ws[f"{planned}{r}"].value),
                    None if b is None else b.get("planned_value"))
            c.equal(f"Gevinstprofil!{realized}{r} ({who} {y} realised)", blank_to_none(ws[f"{realized}{r}"].value),
                    None if b is None else b.get("realized_value"))

    for i, p in enumerate(ev["projects"]):
        r = 6 + i
        c.equal(f"Gevinstprofil!A{r} (id)", ws[f"A{r}"].value, p["project_id"])
        if "benefit_profile" in p:
            row_check(r, p["benefit_profile"], p["project_id"])
    row_check(6 + len(ev["projects"]), ev["portfolio"]["benefit_profile"], "portfolio")


def check_spc(wb, ev, L, c):
    """SPC: one row per criterion with an `spc` object, in JSON order."""
    if L["spc"] not in wb.sheetnames:
        c.equal("sheet SPC", False, True)
        return
    ws = wb[L["spc"]]
    yes, no = L["yes"], L["no"]
    r = 5
    any_segments = any_spc = False
    for p in ev["projects"]:
        for k in p.get("criteria", []):
            spc = k.get("spc")
            if not spc:
                continue
            any_spc = True
            where = f"SPC!row {r} ({p['project_id']}/{k['criterion_id']})"
            c.equal(f"{where} project", ws[f"A{r}"].value, p["project_id"])
            c.equal(f"{where} criterion", ws[f"C{r}"].value, k["criterion_id"])
            # The last point of S (the baseline and the measurements used) is index `measurements`.
            last = [s for s in spc.get("signals", []) if s.get("index") == k["measurements"]]
            last.sort(key=lambda s: RULE_ORDER.index(s["rule"]))
            word = L["variation"][spc["variation"]]
            if spc["variation"] != "common_cause" and last and "side" in last[0]:
                word += L["side"][last[0]["side"]]
            c.equal(f"{where} variation", ws[f"E{r}"].value, word)
            assurance = spc.get("assurance")
            c.equal(f"{where} assurance", ws[f"F{r}"].value, L["assurance"][assurance] if assurance else None)
            c.equal(f"{where} points", ws[f"H{r}"].value, spc["points"])
            if "segments" in spc:
                any_segments = True
                segments = spc["segments"]
                c.equal(f"{where} segments", ws[f"I{r}"].value, max(len(segments), 1))
                if len(segments) > 1:
                    c.equal(f"{where} last recalculation", as_iso(ws[f"J{r}"].value), segments[-1]["start_date"])
                    if "reason" in segments[-1]:
                        c.equal(f"{where} reason", ws[f"K{r}"].value, segments[-1]["reason"])
            c.equal(f"{where} trial", ws[f"L{r}"].value, yes if spc["trial"] else no)
            c.equal(f"{where} mean", ws[f"M{r}"].value, spc["mean"])
            c.equal(f"{where} lower", ws[f"N{r}"].value, spc["lower_limit"])
            c.equal(f"{where} upper", ws[f"O{r}"].value, spc["upper_limit"])
            r += 1
    c.equal("SPC rows", r - 5, sum(1 for p in ev["projects"] for k in p.get("criteria", []) if k.get("spc")))
    c.equal("SPC first empty row", ws[f"A{r}"].value, None)
    if any_spc and not any_segments:
        skipped("SPC segments", "segments")


def main(argv):
    if len(argv) < 3:
        print("workbook_openpyxl.py: no workbook and JSON given; skipping (usage: REPORT.xlsx EVALUATION.json)")
        return 0
    try:
        import openpyxl
    except ImportError:
        print("workbook_openpyxl.py: openpyxl is not installed (pip install openpyxl)")
        return 1
    book_path, json_path = argv[1], argv[2]
    with open(json_path, encoding="utf-8") as f:
        ev = json.load(f)
    wb = openpyxl.load_workbook(book_path, data_only=False)
    c = Checker()

    lang = "en" if wb.sheetnames and wb.sheetnames[0] == "Overview" else "da"
    L = LABELS[lang]
    status = L["status"]

    # Every sheet opens and every row reads.
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    for name in L["sheets"] + [L["benefit"], L["spc"]]:
        if name == L["sheets"][5] and name not in wb.sheetnames:
            continue  # Målinger may be left out with --measurements-sheet none
        c.equal(f"sheet {name}", name in wb.sheetnames, True)

    # Overblik: header, portfolio, one row per project (JSON order = natural id order).
    ov = wb[L["sheets"][0]]
    c.equal("Overblik!A1", ov["A1"].value, L["title"])
    c.equal("Overblik!B3 (as-of)", as_iso(ov["B3"].value), ev["as_of"])
    org = ev.get("settings", {}).get("organisation")
    if org:
        c.equal("Overblik!A2", ov["A2"].value, org)
    pf = ev["portfolio"]
    col = header_columns(ov, FIRST_PROJECT_ROW - 1)
    C = L["columns"]

    def roll_up(r, obj, who):
        for key, name in [("score", "score"), ("expected", "expected"), ("realized_value", "realized"),
                          ("planned_value", "planned"), ("coverage", "coverage")]:
            c.equal(f"Overblik!{col[C[name]]}{r} ({who} {key})", ov[f"{col[C[name]]}{r}"].value, obj.get(key))
        c.equal(f"Overblik!{col[C['status']]}{r} ({who} status)", ov[f"{col[C['status']]}{r}"].value, status[obj["status"]])
        c.equal(f"Overblik!{col[C['change']]}{r} ({who} score change)", ov[f"{col[C['change']]}{r}"].value, obj.get("score_change"))
        if "expected_value" in obj:
            c.equal(f"Overblik!{col[C['expected_value']]}{r} ({who} expected value)",
                    ov[f"{col[C['expected_value']]}{r}"].value, obj.get("expected_value"))
        if "entered" in obj:
            entered = obj.get("entered") or 0
            c.equal(f"Overblik!{col[C['entered']]}{r} ({who} entered)", ov[f"{col[C['entered']]}{r}"].value,
                    entered if entered > 0 else None)
            c.equal(f"Overblik!{col[C['comparable']]}{r} ({who} comparable change)", ov[f"{col[C['comparable']]}{r}"].value,
                    obj.get("score_change_comparable") if entered > 0 else None)
        if C["reported"] in col:
            c.equal(f"Overblik!{col[C['reported']]}{r} ({who} reported previous)", ov[f"{col[C['reported']]}{r}"].value,
                    obj.get("reported_previous_score"))
            c.equal(f"Overblik!{col[C['restatement']]}{r} ({who} restatement)", ov[f"{col[C['restatement']]}{r}"].value,
                    obj.get("restatement"))
            c.equal(f"Overblik!{col[C['change_reported']]}{r} ({who} change since report)",
                    ov[f"{col[C['change_reported']]}{r}"].value, obj.get("score_change_reported"))

    c.equal("Overblik!B8 (projects)", ov["B8"].value, len(ev["projects"]))
    roll_up(8, pf, "portfolio")
    for i, p in enumerate(ev["projects"]):
        r = FIRST_PROJECT_ROW + i
        c.equal(f"Overblik!B{r} (id)", ov[f"B{r}"].value, p["project_id"])
        c.equal(f"Overblik!A{r} (name)", ov[f"A{r}"].value, p.get("name") or p["project_id"])
        roll_up(r, p, p["project_id"])

    # Kriterier: one row per criterion in the same order.
    kr = wb[L["sheets"][1]]
    kc = header_columns(kr, 1)

    def kcell(name, r):
        return kr[f"{kc[C[name]]}{r}"].value

    r = 2
    for p in ev["projects"]:
        for k in p.get("criteria", []):
            c.equal(f"Kriterier!A{r}", kr[f"A{r}"].value, p["project_id"])
            c.equal(f"Kriterier!C{r}", kr[f"C{r}"].value, k["criterion_id"])
            c.equal(f"Kriterier row {r} (baseline)", kcell("baseline", r), k["baseline"])
            c.equal(f"Kriterier row {r} (target)", kcell("target", r), k["target"])
            c.equal(f"Kriterier row {r} (target date)", as_iso(kcell("target_date", r)), k["target_date"])
            c.equal(f"Kriterier row {r} (measurements)", kcell("measurements", r), k["measurements"])
            c.equal(f"Kriterier row {r} (latest)", kcell("latest", r), k.get("latest_value"))
            c.equal(f"Kriterier row {r} (attainment)", kcell("attainment", r), k.get("attainment"))
            c.equal(f"Kriterier row {r} (expected)", kcell("expected", r), k.get("expected"))
            c.equal(f"Kriterier row {r} (status)", kcell("status", r), status[k["status"]])
            c.equal(f"Kriterier row {r} (due date)", as_iso(kcell("due", r)), k.get("due_date"))
            trend = k.get("trend") or {}
            c.equal(f"Kriterier row {r} (slope)", kcell("slope", r), trend.get("slope_per_day"))
            c.equal(f"Kriterier row {r} (p-value)", kcell("p", r), trend.get("p_value"))
            c.equal(f"Kriterier row {r} (tau)", kcell("tau", r), trend.get("tau"))
            fc = k.get("forecast") or {}
            c.equal(f"Kriterier row {r} (reach date)", as_iso(kcell("reach", r)), fc.get("reach_date"))
            spc = k.get("spc")
            if spc:
                c.equal(f"Kriterier row {r} (SPC signals)", kcell("signals", r), len(spc.get("signals", [])))
            if "expected_value" in k:
                c.equal(f"Kriterier row {r} (expected value)", kcell("expected_value", r), k.get("expected_value"))
            if "milestones" in k:
                c.equal(f"Kriterier row {r} (milestones)", kcell("milestones", r), len(k.get("milestones") or []))
            for key in ("original_baseline", "original_target"):
                if key in k:
                    c.equal(f"Kriterier row {r} ({key})", kcell(key, r), k.get(key))
            if "original_target_date" in k:
                c.equal(f"Kriterier row {r} (original target date)", as_iso(kcell("original_target_date", r)),
                        k.get("original_target_date"))
            r += 1
    c.equal("Kriterier rows", kr.max_row, r - 1 if r > 2 else kr.max_row)

    check_benefit_profile(wb, ev, L, c)
    check_spc(wb, ev, L, c)

    # Opfølgning: one row per finding.
    fu = wb[L["sheets"][3]]
    findings = sum(len(p.get("findings", [])) for p in ev["projects"])
    rows = sum(1 for row in fu.iter_rows(min_row=5, max_col=1, values_only=True) if row[0] is not None)
    c.equal("Opfølgning rows", rows, findings)

    # Målinger: the data rows match the accepted measurements unless the sheet says it is capped.
    if L["sheets"][5] in wb.sheetnames:
        parts = [n for n in wb.sheetnames if n == L["sheets"][5] or n.startswith(L["sheets"][5] + " (")]
        first = wb[parts[0]]
        capped = isinstance(first["J1"].value, str) and first["J1"].value.startswith(("Viser", "Shows"))
        accepted = sum(i["accepted"] for i in ev.get("inputs", []) if i["kind"] == "measurements")
        data_rows = sum(wb[n].max_row - 1 for n in parts)
        # Duplicate measurements (same criterion and day) count as accepted rows, but the import
        # may keep only the later one: either count is right.
        duplicates = sum(1 for d in ev.get("diagnostics", []) if d.get("code") == "duplicate_measurement")
        if not capped:
            want = data_rows if data_rows in (accepted, accepted - duplicates) else accepted
            c.equal("Målinger data rows", data_rows, want)

    # Datakvalitet: one row per input file, with its counts.
    dq = wb[L["sheets"][6]]
    for i, inp in enumerate(ev.get("inputs", [])):
        r = 5 + i
        c.equal(f"Datakvalitet!A{r}", dq[f"A{r}"].value, inp["file"])
        c.equal(f"Datakvalitet!F{r} (rows)", dq[f"F{r}"].value, inp["rows"])
        c.equal(f"Datakvalitet!G{r} (accepted)", dq[f"G{r}"].value, inp["accepted"])
        c.equal(f"Datakvalitet!H{r} (rejected)", dq[f"H{r}"].value, inp["rejected"])

    if c.problems:
        print(f"workbook_openpyxl.py: {len(c.problems)} of {c.checked} checks failed:")
        for p in c.problems:
            print("  " + p)
        return 1
    print(f"workbook_openpyxl.py: {c.checked} checks passed on {len(wb.sheetnames)} sheets of {book_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
