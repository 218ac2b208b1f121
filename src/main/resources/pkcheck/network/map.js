// The interactive network map of pkcheck. The data comes from the JSON block of the page (parsed, never
// evaluated) and every text goes into the page with textContent, so no value is read as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var words = data.words;
  var boxW = data.box[0];
  var boxH = data.box[1];
  var PAD = 16;
  var byId = {};
  var elements = [];
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    elements.push({ group: "nodes", classes: n.kind + (n.mark ? " " + n.mark : ""),
      data: { id: n.id, label: n.label, colour: n.colour },
      position: { x: n.x, y: n.y } });
    if (n.mark) {
      elements.push({ group: "nodes", classes: "badge " + n.mark,
        data: { id: "badge:" + n.id, of: n.id, label: String(n.findings.length) },
        position: { x: n.x + boxW / 2 - 2, y: n.y - boxH / 2 + 2 } });
    }
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", classes: e.kind + (e.kind === "in" ? " off" : ""),
      data: { id: e.id, source: e.source, target: e.target } });
  });

  var cy = cytoscape({
    container: document.getElementById("map"),
    elements: elements,
    layout: { name: "preset", fit: true, padding: PAD },
    minZoom: 0.05,
    maxZoom: 5,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", "label": "data(label)",
        "color": "#263238", "text-valign": "bottom", "text-margin-y": 2, "border-width": 0,
        "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1 } },
      { selector: "node.group", style: { "shape": "round-rectangle", "width": boxW, "height": boxH,
        "text-valign": "center", "text-halign": "center", "text-margin-y": 0, "color": "#ffffff", "font-size": 13,
        "font-weight": 600, "text-wrap": "wrap", "text-max-width": boxW - 10, "min-zoomed-font-size": 0,
        "text-background-opacity": 0, "z-index": 10 } },
      { selector: "node.group.error", style: { "border-width": 5, "border-color": "#d32f2f" } },
      { selector: "node.group.warning", style: { "border-width": 5, "border-color": "#f9a825" } },
      { selector: "node.badge", style: { "shape": "ellipse", "width": 24, "height": 24, "background-color": "#d32f2f",
        "label": "data(label)", "color": "#ffffff", "font-size": 13, "font-weight": 700, "text-valign": "center",
        "text-margin-y": 0, "text-background-opacity": 0, "border-width": 2, "border-color": "#ffffff",
        "min-zoomed-font-size": 0, "z-index": 20 } },
      { selector: "node.badge.warning", style: { "background-color": "#f9a825", "color": "#212121" } },
      { selector: "node.organisation", style: { "shape": "hexagon", "width": 16, "height": 16, "font-size": 9,
        "min-zoomed-font-size": 12, "z-index": 5 } },
      { selector: "node.person", style: { "shape": "ellipse", "width": 9, "height": 9, "font-size": 8,
        "min-zoomed-font-size": 12, "z-index": 5 } },
      { selector: "node.hover", style: { "min-zoomed-font-size": 0, "text-background-opacity": 0.95, "z-index": 30 } },
      { selector: "edge", style: { "width": 0.8, "line-color": "#90a4ae", "opacity": 0.4, "curve-style": "haystack" } },
      { selector: "edge.represents", style: { "line-color": "#cfd8dc" } },
      { selector: "edge.deputy", style: { "line-style": "dashed" } },
      { selector: "edge.in", style: { "line-color": "#b0bec5", "width": 1.2 } },
      { selector: ".off", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#ffca28" } }
    ]
  });
  window.networkMap = cy;

  var area = document.getElementById("area");
  var tier = document.getElementById("tier");
  var people = document.getElementById("people");
  var panel = document.getElementById("details");
  var content = document.getElementById("content");
  var picture = document.getElementById("print-map");

  function visible(n) {
    if (n.kind === "person" && !people.checked) {
      return false;
    }
    if (area.value && n.areas.length > 0 && n.areas.indexOf(area.value) < 0) {
      return false;
    }
    return !tier.value || n.tiers.indexOf(tier.value) >= 0;
  }

  // Fits the map to what is shown, then draws the picture the print view uses.
  function fit() {
    cy.fit(cy.nodes().not(".off"), PAD);
    window.setTimeout(draw, 0);
  }

  function draw() {
    picture.src = cy.png({ output: "base64uri", bg: "#ffffff", full: true, maxWidth: 3000, maxHeight: 2000 });
  }

  function apply() {
    cy.batch(function () {
      cy.nodes(".group").forEach(function (node) {
        node.toggleClass("off", !visible(byId[node.id()]));
      });
      // A person or an organisation seated somewhere is shown with at least one of its groups.
      cy.nodes(".person, .organisation").forEach(function (node) {
        var groups = node.neighborhood("node.group");
        node.toggleClass("off", !visible(byId[node.id()])
          || (groups.length > 0 && groups.filter(function (g) { return !g.hasClass("off"); }).length === 0));
      });
      cy.nodes(".badge").forEach(function (node) {
        node.toggleClass("off", cy.getElementById(node.data("of")).hasClass("off"));
      });
      cy.edges().forEach(function (edge) {
        var hidden = edge.source().hasClass("off") || edge.target().hasClass("off")
          || (edge.hasClass("in") && people.checked);
        edge.toggleClass("off", hidden);
      });
    });
    fit();
  }

  function add(parent, tag, text) {
    var el = document.createElement(tag);
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function list(parent, items, className) {
    var ul = document.createElement("ul");
    ul.className = className || "";
    items.forEach(function (s) {
      add(ul, "li", s);
    });
    parent.appendChild(ul);
    return ul;
  }

  function show(n) {
    while (content.firstChild) {
      content.removeChild(content.firstChild);
    }
    add(content, "h2", n.label);
    add(content, "p", n.describe).className = "meta";
    list(content, n.says, "says");
    if (n.kind === "group") {
      if (n.findings.length) {
        add(content, "h3", words.findings.replace("{0}", String(n.findings.length)));
        var found = document.createElement("ul");
        found.className = "findings";
        n.findings.forEach(function (f) {
          var li = document.createElement("li");
          add(li, "span", f[0] + " " + f[1] + ": ").className = "rule " + (n.mark || "");
          add(li, "span", f[2]);
          found.appendChild(li);
        });
        content.appendChild(found);
      } else {
        add(content, "p", words.findingsNone);
      }
    }
    add(content, "h3", n.seats.length ? words.seats : words.noSeats);
    list(content, n.seats);
    var numbers = document.createElement("details");
    add(numbers, "summary", words.numbers);
    var dl = document.createElement("dl");
    n.metrics.forEach(function (m) {
      add(dl, "dt", m[0]);
      add(dl, "dd", m[1]);
    });
    numbers.appendChild(dl);
    content.appendChild(numbers);
    panel.hidden = false;
  }

  function clear() {
    cy.elements().removeClass("faded");
    panel.hidden = true;
  }

  cy.on("tap", "node", function (event) {
    var node = event.target;
    if (node.hasClass("badge")) {
      node = cy.getElementById(node.data("of"));
    }
    cy.elements().addClass("faded");
    node.closedNeighborhood().removeClass("faded");
    cy.nodes(".badge").removeClass("faded");
    show(byId[node.id()]);
  });
  cy.on("tap", function (event) {
    if (event.target === cy) {
      clear();
    }
  });
  cy.on("mouseover", "node.person, node.organisation", function (event) {
    var node = event.target;
    node.addClass("hover");
    node.style("font-size", Math.max(9, 13 / cy.zoom()));
  });
  cy.on("mouseout", "node.person, node.organisation", function (event) {
    event.target.removeClass("hover");
    event.target.removeStyle("font-size");
  });
  document.getElementById("close").addEventListener("click", clear);
  [area, tier, people].forEach(function (control) {
    control.addEventListener("change", apply);
  });
  window.addEventListener("resize", function () {
    cy.resize();
    cy.fit(cy.nodes().not(".off"), PAD);
  });
  window.addEventListener("beforeprint", draw);
  apply();
}());
