// The interactive network map of pkcheck. The data comes from the JSON block of the page (parsed, never
// evaluated) and every text goes into the page with textContent, so no value is read as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var words = data.words;
  var byId = {};
  var elements = [];
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    elements.push({ group: "nodes", classes: n.kind,
      data: { id: n.id, label: n.label, colour: n.colour, size: n.size },
      position: { x: n.x, y: n.y } });
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", classes: e.kind + (e.kind === "in" ? " off" : ""),
      data: { id: e.id, source: e.source, target: e.target } });
  });

  var cy = cytoscape({
    container: document.getElementById("map"),
    elements: elements,
    layout: { name: "preset", fit: true, padding: 20 },
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", "width": "data(size)",
        "height": "data(size)", "label": "data(label)", "font-size": 12, "color": "#263238",
        "text-valign": "bottom", "text-margin-y": 2, "min-zoomed-font-size": 7, "border-width": 0 } },
      { selector: "node.group", style: { "shape": "round-rectangle", "width": 230, "height": 74,
        "text-valign": "center", "text-margin-y": 0, "color": "#ffffff", "font-size": 19,
        "text-wrap": "wrap", "text-max-width": 220, "min-zoomed-font-size": 3 } },
      { selector: "node.organisation", style: { "shape": "hexagon", "font-size": 13, "min-zoomed-font-size": 4 } },
      { selector: "node.person", style: { "shape": "ellipse", "font-size": 10 } },
      { selector: "edge", style: { "width": 1, "line-color": "#90a4ae", "opacity": 0.55, "curve-style": "straight" } },
      { selector: "edge.represents", style: { "line-color": "#cfd8dc" } },
      { selector: "edge.deputy", style: { "line-style": "dashed" } },
      { selector: "edge.in", style: { "line-color": "#b0bec5", "width": 1.5 } },
      { selector: ".off", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#ffca28" } }
    ]
  });

  var area = document.getElementById("area");
  var tier = document.getElementById("tier");
  var people = document.getElementById("people");

  function visible(n) {
    if (n.kind === "person" && !people.checked) {
      return false;
    }
    if (area.value && n.areas.length > 0 && n.areas.indexOf(area.value) < 0) {
      return false;
    }
    return !tier.value || n.tiers.indexOf(tier.value) >= 0;
  }

  function apply() {
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        node.toggleClass("off", !visible(byId[node.id()]));
      });
      cy.edges().forEach(function (edge) {
        var hidden = edge.source().hasClass("off") || edge.target().hasClass("off")
          || (edge.hasClass("in") && people.checked);
        edge.toggleClass("off", hidden);
      });
    });
  }

  function add(parent, tag, text) {
    var el = document.createElement(tag);
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function show(n) {
    var panel = document.getElementById("details");
    while (panel.firstChild) {
      panel.removeChild(panel.firstChild);
    }
    add(panel, "h2", n.label);
    add(panel, "p", n.describe).className = "meta";
    var metrics = document.createElement("dl");
    n.metrics.forEach(function (m) {
      add(metrics, "dt", m[0]);
      add(metrics, "dd", m[1]);
    });
    panel.appendChild(metrics);
    add(panel, "h3", n.seats.length ? words.seats : words.noSeats);
    var list = document.createElement("ul");
    n.seats.forEach(function (s) {
      add(list, "li", s);
    });
    panel.appendChild(list);
  }

  cy.on("tap", "node", function (event) {
    var node = event.target;
    cy.elements().addClass("faded");
    node.closedNeighborhood().removeClass("faded");
    show(byId[node.id()]);
  });
  cy.on("tap", function (event) {
    if (event.target === cy) {
      cy.elements().removeClass("faded");
    }
  });
  [area, tier, people].forEach(function (control) {
    control.addEventListener("change", apply);
  });
  apply();
}());
