//! Project, partner and budget data from `content/data/*.yaml`: typed,
//! checked (see `validate::data`) and handed to templates as structured context
//! (`project`, `partners`, `budget`) in the page's language.

mod budget_view;
mod context;
mod map;
pub mod model;
mod operation;
pub mod period;
pub mod tags;

use std::path::Path;

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use context::{
    AccessibilityCtx, ActivityCtx, ContactCtx, CountryCtx, EnforcementCtx, PartnerCtx, PartnersCtx,
    ProjectCtx,
};
use model::{Localized, Role};

pub const PROJECT_FILE: &str = "content/data/project.yaml";
pub const PARTNERS_FILE: &str = "content/data/partners.yaml";
pub const BUDGET_FILE: &str = "content/data/budget.yaml";
pub const ACCESSIBILITY_FILE: &str = "content/data/accessibility.yaml";

/// The loaded, checked data files.
#[derive(Debug)]
pub struct SiteData {
    /// Of the four files' bytes and the configuration they were read with.
    pub fingerprint: u128,
    pub project: model::Project,
    pub partners: model::Partners,
    pub budget: model::Budget,
    pub accessibility: model::Accessibility,
    /// Topics, from `tags.yaml` (empty without one).
    pub tags: tags::TagSet,
    /// The rules of the project's programme period (`None` while
    /// `project.yaml` names none it knows; `validate::data` reports that).
    pub period: Option<&'static period::PeriodRules>,
    /// Language codes in configuration order, to pick texts.
    codes: Vec<String>,
    /// Their locales, for plural forms.
    locales: Vec<icu_locale_core::Locale>,
    default_code: String,
}

fn read_yaml<T: serde::de::DeserializeOwned>(
    root: &Path,
    file: &str,
    fingerprint: &mut Fingerprint,
    warnings: &mut Diagnostics,
) -> Result<T, Diagnostic> {
    let path = Path::new(file);
    let bytes = crate::fsio::read_site_file(root, path).map_err(|e| {
        let detail = e.detail();
        Diagnostic::error(
            path,
            crate::messages::msg("data-unreadable").arg("detail", detail),
        )
    })?;
    fingerprint.bytes(&bytes);
    let text = crate::content::decode_text(&bytes, path)?;
    warnings.extend(crate::control_chars::invisible(&text, path, 1));
    crate::yaml::parse(&text, path, 1)
}

/// Reads the data files; `validate::data` checks what they say.
pub fn load(root: &Path, config: &SiteConfig) -> (Option<SiteData>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let mut fingerprint = Fingerprint::new();
    fingerprint.u128(config.fingerprint());
    let fp = &mut fingerprint;
    let project = read_yaml::<model::Project>(root, PROJECT_FILE, fp, &mut diags)
        .map_err(|d| diags.push(d))
        .ok();
    let partners = read_yaml::<model::Partners>(root, PARTNERS_FILE, fp, &mut diags)
        .map_err(|d| diags.push(d))
        .ok();
    let budget = read_yaml::<model::Budget>(root, BUDGET_FILE, fp, &mut diags)
        .map_err(|d| diags.push(d))
        .ok();
    let accessibility = read_yaml::<model::Accessibility>(root, ACCESSIBILITY_FILE, fp, &mut diags)
        .map_err(|d| diags.push(d))
        .ok();
    // Topics are optional: a site without tags.yaml has none.
    let tags_path = Path::new(tags::TAGS_FILE);
    let tags_text = match root.join(tags_path).exists() {
        false => Ok(None),
        true => crate::fsio::read_site_file(root, tags_path)
            .map_err(|e| {
                Diagnostic::error(
                    tags_path,
                    crate::messages::msg("data-unreadable").arg("detail", e),
                )
            })
            .and_then(|bytes| crate::content::decode_text(&bytes, tags_path).map(Some)),
    };
    let tags = match tags_text {
        Ok(text) => {
            let written = text.as_deref().unwrap_or("");
            diags.extend(crate::control_chars::invisible(written, tags_path, 1));
            fp.bytes(text.as_deref().unwrap_or("").as_bytes());
            tags::parse(text.as_deref(), config)
                .map_err(|ds| diags.extend(ds))
                .ok()
        }
        Err(d) => {
            diags.push(d);
            None
        }
    };
    let (Some(project), Some(partners), Some(budget), Some(accessibility), Some(tags)) =
        (project, partners, budget, accessibility, tags)
    else {
        return (None, diags);
    };
    let data = SiteData {
        period: project.period.as_ref().and_then(|p| period::find(&p.value)),
        locales: config.languages.iter().map(|l| l.locale.clone()).collect(),
        project,
        partners,
        budget,
        accessibility,
        tags,
        codes: config.languages.iter().map(|l| l.code.clone()).collect(),
        default_code: config.default_language().code.clone(),
        fingerprint: fingerprint.finish(),
    };
    (Some(data), diags)
}

