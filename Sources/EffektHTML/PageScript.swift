/// The page's only script: sorting and filtering the project table. The page is complete without
/// it (the Content-Security-Policy allows exactly this text by its hash).
enum PageScript {
    static let text = #"""
(function () {
  "use strict";
  var table = document.getElementById("project-table");
  if (!table) return;
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  var lang = document.documentElement.lang;
  Array.prototype.forEach.call(table.querySelectorAll("button.sort"), function (button) {
    button.addEventListener("click", function () {
      var col = Number(button.getAttribute("data-col"));
      var th = heads[col];
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      for (var i = 0; i < heads.length; i++) heads[i].setAttribute("aria-sort", "none");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.getAttribute("data-type") === "num";
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v");
        var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, lang, { numeric: true });
        return ascending ? c : -c;
      });
      /* One insertion of the sorted rows: the browser lays the table out once, not per row. */
      var sorted = document.createDocumentFragment();
      rows.forEach(function (row) { sorted.appendChild(row); });
      body.appendChild(sorted);
    });
  });
  var filters = document.getElementById("filters");
  var count = document.getElementById("shown-count");
  if (!filters) return;
  filters.hidden = false;
  var selects = filters.querySelectorAll("select");
  function apply() {
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var keep = true;
      Array.prototype.forEach.call(selects, function (s) {
        if (s.value !== "" && row.getAttribute("data-" + s.getAttribute("data-filter")) !== s.value) keep = false;
      });
      row.hidden = !keep;
      if (keep) shown++;
    });
    if (count) {
      count.textContent = count.getAttribute("data-template")
        .replace("{n}", String(shown)).replace("{total}", String(body.rows.length));
    }
  }
  Array.prototype.forEach.call(selects, function (s) { s.addEventListener("change", apply); });
})();
"""#
}
