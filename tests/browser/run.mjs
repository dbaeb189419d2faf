// Browser checks of a built tilts site in Debian's Chromium:
//  - axe-core on every page in both colour schemes (WCAG 2.0/2.1 A and AA, EN 301 549): zero violations;
//  - the EU funding block inside the first viewport at 1280x720 and 360x640;
//  - no horizontal scrolling at 320 px;
//  - Tab reaches the skip link first, then every link and button, each with a visible focus indicator;
//  - the language switcher leads to the translation named in the page's hreflang alternates;
//  - no layout shift while the page and its pictures load (every <img> has its width and height);
//  - at most 100 KB of HTML, CSS, JavaScript and fonts per page (photos excluded);
//  - tables: no cell cut off at 360 and 1280 px, a wide table scrolls in a named, focusable region;
//  - the header at most 200 px high at 360x640 with a menu button (a link without JavaScript),
//    the menu on one line at 1280 px;
//  - the partner map: land outlines, no two town names (or a name and a marker) overlapping;
//  - no request to another origin (a video's host only after the visitor asks for the video);
//  - with --expect-media: at least one gallery and one video page; a video turns into the host's
//    player only when activated, and the page keeps 0 axe violations then;
//  - screenshots of every page kind at 360 and 1280 px in both languages under target/browser-screenshots/
//    (with --readme also the README's pictures, in themes/default/screenshots/).
// Usage: node run.mjs [--site DIR] [--screenshots DIR] [--expect-media] [--max-kb 100] [--readme]
import { createServer } from "node:http";
import { readFile, readdir, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const siteDir = resolve(opt("--site", join(repo, "public")));
const shotDir = resolve(opt("--screenshots", join(repo, "target", "browser-screenshots")));
const expectMedia = args.includes("--expect-media");
const maxKb = Number(opt("--max-kb", "100"));
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "EN-301-549"];

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
  ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".xml": "application/xml", ".json": "application/json" };

async function isFile(p) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}

/** A static server for the built site on 127.0.0.1, like any static host. */
function serve(root) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.split("/").includes("..")) { res.writeHead(400).end(); return; }
    if (path.endsWith("/")) path += "index.html";
    const file = join(root, path);
    if (await isFile(file)) {
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
      res.end(await readFile(file));
    } else if (await isFile(join(file, "index.html"))) {
      res.writeHead(301, { location: path + "/" }).end();
    } else {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(await readFile(join(root, "404.html")).catch(() => "Not found"));
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

async function htmlPages(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlPages(p)));
    else if (entry.name.endsWith(".html")) out.push(p);
  }
  return out;
}

const urlPath = (file) => "/" + relative(siteDir, file).split(sep).join("/").replace(/(^|\/)index\.html$/, "$1");

const failures = [];
/** The first page of each kind in each language ("lv|news" → path), for screenshots. */
const kinds = new Map();
const weights = [];
const fail = (page, what) => { failures.push(`${page}: ${what}`); };

// The root page: no automatic refresh; a browser that asks for Lithuanian
// first is taken to /lt/, and a language chosen on the root is remembered.
async function checkRootChooser(browser, base) {
  const probe = await fetch(`${base}/`).then((r) => r.text()).catch(() => "");
  if (!probe.includes("data-language=")) return; // a theme without the chooser
  const lt = await browser.newContext({ locale: "lt-LT" });
  const ltPage = await lt.newPage();
  await ltPage.goto(`${base}/`, { waitUntil: "load" });
  await ltPage.waitForURL(`${base}/lt/`, { timeout: 5000 }).catch(() => {});
  if (new URL(ltPage.url()).pathname !== "/lt/") fail("/", `a browser preferring lt stayed at ${ltPage.url()}`);
  await lt.close();
  const en = await browser.newContext({ locale: "en-GB" });
  const enPage = await en.newPage();
  await enPage.goto(`${base}/`, { waitUntil: "load" });
  if (new URL(enPage.url()).pathname !== "/") fail("/", `a browser preferring en left the chooser for ${enPage.url()}`);
  if (await enPage.$('meta[http-equiv="refresh"]')) fail("/", "the root page refreshes by itself");
  await enPage.click('a[data-language="lv"]');
  await enPage.waitForURL(`${base}/lv/`);
  await enPage.goto(`${base}/`, { waitUntil: "load" });
  await enPage.waitForURL(`${base}/lv/`, { timeout: 5000 }).catch(() => {});
  if (new URL(enPage.url()).pathname !== "/lv/") fail("/", "the language chosen on the root is not remembered");
  await en.close();
}

