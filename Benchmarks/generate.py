#!/usr/bin/env python3
"""Generates the benchmark data sets (seeded, so every run measures the same bytes).

national/  5,000 projects x 10 criteria x 20 monthly measurements = 1,000,000 measurements
percase/   one criterion with 100,000 daily measurements (per-case data)

Files are written as Danish Excel exports: ';', decimal comma, dd-mm-yyyy, UTF-8.
"""
import datetime as dt
import os
import random
import sys

HEAD_C = "projekt_id;kriterie_id;succeskriterium;kategori;enhed;retning;nulpunkt;nulpunkt_dato;målværdi;måldato;ansvarlig;frekvens;vægt;kr_pr_enhed\n"
HEAD_M = "projekt_id;kriterie_id;dato;værdi;bemærkning\n"
HEAD_P = "projekt_id;projektnavn;projektejer;forvaltning;fase;idriftsættelse\n"
CATS = ["løsning", "kompetencer", "gevinst"]
AREAS = ["Borgerservice", "Teknik og Miljø", "Børn og Unge", "Sundhed og Omsorg", "Beskæftigelse"]


def dk(x):
    return f"{x:.2f}".replace(".", ",")


def day(d):
    return d.strftime("%d-%m-%Y")


def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def national(folder, projects=5000, criteria=10, points=20):
    rnd = random.Random(20261128)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "projekter.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(HEAD_P)
        for p in range(1, projects + 1):
            f.write(f"P{p:05d};Projekt {p};Ejer {p % 97};{AREAS[p % len(AREAS)]};drift;01-01-2025\n")
    with open(os.path.join(folder, "kriterier.csv"), "w", encoding="utf-8", newline="") as fc, \
         open(os.path.join(folder, "maalinger.csv"), "w", encoding="utf-8", newline="") as fm:
        fc.write(HEAD_C)
        fm.write(HEAD_M)
        for p in range(1, projects + 1):
            for k in range(1, criteria + 1):
                base = rnd.uniform(50, 150)
                up = rnd.random() < 0.6
                target = base * (1.3 if up else 0.7)
                fc.write(f"P{p:05d};K{k};Kriterie {k} for projekt {p};{CATS[k % 3]};timer;"
                         f"{'øge' if up else 'reducere'};{dk(base)};01-12-2024;{dk(target)};31-12-2027;"
                         f"Ansvarlig {k};månedlig;1;{dk(rnd.uniform(100, 500))}\n")
                lines = []
                for i in range(points):
                    y, m = 2025 + (i // 12), i % 12 + 1
                    drift = (target - base) * (i + 1) / 36
                    v = base + drift + rnd.gauss(0, abs(target - base) * 0.08)
                    note = "Opgjort af controller" if rnd.random() < 0.5 else ""
                    lines.append(f"P{p:05d};K{k};{day(month_end(y, m))};{dk(v)};{note}\n")
                fm.write("".join(lines))


def percase(folder, n=100_000):
    rnd = random.Random(7)
    os.makedirs(folder, exist_ok=True)
    start = dt.date(2000, 1, 1)
    with open(os.path.join(folder, "kriterier.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(HEAD_C)
        f.write("P1;K1;Sagsbehandlingstid pr. sag;gevinst;dage;reducere;30;31-12-1999;20;31-12-2300;Team Sag;månedlig;1;\n")
    with open(os.path.join(folder, "maalinger.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(HEAD_M)
        for i in range(n):
            v = 30 - i * 0.00005 + rnd.gauss(0, 3)
            if rnd.random() < 0.05:
                v = round(v)  # ties, as real per-case data has
            f.write(f"P1;K1;{day(start + dt.timedelta(days=i))};{dk(v)};\n")


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/data"
    national(os.path.join(root, "national"))
    percase(os.path.join(root, "percase"))
    print(f"wrote {root}/national and {root}/percase")
