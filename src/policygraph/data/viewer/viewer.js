/*
 * policygraph viewer: network, timeline, details, filters, search and policy trace.
 *
 * The graph's data comes from the JSON block "policygraph-data". All of it is untrusted
 * (article text, readers' comments), so the page is built with textContent, text nodes and
 * setAttribute on fixed attribute names; never with innerHTML.
 *
 * window.policygraphViewer exposes the state and actions, for scripting and tests.
 */
(function () {
  "use strict";

  var started = performance.now();
  var DATA = JSON.parse(document.getElementById("policygraph-data").textContent);
  var SVG_NS = "http://www.w3.org/2000/svg";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY_MS = 86400000;
  var KIND_NAMES = {
    person: "Person", body: "Body", policy: "Policy", funding: "Funding", place: "Place",
    announcement: "Announcement", article: "Article"
  };
  var ITEM_COLOURS = { announcement: "#4e79a7", article: "#9c755f" };
  var NODE_KINDS = DATA.styles.nodes.map(function (s) { return s.kind; });
  var EDGE_KINDS = DATA.styles.edges.map(function (s) { return s.kind; });
  var NODE_STYLE = {};
  var EDGE_COLOUR = {};
  DATA.styles.nodes.forEach(function (s) { NODE_STYLE[s.kind] = s; });
  DATA.styles.edges.forEach(function (s) { EDGE_COLOUR[s.kind] = s.colour; });

  // ---------------------------------------------------------------- indexes

  var nodeById = new Map(DATA.nodes.map(function (n) { return [n.id, n]; }));
  var allItems = DATA.timeline.dated.concat(DATA.timeline.undated);
  var itemById = new Map(allItems.map(function (it) { return [it.id, it]; }));
  var edgeById = new Map(DATA.edges.map(function (e) { return [e.id, e]; }));
  var factsOf = new Map();
  var itemsOf = new Map();
  var neighbours = new Map();

  function push(map, key, value) {
    var list = map.get(key);
    if (!list) { list = []; map.set(key, list); }
    if (list[list.length - 1] !== value) { list.push(value); }
  }
  DATA.facts.forEach(function (f, i) {
    push(factsOf, f.source, i);
    if (f.target !== f.source) { push(factsOf, f.target, i); }
  });
  allItems.forEach(function (it) {
    it.nodes.forEach(function (id) { push(itemsOf, id, it.id); });
  });
  var edgesOf = new Map();
  DATA.edges.forEach(function (e) {
    push(neighbours, e.from, e.to);
    push(neighbours, e.to, e.from);
    push(edgesOf, e.from, e);
    if (e.to !== e.from) { push(edgesOf, e.to, e); }
  });

  var state = {
    kinds: new Set(NODE_KINDS.filter(function (k) {
      return DATA.hidden_kinds.indexOf(k) < 0;
    })),
    edgeKinds: new Set(EDGE_KINDS),
    comments: true,
    article: "",
    selection: null,
    trace: "",
    // minor nodes (beyond the page's drawing limit) drawn on demand
    revealed: new Set()
  };
  var shownNodes = new Set();
  var hiddenNow = new Map();

  // ---------------------------------------------------------------- DOM helpers

  function $(id) { return document.getElementById(id); }

  /** An element; props: text, class, on (event handlers), other keys set as attributes. */
  function el(tag, props, children) {
    var e = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null || value === false) { return; }
        if (key === "text") { e.textContent = String(value); }
        else if (key === "class") { e.className = value; }
        else if (key === "on") {
          Object.keys(value).forEach(function (type) { e.addEventListener(type, value[type]); });
        }
        else { e.setAttribute(key, value === true ? "" : String(value)); }
      });
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) { e.append(child); }  // strings become text
    });
    return e;
  }

  function svg(tag, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (key) { e.setAttribute(key, String(attrs[key])); });
    return e;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    return node;
  }

  function labelOf(id) {
    if (id === null || id === undefined) { return "(unknown)"; }
    return Object.prototype.hasOwnProperty.call(DATA.labels, id) ? DATA.labels[id] : String(id);
  }

  function kindWords(kind) { return kind.replace(/_/g, " "); }

  // ---------------------------------------------------------------- dates

  function dateText(d) {
    if (!d) { return "undated"; }
    var p = d.iso.split("-");
    if (d.precision === "year") { return p[0] + " (year only)"; }
    if (d.precision === "month") { return MONTHS[+p[1] - 1] + " " + p[0] + " (month only)"; }
    return +p[2] + " " + MONTHS[+p[1] - 1] + " " + p[0];
  }

  function articleHeadline(id) {
    var a = DATA.articles[id];
    return a ? a.headline : labelOf(id);
  }

  function articleDate(id) {
    var a = DATA.articles[id];
    return a ? dateText(a.date) : "undated";
  }

  // ---------------------------------------------------------------- filters

  function nodeShown(n) {
    return (!n.minor || state.revealed.has(n.id)) && state.kinds.has(n.kind) &&
      (state.comments || !n.comments_only) &&
      (!state.article || n.articles.indexOf(state.article) >= 0);
  }

  /** Facts listed in details and traces: only the comments switch applies. */
  function factShown(f) { return state.comments || f.section !== "comment"; }

  function evidenceShown(ev) { return state.comments || ev.section !== "comment"; }

  function edgeShown(e) {
    return state.edgeKinds.has(e.kind) && shownNodes.has(e.from) && shownNodes.has(e.to) &&
      e.facts.some(function (i) {
        var f = DATA.facts[i];
        return factShown(f) && (!state.article || f.article === state.article);
      });
  }

  function itemShown(it) {
    return (state.comments || !it.comments_only) &&
      (!state.article || it.articles.indexOf(state.article) >= 0);
  }

  function computeShown() {
    shownNodes = new Set();
    DATA.nodes.forEach(function (n) { if (nodeShown(n)) { shownNodes.add(n.id); } });
  }

  // ---------------------------------------------------------------- network

  function nodeTooltip(n) {
    var lines = [KIND_NAMES[n.kind] + ": " + n.label];
    var others = n.aliases.filter(function (a) { return a !== n.label; });
    if (others.length) { lines.push("Also: " + others.slice(0, 6).join("; ")); }
    if (n.roles && n.roles.length) { lines.push("Roles: " + n.roles.join(", ")); }
    lines.push(n.articles.length + " article(s), " + n.evidence.length + " mention(s)");
    if (n.comments_only) { lines.push("Only in readers' comments"); }
    return lines.join("\n");
  }

  function edgeTooltip(e) {
    var lines = [labelOf(e.from) + " " + kindWords(e.kind) + " " + labelOf(e.to),
      e.facts.length + " fact(s)"];
    if (e.via.length) { lines.push("via announcement: " + e.via.map(labelOf).join("; ")); }
    return lines.join("\n");
  }

  function visNode(n) {
    var style = NODE_STYLE[n.kind];
    var hidden = !shownNodes.has(n.id);
    hiddenNow.set(n.id, hidden);
    return {
      id: n.id,
      label: n.label,
      shape: style.shape,
      color: {
        background: style.colour, border: "#444",
        highlight: { background: style.colour, border: "#000" },
        hover: { background: style.colour, border: "#000" }
      },
      value: Math.max(1, n.evidence.length),
      title: nodeTooltip(n),
      hidden: hidden,
      // In a large graph, kinds hidden at the start stay out of the layout; they are
      // placed next to their neighbours when shown.
      physics: !(DATA.large && hidden)
    };
  }

  function visEdge(e) {
    var colour = EDGE_COLOUR[e.kind];
    var hidden = !edgeShown(e);
    hiddenNow.set(e.id, hidden);
    var edge = {
      id: e.id,
      from: e.from,
      to: e.to,
      label: kindWords(e.kind),
      color: { color: colour, highlight: "#000", hover: colour },
      width: Math.min(1 + Math.log2(e.facts.length), 5),
      dashes: e.via.length > 0,
      title: edgeTooltip(e),
      hidden: hidden
    };
    if (!DATA.large && e.lanes > 1) {
      // Several edges between the same two nodes: bend them apart, on sides fixed by the
      // pair's order so that edges in opposite directions do not overlap either.
      var sign = e.lane % 2 ? -1 : 1;
      if (e.from > e.to) { sign = -sign; }
      edge.smooth = {
        enabled: true,
        type: sign > 0 ? "curvedCW" : "curvedCCW",
        roundness: 0.15 + 0.25 * Math.floor(e.lane / 2)
      };
    }
    return edge;
  }

  computeShown();
  // Minor nodes stay out of the network's data until they are first shown, so that a
  // graph of tens of thousands of entities lays out only the ones drawn at first.
  var inNetwork = new Set();
  var visNodes = new vis.DataSet(DATA.nodes.filter(function (n) {
    if (n.minor) { hiddenNow.set(n.id, true); return false; }
    inNetwork.add(n.id);
    return true;
  }).map(visNode));
  var visEdges = new vis.DataSet(DATA.edges.filter(function (e) {
    if (!inNetwork.has(e.from) || !inNetwork.has(e.to)) { hiddenNow.set(e.id, true); return false; }
    inNetwork.add(e.id);
    return true;
  }).map(visEdge));
  var placed = new Set(DATA.nodes.filter(function (n) {
    return !(DATA.large && hiddenNow.get(n.id));
  }).map(function (n) { return n.id; }));

  var container = $("pg-network");
  var network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !DATA.large },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: {
        // a coarser Barnes-Hut approximation (theta) roughly halves a large graph's layout time
        theta: DATA.large ? 1 : 0.5,
        gravitationalConstant: -80, centralGravity: 0.012, springLength: 120,
        springConstant: 0.06, damping: 0.5, avoidOverlap: DATA.large ? 0 : 0.3
      },
      minVelocity: 1,
      stabilization: { enabled: true, iterations: DATA.large ? 150 : 600, updateInterval: 25, fit: true }
    },
    nodes: {
      borderWidth: 1,
      scaling: { min: 10, max: 26, label: { enabled: false } },
      font: { size: 13, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
      widthConstraint: { maximum: 170 }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      smooth: DATA.large ? false : { enabled: true, type: "continuous", roundness: 0.3 },
      font: { size: 10, color: "#444", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      selectionWidth: 2
    },
    interaction: {
      hover: !DATA.large, tooltipDelay: 250, hideEdgesOnDrag: DATA.large,
      hideEdgesOnZoom: DATA.large, keyboard: false, multiselect: false
    }
  });

  var api = {
    timings: { script: started, network: performance.now() },
    data: DATA,
    network: network,
    nodes: visNodes,
    edges: visEdges,
    ready: false,
    readyMs: null
  };
  var resolveReady;
  /** A promise of the time (ms since navigation) at which the layout settled. */
  api.whenReady = new Promise(function (resolve) { resolveReady = resolve; });

  function settle() {
    if (api.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    api.ready = true;
    api.readyMs = performance.now();
    document.body.setAttribute("data-ready", "true");
    updateStatus();
    resolveReady(api.readyMs);
  }
  network.on("stabilizationProgress", function (progress) {
    if (!api.ready) {
      $("pg-status").textContent = "Laying out the network… " +
        Math.round(100 * progress.iterations / progress.total) + "%";
    }
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (!DATA.nodes.length) { setTimeout(settle, 0); }

  network.on("click", function (params) {
    if (params.nodes.length) { selectNode(params.nodes[0]); }
    else if (params.edges.length) { selectEdge(params.edges[0]); }
    else { clearSelection(); }
  });

  /** Put nodes shown for the first time next to the shown nodes they are linked to. */
  function placeRevealed(ids) {
    if (!ids.length) { return; }
    var positions = network.getPositions();
    ids.forEach(function (id, index) {
      var near = (neighbours.get(id) || []).filter(function (other) {
        return placed.has(other) && shownNodes.has(other) && positions[other];
      });
      if (near.length) {
        var x = 0, y = 0;
        near.forEach(function (other) { x += positions[other].x; y += positions[other].y; });
        var angle = index * 2.399963;  // golden angle: neighbours' newcomers fan out
        x = x / near.length + 45 * Math.cos(angle);
        y = y / near.length + 45 * Math.sin(angle);
        network.moveNode(id, x, y);
        positions[id] = { x: x, y: y };
      }
      placed.add(id);
    });
  }

  function applyFilters() {
    computeShown();
    var nodeChanges = [];
    var nodeAdditions = [];
    var revealed = [];
    DATA.nodes.forEach(function (n) {
      var hidden = !shownNodes.has(n.id);
      if (hiddenNow.get(n.id) !== hidden) {
        if (inNetwork.has(n.id)) {
          nodeChanges.push({ id: n.id, hidden: hidden });
          hiddenNow.set(n.id, hidden);
        } else if (!hidden) {
          nodeAdditions.push(visNode(n));
          inNetwork.add(n.id);
        }
        if (!hidden && !placed.has(n.id)) { revealed.push(n.id); }
      }
    });
    if (nodeChanges.length) { visNodes.update(nodeChanges); }
    if (nodeAdditions.length) { visNodes.add(nodeAdditions); }
    placeRevealed(revealed);
    var edgeChanges = [];
    var edgeAdditions = [];
    DATA.edges.forEach(function (e) {
      var hidden = !edgeShown(e);
      if (hiddenNow.get(e.id) !== hidden) {
        if (inNetwork.has(e.id)) {
          edgeChanges.push({ id: e.id, hidden: hidden });
          hiddenNow.set(e.id, hidden);
        } else if (!hidden) {
          edgeAdditions.push(visEdge(e));
          inNetwork.add(e.id);
        }
      }
    });
    if (edgeChanges.length) { visEdges.update(edgeChanges); }
    if (edgeAdditions.length) { visEdges.add(edgeAdditions); }
    renderTimeline();
    renderUndated();
    renderDetails();
    renderTrace();
    updateStatus();
  }

  function visibleNodeIds() {
    return DATA.nodes.filter(function (n) { return !hiddenNow.get(n.id); })
      .map(function (n) { return n.id; });
  }

  function visibleEdgeIds() {
    return DATA.edges.filter(function (e) { return !hiddenNow.get(e.id); })
      .map(function (e) { return e.id; });
  }

  var minorCount = DATA.nodes.filter(function (n) { return n.minor; }).length;

  function updateStatus() {
    var edges = visibleEdgeIds().length;
    $("pg-status").textContent = shownNodes.size + " of " + DATA.nodes.length + " nodes, " +
      edges + " edges shown" +
      (minorCount ? " · " + minorCount + " less-mentioned entities drawn when searched for or selected" : "") +
      (api.ready ? "" : " · laying out the network…");
  }

  /**
   * Draw minor nodes from now on; returns whether any was not drawn before. Only the
   * revealed nodes and their edges are touched, so this stays quick on a huge graph.
   */
  function reveal(ids) {
    var added = [];
    ids.forEach(function (id) {
      var n = nodeById.get(id);
      if (!n || !n.minor || state.revealed.has(id)) { return; }
      state.revealed.add(id);
      if (nodeShown(n)) { shownNodes.add(id); added.push(n); }
    });
    if (!added.length) { return false; }
    visNodes.add(added.map(function (n) { inNetwork.add(n.id); return visNode(n); }));
    placeRevealed(added.map(function (n) { return n.id; }));
    var edges = [];
    added.forEach(function (n) {
      (edgesOf.get(n.id) || []).forEach(function (e) {
        if (!inNetwork.has(e.id) && edgeShown(e)) { inNetwork.add(e.id); edges.push(visEdge(e)); }
      });
    });
    if (edges.length) { visEdges.add(edges); }
    updateStatus();
    return true;
  }

  // ---------------------------------------------------------------- selection

  function selectNode(id, options) {
    if (!nodeById.has(id)) { return false; }
    reveal([id]);
    state.selection = { type: "node", id: id };
    if (shownNodes.has(id)) {
      network.selectNodes([id], true);
      if (options && options.focus) {
        network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
      }
    } else {
      network.unselectAll();
    }
    showTab("details");
    renderDetails();
    markTimeline();
    return true;
  }

  function selectEdge(id) {
    if (!edgeById.has(id)) { return false; }
    state.selection = { type: "edge", id: id };
    network.selectEdges([id]);
    showTab("details");
    renderDetails();
    markTimeline();
    return true;
  }

  function selectItem(id) {
    var item = itemById.get(id);
    if (!item) { return false; }
    reveal(item.nodes);
    state.selection = { type: "item", id: id };
    network.selectNodes(item.nodes.filter(function (n) { return shownNodes.has(n); }), false);
    showTab("details");
    renderDetails();
    markTimeline();
    return true;
  }

  function clearSelection() {
    state.selection = null;
    network.unselectAll();
    renderDetails();
    markTimeline();
  }

  // ---------------------------------------------------------------- details panel

  function nodeLink(id) {
    if (nodeById.has(id) || itemById.has(id)) {
      return el("button", {
        type: "button", class: "pg-link", text: labelOf(id),
        on: { click: function () {
          if (nodeById.has(id)) { selectNode(id, { focus: true }); } else { selectItem(id); }
        } }
      });
    }
    return el("span", { text: labelOf(id) });
  }

  function define(dl, term, value) {
    if (value === null || value === undefined || value === "") { return; }
    dl.append(el("dt", { text: term }), el("dd", null, [value]));
  }

  function evidenceBlock(ev, speaker) {
    var comment = ev.section === "comment";
    var quote = el("blockquote", { class: "pg-evidence" + (comment ? " pg-comment" : "") });
    var sentence = DATA.sentences[ev.sentence] || "";
    var parts = ev.at < 0 ? [sentence, "", ""] : [
      sentence.slice(0, ev.at),
      sentence.slice(ev.at, ev.at + ev.length),
      sentence.slice(ev.at + ev.length)
    ];
    quote.append(el("p", { class: "pg-sentence" }, [
      parts[0], parts[1] ? el("mark", { text: parts[1] }) : null, parts[2]
    ]));
    var meta = el("div", { class: "pg-meta" });
    if (comment) {
      meta.append(el("span", {
        class: "pg-badge",
        text: "reader's comment" + (ev.comment !== null ? " #" + (ev.comment + 1) : "")
      }));
    }
    if (speaker) { meta.append("Speaker: ", labelOf(speaker), " · "); }
    if (ev.article) {
      meta.append(articleHeadline(ev.article), " · ", articleDate(ev.article));
    }
    if (ev.section === "headline") { meta.append(" · headline"); }
    quote.append(meta);
    return quote;
  }

  function factBlock(f) {
    var head = el("div", { class: "pg-fact-head" }, [
      nodeLink(f.source), " ", el("span", { class: "pg-fact-kind", text: kindWords(f.kind) }), " ",
      nodeLink(f.target)
    ]);
    if (f.role) { head.append(" (as " + f.role + ")"); }
    var when = el("div", { class: "pg-meta" }, [
      "Date: ", whenText(f), f.date_text ? " · as written: “" + f.date_text + "”" : ""
    ]);
    var block = el("div", { class: "pg-fact" }, [head, when]);
    if (f.evidence) { block.append(evidenceBlock(f.evidence, f.speaker)); }
    else { block.append(el("p", { class: "pg-meta", text: "No evidence recorded." })); }
    return block;
  }

  function whenText(f) {
    if (!f.when) { return "undated"; }
    var from = f.when_from === "article" ? ", the article's date"
      : f.when_from === "announcement" ? ", the announcement's date" : "";
    return dateText(f.when) + from;
  }

  function articleList(ids) {
    return el("ul", { class: "pg-plain" }, ids.map(function (id) {
      return el("li", null, [
        articleHeadline(id), " ", el("span", { class: "pg-date", text: "· " + articleDate(id) })
      ]);
    }));
  }

  function renderNode(box, n) {
    box.append(
      el("p", { class: "pg-kind", text: KIND_NAMES[n.kind] + (n.comments_only ? " · only in readers' comments" : "") }),
      el("h2", { class: "pg-name", text: n.label })
    );
    var dl = el("dl", { class: "pg-facts" });
    define(dl, "Aliases", n.aliases.join(" · ") || "none");
    if (n.kind === "person") {
      define(dl, "Roles", n.roles.length ? n.roles.join(", ") : "none seen");
      if (n.minister) { define(dl, "Minister", "yes"); }
    }
    if (n.funding) {
      define(dl, "As written", n.funding.text);
      if (typeof n.funding.amount_gbp === "number") {
        define(dl, "Amount", "£" + n.funding.amount_gbp.toLocaleString("en-GB"));
      }
      define(dl, "Period", n.funding.period);
      define(dl, "Purpose", n.funding.purpose);
    }
    box.append(dl);
    box.append(el("h3", { text: "Articles (" + n.articles.length + ")" }), articleList(n.articles));
    var evidence = n.evidence.filter(evidenceShown);
    var hidden = n.evidence.length - evidence.length;
    var more = n.evidence_total - n.evidence.length;
    box.append(el("h3", {
      text: "Evidence (" + evidence.length + ")" +
        (hidden ? " · " + hidden + " in readers' comments hidden" : "") +
        (more > 0 ? " · " + more + " more in graph.json" : "")
    }));
    evidence.forEach(function (ev) { box.append(evidenceBlock(ev, null)); });
    var facts = (factsOf.get(n.id) || []).map(function (i) { return DATA.facts[i]; })
      .filter(factShown);
    box.append(el("h3", { text: "Facts (" + facts.length + ")" }));
    facts.forEach(function (f) { box.append(factBlock(f)); });
  }

  function renderEdge(box, e) {
    box.append(
      el("p", { class: "pg-kind", text: "Edge · " + kindWords(e.kind) }),
      el("h2", { class: "pg-name" }, [nodeLink(e.from), " → ", nodeLink(e.to)])
    );
    if (e.via.length) {
      box.append(el("p", { class: "pg-meta" }, ["Via announcement: "].concat(e.via.map(nodeLink))));
    }
    var facts = e.facts.map(function (i) { return DATA.facts[i]; }).filter(factShown);
    box.append(el("h3", { text: "Facts (" + facts.length + ")" }));
    facts.forEach(function (f) { box.append(factBlock(f)); });
  }

  function renderItem(box, it) {
    box.append(
      el("p", { class: "pg-kind", text: KIND_NAMES[it.kind] }),
      el("h2", { class: "pg-name", text: it.label })
    );
    var dl = el("dl", { class: "pg-facts" });
    define(dl, "Date", el("span", { class: it.date && it.date.precision !== "day" ? "pg-partial" : "", text: dateText(it.date) }));
    define(dl, "As written", it.date_text);
    define(dl, "Date is", it.confidence);
    if (it.kind === "announcement") {
      if (it.actor) { define(dl, "Actor", nodeLink(it.actor)); }
      if (it.about) { define(dl, "About", nodeLink(it.about)); }
      if (it.place) { define(dl, "Place", nodeLink(it.place)); }
    } else {
      var a = DATA.articles[it.id] || {};
      define(dl, "Why this date", a.date_evidence);
      define(dl, "Source", a.source);
      define(dl, "File", a.file);
      define(dl, "Address", a.url);  // shown as text: the viewer opens nothing
    }
    box.append(dl);
    if (it.kind === "announcement") {
      box.append(el("h3", { text: "Articles (" + it.articles.length + ")" }), articleList(it.articles));
      var evidence = it.evidence.filter(evidenceShown);
      box.append(el("h3", { text: "Evidence (" + evidence.length + ")" }));
      evidence.forEach(function (ev) { box.append(evidenceBlock(ev, it.actor)); });
    }
    box.append(el("h3", { text: (it.kind === "article" ? "Mentions (" : "Concerns (") + it.nodes.length + ")" }));
    box.append(el("ul", { class: "pg-plain" }, it.nodes.map(function (id) {
      return el("li", null, [nodeLink(id)]);
    })));
  }

  function renderDetails() {
    var box = clear($("pg-details"));
    var sel = state.selection;
    if (sel && sel.type === "node") { renderNode(box, nodeById.get(sel.id)); }
    else if (sel && sel.type === "edge") { renderEdge(box, edgeById.get(sel.id)); }
    else if (sel && sel.type === "item") { renderItem(box, itemById.get(sel.id)); }
    else {
      box.append(el("p", { class: "pg-hint", text: "Click a node, an edge or a timeline item to see its evidence." }));
    }
  }

  // ---------------------------------------------------------------- timeline

  var itemEls = new Map();

  function ticks(lo, hi, width) {
    var most = Math.max(2, Math.floor(width / 85));
    var span = hi - lo;
    var out = [];
    var start = new Date(lo * DAY_MS);
    if (span / 30.44 >= 2) {
      var months = span / 30.44;
      var step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600].find(function (s) { return months / s <= most; }) || 1200;
      var y = start.getUTCFullYear(), m = start.getUTCMonth();
      if (step >= 12) { var years = step / 12; y = Math.ceil(y / years) * years; m = 0; }
      else { m = Math.ceil(m / step) * step; }
      for (;;) {
        var day = Date.UTC(y, m, 1) / DAY_MS;
        if (day > hi) { break; }
        if (day >= lo) {
          var yy = new Date(day * DAY_MS).getUTCFullYear(), mm = new Date(day * DAY_MS).getUTCMonth();
          out.push({ day: day, text: step >= 12 ? String(yy) : MONTHS[mm] + " " + yy });
        }
        m += step;
      }
    } else {
      var dstep = [1, 2, 7, 14].find(function (s) { return span / s <= most; }) || 28;
      for (var d = Math.ceil(lo); d <= hi; d += dstep) {
        var date = new Date(d * DAY_MS);
        out.push({ day: d, text: date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear() });
      }
    }
    return out;
  }

  function itemTitle(it) {
    return dateText(it.date) + " · " + KIND_NAMES[it.kind] + ": " + it.label;
  }

  function activate(handler) {
    return function (event) {
      if (event.type === "click" || event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        handler();
      }
    };
  }

  function renderTimeline() {
    var box = clear($("pg-timeline-axis"));
    Array.from(itemEls.keys()).forEach(function (id) {
      if (!itemById.get(id).date) { return; }
      itemEls.delete(id);
    });
    var shown = DATA.timeline.dated.filter(itemShown);
    if (!shown.length) {
      box.append(el("p", {
        class: "pg-hint",
        text: DATA.timeline.dated.length ? "No dated items match the filters." : "No dated announcements or articles."
      }));
      return;
    }
    var width = Math.max(box.clientWidth, 300);
    var height = Math.max(box.clientHeight, 90);
    var lo = Infinity, hi = -Infinity;
    shown.forEach(function (it) { lo = Math.min(lo, it.date.start); hi = Math.max(hi, it.date.end); });
    if (hi - lo < 30) { var mid = (lo + hi) / 2; lo = mid - 15; hi = mid + 15; }
    var pad = (hi - lo) * 0.03;
    lo -= pad; hi += pad;
    var left = 14, right = width - 14, axisY = height - 22;
    function x(day) { return left + (day - lo) / (hi - lo) * (right - left); }
    var root = svg("svg", {
      class: "pg-axis", width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "group", "aria-label": "Dated announcements and articles, in date order"
    });
    ticks(lo, hi, width).forEach(function (t) {
      var g = svg("g", { class: "pg-tick" });
      var tx = x(t.day).toFixed(1);
      g.append(svg("line", { x1: tx, x2: tx, y1: 4, y2: axisY }));
      var text = svg("text", { x: tx, y: axisY + 15, "text-anchor": "middle" });
      text.textContent = t.text;
      g.append(text);
      root.append(g);
    });
    root.append(svg("line", { class: "pg-baseline", x1: left, x2: right, y1: axisY, y2: axisY }));
    var gap = 13;
    var lanes = Math.max(1, Math.floor((axisY - 10) / gap));
    var laneEnds = [];
    shown.forEach(function (it) {
      var cx = x(it.date.start);
      var partial = it.date.precision !== "day";
      var x2 = partial ? Math.max(x(it.date.end), cx) : cx;
      var lane = laneEnds.findIndex(function (end) { return end + 12 <= cx; });
      if (lane < 0) {
        if (laneEnds.length < lanes) { lane = laneEnds.length; }
        else { lane = laneEnds.indexOf(Math.min.apply(null, laneEnds)); }
      }
      laneEnds[lane] = Math.max(x2, cx);
      var cy = axisY - 10 - lane * gap;
      var colour = ITEM_COLOURS[it.kind];
      var g = svg("g", {
        class: "tl-item tl-" + it.kind + (partial ? " tl-partial" : ""),
        "data-id": it.id, "data-date": it.date.iso, "data-x": cx.toFixed(2),
        tabindex: 0, role: "button", "aria-label": itemTitle(it)
      });
      if (partial) {
        g.append(svg("line", { class: "tl-span", x1: cx, x2: x2, y1: cy, y2: cy, stroke: colour }));
      }
      var fill = partial ? "#ffffff" : colour;
      if (it.kind === "article") {
        g.append(svg("rect", { class: "tl-mark", x: cx - 4.5, y: cy - 4.5, width: 9, height: 9, fill: fill, stroke: colour, "stroke-width": 1.5 }));
      } else {
        g.append(svg("circle", { class: "tl-mark", cx: cx, cy: cy, r: 5, fill: fill, stroke: colour, "stroke-width": 1.5 }));
      }
      var title = svg("title");
      title.textContent = itemTitle(it);
      g.append(title);
      var handler = activate(function () { selectItem(it.id); });
      g.addEventListener("click", handler);
      g.addEventListener("keydown", handler);
      root.append(g);
      itemEls.set(it.id, g);
    });
    box.append(root);
    markTimeline();
  }

  function renderUndated() {
    var list = clear($("pg-undated-list"));
    Array.from(itemEls.keys()).forEach(function (id) {
      if (itemById.get(id).date) { return; }
      itemEls.delete(id);
    });
    var shown = DATA.timeline.undated.filter(itemShown);
    if (!shown.length) { list.append(el("li", { class: "pg-hint", text: "None" })); return; }
    shown.forEach(function (it) {
      var li = el("li", { "data-id": it.id }, [
        el("button", {
          type: "button", text: KIND_NAMES[it.kind] + ": " + it.label,
          on: { click: function () { selectItem(it.id); } }
        })
      ]);
      list.append(li);
      itemEls.set(it.id, li);
    });
    markTimeline();
  }

  /** Mark the selected item and the items of the selected node. */
  function markTimeline() {
    var sel = state.selection;
    var related = new Set();
    if (sel && sel.type === "node") { (itemsOf.get(sel.id) || []).forEach(function (id) { related.add(id); }); }
    if (sel && sel.type === "edge") {
      var e = edgeById.get(sel.id);
      (itemsOf.get(e.from) || []).forEach(function (id) {
        if ((itemsOf.get(e.to) || []).indexOf(id) >= 0) { related.add(id); }
      });
    }
    itemEls.forEach(function (node, id) {
      node.classList.toggle("pg-hl", related.has(id));
      node.classList.toggle("pg-sel", !!sel && sel.type === "item" && sel.id === id);
    });
  }

  // ---------------------------------------------------------------- policy trace

  function showTab(name) {
    var details = name === "details";
    $("pg-details").hidden = !details;
    $("pg-trace").hidden = details;
    $("pg-tab-details").setAttribute("aria-selected", String(details));
    $("pg-tab-trace").setAttribute("aria-selected", String(!details));
  }

  function renderTrace() {
    var list = clear($("pg-trace-steps"));
    if (!state.trace) { return; }
    var steps = (DATA.trace[state.trace] || []).filter(function (i) { return factShown(DATA.facts[i]); });
    if (!steps.length) { list.append(el("li", { class: "pg-hint", text: "No facts about this policy." })); return; }
    steps.forEach(function (index) {
      var f = DATA.facts[index];
      var viaAnnouncement = f.actor !== f.source;
      var who = el("div", null, [
        f.actor ? nodeLink(f.actor) : "(actor unknown)", " ",
        el("span", {
          class: "pg-fact-kind",
          text: viaAnnouncement && f.kind === "about" ? "made an announcement about" : kindWords(f.kind)
        }), " ",
        nodeLink(f.target)
      ]);
      if (viaAnnouncement) { who.append(" · ", nodeLink(f.source)); }
      var li = el("li", { class: "pg-step", "data-fact": index }, [
        el("div", { class: "pg-fact-head" }, [el("span", { class: "pg-date", text: whenText(f) })]),
        who
      ]);
      if (f.evidence) { li.append(evidenceBlock(f.evidence, f.speaker)); }
      list.append(li);
    });
  }

  function showTrace(policyId) {
    if (policyId && !Object.prototype.hasOwnProperty.call(DATA.trace, policyId)) { return false; }
    state.trace = policyId || "";
    $("pg-trace-policy").value = state.trace;
    showTab("trace");
    renderTrace();
    if (state.trace && shownNodes.has(state.trace)) { network.selectNodes([state.trace], true); }
    return true;
  }

  // ---------------------------------------------------------------- search

  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return []; }
    return DATA.nodes.filter(function (n) {
      return n.label.toLowerCase().indexOf(q) >= 0 ||
        n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
  }

  function renderResults(query) {
    var box = $("pg-results-box");
    var list = clear($("pg-results"));
    var q = String(query || "").trim().toLowerCase();
    box.hidden = !q;
    if (!q) { return; }
    var ids = search(q);
    if (!ids.length) { list.append(el("li", { class: "pg-hint", text: "No match." })); return; }
    ids.slice(0, 100).forEach(function (id) {
      var n = nodeById.get(id);
      var alias = n.label.toLowerCase().indexOf(q) >= 0 ? null
        : n.aliases.find(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      var note = shownNodes.has(id) ? "" : n.minor && !state.revealed.has(id) ? " (drawn when selected)" : " (hidden by filters)";
      list.append(el("li", { "data-id": id }, [el("button", {
        type: "button", on: { click: function () { selectNode(id, { focus: true }); } }
      }, [
        n.label + " · " + KIND_NAMES[n.kind] + note,
        alias ? el("span", { class: "pg-alias", text: "as “" + alias + "”" }) : null
      ])]));
    });
    if (ids.length > 100) { list.append(el("li", { class: "pg-hint", text: (ids.length - 100) + " more…" })); }
  }

  // ---------------------------------------------------------------- controls

  var SHAPES = {
    dot: function () { return svg("circle", { cx: 7, cy: 7, r: 6 }); },
    square: function () { return svg("rect", { x: 1, y: 1, width: 12, height: 12 }); },
    diamond: function () { return svg("polygon", { points: "7,0 14,7 7,14 0,7" }); },
    triangle: function () { return svg("polygon", { points: "7,1 13.5,13 0.5,13" }); },
    hexagon: function () { return svg("polygon", { points: "3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7" }); }
  };

  function swatch(style) {
    var s = svg("svg", { class: "pg-swatch", width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true" });
    var shape = (SHAPES[style.shape] || SHAPES.dot)();
    shape.setAttribute("fill", style.colour);
    shape.setAttribute("stroke", "#444");
    s.append(shape);
    return s;
  }

  var kindBoxes = new Map();
  var edgeBoxes = new Map();

  NODE_KINDS.forEach(function (kind) {
    var count = DATA.nodes.filter(function (n) { return n.kind === kind; }).length;
    var box = el("input", { type: "checkbox", "data-kind": kind });
    box.checked = state.kinds.has(kind);
    box.addEventListener("change", function () { setKindVisible(kind, box.checked); });
    kindBoxes.set(kind, box);
    $("pg-node-kinds").append(el("label", { class: "pg-filter" }, [
      box, swatch(NODE_STYLE[kind]), KIND_NAMES[kind], el("span", { class: "pg-count", text: count })
    ]));
  });
  $("pg-large-note").hidden = !DATA.hidden_kinds.length;

  EDGE_KINDS.forEach(function (kind) {
    var count = DATA.edges.filter(function (e) { return e.kind === kind; }).length;
    var box = el("input", { type: "checkbox", "data-edge-kind": kind });
    box.checked = true;
    box.addEventListener("change", function () { setEdgeKindVisible(kind, box.checked); });
    edgeBoxes.set(kind, box);
    var line = el("span", { class: "pg-line" });
    line.style.borderTopColor = EDGE_COLOUR[kind];
    $("pg-edge-kinds").append(el("label", { class: "pg-filter" }, [
      box, line, kindWords(kind), el("span", { class: "pg-count", text: count })
    ]));
  });

  DATA.article_order.forEach(function (id) {
    var a = DATA.articles[id];
    $("pg-article").append(el("option", { value: id, text: (a.date ? a.date.iso : "undated") + " · " + a.headline }));
  });
  $("pg-article").addEventListener("change", function () { setArticle($("pg-article").value); });

  $("pg-comments").addEventListener("change", function () { setShowComments($("pg-comments").checked); });

  var searchBox = $("pg-search");
  searchBox.addEventListener("input", function () { renderResults(searchBox.value); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = search(searchBox.value)[0];
      if (first) { selectNode(first, { focus: true }); }
    }
  });

  DATA.policies.forEach(function (id) {
    $("pg-trace-policy").append(el("option", { value: id, text: labelOf(id) }));
  });
  $("pg-trace-policy").addEventListener("change", function () { showTrace($("pg-trace-policy").value); });
  $("pg-tab-details").addEventListener("click", function () { showTab("details"); });
  $("pg-tab-trace").addEventListener("click", function () { showTab("trace"); });

  function setKindVisible(kind, on) {
    if (on) { state.kinds.add(kind); } else { state.kinds.delete(kind); }
    if (kindBoxes.has(kind)) { kindBoxes.get(kind).checked = !!on; }
    applyFilters();
  }

  function setEdgeKindVisible(kind, on) {
    if (on) { state.edgeKinds.add(kind); } else { state.edgeKinds.delete(kind); }
    if (edgeBoxes.has(kind)) { edgeBoxes.get(kind).checked = !!on; }
    applyFilters();
  }

  function setShowComments(on) {
    state.comments = !!on;
    $("pg-comments").checked = state.comments;
    applyFilters();
  }

  function setArticle(id) {
    state.article = id && Object.prototype.hasOwnProperty.call(DATA.articles, id) ? id : "";
    $("pg-article").value = state.article;
    applyFilters();
  }

  /** Where a node is drawn, in page coordinates (for scripted clicks). */
  function nodePagePosition(id) {
    var pos = network.getPositions([id])[id];
    if (!pos) { return null; }
    var dom = network.canvasToDOM(pos);
    var rect = container.getBoundingClientRect();
    return { x: rect.left + dom.x, y: rect.top + dom.y };
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(renderTimeline, 100);
  });

  Object.assign(api, {
    selectNode: selectNode,
    selectEdge: selectEdge,
    selectItem: selectItem,
    clearSelection: clearSelection,
    search: search,
    showTrace: showTrace,
    setKindVisible: setKindVisible,
    setEdgeKindVisible: setEdgeKindVisible,
    setShowComments: setShowComments,
    setArticle: setArticle,
    visibleNodeIds: visibleNodeIds,
    visibleEdgeIds: visibleEdgeIds,
    nodePagePosition: nodePagePosition
  });
  window.policygraphViewer = api;

  renderTimeline();
  renderUndated();
  updateStatus();
})();
