#!/usr/bin/env python3
"""Validates `effekt evaluate` output against Docs/effekt.evaluation.schema.json.

Usage: schema_check.py EFFEKT_BINARY

Runs the binary on the shipped fixtures (the Danish export at several as-of dates, the English
one, every broken and hostile fixture that still yields a document, the compact form) and checks
each document with the `jsonschema` package (draft 2020-12). The schema forbids keys it does not
declare, so an output key nobody documented fails here. A self-test first proves the schema
rejects an undocumented key and a wrong enumeration, so a schema that accepted anything would
not pass silently. Exits 1 listing every failure.
"""
import copy
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "Docs" / "effekt.evaluation.schema.json"
FIXTURES = ROOT / "Fixtures"

# (label, arguments after `evaluate`)
RUNS = [
    ("kommune-da", ["Fixtures/kommune-da"]),
    ("kommune-da 2025-12-31", ["Fixtures/kommune-da", "--as-of", "2025-12-31"]),
    ("kommune-da 2026Q2", ["Fixtures/kommune-da", "--quarter", "2026Q2"]),
    ("kommune-da 2026-09-30", ["Fixtures/kommune-da", "--as-of", "2026-09-30"]),
    ("kommune-da 2030-01-01", ["Fixtures/kommune-da", "--as-of", "2030-01-01"]),
    ("kommune-da 2020-01-01 (before every baseline)", ["Fixtures/kommune-da", "--as-of", "2020-01-01"]),
    ("kommune-da --lang en --compact", ["Fixtures/kommune-da", "--lang", "en", "--compact"]),
    ("english-utf8", ["Fixtures/english-utf8", "--lang", "en"]),
]
for group in ("broken", "hostile"):
    for folder in sorted((FIXTURES / group).iterdir()):
        if folder.is_dir():
            RUNS.append((f"{group}/{folder.name}", [f"Fixtures/{group}/{folder.name}"]))


def self_test(validator, document):
    """The schema must refuse what the contract does not allow."""
    problems = []
    extra = copy.deepcopy(document)
    extra["undocumented"] = 1
    if validator.is_valid(extra):
        problems.append("self-test: a top-level key not in the schema was accepted")
    if document["projects"]:
        bad = copy.deepcopy(document)
        bad["projects"][0]["status"] = "fine"
        if validator.is_valid(bad):
            problems.append("self-test: project status 'fine' was accepted")
        missing = copy.deepcopy(document)
        del missing["projects"][0]["benefit_profile"]
        if validator.is_valid(missing):
            problems.append("self-test: a project without benefit_profile was accepted")
        if bad["projects"][0]["criteria"]:
            bad = copy.deepcopy(document)
            bad["projects"][0]["criteria"][0]["surprise"] = True
            if validator.is_valid(bad):
                problems.append("self-test: a criterion key not in the schema was accepted")
    # The keys added to effekt.evaluation/1 for milestones, events, segments, the benefit profile
    # and the history: a document with all of them filled (the fixtures leave many empty) must pass.
    full = copy.deepcopy(document)
    history = {"expected_value": 1200.5, "score_change_comparable": -0.02, "entered": 1,
               "benefit_profile": [{"year": 2025, "planned_value": 1000, "realized_value": 800.25},
                                   {"year": 2026, "planned_value": 2000, "realized_value": None}],
               "reported_previous_score": 0.41, "score_change_reported": 0.03, "restatement": None}
    full["portfolio"].update(history)
    full["settings"]["spc_fix_after"] = 0
    for project in full["projects"]:
        project.update(history)
        project["events"] = [{"date": "2026-03-01", "criterion_id": None, "text": "Ny version", "recalculate": True}]
        project["findings"].append({"code": "restated", "category": None, "criterion_id": None,
                                    "owner": None, "due_date": None})
        for c in project["criteria"]:
            c.update({"expected_value": 10.0, "original_baseline": 1, "original_target": 2,
                      "original_target_date": "2027-12-31",
                      "milestones": [{"date": "2026-06-30", "value": 1.5}]})
            if c["spc"] is not None:
                c["spc"]["segments"] = [{"start_index": 0, "start_date": "2025-01-01", "points": 12,
                                         "charted": True, "mean": 1.0, "mr_bar": 0.5,
                                         "upper_limit": 2.33, "lower_limit": -0.33},
                                        {"start_index": 12, "start_date": "2026-01-01", "points": 3,
                                         "charted": False, "mean": None, "mr_bar": None,
                                         "upper_limit": None, "lower_limit": None}]
    for inp in full["inputs"][:1]:
        inp["kind"] = "milestones"
    for error in validator.iter_errors(full):
        path = "/".join(str(p) for p in error.absolute_path)
        problems.append(f"self-test: the keys being added fail at /{path}: {error.message}")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 64
    binary = pathlib.Path(sys.argv[1]).resolve()
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    problems, checked, first = [], 0, None
    with tempfile.TemporaryDirectory() as tmp:
        # A history with the quarter before, so the reported figures are filled in, not null.
        history = str(pathlib.Path(tmp) / "historik.sqlite")
        record = subprocess.run([str(binary), "record", "Fixtures/kommune-da", "--quarter", "2026Q2",
                                 "--history", history, "-q"], cwd=ROOT, capture_output=True, text=True)
        if record.returncode != 0:
            problems.append(f"record for the history run failed ({record.returncode}): {record.stderr.strip()}")
        runs = RUNS + [("kommune-da 2026Q3 with a history", ["Fixtures/kommune-da", "--quarter", "2026Q3",
                                                              "--history", history])]
        for n, (label, args) in enumerate(runs):
            out = pathlib.Path(tmp) / f"{n}.json"
            run = subprocess.run([str(binary), "evaluate", *args, "-q", "-o", str(out)],
                                 cwd=ROOT, capture_output=True, text=True)
            if run.returncode not in (0, 1):
                # 65: input unusable, nothing written (README: exit status) — no document to check.
                if out.exists():
                    problems.append(f"{label}: exit {run.returncode} but a document was written")
                continue
            document = json.loads(out.read_text(encoding="utf-8"))
            checked += 1
            if "history" in label and document["portfolio"]["reported_previous_score"] is None:
                problems.append(f"{label}: the reported figures stayed null, so the history keys went unchecked")
            first = first or (document if document["projects"] else None)
            for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
                path = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{label}: /{path}: {error.message}")
    if first is None:
        problems.append("no document with projects was produced")
    else:
        problems += self_test(validator, first)
    if checked < 10:
        problems.append(f"only {checked} documents were produced; expected the fixtures to yield more")

    if problems:
        print(f"schema_check: {len(problems)} problem(s)")
        for p in problems[:200]:
            print("  " + p)
        return 1
    print(f"schema_check: {checked} documents valid against {SCHEMA.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
