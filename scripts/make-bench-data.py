#!/usr/bin/env python3
"""Writes a benchmark input: 1,000,000 measurement rows (about 40 MB) and matching criteria.

Danish Excel style (';', decimal comma, dd-mm-yyyy, CRLF), valid throughout, so the benchmark
measures reading and validating, not error reporting. Fixed seed: the same bytes every run.

usage: scripts/make-bench-data.py [out-folder] [rows]   (default Benchmarks/data, 1000000)
"""
import datetime
import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/data"
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(20260930)
os.makedirs(out, exist_ok=True)

projects = [f"PRJ-{p:03d}" for p in range(1, 126)]
criteria = [(p, f"KRIT-{k:02d}") for p in projects for k in range(1, 9)]  # 1000 criteria
start = datetime.date(2023, 1, 1)

with open(os.path.join(out, "kriterier.csv"), "w", encoding="cp1252", newline="") as f:
    f.write("projekt_id;kriterie_id;navn;kategori;enhed;retning;nulpunkt;nulpunkt_dato;målværdi;måldato;ansvarlig;frekvens\r\n")
    for p, k in criteria:
        f.write(f"{p};{k};Måling af {k};gevinst;timer;øge;100;01-01-2023;200;31-12-2027;Controller;månedlig\r\n")

notes = ["", "", "", "", "ok", "efter opfølgning", "skønnet"]
with open(os.path.join(out, "maalinger.csv"), "w", encoding="cp1252", newline="") as f:
    f.write("projekt_id;kriterie_id;dato;værdi;bemærkning\r\n")
    per = rows // len(criteria)
    written = 0
    # Day by day across all criteria, as a system export sorted by date would be.
    for d in range(per + 1):
        day = (start + datetime.timedelta(days=d)).strftime("%d-%m-%Y")
        for p, k in criteria:
            if written == rows:
                break
            v = 100 + d * 0.07 + rng.uniform(-5, 5)
            whole, frac = divmod(round(v * 100), 100)
            f.write(f"{p};{k};{day};{whole:,}".replace(",", ".") + f",{frac:02d};{rng.choice(notes)}\r\n")
            written += 1
print(f"wrote {rows} measurement rows to {out}/maalinger.csv")
