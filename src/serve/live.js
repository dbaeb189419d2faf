// tilts serve: reloads the page after each successful rebuild, shows the
// problems of a failed one in an overlay and the page's proofreading
// findings in a small panel in a corner. Injected only by `tilts serve`.
(function () {
  "use strict";
  var overlay = null;
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function show(report) {
    hide();
    // The words come with the report, in the language of tilts' messages.
    var words = report.words || {};
    overlay = document.createElement("div");
    overlay.id = "tilts-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem";
    var h = document.createElement("h2");
    h.textContent = words.title;
    h.style.cssText = "color:#ffb3b3;margin-top:0";
    overlay.appendChild(h);
    var list = document.createElement("ul");
    (report.diagnostics || []).forEach(function (d) {
      var li = document.createElement("li");
      li.style.cssText = "margin:.75rem 0;font-family:ui-monospace,monospace;white-space:pre-wrap";
      li.textContent = d.location + ": " + d.label + ": " + d.message + (d.hint ? "\n  " + words.hint + ": " + d.hint : "");
      list.appendChild(li);
    });
    overlay.appendChild(list);
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = words.close;
    close.onclick = hide;
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }
  // The page's spelling and typography findings: a count in the corner
  // that opens the list; closed for this page load by its close button.
  var panel = null, dismissed = false, open = false;
  function button(label, onclick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.onclick = onclick;
    b.style.cssText = "font:inherit;cursor:pointer;border:1px solid #888;border-radius:4px;background:#fff;color:#222;padding:.1rem .5rem";
    return b;
  }
  // A live region from the start (filled later, so that screen readers
  // announce it), empty and without a box while there is nothing to say.
  function region() {
    if (!panel) {
      panel = document.createElement("aside");
      panel.id = "tilts-proofing";
      panel.setAttribute("aria-live", "polite");
      document.body.appendChild(panel);
    }
    return panel;
  }
  function showFindings(s) {
    var found = s.proofing || [], words = s.proofing_words || {};
    var p = region();
    p.replaceChildren();
    p.style.cssText = "position:fixed;right:.75rem;bottom:.75rem;z-index:2147483646";
    p.removeAttribute("aria-label");
    if (dismissed || !found.length) { return; }
    p.setAttribute("aria-label", words.title);
    p.style.cssText += ";max-width:min(28rem,90vw);max-height:50vh;overflow:auto;background:#fffbe6;color:#222;" +
      "border:1px solid #c9a400;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);font:14px/1.4 system-ui,sans-serif;padding:.4rem .6rem";
    var list = document.createElement("ul");
    list.id = "tilts-proofing-list";
    list.hidden = !open;
    list.style.cssText = "margin:.4rem 0 0;padding-left:1.1rem";
    found.forEach(function (f) {
      var li = document.createElement("li");
      li.textContent = f.line + ":" + f.column + " " + f.message;
      list.appendChild(li);
    });
    var toggle = button(words.count, function () {
      open = !open;
      list.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    });
    toggle.title = words.title;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.setAttribute("aria-controls", list.id);
    var close = button("\u00d7", function () { dismissed = true; showFindings(s); });
    close.setAttribute("aria-label", words.close);
    close.style.marginLeft = ".4rem";
    p.appendChild(toggle);
    p.appendChild(close);
    p.appendChild(list);
  }
  function status() {
    return fetch("/__tilts/status?page=" + encodeURIComponent(location.pathname))
      .then(function (r) { return r.json(); });
  }
  function connect() {
    var source = new EventSource("/__tilts/events");
    source.addEventListener("reload", function () { location.reload(); });
    source.addEventListener("failed", function (e) { show(JSON.parse(e.data)); });
    source.addEventListener("proofread", function () { status().then(showFindings).catch(function () {}); });
    source.onerror = function () { source.close(); setTimeout(connect, 1000); };
  }
  status().then(function (s) {
    if (!s.ok) { show(s); }
    showFindings(s);
  }).catch(function () {});
  connect();
})();
