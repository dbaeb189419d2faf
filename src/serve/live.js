// tilts serve: reloads the page after each successful rebuild and shows the
// problems of a failed one in an overlay. Injected only by `tilts serve`.
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
  function connect() {
    var source = new EventSource("/__tilts/events");
    source.addEventListener("reload", function () { location.reload(); });
    source.addEventListener("failed", function (e) { show(JSON.parse(e.data)); });
    source.onerror = function () { source.close(); setTimeout(connect, 1000); };
  }
  fetch("/__tilts/status").then(function (r) { return r.json(); }).then(function (s) {
    if (!s.ok) { show(s); }
  }).catch(function () {});
  connect();
})();
