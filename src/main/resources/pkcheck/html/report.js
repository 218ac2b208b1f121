// Filters for the pkcheck readiness report. Without this script the page shows everything and the
// filter bar stays hidden; with it, unticking a severity or rule family hides those findings.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var status = form.querySelector(".filter-status");

  function ticked(name) {
    var values = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name='" + name + "']"), function (box) {
      values[box.value] = box.checked;
    });
    return values;
  }

  function isChecked(name) {
    var box = form.querySelector("input[name='" + name + "']");
    return box ? box.checked : true;
  }

  function apply() {
    var severities = ticked("severity");
    var families = ticked("family");
    var showWaived = isChecked("waived");
    var onlyGaps = isChecked("onlyGaps");
    var shown = 0;
    findings.forEach(function (item) {
      var visible = severities[item.getAttribute("data-severity")] !== false
        && families[item.getAttribute("data-family")] !== false
        && (showWaived || item.getAttribute("data-waived") !== "true");
      item.classList.toggle("is-filtered", !visible);
      if (visible) {
        shown++;
      }
    });
    cards.forEach(function (card) {
      var visible = card.querySelector(".finding:not(.is-filtered)") !== null;
      card.classList.toggle("is-filtered", onlyGaps && !visible);
    });
    if (status) {
      status.textContent = (status.getAttribute("data-template") || "")
        .replace("{0}", String(shown)).replace("{1}", String(findings.length));
    }
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  apply();
}());
