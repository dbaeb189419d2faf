// Makes outlines.json (beside this script): the outlines of Latvia, Lithuania and
// their neighbours, clipped to the region the partner map shows and
// simplified, in degrees (longitude, latitude). tilts projects them with
// the partners' markers (src/data/map.rs), so both share one projection.
//
// Source: Natural Earth 1:10m admin 0 countries (public domain), as
// TopoJSON in the world-atlas package (ISC). Run once, commit the output:
//   cd themes/default/map && npm ci && node make-outlines.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

// ISO 3166 numeric → the code tilts uses.
const COUNTRIES = { 428: "LV", 440: "LT", 233: "EE", 112: "BY", 643: "RU", 616: "PL" };
// Clipped well beyond the region the map shows (src/data/map.rs, VIEW), so
// that no cut edge shows: the map's frame cuts the outlines.
const BOX = { west: 16.5, east: 32.5, south: 52.0, north: 60.0 };
const TOLERANCE = 0.012; // degrees, about 1 km: finer than a pixel of the map

const topo = JSON.parse(readFileSync(new URL("node_modules/world-atlas/countries-10m.json", import.meta.url)));
const countries = feature(topo, topo.objects.countries).features.filter((f) => COUNTRIES[+f.id]);

/** Sutherland–Hodgman: a ring clipped to the box (a convex polygon). */
function clip(ring) {
  const edges = [
    [(p) => p[0] >= BOX.west, (a, b) => cross(a, b, 0, BOX.west)],
    [(p) => p[0] <= BOX.east, (a, b) => cross(a, b, 0, BOX.east)],
    [(p) => p[1] >= BOX.south, (a, b) => cross(a, b, 1, BOX.south)],
    [(p) => p[1] <= BOX.north, (a, b) => cross(a, b, 1, BOX.north)],
  ];
  let out = ring;
  for (const [inside, at] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(at(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(at(prev, cur));
    }
    if (!out.length) break;
  }
  return out;
}
function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** Douglas–Peucker simplification of a closed ring. */
function simplify(points) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = 0, at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > worst) { worst = d; at = i; }
    }
    if (worst > TOLERANCE) { keep[at] = 1; stack.push([a, at], [at, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
function distance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

const out = { source: "Natural Earth 1:10m admin 0 countries (public domain), via world-atlas 2.0.2", box: BOX, countries: [] };
for (const f of countries) {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const clipped = simplify(clip(ring));
      if (clipped.length < 4) continue;
      rings.push(clipped.map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]));
    }
  }
  if (rings.length) out.countries.push({ code: COUNTRIES[+f.id], rings });
}
out.countries.sort((a, b) => a.code.localeCompare(b.code));
const target = new URL("outlines.json", import.meta.url);
writeFileSync(target, JSON.stringify(out) + "\n");
console.log(`${out.countries.map((c) => `${c.code}: ${c.rings.length} rings, ${c.rings.reduce((n, r) => n + r.length, 0)} points`).join("; ")}`);
