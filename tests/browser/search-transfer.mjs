// How many bytes the search page and its queries download, on a built
// site (for BENCHMARKS.md: the 10 000-item corpus of bench/run.sh).
// Usage: node search-transfer.mjs --site DIR --page /lv/meklet/ --query partneriem [--query …]
// Every response body is counted (HTML, CSS, JS, the index's pieces), as
// a first visit with an empty cache; no compression (a static host's gzip
// would make every figure smaller).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const opt = (name) => args[args.indexOf(name) + 1];
const all = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const root = resolve(opt("--site"));
const pagePath = opt("--page");
const queries = all("--query");

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.split("/").includes("..")) return res.writeHead(400).end();
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, path);
  const ok = await stat(file).then((s) => s.isFile(), () => false);
  if (!ok) return res.writeHead(404).end();
  const type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".json") ? "application/json" : path.endsWith(".css") ? "text/css" : "text/html";
  res.writeHead(200, { "content-type": type });
  res.end(await readFile(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium" });
const page = await browser.newPage();
let bytes = 0, requests = 0;
page.on("response", async (r) => {
  const body = await r.body().catch(() => Buffer.alloc(0));
  bytes += body.length;
  requests += 1;
});
await page.goto(base + pagePath, { waitUntil: "networkidle" });
const kb = (n) => (n / 1024).toFixed(1);
console.log(`page: ${kb(bytes)} KB in ${requests} requests`);
let before = bytes, beforeRequests = requests;
for (const [n, q] of queries.entries()) {
  await page.fill("#search-input", q);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("search-status").textContent !== "");
  await page.waitForLoadState("networkidle");
  const found = await page.$eval("#search-status", (s) => s.textContent);
  console.log(`${n === 0 ? "first" : "then"} query "${q}": +${kb(bytes - before)} KB in ${requests - beforeRequests} requests (${found}); total ${kb(bytes)} KB`);
  before = bytes; beforeRequests = requests;
}
await browser.close();
server.close();
