//! `tilts check` proofreads: spelling in each file's own language with
//! Debian's Hunspell dictionaries (hunspell-lv, hunspell-lt; `.ci/run`
//! installs them), the site's own words, typography with safe fixes, and
//! paragraphs in the wrong language.

use crate::common;

use std::path::Path;

use common::*;

/// Whether the system's dictionaries are here. CI must have them; on a
/// machine without them the spelling tests say so and pass.
fn dictionaries() -> bool {
    let here = ["lv_LV", "lt_LT", "en_US"]
        .iter()
        .all(|d| Path::new(&format!("/usr/share/hunspell/{d}.aff")).is_file());
    if !here {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install hunspell-lv, hunspell-lt and hunspell-en-us"
        );
        eprintln!(
            "skipped: install hunspell-lv, hunspell-lt and hunspell-en-us to run the spelling tests"
        );
    }
    here
}

fn check(root: &Path, extra: &[&str]) -> (i32, String) {
    let mut args = vec!["check", "--root", root.to_str().unwrap()];
    args.extend(extra);
    let o = tilts(&args);
    (o.status.code().unwrap(), stdout(&o) + &stderr(&o))
}

/// The report's finding lines (`  LINE:COL: warning: …`) under each file.
fn findings(report: &str) -> Vec<String> {
    let mut file = String::new();
    let mut out = Vec::new();
    for line in report.lines() {
        if line.starts_with("content/") {
            file = line.trim().to_string();
        } else if let Some(rest) = line.strip_prefix("  ")
            && rest
                .split(": ")
                .nth(1)
                .is_some_and(|s| s == "warning" || s == "error")
        {
            out.push(format!("{file}:{rest}"));
        }
    }
    out
}

const LV_ITEM: &str = "content/news/2018-05-21-auce-projekta.lv.md";
const LT_ITEM: &str = "content/news/2018-05-21-auce-projekta.lt.md";

#[test]
fn the_example_site_has_no_spelling_or_typography_findings() {
    if !dictionaries() {
        return;
    }
    let (code, report) = check(&example_root(), &[]);
    assert_eq!(code, 0, "{report}");
    let proofing: Vec<String> = findings(&report)
        .into_iter()
        .filter(|f| !f.starts_with("content/data/budget.yaml"))
        .collect();
    assert!(proofing.is_empty(), "{proofing:#?}");
}