async function main() {
  const server = await serve(siteDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  // A browser that prefers neither site language stays on the root's chooser.
  const context = await browser.newContext({ locale: "en-GB" });
  // Layout shifts, from the first paint on (read by checkLayoutShift).
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  // Every request goes to the site itself: nothing from another origin.
  const foreign = [];
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreign.push(r.url()); });
  const media = { gallery: 0, video: 0 };
  await checkRootChooser(browser, base);
  const files = (await htmlPages(siteDir)).sort();
  const perLang = {};

  for (const file of files) {
    const path = urlPath(file);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "no-preference" });
    foreign.length = 0;
    await page.goto(base + path, { waitUntil: "load" });
    await checkLayoutShift(page, path);
    await checkWeight(page, path);
    await checkReducedMotion(page, path);
    const lang = await page.evaluate(() => document.documentElement.lang);
    const kind = await page.evaluate(() => document.body.dataset.kind || "other");
    if (!kinds.has(`${lang}|${kind}`)) kinds.set(`${lang}|${kind}`, path);
    const stats = (perLang[lang] ??= { pages: 0, violations: 0 });
    stats.pages += 1;

    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async (tags) =>
        axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), TAGS);
      for (const v of result.violations) {
        stats.violations += v.nodes.length;
        fail(path, `[${scheme}] axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    await page.emulateMedia({ colorScheme: "light" });

    for (const [width, height] of [[1280, 720], [360, 640]]) {
      await page.setViewportSize({ width, height });
      const block = await page.$("#eu-funding");
      const box = block && (await block.boundingBox());
      if (!box) fail(path, "no EU funding block (#eu-funding)");
      else if (box.y < 0 || box.y + box.height > height) fail(path, `EU block not in the first ${width}x${height} viewport (bottom at ${Math.round(box.y + box.height)} px)`);
    }

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) fail(path, `scrolls horizontally at 320 px by ${overflow} px`);

    await page.setViewportSize({ width: 1280, height: 720 });
    await checkKeyboard(page, path);
    await checkTables(page, path);
    await checkMap(page, path);
    await checkHeader(page, path);
    if (kind === "poster") await checkPoster(page, path);
    if (kind === "news") await checkLineLength(page, path);
    if (await page.$(".read-aloud")) await checkReadAloudHidden(page, path);
    if (foreign.length) fail(path, `requests to another origin: ${[...new Set(foreign)].join(", ")}`);
    if (await page.$("section.gallery")) media.gallery += 1;
    if (await page.$("figure.video")) {
      media.video += 1;
      await checkVideo(page, path, foreign);
    }
  }
  if (expectMedia && (!media.gallery || !media.video)) {
    fail("(site)", `--expect-media: ${media.gallery} gallery pages and ${media.video} video pages, expected at least one of each`);
  }
  const heaviest = weights.sort((a, b) => b[1] - a[1])[0];
  if (heaviest) console.log(`weight: heaviest page ${heaviest[0]} ${(heaviest[1] / 1024).toFixed(1)} KB of HTML, CSS and JavaScript`);
  console.log(`media: ${media.gallery} gallery pages, ${media.video} video pages checked`);

  await checkMenuWithoutScript(browser, base);
  for (const [key, path] of kinds) if (key.endsWith("|news")) await checkReadAloud(browser, base, path);
  if (reading.paragraphs) console.log(`reading: ${reading.paragraphs} news paragraphs, at most ${Math.round(reading.widest)} characters a line at 1280 px`);
  await checkSwitcher(page, base, files);
  await checkSearch(page, base, files);
  await screenshots(page, base);
  await browser.close();
  server.close();

  for (const [lang, s] of Object.entries(perLang)) {
    console.log(`${lang || "(no lang)"}: ${s.pages} pages checked, ${s.violations} axe violations`);
  }
  for (const f of failures) console.log(`FAIL ${f}`);
  const checked = Object.values(perLang).reduce((n, s) => n + s.pages, 0);
  console.log(`${checked - new Set(failures.map((f) => f.split(":")[0])).size} passed, ${new Set(failures.map((f) => f.split(":")[0])).size} failed`);
  process.exit(failures.length ? 1 : 0);
}

/** A news item's paragraphs at 1280 px: at most 75 characters a line
 * (the width of the paragraph in the paragraph's own average character). */
const reading = { paragraphs: 0, widest: 0 };
async function checkLineLength(page, path) {
  await page.setViewportSize({ width: 1280, height: 720 });
  const widths = await page.$$eval("article > p", (ps) => ps.map((p) => {
    const text = p.innerText.trim();
    if (text.length < 40) return 0;
    const s = getComputedStyle(p);
    const canvas = (window.__measure ??= document.createElement("canvas")).getContext("2d");
    canvas.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const average = canvas.measureText(text).width / [...text].length;
    return p.clientWidth / average;
  }));
  for (const chars of widths.filter((w) => w > 0)) {
    reading.paragraphs += 1;
    reading.widest = Math.max(reading.widest, chars);
    if (chars > 75) fail(path, `a paragraph's lines hold about ${Math.round(chars)} characters at 1280 px (at most 75)`);
  }
}

