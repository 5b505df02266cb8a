#!/usr/bin/env python3
"""The hostile-input corpus (issue #6): every file a real or malicious export could be.

    generate.py            writes the small cases into this folder (committed)
    generate.py --large D  writes the large cases into folder D (made at test time, not committed)

Each case is a folder holding kriterier.csv and maalinger.csv (and, for some, projekter.csv,
delmaal.csv or haendelser.csv); expected.tsv beside this script
says which exit status and diagnostic code(s) `effekt check <case>` must give.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRIT_HEAD = "projekt_id;kriterie_id;succeskriterium;retning;nulpunkt;nulpunkt_dato;målværdi;måldato;ansvarlig"
CRIT_ROW = "P1;K1;Sagsbehandlingstid;reducere;40;01-01-2025;30;31-12-2026;Mette"
MEAS_HEAD = "projekt_id;kriterie_id;dato;værdi;bemærkning"


def good_criteria():
    return (CRIT_HEAD + "\r\n" + CRIT_ROW + "\r\n").encode("utf-8")


def good_measurements():
    return (MEAS_HEAD + "\r\nP1;K1;31-03-2025;38,5;\r\n").encode("utf-8")


def case(root, name, criteria=None, measurements=None, extra=None):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    for fname, data in (("kriterier.csv", criteria), ("maalinger.csv", measurements)):
        path = os.path.join(folder, fname)
        if os.path.lexists(path) and not os.path.isfile(path):
            continue
        with open(path, "wb") as f:
            f.write(good_criteria() if data is None and fname == "kriterier.csv" else
                    good_measurements() if data is None else data)
    for fname, data in (extra or {}).items():
        with open(os.path.join(folder, fname), "wb") as f:
            f.write(data)


def small(root):
    m = MEAS_HEAD + "\r\n"
    case(root, "invalid_utf8_not_1252", criteria=(CRIT_HEAD + "\r\nP1;K1;Sags\x81\xc3behandling;reducere;40;01-01-2025;30;31-12-2026;M\r\n").encode("latin-1"))
    case(root, "utf16_without_bom", criteria=(CRIT_HEAD + "\r\n" + CRIT_ROW + "\r\n").encode("utf-16-le"))
    case(root, "nul_byte_in_number", measurements=(m + "P1;K1;31-03-2025;38\x005;\r\n").encode("utf-8"))
    case(root, "unbalanced_quote_at_end", measurements=(m + "P1;K1;31-03-2025;38,5;ok\r\nP1;K1;30-06-2025;37;\"never closed\r\n").encode("utf-8"))
    case(root, "quote_inside_unquoted_field", measurements=(m + "P1;K1;31-03-2025;38\"5;\r\n").encode("utf-8"))
    case(root, "mixed_delimiters", measurements=(m + "P1;K1;31-03-2025;38,5;\r\nP1,K1,30-06-2025,37,\r\n").encode("utf-8"))
    case(root, "header_repeated_mid_file", measurements=(m + "P1;K1;31-03-2025;38,5;\r\n" + MEAS_HEAD + "\r\nP1;K1;30-06-2025;37;\r\n").encode("utf-8"))
    case(root, "only_bom", criteria=b"\xef\xbb\xbf")
    case(root, "zero_bytes", criteria=b"")
    case(root, "binary_garbage", criteria=bytes((i * 7919 + 13) % 256 for i in range(4096)))
    for label, text in (("number_1e308", "1e308"), ("number_nan", "NaN"), ("number_infinity", "∞"),
                        ("number_1_2_3", "1.2.3")):
        case(root, label, measurements=(m + f"P1;K1;31-03-2025;{text};\r\n").encode("utf-8"))
    case(root, "number_negative_zero", measurements=(m + "P1;K1;31-03-2025;-0;\r\n").encode("utf-8"))
    case(root, "date_year_zero", measurements=(m + "P1;K1;0000-01-01;38;\r\n").encode("utf-8"))
    case(root, "date_29_feb_2025", measurements=(m + "P1;K1;29-02-2025;38;\r\n").encode("utf-8"))
    case(root, "date_9999_12_31", measurements=(m + "P1;K1;9999-12-31;38;\r\n").encode("utf-8"))
    case(root, "ansi_escape_in_name", criteria=(CRIT_HEAD + "\r\nP1;K1;Sags\x1b[31mbehandling\x1b[2J;reducere;40;01-01-2025;30;31-12-2026;M\r\n").encode("utf-8"))
    case(root, "formula_in_name", criteria=(CRIT_HEAD + "\r\nP1;K1;\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"klik\"\")\";reducere;40;01-01-2025;30;31-12-2026;=1+1\r\n").encode("utf-8"))
    # Formula prefixes, escapes and bidi overrides in the projects file, whose names and owners
    # reach the comparison CSV, the dashboards and the workbook.
    proj_head = "projekt_id;projektnavn;projektejer;forvaltning;fase;idriftsættelse"
    case(root, "formula_and_escapes_in_project", criteria=(CRIT_HEAD + "\r\n" + CRIT_ROW.replace("P1;", "-P1;", 1) + "\r\n").encode("utf-8"),
         measurements=(m + "-P1;K1;31-03-2025;38,5;\r\n").encode("utf-8"),
         extra={"projekter.csv": (proj_head + "\r\n-P1;\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"klik\"\")\";"
                                   "+45 1234 5678;\"@SUM(A1)\x1b]8;;http://example.invalid\x07link\x1b]8;;\x07 \u202eovres\u2066\";drift;01-01-2025\r\n").encode("utf-8")})
    # The optional milestones (delmål) and events (hændelser) files, read by the same machinery.
    d = "projekt_id;kriterie_id;dato;delmål\r\n"
    e = "projekt_id;kriterie_id;dato;hændelse;genberegn\r\n"
    case(root, "milestone_date_as_period", extra={"delmaal.csv": (d + "P1;K1;2026-H1;35\r\n").encode("utf-8")})
    case(root, "milestone_nul_in_value", extra={"delmaal.csv": (d + "P1;K1;30-06-2025;3\x005\r\n").encode("utf-8")})
    case(root, "milestone_value_1e308", extra={"delmaal.csv": (d + "P1;K1;30-06-2025;1e308\r\n").encode("utf-8")})
    case(root, "milestone_date_9999_12_31", extra={"delmaal.csv": (d + "P1;K1;9999-12-31;35\r\n").encode("utf-8")})
    case(root, "milestones_header_only", extra={"delmaal.csv": d.encode("utf-8")})
    case(root, "milestones_utf16_without_bom", extra={"delmaal.csv": (d + "P1;K1;30-06-2025;35\r\n").encode("utf-16-le")})
    case(root, "milestones_windows1252_with_bom_like_bytes",
         extra={"delmaal.csv": (d.replace("delmål", "delm\u00e5l") + "P1;K1;30-06-2025;35,5\r\n").encode("cp1252")[:-2] + b"\xef\xbb\r\n"})
    case(root, "events_only_bom", extra={"haendelser.csv": b"\xef\xbb\xbf"})
    case(root, "event_recalculate_garbage", extra={"haendelser.csv": (e + "P1;K1;01-05-2025;Ny arbejdsgang;vielleicht\r\n").encode("utf-8")})
    case(root, "event_text_formula_and_escapes",
         extra={"haendelser.csv": (e + "P1;;15-03-2025;\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"klik\"\")\x1b[2J\u202e\";ja\r\n").encode("utf-8")})
    case(root, "event_unbalanced_quote", extra={"haendelser.csv": (e + "P1;K1;01-05-2025;ok;nej\r\nP1;;01-06-2025;\"never closed;ja\r\n").encode("utf-8")})
    case(root, "event_nul_in_recalculate", extra={"haendelser.csv": (e + "P1;K1;01-05-2025;Ny arbejdsgang;j\x00a\r\n").encode("utf-8")})
    case(root, "rtl_marks_and_emoji", criteria=(CRIT_HEAD + "\r\nP1;K1;\u202eSagsbehandling\u200f 🚀👩‍💻;reducere;40;01-01-2025;30;31-12-2026;Ærø Østergård\r\n").encode("utf-8"))


def large(root):
    m = MEAS_HEAD + "\r\n"
    case(root, "field_of_5_mb", measurements=(m + "P1;K1;31-03-2025;" + "9" * 5_000_000 + ";\r\n").encode("utf-8"))
    case(root, "note_of_5_mb", measurements=(m + "P1;K1;31-03-2025;38;" + "x" * 5_000_000 + "\r\n").encode("utf-8"))
    wide_head = MEAS_HEAD + "".join(f";extra{i}" for i in range(100_000 - 5))
    case(root, "columns_100000", measurements=(wide_head + "\r\nP1;K1;31-03-2025;38,5;" + ";" * (100_000 - 5) + "\r\n").encode("utf-8"))
    # A header of 100,000 columns none of which is known: the missing_column message must list a
    # readable few (it listed all 100,000: a 1.6 MB line).
    unknown_head = ";".join(f"kolonne{i}" for i in range(100_000))
    case(root, "columns_100000_none_known", criteria=(unknown_head + "\r\nP1;K1\r\n").encode("utf-8"))
    case(root, "event_text_of_5_mb", extra={"haendelser.csv": ("projekt_id;kriterie_id;dato;hændelse;genberegn\r\nP1;K1;01-05-2025;"
                                                               + "x" * 5_000_000 + ";ja\r\n").encode("utf-8")})
    case(root, "million_empty_lines", measurements=(m + "\r\n" * 1_000_000 + "P1;K1;31-03-2025;38,5;\r\n").encode("utf-8"))
    rows = "".join(f"P{p};K1;Kriterie;reducere;40;01-01-2025;30;31-12-2026;M\r\n" for p in range(1, 10_001))
    meas = "".join(f"P{p};K1;31-03-2025;38;\r\n" for p in range(1, 10_001))
    case(root, "projects_10000_sharing_one_id", criteria=(CRIT_HEAD + "\r\n" + rows).encode("utf-8"),
         measurements=(m + meas).encode("utf-8"))
    # A directory and a FIFO where a file should be; they must neither crash nor hang.
    d = os.path.join(root, "directory_as_file")
    os.makedirs(os.path.join(d, "kriterier.csv"), exist_ok=True)
    case(root, "directory_as_file")
    f = os.path.join(root, "fifo_as_file")
    os.makedirs(f, exist_ok=True)
    if not os.path.exists(os.path.join(f, "kriterier.csv")):
        os.mkfifo(os.path.join(f, "kriterier.csv"))
    case(root, "fifo_as_file")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        large(sys.argv[2])
    else:
        small(HERE)
