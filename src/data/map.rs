//! The partner map: the outlines of Latvia, Lithuania and their
//! neighbours (Natural Earth, public domain; `outlines.json`, made once by
//! `themes/default/map/make-outlines.mjs`) and the partners' towns, projected
//! alike with a Lambert conformal conic projection for the Baltic states,
//! and the towns' names placed where they overlap neither each other nor
//! a marker, with a leader line when a name had to move away.

use serde::{Deserialize, Serialize};

mod labels;

use labels::{Box, country_box, place_all};

/// The outlines, in degrees, clipped to the region the map shows.
const OUTLINES: &str = include_str!("../../themes/default/map/outlines.json");

/// The map's width in SVG units; the height follows from the region.
const WIDTH: f64 = 640.0;

/// The region the map shows: Latvia and Lithuania with a margin. The
/// outlines reach beyond it, so that the map's frame cuts them.
const VIEW: Region = Region {
    west: 19.8,
    east: 29.0,
    south: 53.6,
    north: 58.3,
};

#[derive(Deserialize)]
struct Outlines {
    countries: Vec<RawCountry>,
}

#[derive(Clone, Copy)]
struct Region {
    west: f64,
    east: f64,
    south: f64,
    north: f64,
}

#[derive(Deserialize)]
struct RawCountry {
    code: String,
    rings: Vec<Vec<[f64; 2]>>,
}

/// The map as templates draw it.
#[derive(Debug, Serialize)]
pub(super) struct MapCtx {
    pub(super) width: f64,
    pub(super) height: f64,
    /// Each country's outline as SVG path data; `home`: a partner's country.
    pub(super) countries: Vec<CountryShape>,
    pub(super) points: Vec<MapPointCtx>,
}

#[derive(Debug, Serialize)]
pub(super) struct CountryShape {
    pub(super) code: String,
    pub(super) path: String,
    pub(super) home: bool,
    /// Where the country's name goes (inside the country, off the markers).
    pub(super) label_x: f64,
    pub(super) label_y: f64,
}

#[derive(Debug, Serialize)]
pub(super) struct MapPointCtx {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) town: String,
    pub(super) lead: bool,
    /// The name's anchor point and alignment (`start`, `middle`, `end`).
    pub(super) label_x: f64,
    pub(super) label_y: f64,
    pub(super) anchor: &'static str,
    /// A line from the marker to a name that had to move away.
    pub(super) leader: Option<[f64; 4]>,
    /// The same on a phone: larger names, placed again.
    pub(super) narrow: NarrowLabel,
}

/// A town's name placed for a phone's width (see `labels::NARROW_FONT`).
#[derive(Debug, Serialize)]
pub(super) struct NarrowLabel {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) anchor: &'static str,
    pub(super) leader: Option<[f64; 4]>,
}

/// Markers' radii in SVG units: (lead, other) on a wide screen and on a phone.
const RADII: (f64, f64) = (8.0, 6.0);
const NARROW_RADII: (f64, f64) = (13.0, 11.0);

/// A town on the map: (latitude, longitude, name, lead partner).
pub(super) struct Town<'a> {
    pub(super) latitude: f64,
    pub(super) longitude: f64,
    pub(super) name: &'a str,
    pub(super) lead: bool,
}

/// Lambert conformal conic, standard parallels 55° and 58° N, centred on
/// 24° E (close to LKS-92 and LKS-94, the countries' own grids).
struct Projection {
    n: f64,
    f: f64,
    rho0: f64,
    lon0: f64,
    scale: f64,
    x0: f64,
    y0: f64,
}

