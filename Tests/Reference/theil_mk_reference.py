#!/usr/bin/env python3
"""Independent reference for Effekt's Theil–Sen and Mann–Kendall (Docs/methodology.md, issue #3).

Generates seeded random series (ties in values and in dates, n from 2 to 60, and a few long
series that exercise the O(n log n) Theil–Sen path) and records what scipy's
`theilslopes(method="separate")` and pymannkendall's `original_test` compute for them, in
`theil_mk_cases.json` beside this script. The Swift test `ReferenceCaseTests` reads that file
and compares every figure within 1e-9 relative (absolute near zero).

    python3 theil_mk_reference.py           # check (what `make test` runs)
    python3 theil_mk_reference.py --check   # the same
    python3 theil_mk_reference.py --write   # regenerate the committed file

The check regenerates the cases and asserts the committed file is byte-identical; should a newer
scipy differ in the last bits, it reports that and accepts differences below 1e-12 relative.

pymannkendall's `original_test` ignores dates (it uses the order), so the Mann–Kendall figures
come from it only for series without tied dates. For series with tied dates they come from a
direct implementation of the formulas in Docs/methodology.md here (pairs with equal dates contribute 0 to s).
"""
import json
import math
import os
import sys

import numpy as np
import pymannkendall as mk
from scipy import special, stats

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "theil_mk_cases.json")
SEED = 20260930
EPOCH_START = 19000  # days since 1970-01-01 (2022-01-08): realistic magnitudes for the intercept


def make_series(rng, n, kind):
    """Dates (int days) and values for one case."""
    if kind == "tied_dates":
        steps = rng.integers(0, 3, size=n)  # 0 = same day as the previous point
    else:
        steps = rng.integers(1, 60, size=n)
    t = EPOCH_START + np.cumsum(steps) - steps[0]
    if kind == "constant":
        y = np.full(n, float(rng.integers(0, 100)))
    elif kind == "integers":
        y = rng.integers(0, 6, size=n).astype(float)  # many ties in y
    elif kind == "line":
        y = 10.0 + 0.5 * (t - t[0])  # exact ties among all slopes
    else:
        level = rng.normal(100, 30)
        slope = rng.normal(0, 0.05)
        y = np.round(level + slope * (t - t[0]) + rng.normal(0, 5, size=n), 3)
        if kind == "rounded":
            y = np.round(y)
    return [int(v) for v in t], [float(v) for v in y]


def spec_mann_kendall(t, y):
    """Docs/methodology.md's Mann–Kendall, written out directly (used when dates tie)."""
    n = len(t)
    s = 0
    for i in range(n):
        for j in range(i + 1, n):
            s += int(np.sign(t[j] - t[i])) * int(np.sign(y[j] - y[i]))
    _, counts = np.unique(y, return_counts=True)
    var_s = (n * (n - 1) * (2 * n + 5) - int(np.sum(counts * (counts - 1) * (2 * counts + 5)))) / 18
    if s > 0:
        z = (s - 1) / math.sqrt(var_s)
    elif s < 0:
        z = (s + 1) / math.sqrt(var_s)
    else:
        z = 0.0
    p = 2 * (1 - stats.norm.cdf(abs(z)))
    return s, var_s, z, p, s / (n * (n - 1) / 2)


def expected(t, y):
    case = {"t": t, "y": y}
    if len(set(t)) >= 2:
        r = stats.theilslopes(y, t, method="separate")
        case["slope"] = float(r.slope)
        case["intercept"] = float(r.intercept)
    else:
        case["slope"] = None
        case["intercept"] = None
    tied = len(set(t)) < len(t)
    if not tied:
        r = mk.original_test(y)
        s, var_s, z, p, tau = r.s, r.var_s, r.z, r.p, r.Tau
        case["mk_source"] = "pymannkendall"
    else:
        s, var_s, z, p, tau = spec_mann_kendall(t, y)
        case["mk_source"] = "spec"
    case["s"] = int(s)
    case["var_s"] = float(var_s)
    case["z"] = float(z)
    case["p"] = float(p)
    # Docs/methodology.md computes p as erfc(|z|/√2); pymannkendall's 2(1 − Φ) loses relative precision for
    # large |z|, so that one is compared with an absolute tolerance and this one relatively.
    case["p_erfc"] = float(special.erfc(abs(z) / math.sqrt(2)))
    case["tau"] = float(tau)
    return case


