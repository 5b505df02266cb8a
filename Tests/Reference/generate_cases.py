#!/usr/bin/env python3
"""Small generated data folders for the independent reference (evaluation_reference.py --generated).

Each folder is what a Danish municipality's Excel saves: `;`, decimal comma, dd-mm-yyyy, CRLF,
Danish headers, some files in Windows-1252. They hold the cases Docs/methodology.md singles out for milestones
and events, so that a misreading on either side shows up as a difference:

- milestones: nothing until go-live then a ramp-up, a planned productivity dip below the baseline,
  an overshoot above the target before the target date, several per criterion; and rejected rows
  (on the baseline or target date, after the target, on a threshold criterion, a second one on
  one date, an unknown criterion, a period instead of a date);
- events: recalculating and not, project-wide and for one criterion, on the baseline day, before
  it and after the last measurement (they start nothing), two landing on the same segment start;
  rejected rows (unknown project or criterion, no text, a period, an unknown yes/no);
- monthly series long enough for two charted segments (≥ 12 points each) and a short uncharted
  last one; threshold criteria cut by a recalculation; value_per_unit over several years;
  criteria (and a whole project) measured for the first time in the quarter of an as-of date.

Deterministic: the same seed gives the same bytes. Every case is the same plan shifted by a whole
number of quarters (so quarter boundaries, and with them `entered`, stay where the plan put them)
with its own noise.

    generate_cases.py OUT_DIR      writes OUT_DIR/case1 … and prints the folders
"""
import csv
import datetime as dt
import io
import os
import random
import sys

# (seed, shift in months — a multiple of 3, encoding of the main files, milestones/events file names,
#  header set, rows of the optional files shuffled)
CASES = [
    (11, 0, "cp1252", "delmaal.csv", "haendelser.csv", 0, False),
    (23, 3, "utf-8-sig", "delmål.csv", "hændelser.csv", 1, True),
    (37, 9, "cp1252", "Delmaal.csv", "Haendelser.csv", 2, True),
]
# As-of dates of the unshifted plan (month ends); None = the default (the latest measurement).
AS_OF = [None, (2024, 9), (2025, 6), (2025, 9), (2026, 2), (2026, 6), (2026, 9), (2028, 3)]
# Runs with fixed limits: (extra options, as-of dates). With 15 > 12 a 13- or 14-point segment takes
# its limits from all its points; with 14 as the minimum a 13-point segment is not charted.
FIXED = [(["--spc-fix-after", "12"], [None, (2026, 6)]),
         (["--spc-fix-after", "15", "--spc-min-points", "14"], [None])]


def month_end(y, m):
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def day(y, m, d):
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y, m, d)


def dk_date(d):
    return d.strftime("%d-%m-%Y")


def dk_num(x, decimals=1):
    text = f"{x:.{decimals}f}".replace(".", ",")
    return text.rstrip("0").rstrip(",") if "," in text else text


class Plan:
    """One case: the unshifted plan, shifted by `shift` months, noise from `rng`."""

    def __init__(self, seed, shift):
        self.rng = random.Random(seed)
        self.shift = shift

    def d(self, y, m, dd):
        return day(y, m + self.shift, dd)

    def me(self, y, m):
        return month_end(y, m + self.shift)

    def noise(self, scale):
        return self.rng.gauss(0.0, scale)


def path(knots, x):
    """Straight lines through (date, value) knots; flat outside them."""
    if x <= knots[0][0]:
        return knots[0][1]
    if x >= knots[-1][0]:
        return knots[-1][1]
    for (d1, v1), (d2, v2) in zip(knots, knots[1:]):
        if d1 <= x <= d2:
            return v1 + (v2 - v1) * (x - d1).days / (d2 - d1).days
    return knots[-1][1]