/** Headless Chromium has no voices: the "read aloud" controls stay hidden. */
async function checkReadAloudHidden(page, path) {
  if (await page.evaluate(() => speechSynthesis.getVoices().length > 0)) return;
  if (await page.isVisible(".read-aloud")) fail(path, "the read-aloud button shows though the browser has no voice for the page");
}

/** With a voice for the page's language, the button shows, reads the
 * article (not the menus) and can be paused and stopped from the keyboard.
 * The browser's voice list and speaker are replaced by a recorder: a
 * headless browser has no voices to offer. */
async function checkReadAloud(browser, base, path) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__said = [];
    const lang = () => document.documentElement.lang;
    Object.defineProperty(window, "speechSynthesis", { value: {
      paused: false, speaking: false,
      getVoices: () => [{ lang: `${lang()}-${lang().toUpperCase()}`, name: "test" }],
      speak(u) { window.__said.push(u.text); this.speaking = true; this.current = u; },
      pause() { this.paused = true; }, resume() { this.paused = false; },
      cancel() { this.speaking = false; this.paused = false; },
      addEventListener() {},
    } });
  });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: "load" });
  if (!(await page.isVisible(".read-aloud-start"))) { fail(path, "the read-aloud button is hidden though a voice exists"); await context.close(); return; }
  await page.focus(".read-aloud-start");
  await page.keyboard.press("Enter");
  const said = await page.evaluate(() => window.__said.join(""));
  const title = await page.$eval("article h1", (h) => h.innerText);
  const menu = await page.$eval("#main-nav", (n) => n.innerText.split("\n")[0]);
  if (!said.startsWith(title)) fail(path, `read aloud does not start with the title: ${said.slice(0, 60)}`);
  if (said.includes(menu)) fail(path, "read aloud reads the menu");
  if (!(await page.evaluate(() => document.activeElement?.classList.contains("read-aloud-pause")))) fail(path, "after starting, the focus is not on the pause button");
  const before = await page.$eval(".read-aloud-pause", (b) => b.textContent);
  await page.keyboard.press("Enter");
  const after = await page.$eval(".read-aloud-pause", (b) => b.textContent);
  if (before === after || !(await page.evaluate(() => speechSynthesis.paused))) fail(path, "the pause button does not pause and say so");
  if (!(await page.isVisible(".read-aloud-stop"))) { fail(path, "no stop button while reading"); await context.close(); return; }
  await page.click(".read-aloud-stop");
  if (!(await page.isVisible(".read-aloud-start")) || (await page.isVisible(".read-aloud-stop"))) fail(path, "stop does not bring back the start button");
  console.log(`read aloud: ${path} reads the article, pauses and stops`);
  await context.close();
}

/** The poster page prints as exactly one A3 page (297 × 420 mm, 841.89 ×
 * 1190.55 pt), read from the PDF Chromium makes of it. */
