//! Writes a deterministic bilingual test site for benchmarks: N news items
//! per language (Latvian and Lithuanian text with diacritics, 400–600 words,
//! headings, lists, links and now and then a table) plus the example site's
//! configuration, data files and UI strings.
//!
//! cargo run --release --example gen_corpus -- --items 10000 --out /tmp/corpus [--hugo /tmp/corpus-hugo] [--zola /tmp/corpus-zola]
//!
//! With `--hugo DIR` the same news items are also written as a Hugo site
//! (same file names and front matter, a minimal theme), and with `--zola
//! DIR` as a Zola site (Latvian the default language, so its files have no
//! language in their names), for side-by-side runs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const SITE_YAML: &str = include_str!("../content/site.yaml");
const DATA: &[(&str, &str)] = &[
    (
        "content/data/project.yaml",
        include_str!("../content/data/project.yaml"),
    ),
    (
        "content/data/partners.yaml",
        include_str!("../content/data/partners.yaml"),
    ),
    (
        "content/data/budget.yaml",
        include_str!("../content/data/budget.yaml"),
    ),
    (
        "content/data/accessibility.yaml",
        include_str!("../content/data/accessibility.yaml"),
    ),
    (
        "content/data/words.yaml",
        include_str!("../content/data/words.yaml"),
    ),
    ("i18n/lv.ftl", include_str!("../i18n/lv.ftl")),
    ("i18n/lt.ftl", include_str!("../i18n/lt.ftl")),
];

const LV: &[&str] = &[
    "sociālie",
    "pakalpojumi",
    "pašvaldība",
    "iedzīvotāji",
    "projekts",
    "partneri",
    "pieejamība",
    "kvalitāte",
    "seniori",
    "jaunieši",
    "bērni",
    "ģimenes",
    "invaliditāte",
    "atbalsts",
    "nometne",
    "apmācības",
    "pieredze",
    "apmaiņa",
    "dzīvoklis",
    "infrastruktūra",
    "mājoklis",
    "centrs",
    "novads",
    "pagasts",
    "reģions",
    "Zemgale",
    "Lietuva",
    "Latvija",
    "sadarbība",
    "pasākums",
    "tikšanās",
    "darbinieki",
    "speciālisti",
    "vadītāji",
    "klienti",
    "sabiedrība",
    "iekļaušana",
    "drošība",
    "veselība",
    "dzīvesveids",
    "prasmes",
    "brīvais",
    "laiks",
    "ikdiena",
    "jumts",
    "remonts",
    "telpa",
    "aprīkojums",
    "budžets",
    "finansējums",
    "līdzfinansējums",
    "fonds",
    "programma",
    "uzlabos",
    "attīstīs",
    "veidos",
    "rīkos",
    "piedalīsies",
    "sniegs",
    "nodrošinās",
    "izvērtēs",
    "ieviesīs",
    "jauns",
    "kopīgs",
    "pārrobežu",
    "vietējais",
    "plašs",
    "ilgtermiņa",
    "pieejams",
    "drošs",
    "mūsdienīgs",
    "un",
    "ar",
    "par",
    "kā",
    "arī",
    "lai",
    "kas",
    "no",
    "uz",
    "pie",
    "gan",
    "tostarp",
    "vairāk",
    "šogad",
];
const LT: &[&str] = &[
    "socialinės",
    "paslaugos",
    "savivaldybė",
    "gyventojai",
    "projektas",
    "partneriai",
    "prieinamumas",
    "kokybė",
    "senjorai",
    "jaunimas",
    "vaikai",
    "šeimos",
    "negalia",
    "parama",
    "stovykla",
    "mokymai",
    "patirtis",
    "mainai",
    "butas",
    "infrastruktūra",
    "būstas",
    "centras",
    "rajonas",
    "seniūnija",
    "regionas",
    "Žiemgala",
    "Lietuva",
    "Latvija",
    "bendradarbiavimas",
    "renginys",
    "susitikimas",
    "darbuotojai",
    "specialistai",
    "vadovai",
    "klientai",
    "visuomenė",
    "įtrauktis",
    "saugumas",
    "sveikata",
    "gyvensena",
    "įgūdžiai",
    "laisvalaikis",
    "kasdienybė",
    "stogas",
    "remontas",
    "patalpa",
    "įranga",
    "biudžetas",
    "finansavimas",
    "fondas",
    "programa",
    "pagerins",
    "plėtos",
    "kurs",
    "rengs",
    "dalyvaus",
    "teiks",
    "užtikrins",
    "įvertins",
    "įdiegs",
    "naujas",
    "bendras",
    "tarpvalstybinis",
    "vietinis",
    "platus",
    "ilgalaikis",
    "prieinamas",
    "saugus",
    "šiuolaikiškas",
    "ir",
    "su",
    "apie",
    "kaip",
    "taip",
    "pat",
    "kad",
    "kuris",
    "iš",
    "į",
    "prie",
    "tiek",
    "įskaitant",
    "daugiau",
    "šiemet",
];