def build(seed, shift):
    p = Plan(seed, shift)
    crit, meas, miles, events = [], [], [], []

    def criterion(pid, cid, name, cat, unit, direction, b, t0, g, T, owner, freq, weight="", vpu=""):
        crit.append([pid, cid, name, cat, unit, direction, dk_num(b, 2) if isinstance(b, float) else str(b),
                     dk_date(t0), dk_num(g, 2) if isinstance(g, float) else str(g), dk_date(T), owner, freq,
                     weight, vpu])

    def monthly(pid, cid, months, knots, scale, decimals=1, period_every=0):
        for k, (y, m) in enumerate(months):
            when = p.me(y, m)
            v = path(knots, when) + p.noise(scale)
            text = dk_date(when)
            if period_every and k % period_every == period_every - 1:
                text = when.strftime("%Y-%m")  # a period: the month's last day
            meas.append([pid, cid, text, dk_num(v, decimals), ""])

    def months(y0, m0, count):
        return [(y0, m0 + k) for k in range(count)]

    # ---- P1: a self-service portal, go-live 1 March 2025 (shifted)
    t0, T = p.d(2024, 1, 1), p.me(2027, 12)
    go = p.d(2025, 3, 1)
    k1 = [(t0, 40.0), (go, 40.0), (p.d(2025, 9, 1), 70.0), (p.me(2026, 6), 95.0), (p.me(2026, 12), 90.0),
          (T, 90.0)]
    criterion("P1", "K1", "Andel selvbetjente ansøgninger", "Løsning", "%", "Øge", 40, t0, 90, T, "Mette Kjær",
              "Månedlig", "2", "1.250,50")
    for dd, v in k1[1:-1]:
        miles.append(["P1", "K1", dk_date(dd), dk_num(v)])  # ramp-up: nothing until go-live, overshoot
    monthly("P1", "K1", months(2024, 1, 36), k1, 2.5, period_every=7)
    # Productivity dip after go-live, planned below the baseline.
    t0b, Tb = p.d(2024, 2, 1), p.me(2026, 12)
    k2 = [(t0b, 200.0), (p.d(2025, 3, 1), 200.0), (p.d(2025, 5, 1), 170.0), (p.d(2025, 12, 1), 230.0), (Tb, 260.0)]
    criterion("P1", "K2", "Sager behandlet pr. måned", "Gevinst", "antal", "", 200, t0b, 260, Tb, "Lars Holm",
              "måned", "", "85")
    for dd, v in k2[1:-1]:
        miles.append(["P1", "K2", dk_date(dd), dk_num(v)])
    monthly("P1", "K2", months(2024, 2, 35), k2, 6.0)
    # Threshold criterion: its milestone is rejected (milestone_on_threshold).
    criterion("P1", "K3", "Oppetid", "Løsning", "%", "Mindst", 98.9, t0, 99.5, p.me(2026, 12), "IT-drift",
              "Månedlig", "", "10.000")
    miles.append(["P1", "K3", dk_date(p.d(2025, 6, 1)), "99,2"])
    for y, m in months(2024, 1, 36):
        meas.append(["P1", "K3", dk_date(p.me(y, m)), dk_num(99.3 + p.noise(0.25), 2), ""])
    # Decrease over several years, quarterly, no milestones (the clamped line).
    criterion("P1", "K4", "Sagsbehandlingstid", "Gevinst", "dage", "Reducere", 45, p.d(2024, 1, 15), 30,
              p.me(2028, 12), "Lars Holm", "kvartal", "0,5", "2.500")
    for q in range(12):
        when = p.me(2024, 3 + 3 * q)
        meas.append(["P1", "K4", f"{(when.month - 1) // 3 + 1}. kvt. {when.year}",
                     dk_num(45 - 0.9 * q + p.noise(1.2)), ""])
    # First measured in the last quarter of 2026 (entered at the default as-of).
    criterion("P1", "K5", "Medarbejdere uddannet", "Kompetencer", "antal", "Øge", 0, p.d(2024, 6, 1), 120,
              p.me(2027, 6), "", "Kvartalsvis", "", "")
    meas.append(["P1", "K5", dk_date(p.me(2026, 11)), "70", ""])
    meas.append(["P1", "K5", dk_date(p.me(2026, 12)), "82", ""])
    meas.append(["P1", "K5", dk_date(p.me(2026, 12)), "84", "rettet"])  # duplicate day: the later row
    # First measured in 2025Q3 (entered at 2025-09-30), with milestones and value per unit.
    k6 = [(p.d(2025, 1, 1), 10.0), (p.d(2025, 7, 1), 10.0), (p.d(2026, 1, 1), 16.0), (p.me(2026, 12), 25.0)]
    criterion("P1", "K6", "Digitale møder pr. uge", "Gevinst", "antal", "Øge", 10, k6[0][0], 25, k6[-1][0],
              "Sara Nielsen", "Månedlig", "", "312,5")
    for dd, v in k6[1:-1]:
        miles.append(["P1", "K6", dk_date(dd), dk_num(v)])
    monthly("P1", "K6", months(2025, 8, 17), k6, 0.8)

    # P1 events: two recalculations landing on the same segment start (2025-01-31), one on the
    # baseline day and one before it (nothing), one after the last point (nothing), not-recalculating.
    events += [
        ["P1", "K1", dk_date(p.d(2025, 1, 15)), "Ny registrering af ansøgninger", "ja"],
        ["P1", "", dk_date(p.d(2025, 1, 20)), "Portalen flyttet; ny drift", "X"],
        ["P1", "", dk_date(p.d(2024, 1, 1)), "Projektstart", "1"],
        ["P1", "K2", dk_date(p.d(2023, 6, 1)), "Gammel opgørelse", "j"],
        ["P1", "", dk_date(p.d(2026, 3, 10)), "Go-live af version 2", "Ja"],
        ["P1", "K1", dk_date(p.d(2028, 1, 15)), "Efter sidste måling", "ja"],
        ["P1", "K3", dk_date(p.d(2025, 3, 1)), "Idriftsættelse", "nej"],
        ["P1", "", dk_date(p.d(2025, 3, 1)), "Idriftsættelse", ""],
        ["P1", "K2", dk_date(p.d(2025, 3, 1)), "Ny arbejdsgang", "n"],
        ["P1", "K6", dk_date(p.d(2025, 11, 3)), "Kampagne; plakater", "0"],
        # rejected: unknown project, unknown criterion, no text, a period, an unknown yes/no
        ["P77", "", dk_date(p.d(2025, 3, 1)), "Ukendt projekt", "ja"],
        ["P1", "K99", dk_date(p.d(2025, 3, 1)), "Ukendt kriterie", "ja"],
        ["P1", "K1", dk_date(p.d(2025, 4, 1)), "", "ja"],
        ["P1", "K1", p.me(2025, 4).strftime("%Y-%m"), "Periode i stedet for dato", "ja"],
        ["P1", "K1", dk_date(p.d(2025, 5, 1)), "Måske", "måske"],
        ["P2", "K6", dk_date(p.d(2025, 5, 1)), "P1's kriterium under P2", "nej"],
    ]

    # ---- P2: three segments on a long monthly series; a threshold criterion cut too.
    t0, T = p.d(2023, 1, 1), p.me(2027, 6)
    criterion("P2", "K1", "Borgertilfredshed", "Gevinst", "score", "Øge", 12, t0, 30, T, "Anna Berg", "Månedlig",
              "", "")
    monthly("P2", "K1", months(2023, 1, 48), [(t0, 12.0), (p.d(2024, 6, 1), 20.0), (T, 31.0)], 1.4)
    # Measured before its baseline day (kept, before_baseline): S starts with it, and a recalculation
    # between it and the baseline starts a segment at the baseline point.
    meas.append(["P2", "K1", dk_date(p.me(2022, 11)), "11,5", "før nulpunkt"])
    criterion("P2", "K2", "Klager pr. måned", "Løsning", "antal", "Højst", 5, t0, 5, p.me(2026, 12),
              "Anna Berg", "Månedlig", "", "")
    for y, m in months(2023, 1, 48):
        meas.append(["P2", "K2", dk_date(p.me(y, m)), str(max(0, round(4 + p.noise(1.5)))), ""])
    # Half-yearly decrease, measured on its baseline day too.
    criterion("P2", "K3", "Sygefravær", "Kompetencer", "%", "Ned", 6.5, p.d(2023, 7, 1), 4.5, p.me(2026, 12),
              "HR", "Halvårlig", "", "")
    meas.append(["P2", "K3", dk_date(p.d(2023, 7, 1)), "6,6", ""])
    for h in range(7):
        meas.append(["P2", "K3", dk_date(p.me(2023, 12 + 6 * h)), dk_num(6.4 - 0.25 * h + p.noise(0.2)), ""])
    # Yearly increase with value per unit over five years; the rejected milestone rows live here.
    t0k, Tk = p.d(2023, 3, 1), p.me(2027, 12)
    criterion("P2", "K4", "Besparelse på porto", "Gevinst", "t. kr.", "Øge", 0, t0k, 800, Tk, "Økonomi", "Årlig",
              "3", "1.000")
    good = [(p.me(2024, 6), 150.0), (p.me(2025, 6), 500.0), (p.me(2026, 6), 700.0)]
    miles += [["P2", "K4", dk_date(dd), dk_num(v)] for dd, v in good]
    miles += [
        ["P2", "K4", dk_date(t0k), "10"],                       # on the baseline day: out of range
        ["P2", "K4", dk_date(Tk), "800"],                       # on the target day: out of range
        ["P2", "K4", dk_date(p.d(2028, 6, 1)), "900"],          # after the target: out of range
        ["P2", "K4", dk_date(p.me(2025, 6)), "999"],         # second on one date: the first stands
        ["P2", "K99", dk_date(p.me(2025, 6)), "1"],          # unknown criterion
        ["P2", "K4", p.me(2025, 9).strftime("%Y-%m"), "600"],   # a period, not a date
    ]
    for y in range(4):
        when = p.me(2023 + y, 12)
        meas.append(["P2", "K4", dk_date(when), dk_num(path([(t0k, 0.0)] + good + [(Tk, 800.0)], when)
                                                      + p.noise(40), 0), ""])
    criterion("P2", "K5", "Brugere af appen", "Gevinst", "antal", "Øge", 100, p.d(2024, 1, 1), 900,
              p.me(2027, 12), "Anna Berg", "Kvartal", "", "4")  # never measured
    miles.append(["P2", "K5", p.d(2025, 1, 1).strftime("%d.%m.%Y"), "100"])
    miles.append(["P2", "K5", p.d(2026, 1, 1).isoformat(), "700"])
    events += [
        ["P2", "K1", dk_date(p.d(2024, 1, 5)) + " 08:30", "Nyt spørgeskema", "ja"],
        ["P2", "K1", dk_date(p.d(2022, 12, 20)), "Spørgeskema afprøvet", "ja"],
        ["P2", "", dk_date(p.d(2025, 6, 10)), "Ny leverandør", "ja"],
        ["P2", "K2", dk_date(p.d(2024, 1, 5)), "Ny klageproces", "nej"],
        ["P2", "K3", dk_date(p.d(2023, 7, 1)), "Opstart i HR", "ja"],  # K3's first point: nothing
        ["P2", "K4", dk_date(p.d(2024, 3, 1)), "Porto steg", ""],
    ]

    # ---- P3: in the projects file, without criteria; one event of its own.
    events.append(["P3", "", dk_date(p.d(2025, 2, 2)), "Projektet sat i bero", "nej"])

    # ---- P10: starts later, first measured in 2025Q3 (a whole project entering).
    t0, T = p.d(2025, 1, 1), p.me(2029, 12)
    k1 = [(t0, 1000.0), (p.d(2026, 1, 1), 950.0), (p.d(2027, 1, 1), 700.0), (T, 400.0)]
    criterion("P10", "K1", "Papirbreve pr. måned", "Gevinst", "antal", "Reducere", 1000, t0, 400, T, "Ole Dam",
              "Månedlig", "", "12,75")
    for dd, v in k1[1:-1]:
        miles.append(["P10", "K1", dk_date(dd), dk_num(v)])
    monthly("P10", "K1", months(2025, 7, 18), k1, 20.0, decimals=0)
    criterion("P10", "K2", "Kompetenceløft", "Kompetencer", "%", "Mindst", 80, t0, 90, p.me(2027, 12), "Ole Dam",
              "Kvartal", "", "")
    for q in range(6):
        meas.append(["P10", "K2", dk_date(p.me(2025, 9 + 3 * q)), dk_num(84 + 2 * q + p.noise(1.0)), ""])
    events.append(["P10", "K2", dk_date(p.d(2025, 8, 15)), "Kursusforløb begyndt", "nej"])

    projects = [
        ["P1", "Selvbetjening i Borgerservice", "Mette Kjær", "Borgerservice", "Drift", dk_date(go)],
        ["P2", "Borgerrettet app", "Anna Berg", "Kultur og Fritid", "Gennemførelse", dk_date(p.d(2024, 1, 1))],
        ["P3", "Fælles booking", "", "Teknik og Miljø", "Foranalyse", ""],
        ["P10", "Digital post", "Ole Dam", "Økonomi", "Planlægning", dk_date(p.d(2025, 6, 1))],
    ]
    return projects, crit, meas, miles, events