const posters = { checked: 0 };
async function checkPoster(page, path) {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length;
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
    .map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
  if (pages !== 1) fail(path, `the poster prints on ${pages} pages (one A3 page expected)`);
  const a3 = boxes.length > 0 && boxes.every(([w, h]) => Math.abs(w - 841.89) < 1 && Math.abs(h - 1190.55) < 1);
  if (!a3) fail(path, `the poster's paper is ${JSON.stringify(boxes)} pt, not A3 portrait (841.89 × 1190.55)`);
  posters.checked += 1;
  if (pages === 1 && a3) console.log(`poster: ${path} prints as one A3 page`);
}

/** The header: at 360x640 at most 200 px high, the menu behind a button
 * that says whether it is open; at 1280 px the menu is one line. */
async function checkHeader(page, path) {
  const header = await page.$(".site-header");
  // The bilingual root pages have no menu: the languages are their content.
  if (!header || !(await page.$("#main-nav"))) return;
  await page.setViewportSize({ width: 360, height: 640 });
  const box = await header.boundingBox();
  if (box.y + box.height > 200) fail(path, `the header is ${Math.round(box.y + box.height)} px high at 360x640 (at most 200)`);
  const button = await page.$("button.menu-button");
  if (!button) { fail(path, "no menu button at 360 px"); return; }
  const navShown = () => page.$eval("#main-nav", (n) => n.getClientRects().length > 0);
  if (await navShown()) fail(path, "the menu is open before it is asked for at 360 px");
  await button.click();
  if ((await button.getAttribute("aria-expanded")) !== "true" || !(await navShown())) fail(path, "the menu button does not open the menu (aria-expanded)");
  await page.keyboard.press("Escape");
  if ((await button.getAttribute("aria-expanded")) !== "false" || (await navShown())) fail(path, "Escape does not close the menu");
  await page.setViewportSize({ width: 1280, height: 720 });
  const tops = await page.$$eval("#main-nav li", (lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
  if (tops > 1) fail(path, `the menu takes ${tops} lines at 1280 px`);
  if (await button.isVisible()) fail(path, "the menu button shows at 1280 px");
}

/** Tables at 360 and 1280 px: no cell cut off; a table wider than its
 * place scrolls inside a named, focusable region. */
async function checkTables(page, path) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    const problems = await page.$$eval("main table", (tables) => tables.flatMap((table) => {
      const out = [];
      for (const cell of table.querySelectorAll("th, td")) {
        if (cell.scrollWidth > cell.clientWidth + 1) out.push(`cell "${cell.textContent.trim().slice(0, 30)}" is cut off`);
      }
      const box = table.parentElement;
      if (table.getBoundingClientRect().width > box.clientWidth + 1) {
        const s = getComputedStyle(box);
        if (!["auto", "scroll"].includes(s.overflowX)) out.push("a wide table does not scroll in its own region");
        else if (box.getAttribute("role") !== "region" || box.tabIndex !== 0 || !(box.getAttribute("aria-label") || box.getAttribute("aria-labelledby")))
          out.push("the scrolling region of a wide table is not a named, focusable region");
      }
      return out;
    }));
    for (const p of problems) fail(path, `at ${width} px: ${p}`);
  }
}

/** The partner map: land outlines drawn, and no town's name over another
 * name or over a marker. */
