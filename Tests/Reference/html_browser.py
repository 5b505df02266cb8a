#!/usr/bin/env python3
"""The leaders' page (`effekt html`, issue #15) in a real browser: Debian's chromium, headless,
driven by selenium through chromium-driver.

    html_browser.py EFFEKT_BINARY [ARTEFACT_FOLDER]

For the Danish demo export and a hostile fixture it builds the page and the JSON of the same run,
loads the page and checks: no console error and no network request (the CSP blocks anything
not inline, and a blocked load is logged), every project and criterion present, the figures in
the DOM (data- attributes) equal to the JSON, sorting and filtering working, hostile names staying
text (no alert, no injected element), and the content present with scripts disabled. Writes a
1280 px screenshot of the portfolio and a PDF printed by the browser to ARTEFACT_FOLDER
(default .build/html-browser) to be looked at; they are not committed.
"""
import base64
import json
import math
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def build(effekt, folder, out, extra=()):
    html, js = os.path.join(out, "page.html"), os.path.join(out, "page.json")
    for cmd, path in (("html", html), ("evaluate", js)):
        r = subprocess.run([effekt, cmd, folder, "-q", "-o", path, *extra], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            sys.exit(f"effekt {cmd} {folder} failed ({r.returncode}): {r.stderr}")
    with open(js, encoding="utf-8") as f:
        return html, json.load(f)


def driver(scripts=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,1800", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(a)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def same(dom, value, what):
    """A data- attribute against the JSON number: both missing, or equal within 1e-9."""
    if value is None:
        check(dom in ("", None), f"{what}: DOM {dom!r}, JSON null")
        return
    try:
        got = float(dom)
    except (TypeError, ValueError):
        check(False, f"{what}: DOM {dom!r}, JSON {value}")
        return
    check(math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-9), f"{what}: DOM {got}, JSON {value}")


def no_errors_no_requests(d, url, label):
    logs = d.get_log("browser")
    bad = [e for e in logs if e.get("level") in ("SEVERE", "WARNING")]
    check(not bad, f"{label}: console messages {bad[:3]}")
    requests = []
    for entry in d.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            u = msg["params"]["request"]["url"]
            if u != url:
                requests.append(u)
    check(not requests, f"{label}: network requests {requests[:5]}")


def figures(d, data, label):
    rows = {r.get_attribute("data-project-id"): r for r in d.find_elements(By.CSS_SELECTOR, "#project-table tbody tr")}
    check(len(rows) == len(data["projects"]), f"{label}: {len(rows)} table rows, {len(data['projects'])} projects")
    pf = d.find_element(By.CSS_SELECTOR, "#portefolje dl.figures")
    for key, attr in (("score", "data-score"), ("expected", "data-expected"), ("score_change", "data-change"),
                      ("realized_value", "data-realized"), ("planned_value", "data-planned"), ("coverage", "data-coverage")):
        same(pf.get_attribute(attr), data["portfolio"][key], f"{label}: portfolio {key}")
    check(pf.get_attribute("data-status") == data["portfolio"]["status"], f"{label}: portfolio status")
    for status, n in data["portfolio"]["status_counts"].items():
        li = d.find_element(By.CSS_SELECTOR, f'#portefolje .counts li[data-status="{status}"]')
        check(int(li.get_attribute("data-count")) == n, f"{label}: count of {status}")
    sections = {s.get_attribute("data-project-id"): s for s in d.find_elements(By.CSS_SELECTOR, "section.project")}
    for p in data["projects"]:
        pid = p["project_id"]
        row = rows.get(pid)
        check(row is not None, f"{label}: project {pid!r} not in the table")
        if row is None:
            continue
        for key, attr in (("score", "data-score"), ("expected", "data-expected"), ("gap", "data-gap"),
                          ("score_change", "data-change"), ("realized_value", "data-realized"),
                          ("planned_value", "data-planned"), ("coverage", "data-coverage")):
            same(row.get_attribute(attr), p[key], f"{label}: {pid} {key}")
        check(row.get_attribute("data-status") == p["status"], f"{label}: {pid} status")
        name = p["name"] or pid
        check(name in row.text, f"{label}: {pid} name {name!r} not shown as text in {row.text!r}")
        section = sections.get(pid)
        check(section is not None, f"{label}: project {pid!r} has no section")
        if section is None:
            continue
        articles = {a.get_attribute("data-criterion-id"): a for a in section.find_elements(By.CSS_SELECTOR, "article.criterion")}
        for c in p["criteria"]:
            a = articles.get(c["criterion_id"])
            check(a is not None, f"{label}: {pid}/{c['criterion_id']} missing")
            if a is None:
                continue
            for key, attr in (("attainment", "data-attainment"), ("expected", "data-expected"),
                              ("latest_value", "data-latest"), ("baseline", "data-baseline"), ("target", "data-target")):
                same(a.get_attribute(attr), c[key], f"{label}: {pid}/{c['criterion_id']} {key}")
            check(a.get_attribute("data-status") == c["status"], f"{label}: {pid}/{c['criterion_id']} status")
            check(int(a.get_attribute("data-measurements")) == c["measurements"], f"{label}: {pid}/{c['criterion_id']} n")
            check(c["name"] in a.text, f"{label}: criterion name {c['name']!r} not shown as text")
            check(len(a.find_elements(By.CSS_SELECTOR, "svg.criterion-chart title")) == 1, f"{label}: chart title")
    return rows


def column_values(d, col):
    return [r.find_elements(By.CSS_SELECTOR, "th,td")[col].get_attribute("data-v")
            for r in d.find_elements(By.CSS_SELECTOR, "#project-table tbody tr")]


def sorting_and_filtering(d, data, label):
    buttons = d.find_elements(By.CSS_SELECTOR, "#project-table button.sort")
    for col in (2, 1, 0):  # score (numeric), status rank, project id (text)
        buttons[col].click()
        v = column_values(d, col)
        key = (lambda x: float(x)) if col else (lambda x: x)
        if col:
            check(v == sorted(v, key=key), f"{label}: column {col} not ascending after one click: {v}")
        buttons[col].click()
        v2 = column_values(d, col)
        if col:
            check(v2 == sorted(v2, key=key, reverse=True), f"{label}: column {col} not descending after two clicks: {v2}")
        else:
            check(v2 == list(reversed(v)), f"{label}: text column not reversed")
        th = d.find_elements(By.CSS_SELECTOR, "#project-table thead th")[col]
        check(th.get_attribute("aria-sort") == "descending", f"{label}: aria-sort")
    # By keyboard: Enter on the focused "Forventet" button sorts it ascending.
    buttons[3].send_keys(Keys.ENTER)
    v = column_values(d, 3)
    check(v == sorted(v, key=float), f"{label}: Enter on a sort button did not sort: {v}")
    check(d.switch_to.active_element == buttons[3], f"{label}: the sort button did not take the focus")
    check(d.find_element(By.ID, "filters").is_displayed(), f"{label}: filters not shown with scripts on")
    areas = [p["area"] for p in data["projects"] if p["area"]]
    if areas:
        area = sorted(areas)[0]
        Select(d.find_element(By.CSS_SELECTOR, 'select[data-filter="area"]')).select_by_value(area)
        visible = [r for r in d.find_elements(By.CSS_SELECTOR, "#project-table tbody tr") if r.is_displayed()]
        want = sum(1 for p in data["projects"] if p["area"] == area)
        check(len(visible) == want, f"{label}: filter area={area!r} shows {len(visible)}, want {want}")
        check(all(r.get_attribute("data-area") == area for r in visible), f"{label}: filter shows other areas")
        Select(d.find_element(By.CSS_SELECTOR, 'select[data-filter="area"]')).select_by_value("")
        visible = [r for r in d.find_elements(By.CSS_SELECTOR, "#project-table tbody tr") if r.is_displayed()]
        check(len(visible) == len(data["projects"]), f"{label}: clearing the filter")


def hostile(d, data, label):
    try:
        d.switch_to.alert
        check(False, f"{label}: an alert opened")
    except NoAlertPresentException:
        pass
    check(len(d.find_elements(By.TAG_NAME, "script")) == 1, f"{label}: injected script element")
    check(not d.find_elements(By.CSS_SELECTOR, 'img[src="x"], img'), f"{label}: injected img element")
    check(not d.find_elements(By.CSS_SELECTOR, "body svg[onload], [onerror], [onfocus], [onmouseover]"),
          f"{label}: injected event handler")
    text = d.find_element(By.TAG_NAME, "body").text
    for name in HOSTILE:
        check(name in text, f"{label}: {name!r} not shown as text")


def main():
    effekt = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/effekt")
    artefacts = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else ".build/html-browser")
    os.makedirs(artefacts, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for label, folder, extra in (("demo", "Fixtures/kommune-da", ()), ("hostile", "Fixtures/html-hostile", ()),
                                     ("demo-en", "Fixtures/kommune-da", ("--lang", "en"))):
            out = os.path.join(tmp, label)
            os.makedirs(out)
            page, data = build(effekt, folder, out, extra)
            url = "file://" + page
            d = driver()
            try:
                d.get(url)
                check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == ("en" if extra else "da"), f"{label}: lang")
                figures(d, data, label)
                no_errors_no_requests(d, url, label)
                if label == "demo":
                    d.save_screenshot(os.path.join(artefacts, "portfolio-1280.png"))
                    pdf = d.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
                    with open(os.path.join(artefacts, "effektvurdering.pdf"), "wb") as f:
                        f.write(base64.b64decode(pdf["data"]))
                    d.execute_script("document.getElementById('p-2').scrollIntoView()")
                    d.save_screenshot(os.path.join(artefacts, "project-1280.png"))
                if label == "hostile":
                    hostile(d, data, label)
                sorting_and_filtering(d, data, label)
                no_errors_no_requests(d, url, label + " after sorting")
            finally:
                d.quit()
            if label == "demo":
                d = driver(scripts=False)
                try:
                    d.get(url)
                    rows = d.find_elements(By.CSS_SELECTOR, "#project-table tbody tr")
                    check(len(rows) == len(data["projects"]), "no script: table rows")
                    check(len(d.find_elements(By.CSS_SELECTOR, "article.criterion svg.criterion-chart")) ==
                          sum(len(p["criteria"]) for p in data["projects"]), "no script: charts")
                    check(not d.find_element(By.ID, "filters").is_displayed(), "no script: filters stay hidden")
                finally:
                    d.quit()
    if failures:
        sys.exit(f"{len(failures)} browser check(s) failed")
    print(f"html_browser: all checks passed; screenshot and PDF in {artefacts}")


if __name__ == "__main__":
    main()