/// A small deterministic generator (SplitMix64): the same corpus on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn words(&mut self, vocab: &[&str], n: usize) -> String {
        (0..n)
            .map(|_| vocab[self.below(vocab.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn sentence(&mut self, vocab: &[&str]) -> String {
        let n = 8 + self.below(10);
        let s = self.words(vocab, n);
        let mut chars = s.chars();
        let first = chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>())
            .unwrap_or_default();
        first + chars.as_str() + "."
    }
}

fn article(rng: &mut Rng, vocab: &[&str], lang: &str, words_target: usize) -> String {
    let mut out = String::new();
    let mut words = 0;
    let mut section = 0;
    while words < words_target {
        if words > 0 && rng.below(3) == 0 {
            section += 1;
            let _ = writeln!(
                out,
                "## {} {section}\n",
                rng.sentence(vocab).trim_end_matches('.')
            );
        }
        match rng.below(8) {
            0 => {
                for _ in 0..3 + rng.below(3) {
                    let w = 4 + rng.below(6);
                    let _ = writeln!(out, "- {}", rng.words(vocab, w));
                    words += w;
                }
                out.push('\n');
            }
            1 if section % 4 == 1 => {
                let _ = writeln!(out, "| {} | EUR |\n|---|---:|", rng.words(vocab, 2));
                for _ in 0..3 {
                    let _ = writeln!(
                        out,
                        "| {} | {},{:02} |",
                        rng.words(vocab, 2),
                        1000 + rng.below(90000),
                        rng.below(100)
                    );
                }
                let _ = writeln!(out, "\nTable: {}\n", rng.words(vocab, 3));
                words += 12;
            }
            _ => {
                let mut p = String::new();
                for _ in 0..3 + rng.below(3) {
                    let s = rng.sentence(vocab);
                    words += s.split(' ').count();
                    p.push_str(&s);
                    p.push(' ');
                }
                if rng.below(4) == 0 {
                    let _ = write!(p, "[{}](/{lang}/) ", rng.words(vocab, 2));
                }
                let _ = writeln!(out, "{}\n", p.trim_end());
            }
        }
    }
    out
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let items: usize = arg("--items").and_then(|n| n.parse().ok()).unwrap_or(1000);
    let out = PathBuf::from(arg("--out").expect("--out DIR is required"));
    let hugo = arg("--hugo").map(PathBuf::from);
    let zola = arg("--zola").map(PathBuf::from);

    write(&out.join("content/site.yaml"), SITE_YAML);
    for (path, text) in DATA {
        write(&out.join(path), text);
    }
    for i in 0..items {
        let mut rng = Rng(i as u64);
        let date = format!(
            "20{:02}-{:02}-{:02}",
            18 + i % 8,
            1 + (i / 28) % 12,
            1 + i % 28
        );
        for (lang, vocab) in [("lv", LV), ("lt", LT)] {
            let words = 400 + rng.below(201);
            let title = format!("{} {i}", rng.sentence(vocab).trim_end_matches('.'));
            let summary = rng.sentence(vocab);
            let body = article(&mut rng, vocab, lang, words);
            let text = format!(
                "---\ntitle: \"{title}\"\ndate: {date}\nsummary: \"{summary}\"\n---\n{body}"
            );
            let name = format!("n{i:06}.{lang}.md");
            write(&out.join("content/news").join(&name), &text);
            if let Some(h) = &hugo {
                write(
                    &h.join("content/news").join(&name),
                    &text.replace("\nsummary:", "\ndescription:"),
                );
            }
            if let Some(z) = &zola {
                let name = name.replace(".lv.md", ".md");
                write(
                    &z.join("content/news").join(&name),
                    &text.replace("\nsummary:", "\ndescription:"),
                );
            }
        }
    }
    if let Some(h) = hugo {
        write(&h.join("hugo.toml"), HUGO_CONFIG);
        for (path, text) in HUGO_LAYOUTS {
            write(&h.join(path), text);
        }
    }
    if let Some(z) = zola {
        for (path, text) in ZOLA_FILES {
            write(&z.join(path), text);
        }
    }
    eprintln!("wrote {items} news items per language to {}", out.display());
}

const HUGO_CONFIG: &str = r#"baseURL = "https://socquality.example.eu/"
defaultContentLanguage = "lv"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term"]
[pagination]
  pagerSize = 10
[languages.lv]
  languageName = "Latviešu"
  weight = 1
  title = "SocQuality"
[languages.lt]
  languageName = "Lietuvių"
  weight = 2
  title = "SocQuality"
[markup.goldmark.extensions]
  table = true
  footnote = true
  strikethrough = true
  typographer = true
"#;

/// A minimal Hugo theme with what tilts pages carry: language switcher,
/// hreflang alternates, a paginated news list, a feed and a sitemap.
const HUGO_LAYOUTS: &[(&str, &str)] = &[
    (
        "layouts/_default/baseof.html",
        r#"<!DOCTYPE html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head>
<body><header><nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>"#,
    ),
    (
        "layouts/_default/single.html",
        r#"{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p><p>{{ .Description }}</p>{{ .Content }}</article>{{ end }}"#,
    ),
    (
        "layouts/_default/list.html",
        r#"{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}"#,
    ),
    (
        "layouts/index.html",
        r#"{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ end }}"#,
    ),
];

/// A minimal Zola site with what tilts pages carry: language switcher,
/// hreflang alternates, a paginated news list per language, feeds and a
/// sitemap (Zola writes those two itself).
const ZOLA_FILES: &[(&str, &str)] = &[
    (
        "config.toml",
        r#"base_url = "https://socquality.example.eu"
title = "SocQuality"
default_language = "lv"
compile_sass = false
build_search_index = false
generate_feeds = true

[markdown]
smart_punctuation = true

[languages.lt]
title = "SocQuality"
generate_feeds = true
"#,
    ),
    ("content/_index.md", "+++\ntitle = \"SocQuality\"\n+++\n"),
    ("content/_index.lt.md", "+++\ntitle = \"SocQuality\"\n+++\n"),
    (
        "content/news/_index.md",
        "+++\ntitle = \"Jaunumi\"\nsort_by = \"date\"\npaginate_by = 10\n+++\n",
    ),
    (
        "content/news/_index.lt.md",
        "+++\ntitle = \"Naujienos\"\nsort_by = \"date\"\npaginate_by = 10\n+++\n",
    ),
    (
        "templates/base.html",
        r#"<!DOCTYPE html><html lang="{{ lang }}"><head><meta charset="utf-8"><title>{% block title %}{{ config.title }}{% endblock %}</title>{% block alternates %}{% endblock %}</head>
<body><main>{% block main %}{% endblock %}</main></body></html>"#,
    ),
    (
        "templates/page.html",
        r#"{% extends "base.html" %}{% block title %}{{ page.title }}{% endblock %}
{% block alternates %}{% for t in page.translations %}<link rel="alternate" hreflang="{{ t.lang }}" href="{{ t.permalink }}">{% endfor %}{% endblock %}
{% block main %}<nav>{% for t in page.translations %}<a href="{{ t.permalink }}" lang="{{ t.lang }}">{{ t.lang }}</a>{% endfor %}</nav><article><h1>{{ page.title }}</h1><p>{{ page.date }}</p><p>{{ page.description }}</p>{{ page.content | safe }}</article>{% endblock %}"#,
    ),
    (
        "templates/section.html",
        r#"{% extends "base.html" %}{% block title %}{{ section.title }}{% endblock %}
{% block main %}<h1>{{ section.title }}</h1><ul>{% for p in paginator.pages %}<li><a href="{{ p.permalink }}">{{ p.title }}</a> {{ p.description }}</li>{% endfor %}</ul>{% endblock %}"#,
    ),
    (
        "templates/index.html",
        r#"{% extends "base.html" %}{% block main %}<h1>{{ config.title }}</h1>{% endblock %}"#,
    ),
];