impl Projection {
    fn new(region: Region) -> Self {
        let (p1, p2, lat0) = (55f64.to_radians(), 58f64.to_radians(), 56f64.to_radians());
        let t = |p: f64| (std::f64::consts::FRAC_PI_4 + p / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        let mut p = Self {
            n,
            f,
            rho0: f / t(lat0).powf(n),
            lon0: 24f64.to_radians(),
            scale: 1.0,
            x0: 0.0,
            y0: 0.0,
        };
        // Fit the region's corners and edges' middles into WIDTH.
        let edge = |lat: f64, lon: f64| p.raw(lat, lon);
        let corners = [
            edge(region.south, region.west),
            edge(region.south, region.east),
            edge(region.north, region.west),
            edge(region.north, region.east),
            edge(region.south, (region.west + region.east) / 2.0),
        ];
        let min_x = corners.iter().map(|c| c.0).fold(f64::MAX, f64::min);
        let max_x = corners.iter().map(|c| c.0).fold(f64::MIN, f64::max);
        let max_y = corners.iter().map(|c| c.1).fold(f64::MIN, f64::max);
        p.scale = WIDTH / (max_x - min_x);
        p.x0 = min_x;
        p.y0 = max_y;
        p
    }

    /// Projected, before scaling; y grows northwards.
    fn raw(&self, lat: f64, lon: f64) -> (f64, f64) {
        let t = (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0).tan();
        let rho = self.f / t.powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lon0);
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }

