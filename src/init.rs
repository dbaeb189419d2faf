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
    sections: { news: jaunumi, partners: partneri, budget: budzets, accessibility: pieklustamiba, events: pasakumi, search: meklet, page: lapa, tags: temas, poster: plakats }
  - code: lt
    locale: lt-LT
    name: Lietuvių
    title: Mūsų projektas
    description: Tarpvalstybinio bendradarbiavimo projekto svetainė.
    sections: { news: naujienos, partners: partneriai, budget: biudzetas, accessibility: prieinamumas, events: renginiai, search: paieska, page: puslapis, tags: temos, poster: plakatas }
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
    ("content/data/project.yaml", PROJECT_2021_2027),
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
method: { lv: pašnovērtējums., lt: įsivertinimas. }
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

/// The starter's project under the rules of 2021–2027 (what `init`
/// makes unless told otherwise): the Article 50 keys are written as
/// comments to fill in, so `tilts check` lists each until it is done.
const PROJECT_2021_2027: &str = r#"#@init-comment-period-2021
period: 2021-2027
acronym: PROJ
number: LL-00000
name: { lv: Projekta nosaukums, lt: Projekto pavadinimas, en: Project name }
programme:
  lv: Interreg VI-A Latvijas–Lietuvas pārrobežu sadarbības programma 2021.–2027. gadam
  lt: 2021–2027 m. Interreg VI-A Latvijos ir Lietuvos bendradarbiavimo per sieną programa
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
#@init-comment-fill-in
# description:
#   lv: Īsi par projektu – ko tas dara, kam un kāpēc.
#   lt: Trumpai apie projektą – ką jis daro, kam ir kodėl.
#   en: The project summary in English, as the programme publishes it.
# results:
#   expected:
#     - { lv: Ko projekts sasniegs., lt: Ką projektas pasieks. }
#   achieved: []
# indicators:
#   - code: RCO 87
#     kind: output
#     name: { lv: "Organizācijas, kas sadarbojas pāri robežām", lt: Tarpvalstybiniu mastu bendradarbiaujančios organizacijos }
#     unit:
#       lv: { zero: organizāciju, one: organizācija, other: organizācijas }
#       lt: { one: organizacija, few: organizacijos, many: organizacijos, other: organizacijų }
#     target: 2
"#;

/// The same project under the rules of 2014–2020: the emblem, "European
/// Union" and the fund in the block, and no Article 50 keys.
const PROJECT_2014_2020: &str = r#"#@init-comment-period-2014
period: 2014-2020
acronym: PROJ
number: LLI-000
name: { lv: Projekta nosaukums, lt: Projekto pavadinimas, en: Project name }
programme:
  lv: Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības programma 2014.–2020. gadam
  lt: 2014–2020 m. Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programa
fund:
  code: ERDF
  name: { lv: Eiropas Reģionālās attīstības fonds, lt: Europos regioninės plėtros fondas }
  short: { lv: ERAF, lt: ERPF }
start: 2019-01-01
end: 2021-12-31
target_people: 100
aims:
  - { lv: Projekta mērķis., lt: Projekto tikslas. }
target_groups:
  - { lv: iedzīvotāji, lt: gyventojai }
activities: []
"#;

/// The period a starter is made for unless `--period` says otherwise: the
/// one projects that start now are funded under.
pub const DEFAULT_PERIOD: &str = "2021-2027";

/// Writes the starter site into `dir`, which must be empty or not exist.
/// Nothing that is already there is ever overwritten.
pub fn create_site(dir: &Path) -> Result<()> {
    create_site_for(dir, DEFAULT_PERIOD)
}

/// [`create_site`] for the programme period `period` (`2014-2020` or
/// `2021-2027`).
pub fn create_site_for(dir: &Path, period: &str) -> Result<()> {
    let project = match period {
        "2021-2027" => PROJECT_2021_2027,
        "2014-2020" => PROJECT_2014_2020,
        other => bail!(
            "{}",
            text(
                &msg("init-unknown-period")
                    .arg("value", other)
                    .arg("known", crate::data::period::ids())
            )
        ),
    };
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
        let written = if *path == "content/data/project.yaml" {
            project
        } else {
            written
        };
        fsio::write(&dir.join(path), in_language(written).as_bytes())?;
    }
    Ok(())
}

/// A starter file with its comment in the language of the messages.
fn in_language(written: &str) -> std::borrow::Cow<'_, str> {
    if let Some(rest) = written.strip_prefix(ACCESSIBILITY_COMMENT) {
        return format!("# {}{rest}", text(&msg("init-comment-accessibility"))).into();
    }
    if !written.contains("#@") {
        return written.into();
    }
    // `#@ID` lines are comments said by message ID, wrapped at 72 columns.
    let mut out = String::new();
    for line in written.lines() {
        match line.strip_prefix("#@").and_then(starter_comment) {
            Some(id) => out.push_str(&wrapped_comment(&text(&msg(id)))),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out.into()
}

/// The messages the starter's comments are (`#@ID` in its files).
fn starter_comment(id: &str) -> Option<&'static str> {
    [
        "init-comment-period-2021",
        "init-comment-period-2014",
        "init-comment-fill-in",
    ]
    .into_iter()
    .find(|known| *known == id.trim())
}

/// `said` as YAML comment lines of at most 72 columns.
fn wrapped_comment(said: &str) -> String {
    let mut out = String::new();
    let mut line = String::from("#");
    for word in said.split_whitespace() {
        if line.len() > 1 && line.chars().count() + 1 + word.chars().count() > 72 {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// The first line of the starter's `accessibility.yaml`, written in the
/// language of the messages instead.
const ACCESSIBILITY_COMMENT: &str =
    "# Follows the model of Commission Implementing Decision (EU) 2018/1523.";
