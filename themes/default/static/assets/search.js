// tilts search: the site's own small index, matched in the browser.
// Case and diacritics are ignored ("pasakums" finds "pasākums"), every query
// word must start a word of the item, and title matches rank first.
(function () {
  "use strict";
  var WORD = /[^\p{L}\p{N}]+/u;

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function words(text) {
    return fold(text).split(WORD).filter(Boolean);
  }

  /** Entries of `index` that match `query`, best first (ties keep index order: newest first). */
  function search(index, query) {
    var wanted = words(query);
    if (!wanted.length) return [];
    var hits = [];
    index.forEach(function (entry, position) {
      var title = words(entry.t);
      var body = words(entry.s + " " + entry.x);
      var score = 0;
      for (var i = 0; i < wanted.length; i++) {
        var w = wanted[i];
        var inTitle = title.some(function (t) { return t.indexOf(w) === 0; });
        if (!inTitle && !body.some(function (t) { return t.indexOf(w) === 0; })) return;
        score += inTitle ? 10 : 1;
      }
      hits.push({ score: score, position: position, entry: entry });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    return hits.map(function (h) { return h.entry; });
  }

  if (typeof document === "undefined") {
    globalThis.tiltsSearch = { fold: fold, search: search };
    return;
  }

  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = null;

  /** `text` with the words that start with a query word marked. */
  function highlighted(text, wanted) {
    var out = document.createDocumentFragment();
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (part) {
      var folded = fold(part);
      var hit = part && wanted.some(function (w) { return folded.indexOf(w) === 0; });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        out.appendChild(mark);
      } else if (part) {
        out.appendChild(document.createTextNode(part));
      }
    });
    return out;
  }

  function show() {
    var query = input.value.trim();
    list.textContent = "";
    if (!query || !index) { status.textContent = ""; return; }
    var found = search(index, query);
    status.textContent = found.length ? form.dataset.resultsLabel + " " + found.length : form.dataset.none;
    found.slice(0, 50).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u;
      a.appendChild(highlighted(e.t, words(query)));
      var p = document.createElement("p");
      p.appendChild(highlighted(e.s, words(query)));
      li.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  fetch(form.dataset.index).then(function (r) { return r.json(); }).then(function (data) {
    index = data;
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; }
    show();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
  input.addEventListener("input", show);
})();
