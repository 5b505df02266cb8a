#!/usr/bin/env python3
"""Writes Effekt's sample inputs under Fixtures/ (fixed seed: the same bytes on every run).

  Fixtures/kommune-da/   kriterier.csv, maalinger.csv, projekter.csv, delmaal.csv and
                         haendelser.csv as Danish Excel saves
                         "CSV (semikolonsepareret)": Windows-1252, ';', decimal comma,
                         dd-mm-yyyy, CRLF, Danish headers and words.
  Fixtures/english-utf8/ criteria.csv, measurements.csv, projects.csv: UTF-8 with BOM, ',',
                         decimal point, ISO dates, English headers.
  Fixtures/broken/<code>/ one folder per diagnostic code, each with one problem and an
                         expected.txt naming the code, file, line and exit status.

usage: python3 scripts/make-fixtures.py   (from the repository root)
"""
import calendar
import datetime as dt
import math
import os
import random
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures")
AS_OF = dt.date(2026, 9, 30)
rng = random.Random(4242)


# ---------------------------------------------------------------- calendar helpers

def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    return month_end(d.year + m // 12, m % 12 + 1)


STEP = {"monthly": 1, "quarterly": 3, "halfyearly": 6, "yearly": 12}


def period_ends(start, stop, freq):
    """Period ends after `start` (exclusive) up to `stop` (inclusive), aligned to the calendar."""
    step = STEP[freq]
    d = month_end(start.year, start.month)
    while (d.month % step) != 0:
        d = add_months(d, 1)
    if d <= start:
        d = add_months(d, step)
    out = []
    while d <= stop:
        out.append(d)
        d = add_months(d, step)
    return out


def dmy(s):
    d, m, y = s.split("-")
    return dt.date(int(y), int(m), int(d))


# ---------------------------------------------------------------- number formatting

def da_number(v, decimals, thousands=False):
    s = f"{abs(v):,.{decimals}f}" if thousands else f"{abs(v):.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if v < 0 else "") + s


def en_number(v, decimals):
    return f"{v:.{decimals}f}"


DECIMALS = {"kr.": 0, "antal": 0, "%": 1, "timer": 1, "dage": 1, "score": 1, "min.": 1, "MWh": 0}


# ---------------------------------------------------------------- how a criterion develops

def attainment(kind, f):
    """The share of the way from baseline to target at elapsed-time fraction f."""
    if kind == "on":
        return f
    if kind == "achieved":
        return min(1.12, f * 1.55)
    if kind == "risk":
        return f * 0.8
    if kind == "off":
        return f * 0.45
    if kind == "missed":
        return min(f, 1.0) * 0.78
    if kind == "worse":
        return 0.875 * f if f < 0.4 else 0.35 - (f - 0.4) * 0.9
    if kind == "flat":
        return 0.04
    raise ValueError(kind)


def series(c, start_override=None):
    """Measurement (date, value) pairs for one criterion spec."""
    b, g = c["baseline"], c["target"]
    t0, T = dmy(c["baseline_date"]), dmy(c["target_date"])
    stop = dmy(c["stop"]) if c.get("stop") else AS_OF
    first = dmy(c["first"]) if c.get("first") else t0
    dates = period_ends(first, stop, c["freq"])
    if c.get("max_points"):
        dates = dates[: c["max_points"]]
    out = []
    span = (T - t0).days
    kind = c["kind"]
    for i, d in enumerate(dates):
        f = (d - t0).days / span
        if kind.startswith("thr"):
            # Thresholds: from the baseline towards the threshold, then hovering about it.
            ramp = min(1.0, f * 3)
            level = b + (g - b) * ramp
            margin = abs(g - b) * 0.25 + abs(g) * 0.002 + 0.05
            side = 1 if c["direction"].lower() in ("mindst", "fastholde over", "at_least") else -1
            v = level + side * margin * min(1.0, f * 3) + rng.gauss(0, margin * 0.25)
            if kind == "thr_breached" and i == len(dates) - 1:
                v = g - side * margin * 1.6
        else:
            a = attainment(kind, f)
            noise = abs(g - b) * c.get("noise", 0.035)
            if c.get("seasonal"):
                noise_term = abs(g - b) * 0.12 * math.cos(2 * math.pi * (d.month - 1) / 12)
            else:
                noise_term = 0.0
            v = b + (g - b) * a + noise_term + rng.gauss(0, noise)
        if c["unit"] == "%":
            v = max(0.0, min(100.0, v))
        elif c["unit"] in ("antal", "kr.", "timer", "dage", "MWh"):
            v = max(0.0, v)
        out.append((d, round(v, DECIMALS.get(c["unit"], 1))))
    return out


# ---------------------------------------------------------------- the Danish municipality

PROJECTS = [
    # id, name, owner, area, phase, go-live
    ("P01", "Digital pladsanvisning", "Mette Kjær", "Børn og Unge", "Drift", "01-03-2025"),
    ("P02", "Robotic process automation i Borgerservice", "Lars Holm", "Borgerservice", "Drift", "01-10-2024"),
    ("P03", "Selvbetjening af byggesager", "Søren Østergaard", "Teknik og Miljø", "Gennemførelse", "01-02-2026"),
    ("P04", "Digital post og fjernprint", "Hanne Bech", "Økonomi og Personale", "Drift", "01-06-2024"),
    ("P05", "Skærmbesøg i hjemmeplejen", "Pia Frandsen", "Sundhed og Omsorg", "Overdragelse til drift", "01-09-2025"),
    ("P06", "Chatbot på kommunens hjemmeside", "Lars Holm", "Borgerservice", "Gennemførelse", "01-11-2025"),
    ("P07", "Automatisk fakturabehandling", "Hanne Bech", "Økonomi og Personale", "Drift", "01-01-2024"),
    ("P08", "Digital rekruttering", "Camilla Dahl", "HR og Organisation", "Planlægning", ""),
    ("P09", "Sensorer i kommunale bygninger", "Jens Mikkelsen", "Ejendomme", "Gennemførelse", "01-01-2025"),
    ("P10", "Ny sags- og dokumenthåndtering (ESDH)", "", "Direktionssekretariatet", "Gennemførelse", "01-05-2026"),
]


def C(p, k, name, cat, unit, direction, b, bd, g, td, owner, freq, kind, weight=1, vpu=None, **extra):
    d = dict(project=p, id=k, name=name, category=cat, unit=unit, direction=direction, baseline=b,
             baseline_date=bd, target=g, target_date=td, owner=owner, freq=freq, kind=kind, weight=weight, vpu=vpu)
    d.update(extra)
    return d


CRITERIA = [
    # P01 Digital pladsanvisning: the portal works, staff are trained, the time saving lags.
    C("P01", "K1", "Andel ansøgninger om pladser modtaget digitalt", "Løsning", "%", "Øge", 62, "01-09-2024", 95, "31-12-2026", "Mette Kjær", "Månedlig", "on"),
    C("P01", "K2", "Oppetid for pladsanvisningsportalen", "Løsning", "%", "Mindst", 98.9, "01-09-2024", 99.5, "31-12-2026", "IT-drift", "Månedlig", "thr_met"),
    C("P01", "K3", "Andel sagsbehandlere der har gennemført oplæring", "Kompetencer", "%", "Øge", 0, "01-09-2024", 100, "30-06-2026", "Mette Kjær", "Kvartalsvis", "achieved"),
    C("P01", "K4", "Tidsforbrug pr. pladsanvisning", "Gevinst", "timer", "Reducere", 2.4, "01-09-2024", 1.2, "31-12-2026", "Mette Kjær", "Månedlig", "risk", 2, 385),
    C("P01", "K5", "Henvendelser til pladsanvisningen pr. måned", "Gevinst", "antal", "Reducere", 1450, "01-09-2024", 800, "31-12-2026", "Anders Vinther", "Månedlig", "on", 1, 95),
    C("P01", "K6", "Forældrenes tilfredshed med pladsanvisningen", "Gevinst", "score", "Øge", 3.4, "01-09-2024", 4.2, "31-12-2026", "Anders Vinther", "Halvårlig", "on"),
    # P02 RPA: the robots run, but fewer hours are freed than promised, and training is not followed up.
    C("P02", "K1", "Automatiserede processer i drift", "Løsning", "antal", "Øge", 0, "01-07-2024", 12, "30-06-2026", "Lars Holm", "Kvartalsvis", "achieved"),
    C("P02", "K2", "Andel robotkørsler uden fejl", "Løsning", "%", "Fastholde over", 91, "01-07-2024", 97, "31-12-2026", "RPA-teamet", "Månedlig", "thr_breached"),
    C("P02", "K3", "Medarbejdere uddannet som procesejere", "Kompetencer", "antal", "Øge", 0, "01-07-2024", 15, "31-12-2026", "Lars Holm", "Kvartalsvis", "on", stop="31-12-2025"),
    C("P02", "K4", "Frigjorte timer pr. måned", "Gevinst", "timer", "Øge", 0, "01-07-2024", 420, "31-12-2026", "Lars Holm", "Månedlig", "off", 3, 385),
    C("P02", "K5", "Sagsbehandlingstid for adresseændringer", "Gevinst", "dage", "Reducere", 6.5, "01-07-2024", 1, "31-12-2026", "Birgitte Lund", "Månedlig", "achieved"),
    C("P02", "K6", "Fejlregistreringer i CPR-opdateringer pr. måned", "Gevinst", "antal", "Reducere", 85, "01-07-2024", 20, "31-12-2026", "Birgitte Lund", "Månedlig", "on", 1, 310),
    # P03 Byggesager: more digital applications, but case time does not fall and calls rise.
    C("P03", "K1", "Andel byggeansøgninger indsendt med komplette bilag", "Løsning", "%", "Øge", 48, "01-03-2025", 85, "31-12-2026", "Søren Østergaard", "Månedlig", "risk"),
    C("P03", "K2", "Sagsbehandlere certificeret i ny sagsgang", "Kompetencer", "antal", "Øge", 0, "01-03-2025", 22, "31-12-2026", "Søren Østergaard", "Kvartalsvis", "on"),
    C("P03", "K3", "Sagsbehandlingstid for enkle byggesager", "Gevinst", "dage", "Reducere", 62, "01-03-2025", 40, "31-12-2026", "Karen Nygaard", "Månedlig", "off", 2),
    C("P03", "K4", "Telefoniske henvendelser om byggesager pr. måned", "Gevinst", "antal", "Reducere", 640, "01-03-2025", 380, "31-12-2026", "Karen Nygaard", "Månedlig", "worse", 1, 95),
    C("P03", "K5", "Borgertilfredshed med byggesagsbehandlingen", "Gevinst", "score", "Øge", 2.9, "01-03-2025", 3.8, "31-12-2026", "", "Halvårlig", "on"),
    # P04 Digital post: a mature project; postage falls as planned, returned mail lags.
    C("P04", "K1", "Andel breve sendt digitalt", "Løsning", "%", "Øge", 78, "01-01-2024", 95, "30-06-2026", "Hanne Bech", "Månedlig", "achieved", period="month"),
    C("P04", "K2", "Fjernprint leveret inden for 2 hverdage", "Løsning", "%", "Mindst", 98.5, "01-01-2024", 98, "31-12-2026", "Hanne Bech", "Månedlig", "thr_met", period="month"),
    C("P04", "K3", "Afdelinger med udpeget superbruger", "Kompetencer", "antal", "Øge", 4, "01-01-2024", 18, "31-12-2026", "Ulla Krogh", "Kvartalsvis", "on"),
    C("P04", "K4", "Portoudgifter pr. måned", "Gevinst", "kr.", "Reducere", 182000, "01-01-2024", 95000, "31-12-2026", "Hanne Bech", "Månedlig", "on", 3, 1, period="month"),
    C("P04", "K5", "Returpost pr. måned", "Gevinst", "antal", "Reducere", 410, "01-01-2024", 150, "31-12-2026", "Ulla Krogh", "Månedlig", "risk", 1, 42, period="month"),
    # P05 Skærmbesøg: measured quarterly and written as quarters.
    C("P05", "K1", "Borgere visiteret til skærmbesøg", "Løsning", "antal", "Øge", 35, "01-01-2025", 180, "31-12-2026", "Pia Frandsen", "Kvartalsvis", "on", period="quarter"),
    C("P05", "K2", "Hjemmehjælpere trænet i skærmbesøg", "Kompetencer", "%", "Øge", 10, "01-01-2025", 90, "31-12-2026", "Pia Frandsen", "Kvartalsvis", "achieved", period="quarter"),
    C("P05", "K3", "Kørte kilometer i hjemmeplejen pr. kvartal", "Gevinst", "antal", "Reducere", 96000, "01-01-2025", 78000, "31-12-2026", "Tom Riis", "Kvartalsvis", "risk", 2, 3.73, period="quarter"),
    C("P05", "K4", "Frigjorte plejetimer pr. kvartal", "Gevinst", "timer", "Øge", 0, "01-01-2025", 1900, "31-12-2026", "Tom Riis", "Kvartalsvis", "on", 2, 330, period="quarter"),
    C("P05", "K5", "Borgernes tilfredshed med skærmbesøg", "Gevinst", "score", "Fastholde over", 4.0, "01-01-2025", 4.0, "31-12-2026", "Pia Frandsen", "Halvårlig", "thr_met", period="quarter"),
    C("P05", "K6", "Aflyste besøg pr. kvartal", "Gevinst", "antal", "Reducere", 520, "01-01-2025", 300, "31-12-2026", "Tom Riis", "Kvartalsvis", "flat", 1, 210, period="quarter"),
    # P06 Chatbot: no competencies criterion (a gap the follow-up should point out).
    C("P06", "K1", "Andel spørgsmål besvaret uden overdragelse til medarbejder", "Løsning", "%", "Øge", 0, "01-11-2025", 60, "31-12-2026", "Lars Holm", "Månedlig", "risk"),
    C("P06", "K2", "Oppetid for chatbotten", "Løsning", "%", "Mindst", 99, "01-11-2025", 99, "31-12-2026", "IT-drift", "Månedlig", "thr_met"),
    C("P06", "K3", "Opkald til Borgerservice pr. måned", "Gevinst", "antal", "Reducere", 9800, "01-11-2025", 7500, "31-12-2026", "Birgitte Lund", "Månedlig", "on", 2, 58),
    C("P06", "K4", "Gennemsnitlig ventetid i telefonkøen", "Gevinst", "min.", "Højst", 7.5, "01-11-2025", 5, "31-12-2026", "Birgitte Lund", "Månedlig", "thr_breached"),
    C("P06", "K5", "Borgertilfredshed med chatbotten", "Gevinst", "score", "Øge", 3.0, "01-11-2025", 4.0, "31-12-2026", "", "Kvartalsvis", "flat"),
    # P07 Fakturabehandling: target date passed mid-2026; partly missed. No competencies criterion.
    C("P07", "K1", "Andel fakturaer konteret automatisk", "Løsning", "%", "Øge", 35, "01-01-2024", 80, "30-06-2026", "Hanne Bech", "Månedlig", "missed"),
    C("P07", "K2", "Behandlingstid pr. faktura", "Gevinst", "dage", "Reducere", 9, "01-01-2024", 3, "30-06-2026", "Hanne Bech", "Månedlig", "achieved"),
    C("P07", "K3", "Betalte rykkergebyrer pr. kvartal", "Gevinst", "kr.", "Reducere", 48000, "01-01-2024", 10000, "31-12-2026", "Ulla Krogh", "Kvartalsvis", "on", 1, 1),
    C("P07", "K4", "Timer brugt på manuel kontering pr. måned", "Gevinst", "timer", "Reducere", 610, "01-01-2024", 250, "30-06-2026", "Ulla Krogh", "Månedlig", "missed", 3, 385),
    C("P07", "K5", "Oppetid for fakturaflowet", "Løsning", "%", "Mindst", 99.7, "01-01-2024", 99.5, "31-12-2026", "IT-drift", "Månedlig", "thr_met"),
    # P08 Rekruttering: just started; little or no data yet.
    C("P08", "K1", "Andel stillinger opslået via rekrutteringssystemet", "Løsning", "%", "Øge", 0, "01-04-2026", 100, "31-12-2027", "Camilla Dahl", "Månedlig", "on"),
    C("P08", "K2", "Ledere oplært i rekrutteringssystemet", "Kompetencer", "antal", "Øge", 0, "01-04-2026", 120, "31-12-2027", "Camilla Dahl", "Kvartalsvis", "on"),
    C("P08", "K3", "Tid fra opslag til ansættelse", "Gevinst", "dage", "Reducere", 58, "01-04-2026", 42, "31-12-2027", "Camilla Dahl", "Kvartalsvis", "on", 1, None, max_points=0),
    C("P08", "K4", "Administrative timer pr. ansættelse", "Gevinst", "timer", "Reducere", 11, "01-04-2026", 6, "31-12-2027", "", "Kvartalsvis", "on", 1, 385, max_points=1),
    C("P08", "K5", "Kandidaternes tilfredshed med forløbet", "Gevinst", "score", "Øge", 3.6, "01-04-2026", 4.2, "31-12-2027", "Camilla Dahl", "Halvårlig", "on", 1, None, max_points=0),
    # P09 Sensorer: no solution criterion; heating is seasonal; call-outs no longer reported.
    C("P09", "K1", "Driftsteknikere der bruger sensordata dagligt", "Kompetencer", "%", "Øge", 15, "01-01-2025", 80, "31-12-2026", "Jens Mikkelsen", "Kvartalsvis", "on"),
    C("P09", "K2", "Varmeforbrug i bygninger med sensorer pr. måned", "Gevinst", "MWh", "Reducere", 4150, "01-01-2025", 3550, "31-12-2026", "Jens Mikkelsen", "Månedlig", "risk", 2, 780, seasonal=True),
    C("P09", "K3", "Timer med CO2 over 1.000 ppm pr. måned", "Gevinst", "timer", "Reducere", 520, "01-01-2025", 200, "31-12-2026", "Jens Mikkelsen", "Månedlig", "achieved"),
    C("P09", "K4", "Akutte tekniker-udkald pr. måned", "Gevinst", "antal", "Reducere", 64, "01-01-2025", 40, "31-12-2026", "Lone Bak", "Månedlig", "on", 1, 650, stop="28-02-2026"),
    C("P09", "K5", "Brugertilfredshed med indeklimaet", "Gevinst", "score", "Øge", 3.1, "01-01-2025", 3.9, "31-12-2026", "Lone Bak", "Årlig", "on"),
    # P10 ESDH: no project owner and criteria without owners.
    C("P10", "K1", "Andel sager journaliseret i ny ESDH", "Løsning", "%", "Øge", 0, "01-05-2026", 95, "31-12-2027", "", "Månedlig", "on"),
    C("P10", "K2", "Migrerede dokumenter", "Løsning", "antal", "Øge", 0, "01-05-2026", 2400000, "31-12-2026", "", "Månedlig", "on"),
    C("P10", "K3", "Medarbejdere med gennemført e-læring", "Kompetencer", "%", "Øge", 0, "01-05-2026", 90, "31-12-2026", "", "Månedlig", "risk"),
    C("P10", "K4", "Tid brugt på at finde dokumenter pr. medarbejder pr. uge", "Gevinst", "timer", "Reducere", 2.1, "01-05-2026", 1.4, "31-12-2027", "", "Kvartalsvis", "on", 2, 385),
    C("P10", "K5", "Licensudgifter til ESDH pr. år", "Gevinst", "kr.", "Reducere", 1850000, "01-01-2026", 1350000, "31-12-2027", "", "Årlig", "on", 1, 1, max_points=0),
]

DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december"]

NOTES = {
    ("P01", "K4", 6): "Ny medarbejder under oplæring",
    ("P02", "K4", 5): "Robot til ydelsesrefusion sat på pause; \"venter på leverandør\"",
    ("P03", "K4", 10): "Flere henvendelser efter ny\r\nlovgivning om byggetilladelser",
    ("P04", "K4", 3): "Inkl. efterregulering fra PostNord",
    ("P09", "K2", 12): "Kold vinter",
    ("P05", "K3", 2): "Tal fra kørselssystemet",
}


# The planned paths (delmål) of the business cases: benefits start at go-live and ramp up, with
# planned dips right after go-live where a new system first costs time. Chosen where the plan
# explains a criterion that a straight line shows as behind (P03, P05, P09), where it does not
# (P02 K4 stays behind: the refund robot was paused) and where benefits came early (P02 K6).
MILESTONES = [
    # P02 RPA, go-live 01-10-2024: freed hours grow robot by robot; the refund robot (the big one) autumn 2026.
    ("P02", "K4", "01-10-2024", 0), ("P02", "K4", "01-10-2025", 84), ("P02", "K4", "01-07-2026", 147),
    ("P02", "K4", "01-11-2026", 294),
    # Error registrations: nothing before go-live, then 60 % of the way half a year later.
    ("P02", "K6", "01-10-2024", 85), ("P02", "K6", "01-04-2025", 46),
    # P03 Byggesager, go-live 01-02-2026: case time rises while staff learn the system (the planned dip),
    # is back at the baseline half a year later, and falls to the target by the end of 2026.
    ("P03", "K3", "01-02-2026", 62), ("P03", "K3", "01-04-2026", 68), ("P03", "K3", "01-08-2026", 62),
    # Calls rise after go-live (questions about the new self-service), then fall.
    ("P03", "K4", "01-02-2026", 640), ("P03", "K4", "01-05-2026", 700), ("P03", "K4", "01-11-2026", 510),
    # P05 Skærmbesøg, go-live 01-09-2025: driving falls as citizens move to screen visits.
    ("P05", "K3", "01-09-2025", 96000), ("P05", "K3", "01-07-2026", 87000),
    ("P05", "K4", "01-09-2025", 0), ("P05", "K4", "01-03-2026", 570), ("P05", "K4", "01-09-2026", 1330),
    # P09 Sensorer: installed through 2025, savings from the 2025/26 heating season.
    ("P09", "K2", "01-10-2025", 4150), ("P09", "K2", "01-04-2026", 3910),
    ("P09", "K5", "01-12-2025", 3.3), ("P09", "K5", "01-09-2026", 3.5),
]

# Hændelser. Go-live dates are in projekter.csv and are not repeated here. Two process changes
# recalculate the control limits of a monthly criterion with 33 measurements (15-16 points before,
# 18-19 after: both segments charted).
EVENTS = [
    ("P01", "K4", "03-03-2025", "Ny medarbejder i pladsanvisningen under oplæring", "Nej"),
    ("P02", "", "12-03-2026", "Systemnedbrud i RPA-platformen i tre dage", "Nej"),
    ("P02", "K4", "15-05-2025", "Robot til ydelsesrefusion sat på pause", ""),
    ("P04", "K5", "01-04-2025", "Ny arbejdsgang: adresser kontrolleres mod CPR før udsendelse", "Ja"),
    ("P06", "K3", "02-02-2026", "Kampagne for chatbotten i lokalavisen", "Nej"),
    ("P07", "K4", "01-03-2025", "Ny arbejdsgang: fakturaer godkendes digitalt af budgetansvarlig", "Ja"),
    ("P09", "K2", "15-01-2026", "Ekstraordinært kold januar", "Nej"),
]


def da_date_or_period(c, d, i):
    style = c.get("period")
    if style == "month" and d.year == 2026:
        return f"{DA_MONTHS[d.month - 1]} {d.year}" if i % 2 == 0 else f"{DA_MONTHS[d.month - 1][:3]}. {d.year}" if d.month != 5 else f"maj {d.year}"
    if style == "quarter":
        q = (d.month - 1) // 3 + 1
        return f"{d.year}-Q{q}" if d.year == 2025 else f"{q}. kvt. {d.year}"
    return d.strftime("%d-%m-%Y")


def csv_field(text, delimiter):
    if any(ch in text for ch in (delimiter, '"', "\r", "\n")):
        return '"' + text.replace('"', '""') + '"'
    return text


def write(path, rows, delimiter, encoding, bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = "\r\n".join(delimiter.join(csv_field(f, delimiter) for f in row) for row in rows) + "\r\n"
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(path, "wb") as f:
        f.write(raw)


def kommune_da():
    out = os.path.join(ROOT, "kommune-da")
    projects = [["Projekt-id", "Projektnavn", "Projektejer", "Forvaltning", "Fase", "Idriftsættelse"]]
    projects += [list(p) for p in PROJECTS]
    write(os.path.join(out, "projekter.csv"), projects, ";", "cp1252")

    crit = [["Projekt-id", "Kriterie-id", "Succeskriterium", "Opfølgningsområde", "Enhed", "Retning", "Nulpunkt",
             "Nulpunktsdato", "Målværdi", "Måldato", "Ansvarlig", "Målefrekvens", "Vægt", "Kr. pr. enhed"]]
    for c in CRITERIA:
        dec = DECIMALS.get(c["unit"], 1)
        big = c["unit"] in ("kr.", "antal", "MWh")
        crit.append([c["project"], c["id"], c["name"], c["category"], c["unit"], c["direction"],
                     da_number(c["baseline"], dec if c["baseline"] != int(c["baseline"]) else 0, big),
                     c["baseline_date"], da_number(c["target"], dec if c["target"] != int(c["target"]) else 0, big),
                     c["target_date"], c["owner"], c["freq"], str(c["weight"]),
                     "" if c["vpu"] is None else da_number(c["vpu"], 2 if c["vpu"] != int(c["vpu"]) else 0, True)])
    write(os.path.join(out, "kriterier.csv"), crit, ";", "cp1252")

    rows = []
    freq_en = {"Månedlig": "monthly", "Kvartalsvis": "quarterly", "Halvårlig": "halfyearly", "Årlig": "yearly"}
    for c in CRITERIA:
        spec = dict(c, freq=freq_en[c["freq"]])
        if c.get("max_points") == 0:
            continue
        for i, (d, v) in enumerate(series(spec)):
            big = c["unit"] in ("kr.", "antal", "MWh")
            rows.append((d, c["project"], c["id"], da_date_or_period(c, d, i),
                         da_number(v, DECIMALS.get(c["unit"], 1), big), NOTES.get((c["project"], c["id"], i), "")))
    # An export sorted by date, then project and criterion, as a reporting system writes it.
    rows.sort(key=lambda r: (r[0], r[1], int(r[2][1:])))
    meas = [["Projekt-id", "Kriterie-id", "Dato", "Værdi", "Bemærkning"]] + [list(r[1:]) for r in rows]
    write(os.path.join(out, "maalinger.csv"), meas, ";", "cp1252")

    units = {(c["project"], c["id"]): c["unit"] for c in CRITERIA}
    plan = [["Projekt-id", "Kriterie-id", "Dato", "Delmål"]]
    for p, k, date, v in MILESTONES:
        unit = units[(p, k)]
        plan.append([p, k, date, da_number(v, DECIMALS.get(unit, 1) if v != int(v) else 0, unit in ("kr.", "antal", "MWh", "timer"))])
    write(os.path.join(out, "delmaal.csv"), plan, ";", "cp1252")
    events = [["Projekt-id", "Kriterie-id", "Dato", "Hændelse", "Genberegn"]] + [list(e) for e in EVENTS]
    write(os.path.join(out, "haendelser.csv"), events, ";", "cp1252")
    return len(CRITERIA), len(rows), len(MILESTONES), len(EVENTS)


# ---------------------------------------------------------------- the English set

EN_PROJECTS = [
    ("DP-1", "Digital building permits", "Sarah Jensen", "Planning and Environment", "execution", "2025-09-01"),
    ("DP-2", "Self-service housing benefit", "Michael Berg", "Citizen Services", "operation", "2024-11-01"),
    ("DP-3", "Sensor-based cleaning in schools", "Nina Olsen", "Property", "handover", "2025-08-15"),
]

EN_CRITERIA = [
    C("DP-1", "C1", "Share of applications filed online", "solution", "%", "increase", 55, "2025-01-01", 90, "2026-12-31", "Sarah Jensen", "monthly", "on"),
    C("DP-1", "C2", "Caseworkers trained in the new process", "competencies", "antal", "increase", 0, "2025-01-01", 18, "2026-06-30", "Sarah Jensen", "quarterly", "achieved"),
    C("DP-1", "C3", "Average processing time, simple permits", "benefit", "dage", "decrease", 48, "2025-01-01", 30, "2026-12-31", "Tom Hald", "monthly", "risk", 2, 1200),
    C("DP-1", "C4", "Portal uptime", "solution", "%", "at_least", 99.1, "2025-01-01", 99.5, "2026-12-31", "IT operations", "monthly", "thr_met"),
    C("DP-2", "C1", "Applications decided automatically", "solution", "%", "increase", 0, "2024-07-01", 40, "2026-06-30", "Michael Berg", "monthly", "missed"),
    C("DP-2", "C2", "Phone calls about housing benefit per month", "benefit", "antal", "decrease", 2300, "2024-07-01", 1200, "2026-12-31", "Michael Berg", "monthly", "on", 1, 58),
    C("DP-2", "C3", "Staff hours per application", "benefit", "timer", "decrease", 1.6, "2024-07-01", 0.8, "2026-12-31", "", "monthly", "off", 3, 385),
    C("DP-3", "C1", "Cleaning hours saved per month", "benefit", "timer", "increase", 0, "2025-03-01", 650, "2026-12-31", "Nina Olsen", "monthly", "on", 2, 310),
    C("DP-3", "C2", "Cleaning staff using the sensor app", "competencies", "%", "increase", 0, "2025-03-01", 95, "2026-06-30", "Nina Olsen", "quarterly", "achieved"),
    C("DP-3", "C3", "Complaints about cleaning per quarter", "benefit", "antal", "at_most", 40, "2025-03-01", 25, "2026-12-31", "Nina Olsen", "quarterly", "thr_breached"),
]


def iso_to_dmy(s):
    y, m, d = s.split("-")
    return f"{d}-{m}-{y}"


def english_utf8():
    out = os.path.join(ROOT, "english-utf8")
    write(os.path.join(out, "projects.csv"),
          [["project_id", "name", "owner", "area", "phase", "go_live"]] + [list(p) for p in EN_PROJECTS], ",", "utf-8", bom=True)
    crit = [["project_id", "criterion_id", "name", "category", "unit", "direction", "baseline", "baseline_date",
             "target", "target_date", "owner", "frequency", "weight", "value_per_unit"]]
    unit_en = {"antal": "count", "timer": "hours", "dage": "days", "%": "%"}
    for c in EN_CRITERIA:
        crit.append([c["project"], c["id"], c["name"], c["category"], unit_en.get(c["unit"], c["unit"]), c["direction"],
                     f"{c['baseline']}", c["baseline_date"], f"{c['target']}", c["target_date"], c["owner"], c["freq"],
                     str(c["weight"]), "" if c["vpu"] is None else f"{c['vpu']}"])
    write(os.path.join(out, "criteria.csv"), crit, ",", "utf-8", bom=True)
    rows = []
    for c in EN_CRITERIA:
        spec = dict(c, baseline_date=iso_to_dmy(c["baseline_date"]), target_date=iso_to_dmy(c["target_date"]))
        for i, (d, v) in enumerate(series(spec)):
            note = "Includes backlog, reported late" if (c["project"], c["id"], i) == ("DP-1", "C3", 4) else ""
            rows.append((d, c["project"], c["id"], d.isoformat(), en_number(v, DECIMALS.get(c["unit"], 1)), note))
    rows.sort(key=lambda r: (r[1], r[2], r[0]))   # grouped by criterion this time
    write(os.path.join(out, "measurements.csv"),
          [["project_id", "criterion_id", "date", "value", "note"]] + [list(r[1:]) for r in rows], ",", "utf-8", bom=True)
    return len(EN_CRITERIA), len(rows)


# ---------------------------------------------------------------- one broken folder per code

K_HEAD = "projekt_id;kriterie_id;navn;kategori;enhed;retning;nulpunkt;nulpunkt_dato;målværdi;måldato;ansvarlig;frekvens;vægt"
K1 = "P1;K1;Sagsbehandlingstid;gevinst;dage;reducere;30;01-01-2025;20;31-12-2026;Anne Holm;kvartalsvis;1"
K2 = "P1;K2;Andel digitale ansøgninger;løsning;%;øge;40;01-01-2025;80;31-12-2026;Anne Holm;kvartalsvis;1"
M_HEAD = "projekt_id;kriterie_id;dato;værdi;bemærkning"
M1 = "P1;K1;31-03-2025;28;"
M2 = "P1;K1;30-06-2025;26,5;"
M3 = "P1;K2;30-06-2025;45;"
P_HEAD = "projekt_id;projektnavn;projektejer;forvaltning;fase;idriftsættelse"
P1 = "P1;Digital sagsbehandling;Anne Holm;Borgerservice;drift;01-03-2025"

D_HEAD = "projekt_id;kriterie_id;dato;delmål"
D1 = "P1;K1;30-06-2025;28"
E_HEAD = "projekt_id;kriterie_id;dato;hændelse;genberegn"
E1 = "P1;K1;01-05-2025;Ny arbejdsgang;ja"
K3 = "P1;K3;Oppetid;løsning;%;mindst;99;01-01-2025;99,5;31-12-2026;Anne Holm;månedlig;1"

# code: (files {name: lines or bytes}, file with the problem, line or None, exit status).
# A folder `<code>-<what>` is a further case of that code (in the milestones or events file).
BROKEN = {
    "missing_file": ({"kriterier.csv": [K_HEAD, K1]}, "maalinger.csv", None, 65),
    "encoding": ({"kriterier.csv": [K_HEAD, K1],
                  "maalinger.csv": b"projekt_id;kriterie_id;dato;v\xe6rdi\r\nP1;K1;31-03-2025;28\r\nP1;K1;30-06-2025;2\x816\r\n"},
                 "maalinger.csv", 3, 65),
    "empty_file": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": b""}, "maalinger.csv", None, 65),
    "no_rows": ({"kriterier.csv": [K_HEAD], "maalinger.csv": [M_HEAD]}, "kriterier.csv", None, 65),
    "missing_column": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": ["projekt_id;kriterie_id;dato;beløb", "P1;K1;31-03-2025;28"]},
                       "maalinger.csv", 1, 65),
    "missing_value": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;30-06-2025;;"]}, "maalinger.csv", 3, 1),
    "bad_number": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;30-06-2025;12,3,4;"]}, "maalinger.csv", 3, 1),
    "bad_date": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;31-06-2025;26;"]}, "maalinger.csv", 3, 1),
    "bad_value": ({"kriterier.csv": [K_HEAD, K1, K2.replace("løsning", "økonomi")], "maalinger.csv": [M_HEAD, M1]},
                  "kriterier.csv", 3, 1),
    "target_equals_baseline": ({"kriterier.csv": [K_HEAD, K1, K2.replace(";80;", ";40;")], "maalinger.csv": [M_HEAD, M1]},
                               "kriterier.csv", 3, 1),
    "target_date_not_after_baseline": ({"kriterier.csv": [K_HEAD, K1, K2.replace("31-12-2026", "01-01-2025")],
                                        "maalinger.csv": [M_HEAD, M1]}, "kriterier.csv", 3, 1),
    "direction_contradicts_target": ({"kriterier.csv": [K_HEAD, K1, K2.replace(";øge;", ";reducere;")],
                                      "maalinger.csv": [M_HEAD, M1]}, "kriterier.csv", 3, 1),
    "weight_not_positive": ({"kriterier.csv": [K_HEAD, K1, K2[:-1] + "0"], "maalinger.csv": [M_HEAD, M1]}, "kriterier.csv", 3, 1),
    "duplicate_criterion": ({"kriterier.csv": [K_HEAD, K1, K1.replace("Sagsbehandlingstid", "Sagsbehandlingstid (igen)")],
                             "maalinger.csv": [M_HEAD, M1]}, "kriterier.csv", 3, 1),
    "duplicate_project": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                           "projekter.csv": [P_HEAD, P1, "P1;Digital sagsbehandling (kopi);;;;"]}, "projekter.csv", 3, 1),
    "unknown_project": ({"kriterier.csv": [K_HEAD, K1, K2.replace("P1;", "P2;")], "maalinger.csv": [M_HEAD, M1],
                         "projekter.csv": [P_HEAD, P1]}, "kriterier.csv", 3, 1),
    "unknown_criterion": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K9;30-06-2025;26;"]},
                          "maalinger.csv", 3, 1),
    "too_many_fields": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;30-06-2025;26;Ny opgørelse;se bilag"]},
                        "maalinger.csv", 3, 1),
    "csv_syntax": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;30-06-2025;26;\"Ny opgørelse"]},
                   "maalinger.csv", 3, 1),
    "unknown_column": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD + ";Kilde", M1 + ";Fagsystem"]},
                       "maalinger.csv", 1, 0),
    "duplicate_measurement": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;marts 2025;27;rettet tal"]},
                              "maalinger.csv", 3, 0),
    "before_baseline": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, "P1;K1;31-12-2024;31;", M1]},
                        "maalinger.csv", 2, 0),
    "control_character": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1, "P1;K1;30-06-2025;26;Indtastet\x07 manuelt"]},
                          "maalinger.csv", 3, 0),
    # Milestones (delmål) and events (hændelser).
    "milestone_out_of_range": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                "delmaal.csv": [D_HEAD, D1, "P1;K1;31-12-2026;20"]}, "delmaal.csv", 3, 1),
    "milestone_on_threshold": ({"kriterier.csv": [K_HEAD, K1, K3], "maalinger.csv": [M_HEAD, M1],
                                "delmaal.csv": [D_HEAD, D1, "P1;K3;30-06-2025;99,2"]}, "delmaal.csv", 3, 1),
    "duplicate_milestone": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                             "delmaal.csv": [D_HEAD, D1, "P1;K1;30-06-2025;27"]}, "delmaal.csv", 3, 1),
    "bad_date-delmaal-periode": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                  "delmaal.csv": [D_HEAD, D1, "P1;K1;2026-Q1;24"]}, "delmaal.csv", 3, 1),
    "bad_number-delmaal": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                            "delmaal.csv": [D_HEAD, D1, "P1;K1;31-03-2026;24 dage"]}, "delmaal.csv", 3, 1),
    "unknown_criterion-delmaal": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                   "delmaal.csv": [D_HEAD, D1, "P1;K7;31-03-2026;24"]}, "delmaal.csv", 3, 1),
    "missing_value-delmaal": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                               "delmaal.csv": [D_HEAD, D1, "P1;K1;31-03-2026;"]}, "delmaal.csv", 3, 1),
    "bad_date-haendelser-periode": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                     "haendelser.csv": [E_HEAD, E1, "P1;;marts 2026;Systemnedbrud;nej"]}, "haendelser.csv", 3, 1),
    "bad_value-haendelser": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                              "haendelser.csv": [E_HEAD, E1, "P1;K1;01-09-2025;Ny leverandør;måske"]}, "haendelser.csv", 3, 1),
    "missing_value-haendelser": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                  "haendelser.csv": [E_HEAD, E1, "P1;K1;01-09-2025;;ja"]}, "haendelser.csv", 3, 1),
    "unknown_criterion-haendelser": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                      "haendelser.csv": [E_HEAD, E1, "P1;K2;01-09-2025;Ny leverandør;nej"]}, "haendelser.csv", 3, 1),
    "unknown_project-haendelser": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                    "haendelser.csv": [E_HEAD, E1, "P2;;01-09-2025;Systemnedbrud;nej"]}, "haendelser.csv", 3, 1),
    "control_character-haendelser": ({"kriterier.csv": [K_HEAD, K1], "maalinger.csv": [M_HEAD, M1],
                                      "haendelser.csv": [E_HEAD, E1, "P1;;01-09-2025;Systemnedbrud\x07 om natten;nej"]},
                                     "haendelser.csv", 3, 0),
}


def broken():
    base = os.path.join(ROOT, "broken")
    shutil.rmtree(base, ignore_errors=True)
    for code, (files, bad_file, line, exit_status) in BROKEN.items():
        folder = os.path.join(base, code)
        os.makedirs(folder)
        for name, content in files.items():
            data = content if isinstance(content, bytes) else ("\r\n".join(content) + "\r\n").encode("utf-8")
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        with open(os.path.join(folder, "expected.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"code: {code.split('-')[0]}\nfile: {bad_file}\nline: {'-' if line is None else line}\nexit: {exit_status}\n")
    return len(BROKEN)


if __name__ == "__main__":
    print("kommune-da: %d criteria, %d measurements, %d milestones, %d events" % kommune_da())
    print("english-utf8: %d criteria, %d measurements" % english_utf8())
    print("broken: %d folders" % broken())
