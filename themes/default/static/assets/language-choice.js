// The root page lets people choose a language. With JavaScript, a visitor
// who chose before is taken there at once, and so is one whose browser
// asks for one of the site's languages first; the choice is remembered.
// Without JavaScript (and for search engines) the chooser simply stays.
(function () {
  "use strict";
  var KEY = "tilts-language";
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-language]"));
  // No prototype: a stored "__proto__" or "constructor" is not a language.
  var byCode = Object.create(null);
  var has = function (code) {
    return Object.prototype.hasOwnProperty.call(byCode, code) && typeof byCode[code] === "string";
  };
  links.forEach(function (a) {
    byCode[a.getAttribute("data-language")] = a.href;
    a.addEventListener("click", function () {
      try { localStorage.setItem(KEY, a.getAttribute("data-language")); } catch (e) { /* storage off */ }
    });
  });
  var chosen = null;
  try { chosen = localStorage.getItem(KEY); } catch (e) { /* storage off */ }
  if (chosen && has(chosen)) {
    location.replace(byCode[chosen]);
    return;
  }
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (has(code)) {
      location.replace(byCode[code]);
      return;
    }
  }
})();