async function checkMap(page, path) {
  if (!(await page.$("svg.partner-map"))) return;
  // On a desktop and on a phone: the names shown (each width has its own
  // set) overlap neither each other nor a marker; at 360 px the whole map
  // is on the screen, with every marker and name inside it.
  for (const [width, height] of [[1280, 720], [360, 640]]) {
    await page.setViewportSize({ width, height });
    const found = await page.$eval("svg.partner-map", (svg) => {
      const shown = (e) => getComputedStyle(e).display !== "none";
      const land = [...svg.querySelectorAll("path.map-land.home")].filter((p) => { const b = p.getBBox(); return b.width > 50 && b.height > 50; }).length;
      const labels = [...svg.querySelectorAll("text.map-label")].filter(shown).map((t) => ({ text: t.textContent, b: t.getBBox() }));
      const markers = [...svg.querySelectorAll("circle.map-point")].map((c) => c.getBBox());
      const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
      const inside = (b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h;
      const overlaps = [];
      labels.forEach((l, i) => {
        labels.slice(i + 1).forEach((m) => { if (hit(l.b, m.b)) overlaps.push(`${l.text} / ${m.text}`); });
        markers.forEach((m) => { if (hit(l.b, m)) overlaps.push(`${l.text} / a marker`); });
      });
      const outside = [...labels.filter((l) => !inside(l.b)).map((l) => l.text), ...markers.filter((m) => !inside(m)).map(() => "a marker")];
      const box = svg.getBoundingClientRect();
      const scroller = svg.closest(".map-scroll");
      return { land, labels: labels.length, markers: markers.length, overlaps, outside,
        offscreen: box.left < 0 || box.right > window.innerWidth, scrolls: scroller ? scroller.scrollWidth - scroller.clientWidth : 0 };
    });
    if (found.land < 2) fail(path, `the map draws ${found.land} partner countries' outlines`);
    if (found.labels !== found.markers) fail(path, `at ${width} px the map names ${found.labels} of its ${found.markers} towns`);
    for (const o of found.overlaps) fail(path, `map labels overlap at ${width} px: ${o}`);
    if (width === 360) {
      for (const o of found.outside) fail(path, `at 360 px ${o} lies outside the map`);
      if (found.offscreen || found.scrolls > 0) fail(path, `at 360 px the map does not fit the screen (scrolls ${found.scrolls} px)`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Without JavaScript the menu link still opens the menu. */
async function checkMenuWithoutScript(browser, base) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  for (const lang of ["lv", "lt"]) {
    const res = await page.goto(`${base}/${lang}/`);
    if (!res || !res.ok() || !(await page.$("a.menu-button"))) continue;
    await page.click("a.menu-button");
    const links = await page.$$eval("#main-nav a", (as) => as.filter((a) => a.getClientRects().length > 0).length);
    if (!links) fail(`/${lang}/`, "without JavaScript the menu link does not open the menu");
  }
  await context.close();
}

/** The page's weight without its photos: HTML, CSS, JavaScript and fonts
 * at most 100 KB. */
async function checkWeight(page, path) {
  const bytes = await page.evaluate(() => {
    let n = performance.getEntriesByType("navigation")[0].decodedBodySize;
    for (const r of performance.getEntriesByType("resource")) {
      if (/\.(css|js|mjs|woff2?|ttf|otf)$/.test(new URL(r.name).pathname)) n += r.decodedBodySize;
    }
    return n;
  });
  weights.push([path, bytes]);
  if (bytes > maxKb * 1024) fail(path, `HTML, CSS and JavaScript weigh ${Math.round(bytes / 1024)} KB (at most ${maxKb} KB)`);
}

/** No layout shift while the page loads, pictures included: every <img> has
 * its width and height, and scrolling through the page (so lazy pictures
 * load) moves nothing. */
/** With "reduce motion" asked for, nothing moves: no animation, no
 * transition, no smooth scrolling (WCAG 2.3.3; the theme's promise). */
async function checkReducedMotion(page, path) {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const moving = await page.evaluate(() => {
    const found = [];
    for (const el of [document.documentElement, ...document.querySelectorAll("body, body *")]) {
      const s = getComputedStyle(el);
      const seconds = (list) => Math.max(...list.split(",").map((t) => parseFloat(t) * (t.trim().endsWith("ms") ? 0.001 : 1)));
      const what = s.animationName !== "none" && seconds(s.animationDuration) > 0 ? "an animation"
        : seconds(s.transitionDuration) > 0 ? "a transition"
        : s.scrollBehavior === "smooth" ? "smooth scrolling" : null;
      if (what) found.push(`${what} on ${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}`);
    }
    return found.slice(0, 3);
  });
  for (const m of moving) fail(path, `with reduced motion asked for: ${m}`);
  await page.emulateMedia({ reducedMotion: "no-preference" });
}

async function checkLayoutShift(page, path) {
  const unsized = await page.$$eval("img", (imgs) => imgs.filter((i) => !i.getAttribute("width") || !i.getAttribute("height")).map((i) => i.getAttribute("src")));
  if (unsized.length) fail(path, `images without width and height: ${unsized.join(", ")}`);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    await Promise.all([...document.images].map((i) => (i.complete ? null : new Promise((r) => { i.onload = i.onerror = r; }))));
    window.scrollTo(0, 0);
    await new Promise((r) => setTimeout(r, 300)); // what moves a moment after loading
  });
  const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  if (shift > 0.001) fail(path, `layout shift while loading: ${shift.toFixed(4)}`);
}

/** A video: nothing from its host until activated; then the host's player
 * with the video's title, and still 0 axe violations. */
async function checkVideo(page, path, foreign) {
  if (foreign.length) return; // already reported
  await page.route((url) => !url.href.startsWith(page.url().split("/").slice(0, 3).join("/")), (route) => route.abort());
  await page.focus("figure.video > a.video-link");
  await page.keyboard.press("Enter");
  const frame = await page.waitForSelector("figure.video iframe", { timeout: 5000 }).catch(() => null);
  if (!frame) { fail(path, "the video did not turn into a player when activated by keyboard"); await page.unrouteAll(); return; }
  const info = await frame.evaluate((f) => ({ title: f.title, src: f.src, focused: document.activeElement === f }));
  if (!info.title) fail(path, "the video player has no title");
  if (!/youtube-nocookie\.com|player\.vimeo\.com/.test(info.src)) fail(path, `the video player is not the privacy-enhanced one: ${info.src}`);
  if (!info.focused) fail(path, "focus did not move to the video player");
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async (tags) =>
    axe.run(document, { iframes: false, runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), TAGS);
  for (const v of result.violations) fail(path, `[video playing] axe ${v.id} (${v.impact}): ${v.help}`);
  await page.unrouteAll();
  foreign.length = 0; // asked for by the visitor
}

/** Tab from the top: skip link first, every link and button reached, focus visible. */
async function checkKeyboard(page, path) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const focusable = await page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")]
      .filter((e) => e.getClientRects().length > 0 || e.classList.contains("skip-link")).length);
  const seen = [];
  for (let i = 0; i < focusable + 1; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
      // Each element by its own mark: two links can have the same markup.
      window.__tabIds ??= new WeakMap();
      if (!window.__tabIds.has(e)) window.__tabIds.set(e, (window.__tabNext = (window.__tabNext ?? 0) + 1));
      const id = window.__tabIds.get(e);
      return { key: `${id}|${e.outerHTML.slice(0, 80)}`, skip: e.classList.contains("skip-link"), visible: outline || s.boxShadow !== "none" };
    });
    if (!info) break;
    if (seen.includes(info.key) && seen.length >= focusable) break;
    seen.push(info.key);
    if (i === 0 && !info.skip) fail(path, `the first Tab stop is not the skip link but ${info.key}`);
    if (!info.visible) fail(path, `no visible focus indicator on ${info.key}`);
  }
  if (new Set(seen).size < focusable) fail(path, `Tab reached ${new Set(seen).size} of ${focusable} links and buttons`);
}

