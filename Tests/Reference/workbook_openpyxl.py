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
        "status": {"no_data": "Ingen data", "achieved": "Opnået", "missed": "Ikke nået", "on_track": "På rette spor",
                   "at_risk": "I risiko", "off_track": "Bagud"},
        "title": "Foreløbig effektvurdering",
    },
    "en": {
        "sheets": ["Overview", "Criteria", "Comparison", "Follow-up", "Charts", "Measurements", "Data quality", "Method"],
        "status": {"no_data": "No data", "achieved": "Achieved", "missed": "Missed", "on_track": "On track",
                   "at_risk": "At risk", "off_track": "Off track"},
        "title": "Preliminary effect assessment",
    },
}

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
    for name in L["sheets"]:
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
    c.equal("Overblik!B8 (projects)", ov["B8"].value, len(ev["projects"]))
    c.equal("Overblik!F8 (portfolio score)", ov["F8"].value, pf.get("score"))
    c.equal("Overblik!G8 (portfolio expected)", ov["G8"].value, pf.get("expected"))
    c.equal("Overblik!H8 (portfolio status)", ov["H8"].value, status[pf["status"]])
    c.equal("Overblik!K8 (realized)", ov["K8"].value, pf.get("realized_value"))
    c.equal("Overblik!L8 (planned)", ov["L8"].value, pf.get("planned_value"))
    c.equal("Overblik!N8 (coverage)", ov["N8"].value, pf.get("coverage"))
    for i, p in enumerate(ev["projects"]):
        r = FIRST_PROJECT_ROW + i
        c.equal(f"Overblik!B{r} (id)", ov[f"B{r}"].value, p["project_id"])
        c.equal(f"Overblik!A{r} (name)", ov[f"A{r}"].value, p.get("name") or p["project_id"])
        c.equal(f"Overblik!F{r} (score)", ov[f"F{r}"].value, p.get("score"))
        c.equal(f"Overblik!G{r} (expected)", ov[f"G{r}"].value, p.get("expected"))
        c.equal(f"Overblik!H{r} (status)", ov[f"H{r}"].value, status[p["status"]])
        c.equal(f"Overblik!I{r} (score change)", ov[f"I{r}"].value, p.get("score_change"))
        c.equal(f"Overblik!K{r} (realized)", ov[f"K{r}"].value, p.get("realized_value"))
        c.equal(f"Overblik!L{r} (planned)", ov[f"L{r}"].value, p.get("planned_value"))
        c.equal(f"Overblik!N{r} (coverage)", ov[f"N{r}"].value, p.get("coverage"))

    # Kriterier: one row per criterion in the same order.
    kr = wb[L["sheets"][1]]
    r = 2
    for p in ev["projects"]:
        for k in p.get("criteria", []):
            c.equal(f"Kriterier!A{r}", kr[f"A{r}"].value, p["project_id"])
            c.equal(f"Kriterier!C{r}", kr[f"C{r}"].value, k["criterion_id"])
            c.equal(f"Kriterier!K{r} (baseline)", kr[f"K{r}"].value, k["baseline"])
            c.equal(f"Kriterier!M{r} (target)", kr[f"M{r}"].value, k["target"])
            c.equal(f"Kriterier!N{r} (target date)", as_iso(kr[f"N{r}"].value), k["target_date"])
            c.equal(f"Kriterier!P{r} (measurements)", kr[f"P{r}"].value, k["measurements"])
            c.equal(f"Kriterier!Q{r} (latest)", kr[f"Q{r}"].value, k.get("latest_value"))
            c.equal(f"Kriterier!S{r} (attainment)", kr[f"S{r}"].value, k.get("attainment"))
            c.equal(f"Kriterier!T{r} (expected)", kr[f"T{r}"].value, k.get("expected"))
            c.equal(f"Kriterier!V{r} (status)", kr[f"V{r}"].value, status[k["status"]])
            c.equal(f"Kriterier!X{r} (due date)", as_iso(kr[f"X{r}"].value), k.get("due_date"))
            trend = k.get("trend") or {}
            c.equal(f"Kriterier!AB{r} (slope)", kr[f"AB{r}"].value, trend.get("slope_per_day"))
            c.equal(f"Kriterier!AG{r} (p-value)", kr[f"AG{r}"].value, trend.get("p_value"))
            c.equal(f"Kriterier!AH{r} (tau)", kr[f"AH{r}"].value, trend.get("tau"))
            fc = k.get("forecast") or {}
            c.equal(f"Kriterier!AM{r} (reach date)", as_iso(kr[f"AM{r}"].value), fc.get("reach_date"))
            spc = k.get("spc")
            if spc:
                c.equal(f"Kriterier!AW{r} (SPC signals)", kr[f"AW{r}"].value, len(spc.get("signals", [])))
            r += 1
    c.equal("Kriterier rows", kr.max_row, r - 1 if r > 2 else kr.max_row)

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
