// tilts search engine: the language's index (made by src/publish/search/)
// loaded in pieces as a query needs them. A query word matches a document
// that has the same word (ignoring case and diacritics: "pasakums" finds
// "pasākums"), another form of it (the same stem: "partneriem" finds
// "partneri"), or, for the last word typed, a word that starts with it.
// Exact forms rank above other forms, other forms above beginnings, title
// matches above text matches; ties keep the index order (newest first).

const WORD = /[^\p{L}\p{N}]+/u;
const MAX_PREFIX_CHUNKS = 3;

export function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of `text`, lowercased, diacritics kept (what stemmers take). */
export function lowerWords(text) {
  return text.toLowerCase().split(WORD).filter(Boolean);
}

/** The last index `i` with `heads[i] <= term`, or -1. */
function chunkOf(heads, term) {
  let lo = 0, hi = heads.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (heads[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
  }
  return found;
}

/** Postings → Map(document → in the title). */
function decode(postings) {
  const out = new Map();
  let id = 0;
  for (const v of postings) {
    id += Math.floor(v / 2);
    out.set(id, v % 2 === 1);
  }
  return out;
}

export class SearchIndex {
  /** `base`: the address of the folder with index.json; `fetchJson(url)` → a promise of the parsed file. */
  constructor(base, fetchJson) {
    this.base = base.replace(/\/?$/, "/");
    this.fetchJson = fetchJson;
    this.files = new Map();
  }

  async open() {
    this.manifest = await this.fetchJson(this.base + "index.json");
    if (this.manifest.format !== 1) throw new Error("unknown search index format");
    const name = this.manifest.stemmer;
    if (name) {
      const module = await import(`./${name}-stemmer.js`);
      this.stemmer = new module.default();
    }
    return this;
  }

  file(path) {
    if (!this.files.has(path)) {
      this.files.set(path, this.fetchJson(`${this.base}${path}?v=${this.manifest.version}`));
    }
    return this.files.get(path);
  }

  /** A word's two terms, as the index has them: its form and its stem. */
  terms(word) {
    return { form: fold(word), stem: fold(this.stemmer ? this.stemmer.stemWord(word) : word) };
  }

  async postings(kind, term) {
    const heads = this.manifest[kind === "s" ? "stems" : "forms"];
    const n = chunkOf(heads, term);
    if (n < 0) return new Map();
    const chunk = await this.file(`${kind}/${n}.json`);
    return Object.prototype.hasOwnProperty.call(chunk, term) ? decode(chunk[term]) : new Map();
  }

  /** Documents with a word form that starts with `prefix` (none when too many chunks would be needed). */
  async beginnings(prefix) {
    const heads = this.manifest.forms;
    const first = Math.max(chunkOf(heads, prefix), 0), last = chunkOf(heads, prefix + "\uffff");
    const out = new Map();
    if (last < 0 || last - first + 1 > MAX_PREFIX_CHUNKS) return out;
    for (let n = first; n <= last; n++) {
      const chunk = await this.file(`f/${n}.json`);
      for (const term of Object.keys(chunk)) {
        if (!term.startsWith(prefix)) continue;
        for (const [id, title] of decode(chunk[term])) out.set(id, out.get(id) || title);
      }
    }
    return out;
  }

  /** The documents matching every word of `query`, best first: a list of document numbers. */
  async search(query) {
    const words = lowerWords(query);
    if (!words.length) return [];
    let scores = null;
    for (let i = 0; i < words.length; i++) {
      const { form, stem } = this.terms(words[i]);
      const last = i === words.length - 1;
      const [exact, stems, begins] = await Promise.all([
        this.postings("f", form),
        this.postings("s", stem),
        last && form.length >= 3 ? this.beginnings(form) : new Map(),
      ]);
      const next = new Map();
      for (const [kind, map] of [[3, exact], [2, stems], [1, begins]]) {
        for (const [id, title] of map) {
          if (scores && !scores.has(id)) continue;
          const score = kind + (title ? 4 : 0);
          if (!next.has(id) || next.get(id) < score) next.set(id, score);
        }
      }
      if (scores) for (const [id, s] of next) next.set(id, s + scores.get(id));
      scores = next;
      if (!scores.size) return [];
    }
    return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  }

  /** The documents numbered `ids`, in that order. */
  async docs(ids) {
    const per = this.manifest.per_shard;
    return Promise.all(ids.map(async (id) => (await this.file(`d/${Math.floor(id / per)}.json`))[id % per]));
  }

  /** Whether `word` (as written in a text) matches a word of the query. */
  matcher(query) {
    const wanted = lowerWords(query).map((w) => this.terms(w));
    return (word) => {
      const lower = word.toLowerCase();
      const { form, stem } = this.terms(lower);
      return wanted.some((w) => w.stem === stem || (w.form.length >= 3 && form.startsWith(w.form)) || w.form === form);
    };
  }

  /** `text` as [text, marked] parts, the words matching `query` marked. */
  highlight(text, query, matches = this.matcher(query)) {
    return text.split(/([\p{L}\p{N}]+)/u).filter(Boolean).map((p) => [p, /[\p{L}\p{N}]/u.test(p) && matches(p)]);
  }

  /** A snippet of `doc` around the first match of `query`: a list of [text, marked] parts. */
  snippet(doc, query, around = 90) {
    const matches = this.matcher(query);
    const parts = (text) => this.highlight(text, query, matches);
    const text = doc.x || "";
    const all = parts(text);
    let at = -1, offset = 0;
    for (const [p, hit] of all) { if (hit) { at = offset; break; } offset += p.length; }
    if (at < 0) return parts(doc.s || text.slice(0, 2 * around));
    let start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - around)) + 1);
    if (at - around <= 0) start = 0;
    let end = text.indexOf(" ", at + around);
    if (end < 0) end = text.length;
    const out = parts(text.slice(start, end));
    if (start > 0) out.unshift(["… ", false]);
    if (end < text.length) out.push([" …", false]);
    return out;
  }
}
