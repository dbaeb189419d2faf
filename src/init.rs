//! `tilts init DIR`: a small, working bilingual (lv/lt) starter site.
//! The default theme is built into the binary, so the starter has none;
//! copy `themes/default/` into the site to change it.

use std::path::Path;

use anyhow::{Result, bail};

use crate::fsio;
use crate::messages::{msg, text};

/// The starter's files: the UI strings are the ones the default theme uses.
pub(crate) const STARTER: &[(&str, &str)] = &[
    // What a build makes: the output and the processed photos.
    (".gitignore", "/public\n/.tilts-cache\n"),
    ("i18n/lv.ftl", include_str!("../i18n/lv.ftl")),
    ("i18n/lt.ftl", include_str!("../i18n/lt.ftl")),
    (
        "content/site.yaml",
        r#"base_url: https://example.eu
default_language: lv
news_per_page: 10
languages:
  - code: lv
    locale: lv-LV
    name: Latviešu
    title: Mūsu projekts
    description: Pārrobežu sadarbības projekta tīmekļa vietne.
    sections: { news: jaunumi, partners: partneri, budget: budzets, accessibility: pieklustamiba, events: pasakumi, search: meklet, page: lapa, tags: temas }
  - code: lt
    locale: lt-LT
    name: Lietuvių
    title: Mūsų projektas
    description: Tarpvalstybinio bendradarbiavimo projekto svetainė.
    sections: { news: naujienos, partners: partneriai, budget: biudzetas, accessibility: prieinamumas, events: renginiai, search: paieska, page: puslapis, tags: temos }
"#,
    ),
    (
        "content/news/first.lv.md",
        "---\ntitle: Projekts ir sācies\ndate: 2026-01-15\nsummary: Īsi par to, ar ko projekts sāk darbu.\n---\nŠeit rakstiet ziņas tekstu. Virsrakstus veido ar `##`, sarakstus ar `-`.\n",
    ),
    (
        "content/news/first.lt.md",
        "---\ntitle: Projektas prasidėjo\ndate: 2026-01-15\nsummary: Trumpai apie tai, nuo ko projektas pradeda darbą.\n---\nČia rašykite naujienos tekstą. Antraštes kurkite su `##`, sąrašus su `-`.\n",
    ),
    (
        "content/data/project.yaml",
        r#"acronym: PROJ
number: LLI-000
name: { lv: Projekta nosaukums, lt: Projekto pavadinimas, en: Project name }
programme:
  lv: Interreg Latvijas–Lietuvas pārrobežu sadarbības programma
  lt: Interreg Latvijos ir Lietuvos bendradarbiavimo per sieną programa
fund:
  code: ERDF
  name: { lv: Eiropas Reģionālās attīstības fonds, lt: Europos regioninės plėtros fondas }
  short: { lv: ERAF, lt: ERPF }
start: 2026-01-01
end: 2027-12-31
target_people: 100
aims:
  - { lv: Projekta mērķis., lt: Projekto tikslas. }
target_groups:
  - { lv: iedzīvotāji, lt: gyventojai }
activities: []
"#,
    ),
    (
        "content/data/partners.yaml",
        r#"partners:
  - id: lead
    role: lead
    name: { lv: Vadošais partneris, lt: Pagrindinis partneris }
    type: { lv: pašvaldība, lt: savivaldybė }
    country: LV
    town: { lv: Jelgava, lt: Jelgava }
    coordinates: [56.6511, 23.7214]
  - id: partner
    role: partner
    name: { lv: Partneris Lietuvā, lt: Partneris Lietuvoje }
    type: { lv: pašvaldība, lt: savivaldybė }
    country: LT
    town: { lv: Šauļi, lt: Šiauliai }
    coordinates: [55.9349, 23.3137]
"#,
    ),
    (
        "content/data/accessibility.yaml",
        r#"# Follows the model of Commission Implementing Decision (EU) 2018/1523.
body: { lv: Vadošais partneris, lt: Pagrindinis partneris }
legislation:
  lv: Eiropas Parlamenta un Padomes Direktīvu (ES) 2016/2102
  lt: Europos Parlamento ir Tarybos direktyvą (ES) 2016/2102
status: partial
standard: WCAG 2.1 AA (EN 301 549 V3.2.1)
non_accessible: []
prepared: 2026-01-15
method: { lv: pašnovērtējums., lt: savęs vertinimas. }
contact:
  name: { lv: Vadošais partneris, lt: Pagrindinis partneris }
  url: https://example.eu
enforcement:
  - name: { lv: Uzraudzības iestāde, lt: Priežiūros institucija }
    url: https://example.eu
"#,
    ),
    (
        "content/data/budget.yaml",
        r#"currency: EUR
co_financing_rate: "0.85"
total: 100000.00
erdf: 85000.00
partners: []
"#,
    ),
];

/// Writes the starter site into `dir`, which must be empty or not exist.
/// Nothing that is already there is ever overwritten.
pub fn create_site(dir: &Path) -> Result<()> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| {
            let message = msg("init-cannot-read")
                .arg("dir", dir.display())
                .arg("detail", e);
            anyhow::anyhow!("{}", text(&message))
        })?;
        if entries.next().is_some() {
            bail!("{}", text(&msg("init-not-empty").arg("dir", dir.display())));
        }
    }
    for (path, written) in STARTER {
        fsio::write(&dir.join(path), in_language(written).as_bytes())?;
    }
    Ok(())
}

/// A starter file with its comment in the language of the messages.
fn in_language(written: &str) -> std::borrow::Cow<'_, str> {
    match written.strip_prefix(ACCESSIBILITY_COMMENT) {
        Some(rest) => format!("# {}{rest}", text(&msg("init-comment-accessibility"))).into(),
        None => written.into(),
    }
}

/// The first line of the starter's `accessibility.yaml`, written in the
/// language of the messages instead.
const ACCESSIBILITY_COMMENT: &str =
    "# Follows the model of Commission Implementing Decision (EU) 2018/1523.";