#[test]
fn seeded_mistakes_are_found_where_they_are() {
    if !dictionaries() {
        return;
    }
    let site = example_copy();
    let root = site.path();
    // A typo in a Latvian title, and in Lithuanian text.
    replace_in(root, LV_ITEM, "title: Auces novads", "title: Auces novadds");
    append(
        root,
        LT_ITEM,
        "\nSavivaldybė gerins paslaugas visiems gyventojams ir partnerriams.\n",
    );
    // A Latvian and an English paragraph in the Lithuanian file.
    append(
        root,
        LT_ITEM,
        "\nProjekta partneri kopā strādās pie sociālo pakalpojumu uzlabošanas visās pašvaldībās.\n",
    );
    append(
        root,
        LT_ITEM,
        "\nThe partners will work together to improve social services in every municipality.\n",
    );
    // And the reverse: a Lithuanian paragraph in the Latvian file.
    append(
        root,
        LV_ITEM,
        "\nProjekto partneriai kartu gerins socialines paslaugas visose savivaldybėse.\n",
    );
    // Typography in Latvian: a year range, a plain space before €, a
    // numeric date, a doubled space.
    append(
        root,
        LV_ITEM,
        "\nDarbi notiks 2018-2020 par 500 € kopā. Sanāksme 16.05.2018 Jelgavā  pilsētā.\n",
    );
    let (code, report) = check(root, &[]);
    assert_eq!(code, 0, "warnings never stop a check: {report}");
    let found = findings(&report);
    let lv_lines = std::fs::read_to_string(root.join(LV_ITEM)).unwrap();
    let last_lv = lv_lines.lines().count();
    let lt_lines = std::fs::read_to_string(root.join(LT_ITEM)).unwrap();
    let n_lt = lt_lines.lines().count();
    let expect = [
        format!("{LV_ITEM}:2:14: warning: unknown word “novadds”"),
        format!(
            "{LT_ITEM}:{}:53: warning: unknown word “partnerriams”",
            n_lt - 4
        ),
        format!(
            "{LT_ITEM}:{}:1: warning: this paragraph seems to be in Latvian, not in Lithuanian",
            n_lt - 2
        ),
        format!(
            "{LT_ITEM}:{}:1: warning: this paragraph seems to be in English, not in Lithuanian",
            n_lt
        ),
        format!(
            "{LV_ITEM}:{}:1: warning: this paragraph seems to be in Lithuanian, not in Latvian",
            last_lv - 2
        ),
        format!("{LV_ITEM}:{last_lv}:18: warning: a hyphen in the range 2018-2020"),
        format!("{LV_ITEM}:{last_lv}:31: warning: a plain space between 500 and €"),
        format!("{LV_ITEM}:{last_lv}:49: warning: the date 16.05.2018 is written in numbers"),
        format!("{LV_ITEM}:{last_lv}:67: warning: two spaces in a row"),
    ];
    for e in &expect {
        assert!(
            found.iter().any(|f| f.starts_with(e.as_str())),
            "missing: {e}\nin:\n{}",
            found.join("\n")
        );
    }
    assert!(report.contains("did you mean novads"), "{report}");
    // Words of a paragraph in another language are not each reported.
    assert!(!report.contains("“strādās”"), "{report}");
    // --strict fails on them.
    assert_eq!(check(root, &["--strict"]).0, 2);
    // A build publishes anyway: proofreading is check's.
    let out = tempfile::tempdir().unwrap();
    let o = tilts(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

fn append(root: &Path, rel: &str, text: &str) {
    let mut all = std::fs::read_to_string(root.join(rel)).unwrap();
    all.push_str(text);
    std::fs::write(root.join(rel), all).unwrap();
}

#[test]
fn the_sites_own_words_and_add_words() {
    if !dictionaries() {
        return;
    }
    let site = example_copy();
    let root = site.path();
    // Partner and town names come from the data files, inflected too.
    append(
        root,
        LV_ITEM,
        "\nJaunjelgavas un Viesītes pārstāvji brauks uz Kretingu.\n",
    );
    append(root, LV_ITEM, "\nNo Skrundeļkalna ieradās Pļaviņkrūms.\n");
    let (_, report) = check(root, &[]);
    let unknown: Vec<String> = findings(&report)
        .into_iter()
        .filter(|f| f.contains("unknown word"))
        .collect();
    assert_eq!(unknown.len(), 2, "{unknown:#?}");
    assert!(unknown.iter().any(|f| f.contains("“Skrundeļkalna”")));
    let words = root.join("content/data/words.yaml");
    let before = std::fs::read_to_string(&words).unwrap();
    let (_, report) = check(root, &["--add-words"]);
    assert!(
        report.contains("Added 2 words to content/data/words.yaml"),
        "{report}"
    );
    let after = std::fs::read_to_string(&words).unwrap();
    // What was there stays, comments too; the new words join the lv list.
    for line in before.lines() {
        assert!(after.contains(line), "lost: {line}");
    }
    let lv_list = after
        .split("\nlv:\n")
        .nth(1)
        .unwrap()
        .split("\nlt:")
        .next()
        .unwrap();
    assert!(
        lv_list.contains("  - Skrundeļkalna") && lv_list.contains("  - Pļaviņkrūms"),
        "{after}"
    );
    let (code, report) = check(root, &["--add-words"]);
    assert_eq!(code, 0);
    assert!(report.contains("Added 0 words"), "{report}");
    assert!(!report.contains("unknown word"), "{report}");
}

#[test]
fn fix_typography_fixes_only_the_safe_places_and_keeps_the_original() {
    if !dictionaries() {
        return;
    }
    let site = example_copy();
    let root = site.path();
    // A Windows editor's file: CRLF line ends stay.
    let original = std::fs::read_to_string(root.join(LV_ITEM)).unwrap();
    let with_mistakes =
        format!("{original}\nDarbi 2018-2020 par 500 € kopā,, un  vēl.\n").replace('\n', "\r\n");
    std::fs::write(root.join(LV_ITEM), &with_mistakes).unwrap();
    // A backup of an earlier run is never overwritten.
    std::fs::write(root.join(format!("{LV_ITEM}.bak")), "older backup").unwrap();
    let (code, report) = check(root, &["--fix-typography"]);
    assert_eq!(code, 0, "{report}");
    assert!(
        report.contains(&format!(
            "{LV_ITEM}: fixed 3 places; the original is kept as {LV_ITEM}.bak2"
        )),
        "{report}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join(format!("{LV_ITEM}.bak"))).unwrap(),
        "older backup"
    );
    assert_eq!(
        std::fs::read_to_string(root.join(format!("{LV_ITEM}.bak2"))).unwrap(),
        with_mistakes
    );
    let fixed = std::fs::read_to_string(root.join(LV_ITEM)).unwrap();
    assert_eq!(
        fixed,
        with_mistakes
            .replace("2018-2020", "2018–2020")
            .replace("500 €", "500\u{a0}€")
            .replace("un  vēl", "un vēl")
    );
    // The doubled comma has no safe fix: still reported.
    let (_, report) = check(root, &[]);
    let left: Vec<String> = findings(&report)
        .into_iter()
        .filter(|f| f.starts_with(LV_ITEM))
        .collect();
    assert_eq!(left.len(), 1, "{left:#?}");
    assert!(left[0].contains("doubled punctuation “,,”"));
    // The backups are not content: the site still builds the same pages.
    let o = tilts(&["check", "--root", root.to_str().unwrap(), "--no-proofing"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn proofing_false_and_a_missing_dictionary() {
    if !dictionaries() {
        return;
    }
    let site = example_copy();
    let root = site.path();
    append(root, LV_ITEM, "\nŠeit ir kļūdda.\n");
    append(root, LT_ITEM, "\nČia yra klaidda.\n");
    replace_in(
        root,
        LV_ITEM,
        "translation_key:",
        "proofing: false\ntranslation_key:",
    );
    replace_in(
        root,
        "content/site.yaml",
        "news_per_page:",
        "proofing:\n  dictionaries:\n    lt: dictionaries/nowhere\nnews_per_page:",
    );
    let (code, report) = check(root, &[]);
    assert_eq!(code, 0, "{report}");
    assert!(
        !report.contains("kļūdda"),
        "proofing: false is obeyed: {report}"
    );
    assert!(
        !report.contains("klaidda"),
        "no lt dictionary, no lt spelling: {report}"
    );
    assert_eq!(
        report
            .matches("the spelling dictionary dictionaries/nowhere cannot be read")
            .count(),
        1,
        "{report}"
    );
    // Without any dictionary on the system: a note once per language, not
    // a warning (the site is not wrong; --strict does not fail on it).
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .env("TILTS_DICTIONARY_DIRS", root.join("no-such-folder"))
        .args(["check", "--root", root.to_str().unwrap()])
        .output()
        .unwrap();
    let notes = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{notes}");
    assert_eq!(
        notes
            .matches("note: no Latvian spelling dictionary was found")
            .count(),
        1,
        "{notes}"
    );
    assert!(
        notes.contains("sudo apt-get install hunspell-lv"),
        "{notes}"
    );
    // Only the two budget warnings and the unreadable lt dictionary count.
    assert!(
        stdout(&o).ends_with("0 errors, 3 warnings\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn findings_are_in_the_readers_language() {
    if !dictionaries() {
        return;
    }
    let site = example_copy();
    let root = site.path();
    append(root, LV_ITEM, "\nDarbi 2018-2020.\n");
    let o = tilts(&[
        "--messages",
        "lv",
        "check",
        "--root",
        root.to_str().unwrap(),
    ]);
    assert!(
        stdout(&o).contains("defise intervālā 2018-2020"),
        "{}",
        stdout(&o)
    );
    let o = tilts(&[
        "--messages",
        "lt",
        "check",
        "--root",
        root.to_str().unwrap(),
    ]);
    assert!(
        stdout(&o).contains("brūkšnelis intervale 2018-2020"),
        "{}",
        stdout(&o)
    );
}
