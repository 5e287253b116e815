/* summarizer review pages: highlight cited sentences, show which fields cite a
   sentence, sort the index table. Inlined into every page; keep ASCII. The page
   is complete without it: this only adds highlighting and sorting. Data comes
   from the JSON block #report-data and reaches the page through textContent
   only, never as markup. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var node = document.getElementById("report-data");
  var data = node ? JSON.parse(node.textContent) : {};
  var fields = data.fields || {};
  var bySentence = {};
  Object.keys(fields).forEach(function (id) {
    fields[id].cites.forEach(function (n) {
      (bySentence[n] = bySentence[n] || []).push(id);
    });
  });
  var pinned = null;
  var pane = document.getElementById("article-pane");

  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function clear(cls) { all("." + cls).forEach(function (e) { e.classList.remove(cls); }); }
  function sentence(n) { return document.getElementById("s-" + n); }

  /* Bring a sentence into view: scroll the article pane when it scrolls on its
     own (wide screens); otherwise scroll the window, but not on hover, which
     would move the field away from under the mouse. */
  function reveal(el, hovering) {
    if (!el) return;
    if (pane && pane.scrollHeight > pane.clientHeight + 1) {
      var p = pane.getBoundingClientRect(), r = el.getBoundingClientRect();
      if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - p.height / 3;
    } else if (!hovering) {
      var h = window.innerHeight, b = el.getBoundingClientRect();
      if (b.top < 0 || b.bottom > h) el.scrollIntoView({ block: "center" });
    }
  }

  function show(id, scroll, hovering) {
    clear("hl"); clear("hl-gold"); clear("hl-both"); clear("active");
    var f = id && fields[id];
    if (!f) return;
    document.getElementById(id).classList.add("active");
    var first = null;
    f.cites.forEach(function (n) {
      var s = sentence(n);
      if (!s) return;
      if (s.classList.contains("hl") && (s.classList.contains("hl-gold") !== !!f.gold)) s.classList.add("hl-both");
      s.classList.add("hl");
      if (f.gold) s.classList.add("hl-gold");
      first = first || s;
    });
    if (scroll) reveal(first, hovering);
  }

  all(".field[id]").forEach(function (el) {
    if (!fields[el.id]) return;
    el.addEventListener("mouseenter", function () { show(el.id, true, true); });
    el.addEventListener("mouseleave", function () { show(pinned, false); });
    /* Focus (keyboard, or the press of a click) highlights like hover; Enter or
       the click itself pins and scrolls. */
    el.addEventListener("focus", function () { show(el.id, true, true); });
    el.addEventListener("click", function (ev) {
      var link = ev.target.closest("a[href^='#s-']");
      if (link) {
        ev.preventDefault();
        var s = document.getElementById(link.getAttribute("href").slice(1));
        clear("hl"); clear("hl-gold"); clear("hl-both");
        if (s) { s.classList.add("hl"); reveal(s); }
        return;
      }
      if (ev.target.closest("summary, details")) return;
      pinned = pinned === el.id ? null : el.id;
      show(pinned || el.id, true);
    });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); el.click(); }
    });
  });

  var panel = document.getElementById("citedby");
  function closePanel() {
    if (panel) panel.hidden = true;
    clear("citing"); clear("picked");
  }
  function openPanel(s) {
    var n = s.getAttribute("data-n");
    var ids = bySentence[n] || [];
    closePanel();
    s.classList.add("picked");
    panel.querySelector("h3").textContent = "Sentence " + n + (ids.length ? " is cited by" : " is not cited by any field");
    var list = panel.querySelector("ul");
    list.textContent = "";
    ids.forEach(function (id) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = "#" + id;
      a.textContent = fields[id].label;
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        var el = document.getElementById(id);
        el.scrollIntoView({ block: "center" });
        show(id, false);
      });
      li.appendChild(a);
      list.appendChild(li);
      document.getElementById(id).classList.add("citing");
    });
    panel.hidden = false;
  }
  if (panel) {
    all(".sent[data-n]").forEach(function (s) {
      s.addEventListener("click", function () { openPanel(s); });
    });
    panel.querySelector(".close").addEventListener("click", closePanel);
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { pinned = null; show(null); closePanel(); }
  });

  /* Sortable tables: <th data-type="num|text"><button>; cells may carry data-sort. */
  all("table.sortable").forEach(function (table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, col) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var numeric = th.getAttribute("data-type") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        function key(row) {
          var cell = row.cells[col];
          var v = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
          return numeric ? (v === "" ? -Infinity : parseFloat(v)) : v.toLowerCase();
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