    /// SVG units: x right, y down, rounded to a tenth.
    fn point(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (x, y) = self.raw(lat, lon);
        (
            round((x - self.x0) * self.scale),
            round((self.y0 - y) * self.scale),
        )
    }
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The map of `towns` in the partners' `home` countries.
pub(super) fn map(towns: &[Town], home: &[&str]) -> MapCtx {
    let outlines: Outlines = serde_json::from_str(OUTLINES).expect("the built-in outlines");
    let projection = Projection::new(VIEW);
    let (_, bottom) = projection.point(VIEW.south, VIEW.west);
    let (_, bottom_mid) = projection.point(VIEW.south, (VIEW.west + VIEW.east) / 2.0);
    let height = round(bottom.max(bottom_mid));
    let centres: Vec<(f64, f64)> = towns
        .iter()
        .map(|t| projection.point(t.latitude, t.longitude))
        .collect();
    let countries: Vec<CountryShape> = outlines
        .countries
        .iter()
        .map(|c| {
            shape(
                c,
                &projection,
                home.contains(&c.code.as_str()),
                (WIDTH, height),
            )
        })
        .collect();
    let size = (WIDTH, height);
    // The countries' names are there first: the towns' go round them.
    let names = |home_font: f64, other_font: f64| -> Vec<Box> {
        countries
            .iter()
            .map(|c: &CountryShape| country_box(c, if c.home { home_font } else { other_font }))
            .collect()
    };
    let wide = place_all(
        towns,
        &centres,
        RADII,
        labels::FONT,
        size,
        &names(16.0, 13.0),
    );
    let narrow_names = names(26.0, 22.0);
    let narrow = place_all(
        towns,
        &centres,
        NARROW_RADII,
        labels::NARROW_FONT,
        size,
        &narrow_names,
    );
    let points: Vec<MapPointCtx> = towns
        .iter()
        .zip(&centres)
        .zip(wide.into_iter().zip(narrow))
        .map(|((t, &(x, y)), (label, small))| MapPointCtx {
            x,
            y,
            town: t.name.to_string(),
            lead: t.lead,
            label_x: round(label.x),
            label_y: round(label.y),
            anchor: label.anchor,
            leader: label.leader.map(|l| l.map(round)),
            narrow: NarrowLabel {
                x: round(small.x),
                y: round(small.y),
                anchor: small.anchor,
                leader: small.leader.map(|l| l.map(round)),
            },
        })
        .collect();
    MapCtx {
        width: WIDTH,
        height,
        countries,
        points,
    }
}

fn shape(
    country: &RawCountry,
    projection: &Projection,
    home: bool,
    size: (f64, f64),
) -> CountryShape {
    let mut path = String::new();
    let mut largest = (0.0f64, (0.0, 0.0));
    for ring in &country.rings {
        let points: Vec<(f64, f64)> = ring
            .iter()
            .map(|[lon, lat]| projection.point(*lat, *lon))
            .collect();
        for (k, (x, y)) in points.iter().enumerate() {
            path.push_str(&format!("{}{x} {y}", if k == 0 { "M" } else { "L" }));
        }
        path.push('Z');
        // The name goes at the centre of the largest piece on the map.
        let visible: Vec<(f64, f64)> = points
            .iter()
            .map(|&(x, y)| (x.clamp(0.0, size.0), y.clamp(0.0, size.1)))
            .collect();
        let (area, centre) = centroid(&visible);
        if area > largest.0 {
            largest = (area, centre);
        }
    }
    let (label_x, label_y) = largest.1;
    CountryShape {
        code: country.code.clone(),
        path,
        home,
        label_x: round(label_x.clamp(60.0, size.0 - 60.0)),
        label_y: round(label_y.clamp(24.0, size.1 - 12.0)),
    }
}

/// The area and centre of mass of a polygon.
fn centroid(points: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in points.iter().enumerate() {
        let (x1, y1) = points[(i + 1) % points.len()];
        let cross = x0 * y1 - x1 * y0;
        area += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if area.abs() < 1e-9 {
        return (0.0, (0.0, 0.0));
    }
    (area.abs() / 2.0, (cx / (3.0 * area), cy / (3.0 * area)))
}

#[cfg(test)]
mod tests {
    use super::labels::{FONT, LETTER};
    use super::*;

    fn town(name: &str, latitude: f64, longitude: f64) -> Town<'_> {
        Town {
            latitude,
            longitude,
            name,
            lead: false,
        }
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let p = Projection::new(Region {
            west: 19.8,
            east: 29.0,
            south: 53.6,
            north: 58.3,
        });
        let riga = p.point(56.95, 24.1);
        let vilnius = p.point(54.69, 25.28);
        assert!(
            vilnius.1 > riga.1 && vilnius.0 > riga.0,
            "{riga:?} {vilnius:?}"
        );
        // Riga–Vilnius is about 262 km: the map keeps the ratio of
        // distances north–south and east–west (conformal).
        let liepaja = p.point(56.51, 21.01);
        let d = |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let ratio = d(riga, vilnius) / d(riga, liepaja);
        assert!((ratio - 262.0 / 191.0).abs() < 0.03, "{ratio}");
    }

    #[test]
    fn names_close_together_do_not_overlap() {
        let towns = [
            town("Jelgava", 56.6511, 23.7214),
            town("Dobele", 56.6258, 23.2781),
            town("Auce", 56.46, 22.9014),
            town("Joniškis", 56.2407, 23.6136),
            town("Jaunjelgava", 56.6127, 25.0836),
            town("Viesīte", 56.3452, 25.5558),
            town("Rokiškis", 55.9616, 25.5807),
            town("Kretinga", 55.8888, 21.2422),
            // Crowded round Jelgava: some names must move away.
            town("Ozolnieki", 56.6897, 23.7753),
            town("Cena", 56.6425, 23.6456),
            town("Svēte", 56.605, 23.68),
            town("Tūkstošjūdzes", 56.65, 23.75),
        ];
        let map = map(&towns, &["LV", "LT"]);
        let boxes: Vec<Box> = map
            .points
            .iter()
            .map(|p| {
                let w = p.town.chars().count() as f64 * FONT * LETTER + 4.0;
                let left = match p.anchor {
                    "start" => p.label_x,
                    "end" => p.label_x - w,
                    _ => p.label_x - w / 2.0,
                };
                let top = p.label_y - FONT * 1.25 * 0.78;
                Box([left, top, left + w, top + FONT * 1.25])
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} {b:?}");
            }
        }
        // A name that had to move away has a line to its marker.
        assert!(map.points.iter().any(|p| p.leader.is_some()));
        assert_eq!(map.countries.iter().filter(|c| c.home).count(), 2);
        assert!(map.countries.iter().all(|c| c.path.starts_with('M')));
    }
}
