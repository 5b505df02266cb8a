#!/usr/bin/env python3
"""Seed corpora for `make fuzz`: every CSV under Fixtures/ (the hostile cases included),
prefixed with the mode byte each fuzz target reads first.

    seeds.py OUT_DIR     writes OUT_DIR/FuzzImport/ and OUT_DIR/FuzzFields/
"""
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The mode byte's file selector (see Fuzz/Sources/FuzzImport/main.swift): 0-2 in its low bits,
# milestones 0x20 and events 0x40 in bits 5-6; 0x60 is all five files joined.
KIND = {"kriterier.csv": 0, "criteria.csv": 0, "maalinger.csv": 1, "measurements.csv": 1,
        "projekter.csv": 2, "projects.csv": 2, "delmaal.csv": 0x20, "milestones.csv": 0x20,
        "haendelser.csv": 0x40, "events.csv": 0x40}
FIELDS = ["38,5", "1.234,50", "1 234,5", "-0", "−12", "85 %", "kr. 1.200", "1.200 kr", "300 DKK", "1e308",
          "NaN", "∞", "1.2.3", "12,3,4", "0000-01-01", "29-02-2025", "9999-12-31", "31.12.2024",
          "1/2/2026", "2026-03-31 13:45", "2026-03-31T00:00:00.000Z", "2026-03", "marts 2026", "Mar 2026",
          "2026-Q1", "Q1 2026", "K1 2026", "1. kvt. 2026", "1. kvartal 2026", "2026-H1", "1. halvår 2026",
          "2026", "123456789012345678901234567890", "0,000001", "'1'234", "1\u00a0234"]


def write(folder, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def main(out):
    files = {}
    for dirpath, _, names in os.walk(os.path.join(ROOT, "Fixtures")):
        for name in names:
            path = os.path.join(dirpath, name)
            if name in KIND and os.path.isfile(path) and os.path.getsize(path) <= 200_000:
                with open(path, "rb") as f:
                    data = f.read()
                files.setdefault(dirpath, {})[KIND[name]] = data
                for decimal in (0, 4, 8):
                    write(os.path.join(out, "FuzzImport"), bytes([KIND[name] | decimal]) + data)
    for parts in files.values():
        if 0 in parts and 1 in parts:
            joined = parts[0] + b"\x1e" + parts[1] + (b"\x1e" + parts[2] if 2 in parts else b"")
            write(os.path.join(out, "FuzzImport"), bytes([3]) + joined)
            if 0x20 in parts or 0x40 in parts:
                five = b"\x1e".join(parts.get(k, b"") for k in (0, 1, 2, 0x20, 0x40))
                write(os.path.join(out, "FuzzImport"), bytes([0x60]) + five)
    for text in FIELDS:
        for mode in range(4):
            write(os.path.join(out, "FuzzFields"), bytes([mode]) + text.encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1])