HEADERS = {
    "projekter.csv": ["Projekt-id", "Projektnavn", "Projektejer", "Forvaltning", "Fase", "Idriftsættelse"],
    "kriterier.csv": ["Projekt-id", "Kriterie-id", "Succeskriterium", "Opfølgningsområde", "Enhed", "Retning",
                      "Nulpunkt", "Nulpunktsdato", "Målværdi", "Måldato", "Ansvarlig", "Målefrekvens", "Vægt",
                      "Kr. pr. enhed"],
    "maalinger.csv": ["Projekt-id", "Kriterie-id", "Dato", "Værdi", "Bemærkning"],
    "milestones": [["Projekt-id", "Kriterie-id", "Dato", "Delmål"], ["Projektnr", "Kriterienr", "Frist", "Værdi"],
                   ["project_id", "criterion_id", "date", "value"]],
    "events": [["Projekt-id", "Kriterie-id", "Dato", "Hændelse", "Genberegn"],
               ["Projektnr", "Kriterienr", "Dato", "Beskrivelse", "Ny baseline"],
               ["Project ID", "Criterion ID", "Date", "Text", "Recalculate"]],
}


def write(path, header, rows, encoding):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def as_of_dates(shift, plan):
    return [None if a is None else month_end(a[0], a[1] + shift).isoformat() for a in plan]


