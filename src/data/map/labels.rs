//! Where the towns' names go on the partner map: the first place round
//! the marker, nearest first, where a name covers no other name and no
//! marker and stays on the map; further away with a leader line when the
//! near places are taken.

/// The names' font size in SVG units on a wide screen, and the width of an
/// average letter as a share of it (a little wide, so that the real text
/// fits its box).
pub(super) const FONT: f64 = 15.0;
/// The names' font size on a phone, where the map is drawn at half its
/// width or less: about 13 pixels at 360.
pub(super) const NARROW_FONT: f64 = 26.0;
pub(super) const LETTER: f64 = 0.62;

use super::{CountryShape, Town};

/// A label's box: left, top, right, bottom.
#[derive(Clone, Copy, Debug)]
pub(super) struct Box(pub(super) [f64; 4]);

impl Box {
    pub(super) fn overlaps(&self, other: &Box) -> bool {
        let (a, b) = (self.0, other.0);
        a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
    }
    fn hits_circle(&self, (x, y, r): (f64, f64, f64)) -> bool {
        let cx = x.clamp(self.0[0], self.0[2]);
        let cy = y.clamp(self.0[1], self.0[3]);
        (cx - x).powi(2) + (cy - y).powi(2) < (r + 1.0).powi(2)
    }
    fn inside(&self, (w, h): (f64, f64)) -> bool {
        self.0[0] >= 2.0 && self.0[1] >= 2.0 && self.0[2] <= w - 2.0 && self.0[3] <= h - 2.0
    }
}

pub(super) struct Label {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) anchor: &'static str,
    pub(super) bounds: Box,
    pub(super) leader: Option<[f64; 4]>,
}

/// The first place around the marker, nearest first, where the name's box
/// overlaps no placed name and no marker and stays on the map.
pub(super) fn place(
    name: &str,
    (x, y, r): (f64, f64, f64),
    markers: &[(f64, f64, f64)],
    placed: &[Box],
    size: (f64, f64),
    font: f64,
) -> Label {
    let w = name.chars().count() as f64 * font * LETTER + 4.0;
    let h = font * 1.25;
    let step = font / FONT;
    // Directions: right, left, above, below, then the diagonals.
    const DIRECTIONS: [(f64, f64); 8] = [
        (1.0, 0.0),
        (-1.0, 0.0),
        (0.0, -1.0),
        (0.0, 1.0),
        (1.0, -1.0),
        (-1.0, -1.0),
        (1.0, 1.0),
        (-1.0, 1.0),
    ];
    let mut fallback = None;
    for away in [4.0, 18.0, 34.0, 52.0, 72.0, 96.0] {
        let distance = r + away * step;
        for (dx, dy) in DIRECTIONS {
            let (ax, ay) = (x + dx * distance, y + dy * distance);
            let left = match dx {
                d if d > 0.0 => ax,
                d if d < 0.0 => ax - w,
                _ => ax - w / 2.0,
            };
            let top = match dy {
                d if d > 0.0 => ay,
                d if d < 0.0 => ay - h,
                _ => ay - h / 2.0,
            };
            let bounds = Box([left, top, left + w, top + h]);
            let anchor = match dx {
                d if d > 0.0 => "start",
                d if d < 0.0 => "end",
                _ => "middle",
            };
            let label = Label {
                x: ax,
                // The text's baseline, a little above the box's bottom.
                y: top + h * 0.78,
                anchor,
                bounds,
                leader: (away > 4.0).then_some([x, y, ax, ay]),
            };
            let free = bounds.inside(size)
                && !placed.iter().any(|p| p.overlaps(&bounds))
                && !markers.iter().any(|&m| bounds.hits_circle(m));
            if free {
                return label;
            }
            fallback.get_or_insert(label);
        }
    }
    fallback.expect("at least one place was tried")
}

/// Each town's label, in the towns' order: the lead partner's first
/// gets the best place, then the others in order.
pub(super) fn place_all(
    towns: &[Town],
    centres: &[(f64, f64)],
    (lead_r, other_r): (f64, f64),
    font: f64,
    size: (f64, f64),
    obstacles: &[Box],
) -> Vec<Label> {
    let markers: Vec<(f64, f64, f64)> = towns
        .iter()
        .zip(centres)
        .map(|(t, &(x, y))| (x, y, if t.lead { lead_r } else { other_r }))
        .collect();
    let mut placed: Vec<Box> = obstacles.to_vec();
    let mut order: Vec<usize> = (0..towns.len()).collect();
    order.sort_by_key(|&i| !towns[i].lead);
    let mut found: Vec<(usize, Label)> = order
        .into_iter()
        .map(|i| {
            let label = place(towns[i].name, markers[i], &markers, &placed, size, font);
            placed.push(label.bounds);
            (i, label)
        })
        .collect();
    found.sort_by_key(|(i, _)| *i);
    found.into_iter().map(|(_, l)| l).collect()
}

/// The box of a country's name (upper case, spaced: wider letters than a
/// town's), centred on its anchor with the baseline at `label_y`.
pub(super) fn country_box(c: &CountryShape, font: f64) -> Box {
    let w = name_letters(&c.code) * font * 0.8;
    let h = font * 1.25;
    let top = c.label_y - h * 0.78;
    Box([c.label_x - w / 2.0, top, c.label_x + w / 2.0, top + h])
}

/// How many letters a country's name has at most in Latvian and
/// Lithuanian (the site's UI strings name them: LATVIJA, BALTKRIEVIJA /
/// BALTARUSIJA…); 9 for a country the theme does not expect.
fn name_letters(code: &str) -> f64 {
    match code {
        "LV" | "LT" | "PL" => 7.0,
        "EE" | "RU" => 8.0,
        "BY" => 12.0,
        _ => 9.0,
    }
}
