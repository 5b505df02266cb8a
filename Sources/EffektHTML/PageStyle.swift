/// The page's stylesheet: screen and A4-landscape print. Text colours keep ≥ 4.5:1 against the
/// white and light-grey backgrounds; status is always symbol and word as well as colour.
enum PageStyle {
    static let text = #"""
:root{--ink:#1b1f24;--muted:#4d5660;--line:#d3d8de;--panel:#f4f6f8;--accent:#1f4e9c;
--achieved:#0b5394;--on_track:#1e6b34;--at_risk:#8a5300;--off_track:#b3261e;--missed:#7b1d5a;--no_data:#4d5660}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
.page{max-width:1240px;margin:0 auto;padding:24px 28px 48px}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
header.top{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:flex-end;gap:8px 24px;border-bottom:3px solid var(--ink);padding-bottom:10px}
header.top h1{margin:0;font-size:28px;line-height:1.15}
header.top .org{display:block;font-size:15px;font-weight:600;color:var(--muted);letter-spacing:.02em;text-transform:uppercase}
header.top .period{font-size:16px;font-weight:600}
header.top .counts-line{width:100%;color:var(--muted);font-size:14px}
.logo{max-height:48px}
.notice{margin:14px 0 0;padding:10px 14px;border:2px solid var(--off_track);background:#fdf0ef;font-weight:600}
h2{font-size:21px;margin:30px 0 12px}
h3{font-size:17px;margin:22px 0 8px}
.pid{color:var(--muted);font-weight:600;margin-right:.25em}
dl,dd{margin:0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
.figure{background:var(--panel);border-radius:8px;padding:12px 14px}
.figure dt{font-size:13px;color:var(--muted);font-weight:600}
.figure .value{display:block;font-size:26px;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.figure .value .status{font-size:22px}
.figure .sub{display:block;font-size:13px;color:var(--muted)}
.figure svg.bar{width:100%;height:12px;margin:4px 0}
.counts{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:14px 0}
.counts li{border:1.5px solid currentColor;border-radius:999px;padding:3px 12px;font-size:14px;background:#fff}
.status{font-weight:650;white-space:nowrap}
.st-achieved{color:var(--achieved)}.st-on_track{color:var(--on_track)}.st-at_risk{color:var(--at_risk)}
.st-off_track{color:var(--off_track)}.st-missed{color:var(--missed)}.st-no_data{color:var(--no_data)}
.stale,.warn{color:var(--off_track);font-weight:600}
.attention{border-left:4px solid var(--off_track);background:#fdf6f5;padding:8px 16px;margin:14px 0}
.attention h3{margin:4px 0}
.attention ol{margin:4px 0 6px;padding-left:22px}
.attention li{margin:3px 0}
.sub{color:var(--muted);font-size:13px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:20px;margin-top:8px}
figure{margin:0}
figcaption{font-size:13px;color:var(--muted);margin:0 0 6px}
figcaption b{display:block;font-size:15px;color:var(--ink)}
svg.chart{width:100%;height:auto;display:block}
details.fallback{font-size:13px;margin-top:4px}
details.fallback summary{cursor:pointer;color:var(--accent)}
.grid{stroke:#e3e7eb}.axis{stroke:#8a939c}
.tick,.row-value,.pt-label{font-size:11px;fill:var(--muted)}
.row-label{font-size:12px;fill:var(--ink)}
.pt-label{font-weight:600;fill:var(--ink)}
.baseline{stroke:#6b7580;stroke-dasharray:2 3}
.target{stroke:var(--on_track);stroke-width:1.5}
.plan{fill:none;stroke:var(--accent);stroke-width:1.5;stroke-dasharray:6 4}
.spc-band{fill:#f1ecf8}.spc-mean{stroke:#6a4c93;stroke-width:1.5}.spc-limit{stroke:#9a82bd}
.series{fill:none;stroke:var(--ink);stroke-width:2;stroke-linejoin:round}
.pt{fill:var(--ink)}.pt.base{fill:#fff;stroke:var(--ink);stroke-width:1.5}.pt.signal{fill:#fff;stroke:var(--off_track);stroke-width:2.5}
.event{stroke:var(--at_risk);stroke-dasharray:1 3;stroke-width:1.5}.event.recalc{stroke-dasharray:none}
.golive{stroke:var(--achieved);stroke-dasharray:5 3}
.asof{stroke:#aab2ba}
.lbl-target{font-size:11px;fill:var(--on_track);font-weight:600}.lbl-baseline{font-size:11px;fill:var(--muted)}
.lbl-golive{font-size:11px;fill:var(--achieved)}.lbl-event{font-size:11px;fill:var(--at_risk);font-weight:700}
.bar-track{fill:#e3e7eb}.bar-expected{stroke:var(--ink);stroke-width:2}
.bar-fill.st-achieved{fill:var(--achieved)}.bar-fill.st-on_track{fill:var(--on_track)}.bar-fill.st-at_risk{fill:#b07a12}
.bar-fill.st-off_track{fill:var(--off_track)}.bar-fill.st-missed{fill:var(--missed)}.bar-fill.st-no_data{fill:#8a939c}
.spark-line{fill:none;stroke:var(--accent);stroke-width:1.5}.spark-end{fill:var(--accent)}
.filters{display:flex;flex-wrap:wrap;gap:10px 20px;margin:8px 0 10px;font-size:14px;font-weight:600}
.filters select{font:inherit;font-weight:400;padding:4px 6px;border:1px solid #8a939c;border-radius:4px;background:#fff;color:var(--ink)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{text-align:left;color:var(--muted);font-size:13px;padding-bottom:6px}
th,td{padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:middle;text-align:left}
thead th{border-bottom:2px solid var(--ink);font-size:13px;white-space:nowrap;background:#fff}
tbody tr:nth-child(even){background:#fafbfc}
tbody th{font-weight:400}
td.n,td.change{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.score{white-space:nowrap}
td.score .pct{display:inline-block;min-width:3.2em;text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
svg.bar,svg.spark{vertical-align:middle}
.about{display:block;font-size:12.5px;color:var(--muted)}
button.sort{font:inherit;font-weight:700;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
th[aria-sort=ascending] .arrow::after{content:" ▲"}th[aria-sort=descending] .arrow::after{content:" ▼"}
.shown-count{color:var(--muted);font-size:13px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.project{border-top:3px solid var(--ink);margin-top:40px;content-visibility:auto;contain-intrinsic-size:auto 1800px}
.project>h2{margin-top:14px}
.facts{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;padding:0;margin:0 0 8px;color:var(--muted);font-size:14px}
.criterion{border:1px solid var(--line);border-radius:8px;padding:4px 16px 14px;margin:14px 0;break-inside:avoid}
.criterion h3{margin:12px 0 2px}
.criterion .about{margin:0 0 8px}
.crit-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(240px,2fr);gap:18px;align-items:start}
.crit-figures>div{display:grid;grid-template-columns:11em 1fr;gap:8px;padding:5px 0;border-bottom:1px solid var(--line);font-size:14px}
.crit-figures dt{color:var(--muted);font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:2px 14px;list-style:none;padding:0;margin:4px 0;font-size:12px;color:var(--muted)}
.sw{display:inline-block;width:18px;border-top:2px solid var(--ink);vertical-align:middle;margin-right:5px}
.sw-target{border-color:var(--on_track)}.sw-baseline{border-top-style:dotted;border-color:#6b7580}
.sw-plan{border-top-style:dashed;border-color:var(--accent)}.sw-spc{height:10px;border:0;border-top:1px solid #9a82bd;border-bottom:1px solid #9a82bd;background:#f1ecf8}
.sw-signal{width:9px;height:9px;border:2.5px solid var(--off_track);border-radius:50%}
.sw-event{border-top-style:dotted;border-color:var(--at_risk)}.sw-golive{border-top-style:dashed;border-color:var(--achieved)}
.sw-asof{border-color:#aab2ba}
.events{font-size:13px;margin:4px 0;padding-left:22px}
.note,.none{color:var(--muted)}
.back{font-size:14px}
footer{margin-top:40px;border-top:1px solid var(--line);padding-top:10px;font-size:13px;color:var(--muted)}
@media screen and (max-width:760px){.crit-body{grid-template-columns:1fr}}
@page{size:A4 landscape;margin:10mm}
@media print{
body{font-size:9pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{font-size:14pt;margin:8px 0 6px}h3{font-size:11pt}
header.top h1{font-size:18pt}
.figures{grid-template-columns:repeat(5,1fr);gap:6px}
.figure{padding:6px 8px}.figure .value{font-size:15pt}.figure .value .status{font-size:13pt}
.counts{margin:6px 0}.counts li{font-size:9pt;padding:1px 8px}
.attention{padding:4px 12px;margin:6px 0}
svg.score-chart,svg.quarter-chart{max-height:72mm}
.crit-body{grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:12px}
svg.criterion-chart{max-height:60mm}
.criterion{padding:2px 10px 6px;margin:6px 0}
.crit-figures>div{grid-template-columns:9em 1fr;padding:2px 0;font-size:8.5pt}
th,td{padding:4px 6px}table{font-size:9pt}
.page{max-width:none;padding:0}
.filters,.shown-count,.back,details.fallback,.arrow{display:none}
#projekter{break-before:page}
.project{break-before:page;border-top:0;margin-top:0;content-visibility:visible}
tr,.criterion,figure,.figure,.attention{break-inside:avoid}
thead{display:table-header-group}
.table-wrap{overflow:visible}
a{color:inherit;text-decoration:none}
.charts{grid-template-columns:1fr 1fr}
}
"""#
}