/** On pages that have a translation, the switcher goes to it. */
async function checkSwitcher(page, base, files) {
  let checked = 0;
  for (const file of files) {
    const path = urlPath(file);
    if (path === "/" || path.endsWith("404.html")) continue;
    await page.goto(base + path);
    const links = await page.$$eval(".language-switcher a[hreflang]", (as) => as.map((a) => ({ lang: a.hreflang, href: a.getAttribute("href") })));
    const alternates = await page.$$eval("link[rel=alternate][hreflang]", (ls) => Object.fromEntries(ls.map((l) => [l.hreflang, new URL(l.href).pathname])));
    for (const link of links) {
      if (!alternates[link.lang]) continue; // no translation: goes to that language's home, by design
      await page.goto(base + path);
      await Promise.all([page.waitForLoadState("load"), page.click(`.language-switcher a[hreflang="${link.lang}"]`)]);
      const landed = new URL(page.url()).pathname;
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (landed !== alternates[link.lang] || lang !== link.lang) fail(path, `switcher to ${link.lang} went to ${landed} (lang=${lang}), expected ${alternates[link.lang]}`);
      checked += 1;
    }
  }
  if (checked === 0 && files.length > 2) fail("(site)", "no language switcher link was checked");
}

/** The search page finds an item by a word of its title typed without
 * diacritics, by keyboard, and by another form of a word of its text; the
 * number found is announced and the matched words are marked. */
