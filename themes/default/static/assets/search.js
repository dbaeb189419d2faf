// tilts search page: asks the engine (assets/search/engine.js) and shows
// the results ten at a time: title, date and a snippet with the matched
// words marked. The number found is announced (role=status); "more"
// moves the focus to the first new result.
import { SearchIndex } from "./search/engine.js";

const PAGE = 10;
const form = document.getElementById("search-form");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");

function marked(parts) {
  const out = document.createDocumentFragment();
  for (const [text, hit] of parts) {
    if (hit) {
      const mark = document.createElement("mark");
      mark.textContent = text;
      out.appendChild(mark);
    } else {
      out.appendChild(document.createTextNode(text));
    }
  }
  return out;
}

let index = null, found = [], shown = 0, query = "", asked = 0;

async function showMore(focus) {
  const ids = found.slice(shown, shown + PAGE);
  const mine = asked;
  const docs = await index.docs(ids);
  if (mine !== asked) return;
  let first = null;
  docs.forEach((doc) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = doc.u;
    a.appendChild(marked(index.highlight(doc.t, query)));
    li.appendChild(a);
    if (doc.d) {
      const time = document.createElement("time");
      time.dateTime = doc.d;
      time.textContent = doc.h || doc.d;
      li.appendChild(time);
    }
    const p = document.createElement("p");
    p.appendChild(marked(index.snippet(doc, query)));
    li.appendChild(p);
    list.appendChild(li);
    first = first || a;
  });
  shown += ids.length;
  more.hidden = shown >= found.length;
  if (focus && first) first.focus();
}

async function show() {
  query = input.value.trim();
  const mine = ++asked;
  if (!index) return;
  const ids = query ? await index.search(query) : [];
  if (mine !== asked) return;
  found = ids;
  shown = 0;
  list.textContent = "";
  more.hidden = true;
  if (found.length) await showMore(false);
  if (mine !== asked) return;
  // Said once the results are there to be read.
  status.textContent = !query ? "" : found.length ? `${form.dataset.resultsLabel} ${found.length}` : form.dataset.none;
}

if (form) {
  const base = form.dataset.index;
  new SearchIndex(base, (url) => fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  })).open().then((opened) => {
    index = opened;
    const q = new URLSearchParams(location.search).get("q");
    if (q) input.value = q;
    show();
  });
  let timer = 0;
  form.addEventListener("submit", (e) => { e.preventDefault(); clearTimeout(timer); show(); });
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(show, 150); });
  more.addEventListener("click", () => showMore(true));
}