impl SiteData {
    fn text<'a>(&self, t: &'a Localized, lang: usize) -> &'a str {
        t.value
            .get(&self.codes[lang])
            .or_else(|| t.value.get(&self.default_code))
            .map_or("", String::as_str)
    }

    /// Hands `project`, `partners`, `budget` and `accessibility` for language
    /// `lang` to `put`, as JSON values for the template context.
    pub fn shared_contexts(
        &self,
        lang: usize,
        put: &mut dyn FnMut(&'static str, serde_json::Value),
    ) {
        let json =
            |r: Result<serde_json::Value, serde_json::Error>| r.expect("context values serialize");
        put(
            "project",
            json(serde_json::to_value(self.project_ctx(lang))),
        );
        put(
            "partners",
            json(serde_json::to_value(self.partners_ctx(lang))),
        );
        put("budget", json(serde_json::to_value(self.budget_ctx(lang))));
        put(
            "accessibility",
            json(serde_json::to_value(self.accessibility_ctx(lang))),
        );
    }

    fn accessibility_ctx(&self, lang: usize) -> AccessibilityCtx<'_> {
        let a = &self.accessibility;
        let section = |reason| -> Vec<&str> {
            a.non_accessible
                .iter()
                .filter(|n| n.reason == reason)
                .map(|n| self.text(&n.text, lang))
                .collect()
        };
        AccessibilityCtx {
            body: self.text(&a.body, lang),
            legislation: self.text(&a.legislation, lang),
            status: a.status,
            standard: &a.standard,
            non_compliance: section(model::NonAccessibleReason::NonCompliance),
            disproportionate_burden: section(model::NonAccessibleReason::DisproportionateBurden),
            out_of_scope: section(model::NonAccessibleReason::OutOfScope),
            prepared: &a.prepared.value,
            reviewed: a.reviewed.as_ref().map(|r| r.value.as_str()),
            method: self.text(&a.method, lang),
            contact_name: self.text(&a.contact.name, lang),
            contact_email: a.contact.email.as_ref().map(|e| e.value.as_str()),
            contact_phone: a.contact.phone.as_deref(),
            contact_url: a.contact.url.as_ref().map(|u| u.value.as_str()),
            enforcement: a
                .enforcement
                .iter()
                .map(|e| EnforcementCtx {
                    name: self.text(&e.name, lang),
                    url: &e.url.value,
                })
                .collect(),
        }
    }

    /// The lead partner's name in language `lang` (the publisher of the site).
    /// The home page's lead photo in language `lang`: (address, description).
    pub fn project_image(&self, lang: usize) -> Option<(&str, &str)> {
        let image = self.project.image.as_ref()?;
        Some((image.src.value.as_str(), self.text(&image.alt, lang)))
    }

    pub fn lead_partner_name(&self, lang: usize) -> Option<&str> {
        self.partners
            .partners
            .iter()
            .find(|p| p.role == Role::Lead)
            .map(|p| self.text(&p.name, lang))
    }

    /// schema.org `Organization` entries for the partners.
    pub fn organizations_json_ld(&self, lang: usize) -> serde_json::Value {
        let orgs: Vec<serde_json::Value> = self
            .partners
            .partners
            .iter()
            .map(|p| {
                let mut o = serde_json::json!({
                    "@type": "Organization",
                    "name": self.text(&p.name, lang),
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": self.text(&p.town, lang),
                        "addressCountry": p.country.value,
                    },
                    "geo": {
                        "@type": "GeoCoordinates",
                        "latitude": p.coordinates.value[0],
                        "longitude": p.coordinates.value[1],
                    },
                });
                if let Some(w) = &p.website {
                    o["url"] = serde_json::json!(w.value);
                }
                o
            })
            .collect();
        serde_json::json!({"@context": "https://schema.org", "@graph": orgs})
    }

    fn partner_name(&self, id: &str, lang: usize) -> String {
        self.partners
            .partners
            .iter()
            .find(|p| p.id.value == id)
            .map_or_else(|| id.to_string(), |p| self.text(&p.name, lang).to_string())
    }

    fn project_ctx(&self, lang: usize) -> ProjectCtx<'_> {
        let p = &self.project;
        ProjectCtx {
            acronym: &p.acronym,
            number: &p.number,
            name: self.text(&p.name, lang),
            name_en: p.name.value.get("en").map(String::as_str),
            programme: self.text(&p.programme, lang),
            fund_code: &p.fund.code,
            fund_name: self.text(&p.fund.name, lang),
            fund_short: self.text(&p.fund.short, lang),
            start: &p.start.value,
            end: &p.end.value,
            target_people: p.target_people,
            contact: p.contact.as_ref().map(ContactCtx::new),
            aims: p.aims.iter().map(|t| self.text(t, lang)).collect(),
            target_groups: p.target_groups.iter().map(|t| self.text(t, lang)).collect(),
            activities: p
                .activities
                .iter()
                .map(|a| ActivityCtx {
                    partner: a
                        .partner
                        .as_ref()
                        .map(|id| self.partner_name(&id.value, lang)),
                    text: self.text(&a.text, lang),
                })
                .collect(),
            eu: self.period.map(|rules| self.eu_ctx(rules, lang)),
            description: p.description.as_ref().map(|d| self.text(d, lang)),
            results_expected: p
                .results
                .iter()
                .flat_map(|r| &r.value.expected)
                .map(|t| self.text(t, lang))
                .collect(),
            results_achieved: p
                .results
                .iter()
                .flat_map(|r| r.value.achieved.iter().flatten())
                .map(|t| self.text(t, lang))
                .collect(),
            indicators: p
                .indicators
                .iter()
                .map(|i| self.indicator_ctx(i, lang))
                .collect(),
        }
    }

    fn partners_ctx(&self, lang: usize) -> PartnersCtx<'_> {
        let mut all: Vec<PartnerCtx> = self
            .partners
            .partners
            .iter()
            .map(|p| PartnerCtx {
                id: &p.id.value,
                lead: p.role == Role::Lead,
                name: self.text(&p.name, lang),
                kind: self.text(&p.kind, lang),
                country: &p.country.value,
                town: self.text(&p.town, lang),
                website: p.website.as_ref().map(|w| w.value.as_str()),
                logo: p
                    .logo
                    .as_ref()
                    .map(|l| format!("/{}", l.value.trim().trim_start_matches('/'))),
                email: p.email.as_deref(),
                phone: p.phone.as_deref(),
                latitude: p.coordinates.value[0],
                longitude: p.coordinates.value[1],
            })
            .collect();
        // Lead partner first, then by country in file order (lead's country first).
        all.sort_by_key(|p| !p.lead);
        let mut countries: Vec<&str> = Vec::new();
        for p in &all {
            if !countries.contains(&p.country) {
                countries.push(p.country);
            }
        }
        let by_country = countries
            .iter()
            .map(|c| CountryCtx {
                country: c,
                partners: all.iter().filter(|p| p.country == *c).cloned().collect(),
            })
            .collect();
        let towns: Vec<map::Town> = all
            .iter()
            .map(|p| map::Town {
                latitude: p.latitude,
                longitude: p.longitude,
                name: p.town,
                lead: p.lead,
            })
            .collect();
        let map = map::map(&towns, &countries);
        PartnersCtx {
            count: all.len(),
            with_logo: all.iter().filter(|p| p.logo.is_some()).cloned().collect(),
            all,
            by_country,
            map,
        }
    }
}
