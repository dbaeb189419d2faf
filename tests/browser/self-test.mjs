// The browser suite must be able to fail: run it on a deliberately broken
// site and expect it to report the low-contrast text and the image without
// alternative text, an unsized image, a request to another origin and a
// late layout shift, a page over its weight budget, a cut-off table cell
// a wide table without its scrolling region, and a map with one outline and
// overlapping names, a transition that ignores reduced motion, and to exit
// non-zero.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const run = spawnSync(process.execPath, [join(here, "run.mjs"), "--site", join(here, "fixtures", "broken"),
  "--screenshots", join(here, "..", "..", "target", "browser-screenshots-broken"), "--max-kb", "1"], { encoding: "utf8" });
const out = run.stdout + run.stderr;
const expected = ["axe color-contrast", "axe image-alt", "no EU funding block", "first Tab stop is not the skip link",
  "images without width and height", "requests to another origin", "layout shift while loading",
  "(at most 1 KB)", "is cut off", "a wide table does not scroll in its own region",
  "map labels overlap at 1280 px: Jelgava / Dobele", "with reduced motion asked for: a transition", "the map draws 1 partner countries' outlines"];
const missing = expected.filter((e) => !out.includes(e));
if (run.status === 1 && missing.length === 0) {
  console.log("self-test: the suite fails a broken site as it should");
  console.log("1 passed, 0 failed");
} else {
  console.log(out);
  console.log(`self-test: exit ${run.status}, missing reports: ${missing.join("; ") || "none"}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