def generate(out):
    """Write every case under `out`; return [(folder, as_of list, [(extra options, as_of list)])]."""
    made = []
    for n, (seed, shift, enc, mname, ename, headers, shuffle) in enumerate(CASES, start=1):
        folder = os.path.join(out, f"case{n}")
        os.makedirs(folder, exist_ok=True)
        projects, crit, meas, miles, events = build(seed, shift)
        if shuffle:  # milestones out of date order; which duplicate comes first follows the file
            random.Random(seed).shuffle(miles)
            random.Random(seed + 1).shuffle(events)
        write(os.path.join(folder, "projekter.csv"), HEADERS["projekter.csv"], projects, enc)
        write(os.path.join(folder, "kriterier.csv"), HEADERS["kriterier.csv"], crit, enc)
        write(os.path.join(folder, "maalinger.csv"), HEADERS["maalinger.csv"], meas, enc)
        # The optional files in the other encoding than the main ones.
        other = "utf-8" if enc == "cp1252" else "cp1252"
        write(os.path.join(folder, mname), HEADERS["milestones"][headers], miles, other)
        write(os.path.join(folder, ename), HEADERS["events"][headers], events, enc)
        made.append((folder, as_of_dates(shift, AS_OF), [(extra, as_of_dates(shift, dates)) for extra, dates in FIXED]))
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(64)
    for folder, _, _ in generate(sys.argv[1]):
        print(folder)
