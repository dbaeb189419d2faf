//! The EU block on every page, as the project's period declares it
//! (`data::period`): the block is there with the emblem (or a programme
//! logo that contains it), its words are in the page's language, and —
//! where the period asks it — no other logo in the header or footer is
//! larger than the emblem.

use std::path::PathBuf;

use crate::config::SiteConfig;
use crate::content::raw_html::img_tags;
use crate::data::period::PeriodRules;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::site::{Route, RouteKind};
use crate::theme::Theme;

/// The marker every page's EU funding block carries (see `components.html`).
pub const EU_BLOCK_MARKER: &str = "id=\"eu-funding\"";

/// What the rule needs besides the page: the theme (to name the template)
/// and, once `project.yaml` names a known period, its rules and the
/// words the block says in each configured language.
pub struct EuBlockRule<'a> {
    pub theme: &'a Theme,
    pub period: Option<&'static PeriodRules>,
    /// The block's words per language index (empty when the period is unknown).
    pub statements: Vec<&'static str>,
    /// The programme logo stands in for the emblem and the words.
    pub logo_replaces_emblem: bool,
}

impl<'a> EuBlockRule<'a> {
    pub fn new(theme: &'a Theme, data: &crate::data::SiteData, config: &SiteConfig) -> Self {
        let period = data.period;
        let statements = config
            .languages
            .iter()
            .map(|l| period.map_or("", |p| p.statement_for(&l.code)))
            .collect();
        let logo_replaces_emblem = period.is_some_and(|p| p.programme_logo_may_replace)
            && data
                .project
                .programme_logo
                .as_ref()
                .is_some_and(|l| l.replaces_emblem());
        Self {
            theme,
            period,
            statements,
            logo_replaces_emblem,
        }
    }

    /// The first problem of the EU block on `route`'s page, at its template.
    pub fn problem(&self, route: &Route, html: &[u8]) -> Option<Diagnostic> {
        let at_template = |message| {
            let template = self
                .theme
                .templates
                .get(route.template())
                .map_or_else(|| PathBuf::from(route.template()), |t| t.origin.clone());
            Some(Diagnostic::error(template, message))
        };
        let text = String::from_utf8_lossy(html);
        let shown = text.contains(EU_BLOCK_MARKER)
            && (text.contains("eu-emblem")
                || (self.logo_replaces_emblem && text.contains("eu-programme-logo")));
        if !shown {
            return at_template(msg("page-no-eu-block").arg("path", &route.path));
        }
        let period = self.period?;
        if !self.logo_replaces_emblem
            && let Some(words) = self.statements.get(route.lang)
            && !words.is_empty()
            && !text.contains(words)
        {
            return at_template(
                msg("page-eu-words-missing")
                    .arg("path", &route.path)
                    .arg("words", *words)
                    .arg("period", period.id),
            );
        }
        // The header and footer are the same on every page of the theme:
        // measured on each language's home page, a logo is reported once
        // per language, not on every page.
        if period.emblem_not_smaller_than_logos
            && !self.logo_replaces_emblem
            && matches!(route.kind, RouteKind::Home)
        {
            return oversized_logo(&text).and_then(|m| at_template(m.arg("path", &route.path)));
        }
        None
    }
}

/// Width and height as declared on an `<img>`.
fn declared(attributes: &[(String, String)]) -> (Option<u32>, Option<u32>) {
    let get = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.trim().parse::<u32>().ok())
    };
    (get("width"), get("height"))
}

/// The pictures of the page's header and footer: (src, class, width, height).
fn header_and_footer_pictures(html: &str) -> Vec<(String, String, Option<u32>, Option<u32>)> {
    let mut out = Vec::new();
    for (open, close) in [("<header", "</header>"), ("<footer", "</footer>")] {
        let Some(start) = html.find(open) else {
            continue;
        };
        let end = html[start..].find(close).map_or(html.len(), |e| start + e);
        for (_, attributes) in img_tags(&html[start..end]) {
            let value = |name: &str| {
                attributes
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            let (w, h) = declared(&attributes);
            out.push((value("src"), value("class"), w, h));
        }
    }
    out
}

/// Annex IX, point 1.3: where other logos are shown, the emblem is at
/// least as large as the largest of them, measured in height or width.
/// A logo is too large when it is larger in both; one whose size is not
/// declared cannot be measured and is reported too.
fn oversized_logo(html: &str) -> Option<crate::messages::Message> {
    let pictures = header_and_footer_pictures(html);
    let (_, _, Some(ew), Some(eh)) = pictures
        .iter()
        .find(|(_, class, _, _)| class.split_whitespace().any(|c| c == "eu-emblem"))?
        .clone()
    else {
        return Some(msg("page-eu-emblem-size-undeclared"));
    };
    for (src, class, w, h) in &pictures {
        if class.split_whitespace().any(|c| c == "eu-emblem") {
            continue;
        }
        // One dimension no larger than the emblem's settles it.
        if w.is_some_and(|w| w <= ew) || h.is_some_and(|h| h <= eh) {
            continue;
        }
        let (Some(w), Some(h)) = (w, h) else {
            return Some(msg("page-logo-size-undeclared").arg("logo", src));
        };
        if *w > ew && *h > eh {
            return Some(
                msg("page-logo-larger-than-emblem")
                    .arg("logo", src)
                    .arg("size", format!("{w}×{h}"))
                    .arg("emblem", format!("{ew}×{eh}")),
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(header: &str) -> String {
        format!(
            "<body><header><div {EU_BLOCK_MARKER}>{header}</div></header><main><img src=\"/big.png\" width=\"900\" height=\"600\"></main><footer></footer></body>"
        )
    }

    #[test]
    fn a_logo_larger_than_the_emblem_in_both_directions_is_reported() {
        let emblem =
            r#"<img class="eu-emblem" src="/assets/eu-emblem.svg" width="72" height="48">"#;
        let wide =
            format!(r#"{emblem}<img class="programme-logo" src="/p.svg" width="240" height="48">"#);
        assert!(
            oversized_logo(&page(&wide)).is_none(),
            "as high: the emblem is as large in height"
        );
        let big =
            format!(r#"{emblem}<img class="programme-logo" src="/p.svg" width="240" height="80">"#);
        let m = oversized_logo(&page(&big))
            .expect("larger in both")
            .arg("path", "lv/");
        let m = crate::messages::text(&m);
        assert!(
            m.contains("/p.svg") && m.contains("240×80") && m.contains("72×48"),
            "{m}"
        );
        let no_size = format!(r#"{emblem}<img class="programme-logo" src="/p.svg" height="80">"#);
        assert!(
            oversized_logo(&page(&no_size)).is_some(),
            "higher, no width: cannot be measured"
        );
        let low = format!(r#"{emblem}<img class="programme-logo" src="/p.svg" height="40">"#);
        assert!(
            oversized_logo(&page(&low)).is_none(),
            "no higher than the emblem: settled"
        );
        // Pictures in the page's main part are not logos of the block.
        assert!(oversized_logo(&page(emblem)).is_none());
    }
}