def generate():
    rng = np.random.default_rng(SEED)
    kinds = ["noise", "noise", "rounded", "integers", "tied_dates", "constant", "line"]
    cases = []
    for i in range(420):
        kind = kinds[i % len(kinds)]
        n = int(rng.integers(2, 61))
        t, y = make_series(rng, n, kind)
        case = expected(t, y)
        case["id"] = f"{kind}-{i}-n{n}"
        cases.append(case)
    for n, kind in [(3000, "noise"), (3000, "integers"), (2500, "tied_dates"), (1200, "rounded")]:
        t, y = make_series(rng, n, kind)
        case = expected(t, y) if kind != "tied_dates" else expected_long_tied(t, y)
        case["id"] = f"{kind}-long-n{n}"
        cases.append(case)
    return {"seed": SEED, "scipy": "theilslopes(method='separate')", "mk": "pymannkendall.original_test",
            "cases": cases}


def expected_long_tied(t, y):
    """Long series with tied dates: the O(n²) Python loop is slow, so s is vectorised here."""
    case = {"t": t, "y": y}
    r = stats.theilslopes(y, t, method="separate")
    case["slope"] = float(r.slope)
    case["intercept"] = float(r.intercept)
    ta, ya = np.array(t), np.array(y)
    n = len(t)
    s = int(sum(int(np.sum(np.sign(ta[i + 1:] - ta[i]) * np.sign(ya[i + 1:] - ya[i]))) for i in range(n)))
    _, counts = np.unique(ya, return_counts=True)
    var_s = (n * (n - 1) * (2 * n + 5) - int(np.sum(counts * (counts - 1) * (2 * counts + 5)))) / 18
    z = (s - np.sign(s)) / math.sqrt(var_s) if s != 0 else 0.0
    case["mk_source"] = "spec"
    case["s"] = s
    case["var_s"] = float(var_s)
    case["z"] = float(z)
    case["p"] = float(2 * (1 - stats.norm.cdf(abs(z))))
    case["p_erfc"] = float(special.erfc(abs(z) / math.sqrt(2)))
    case["tau"] = float(s / (n * (n - 1) / 2))
    return case


def render(doc):
    return json.dumps(doc, separators=(",", ":"), sort_keys=False) + "\n"


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, list):
        return a == b
    return abs(a - b) <= 1e-12 * max(abs(a), abs(b)) or abs(a - b) <= 1e-15


def check():
    text = render(generate())
    with open(CASES, encoding="utf-8") as f:
        committed = f.read()
    if text == committed:
        print(f"ok: {CASES} matches scipy {__import__('scipy').__version__} and pymannkendall (byte-identical)")
        return 0
    new, old = json.loads(text)["cases"], json.loads(committed)["cases"]
    if len(new) != len(old):
        print("FAIL: the committed cases differ in number; run with --write")
        return 1
    bad = 0
    for a, b in zip(new, old):
        for key in a:
            if key != "id" and key != "mk_source" and not close(a[key], b.get(key)):
                bad += 1
                print(f"FAIL: case {a['id']} {key}: now {a[key]!r}, committed {b.get(key)!r}")
    if bad:
        return 1
    print("ok: the committed cases match the current scipy within 1e-12 relative (not byte-identical)")
    return 0


def main():
    if "--write" in sys.argv[1:]:
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(render(generate()))
        print(f"wrote {CASES}")
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
