// The proofreading panel of `tilts serve` (#32 item 5), in Chromium against
// a live server on a copy of the example site: a misspelling saved in a
// news item appears in a small panel in a corner after the reload, as a
// count that opens the list; it covers little of the page, has no axe
// violation, and its close button (a real <button>, reached by the
// keyboard) dismisses it.
// Usage: node serve-proofing.mjs [TILTS] (default: target/debug/tilts)
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const tilts = resolve(process.argv[2] || join(repo, "target/debug/tilts"));
const site = mkdtempSync(join(tmpdir(), "tilts-proofing-"));
for (const dir of ["content", "i18n", "themes"]) {
  cpSync(join(repo, dir), join(site, dir), { recursive: true });
}
const item = join(site, "content/news/2018-05-21-auce-projekta.lv.md");
const url = "/lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/";

const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };

const server = spawn(tilts, ["serve", "--port", "0", "--root", site, "--messages", "en"], {
  stdio: ["ignore", "pipe", "ignore"],
});
const base = await new Promise((ok, fail) => {
  let out = "";
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const m = out.match(/http:\/\/[0-9.:]+/);
    if (m) ok(m[0]);
  });
  server.on("exit", () => fail(new Error("serve stopped: " + out)));
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium" });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base + url, { waitUntil: "networkidle" });
  const empty = await page.$("#tilts-proofing");
  expect(empty && await empty.evaluate((e) => e.childElementCount === 0 && e.offsetWidth === 0),
    "an empty live region, no box, on a page without findings");

  const text = readFileSync(item, "utf8");
  writeFileSync(item, text.replace("Auces novada pašvaldība kopā", "Auces novada pasvaldibba kopā"));
  const panel = await page.waitForSelector("#tilts-proofing button", { timeout: 20000 })
    .then(() => page.$("#tilts-proofing"));
  expect(await panel.getAttribute("aria-live") === "polite", "the panel is aria-live=polite");

  // A corner, not the page: collapsed, it is a small box at the bottom right.
  const box = await panel.boundingBox();
  expect(box.width * box.height < 0.05 * 1280 * 800, `the collapsed panel is small (${box.width}×${box.height})`);
  expect(box.x + box.width > 1200 && box.y + box.height > 720, "the panel sits in the bottom right corner");
  expect(await page.isHidden("#tilts-proofing-list"), "the list starts collapsed");

  // The count opens the list, by the keyboard.
  const toggle = await page.$("#tilts-proofing button[aria-controls]");
  expect(/1 finding/.test(await toggle.textContent()), "the count says 1 finding");
  await toggle.focus();
  await page.keyboard.press("Enter");
  expect(await toggle.getAttribute("aria-expanded") === "true", "aria-expanded follows the list");
  const listed = await page.textContent("#tilts-proofing-list");
  expect(listed.includes("8:14") && listed.includes("pasvaldibba"), `the list names line 8:14 and the word: ${listed}`);

  const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  await page.addScriptTag({ path: axe });
  const violations = await page.evaluate(async () =>
    (await window.axe.run("#tilts-proofing")).violations.map((v) => v.id));
  expect(violations.length === 0, `no axe violation in the panel: ${violations}`);

  // The close button is a real button, reached with Tab.
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.tagName + " " + document.activeElement.getAttribute("aria-label"));
  expect(focused === "BUTTON Close", `Tab reaches the close button: ${focused}`);
  await page.keyboard.press("Enter");
  expect(await page.$eval("#tilts-proofing", (e) => e.childElementCount === 0 && e.offsetWidth === 0),
    "the close button dismisses the panel");
} finally {
  await browser.close();
  server.kill();
  rmSync(site, { recursive: true, force: true });
}
if (failures.length) {
  console.error("serve-proofing: " + failures.length + " failed:\n  " + failures.join("\n  "));
  process.exit(1);
}
console.log("serve-proofing: ok");