async function checkSearch(page, base, files) {
  let checked = 0;
  for (const file of files) {
    if (!(await readFile(file, "utf8")).includes('id="search-form"')) continue;
    const path = urlPath(file);
    await page.goto(base + path);
    const indexUrl = await page.$eval("#search-form", (f) => f.dataset.index);
    const manifest = await (await page.request.get(base + indexUrl + "index.json")).json();
    if (!manifest.docs) continue;
    const first = (await (await page.request.get(`${base}${indexUrl}d/0.json?v=${manifest.version}`)).json())[0];
    const word = first.t.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4) || first.t;
    const plain = word.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
    await page.focus("#search-input");
    await page.keyboard.type(plain);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("search-status").textContent !== "");
    const hrefs = await page.$$eval("#search-results a", (as) => as.map((a) => a.getAttribute("href")));
    if (!hrefs.includes(first.u)) fail(path, `searching for "${plain}" did not find ${first.u}`);
    const marks = await page.$$eval("#search-results mark", (ms) => ms.length);
    if (!marks) fail(path, `searching for "${plain}": no word marked in the results`);
    // Another form of a word: the inflected query each language's tests name.
    const inflected = { lv: ["partnerim", "partneri"], lt: ["partneriams", "partneriai"] }[manifest.stemmer === "latvian" ? "lv" : manifest.stemmer === "lithuanian" ? "lt" : ""];
    const hasForm = async (form) => {
      const heads = manifest.forms;
      let n = -1;
      heads.forEach((h, i) => { if (h <= form) n = i; });
      if (n < 0) return false;
      const chunk = await (await page.request.get(`${base}${indexUrl}f/${n}.json?v=${manifest.version}`)).json();
      return form in chunk;
    };
    // Only where the other form is in the site (the example's content) and the asked one is not.
    if (inflected && (await hasForm(inflected[1])) && !(await hasForm(inflected[0]))) {
      await page.fill("#search-input", inflected[0]);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0, null, { timeout: 5000 })
        .catch(() => fail(path, `the inflected query "${inflected[0]}" found nothing`));
      const text = await page.$eval("#search-results", (l) => l.textContent.toLowerCase());
      if (!text.includes(inflected[1].slice(0, 7))) fail(path, `"${inflected[0]}" did not show a form of ${inflected[1]}`);
    }
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async (tags) =>
      axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), TAGS);
    for (const v of result.violations) fail(path, `[search results] axe ${v.id} (${v.impact}): ${v.help}`);
    checked += 1;
  }
  console.log(`search: checked on ${checked} pages`);
}

/** Every page kind in each language at 360 and 1280 px, whole pages; with
 * --readme also the README's pictures of the theme (JPEG, one screen). */
async function screenshots(page, base) {
  await mkdir(shotDir, { recursive: true });
  for (const [key, path] of kinds) {
    const [lang, kind] = key.split("|");
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width === 360 ? 640 : 720 });
      await page.goto(base + path, { waitUntil: "load" });
      await page.screenshot({ path: join(shotDir, `${lang || "root"}-${kind}-${width}.png`), fullPage: true });
    }
  }
  console.log(`screenshots: ${kinds.size} page kinds × 2 widths in ${shotDir}`);
  if (!args.includes("--readme")) return;
  const readme = join(repo, "themes", "default", "screenshots");
  await mkdir(readme, { recursive: true });
  const pick = { "lv-home-1280": ["lv|home", 1280, 900], "lt-home-360": ["lt|home", 360, 640],
    "lv-partners-1280": ["lv|partners", 1280, 1500], "lv-news-360": ["lv|news", 360, 1400] };
  for (const [name, [key, width, height]] of Object.entries(pick)) {
    if (!kinds.has(key)) continue;
    await page.setViewportSize({ width, height });
    await page.goto(base + kinds.get(key), { waitUntil: "load" });
    if (name === "lv-news-360") await page.evaluate(() => document.querySelector(".table-scroll")?.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: join(readme, `${name}.jpg`), type: "jpeg", quality: 70 });
  }
}

main().catch((e) => { console.error(e); process.exit(2); });
