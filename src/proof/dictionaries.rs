//! Hunspell dictionaries, found and read once per run: the one `site.yaml`
//! names for a language (`proofing: dictionaries: lv: PATH`, without the
//! `.aff`/`.dic` ending), else the system's (`/usr/share/hunspell/lv_LV`,
//! as Debian's `hunspell-lv` installs it). Debian's Lithuanian dictionary is
//! in ISO-8859-13: each file is decoded by its `SET` line.

use std::path::{Path, PathBuf};

use spellbook::Dictionary;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};

/// Where dictionaries are looked for when `site.yaml` names none.
/// `TILTS_DICTIONARY_DIRS` (separated like `PATH`) replaces the list.
const SYSTEM_DIRS: [&str; 4] = [
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
];

/// A dictionary per configured language (`None`: not found, said once),
/// and English's when the system has one (for English paragraphs).
pub struct Dictionaries {
    pub by_lang: Vec<Option<Dictionary>>,
    pub english: Option<Dictionary>,
}

impl Dictionaries {
    /// Reads every language's dictionary in parallel. A dictionary the
    /// site names but that cannot be read is a warning at `site.yaml`; a
    /// system without one is a note (the site itself is not wrong).
    pub fn load(root: &Path, config: &SiteConfig) -> (Self, Vec<Diagnostic>, Vec<Message>) {
        use rayon::prelude::*;
        let (by_lang, english) = rayon::join(
            || {
                config
                    .languages
                    .par_iter()
                    .map(|lang| match config.dictionaries.get(&lang.code) {
                        Some(named) => read(&root.join(named)).map_err(|detail| {
                            Missing::Warning(Diagnostic::warning(
                                crate::config::CONFIG_PATH,
                                msg("proof-dictionary-unreadable")
                                    .arg("path", named.display())
                                    .arg("detail", detail),
                            ))
                        }),
                        None => find(&system_name(&lang.locale.to_string()), &lang.code)
                            .ok_or_else(|| {
                                Missing::Note(msg("proof-no-dictionary").arg("code", &lang.code))
                            }),
                    })
                    .collect::<Vec<_>>()
            },
            || find("en_US", "en").or_else(|| find("en_GB", "en")),
        );
        let (mut diags, mut notes) = (Vec::new(), Vec::new());
        let by_lang = by_lang
            .into_iter()
            .map(|r| {
                r.map_err(|missing| match missing {
                    Missing::Warning(d) => diags.push(d),
                    Missing::Note(m) => notes.push(m),
                })
                .ok()
            })
            .collect();
        (Self { by_lang, english }, diags, notes)
    }
}

/// Why a language has no dictionary.
enum Missing {
    Warning(Diagnostic),
    Note(Message),
}

/// `lv-LV` → `lv_LV`, as dictionaries are named.
fn system_name(locale: &str) -> String {
    locale.replace('-', "_")
}

/// The first readable dictionary named `name` (or the bare `code`) in the
/// system's folders.
fn find(name: &str, code: &str) -> Option<Dictionary> {
    let dirs: Vec<PathBuf> = match std::env::var_os("TILTS_DICTIONARY_DIRS") {
        Some(list) => std::env::split_paths(&list).collect(),
        None => SYSTEM_DIRS.iter().map(PathBuf::from).collect(),
    };
    dirs.iter()
        .flat_map(|dir| [dir.join(name), dir.join(code)])
        .find(|base| base.with_extension("aff").is_file())
        .and_then(|base| read(&base).ok())
}

/// The largest `.aff` or `.dic` file read: the largest Hunspell
/// dictionaries (Hungarian, Turkish) are under 20 MB.
const MAX_DICTIONARY_BYTES: u64 = 64 * 1024 * 1024;

/// `BASE.aff` and `BASE.dic`, decoded by the `SET` line of the `.aff`.
fn read(base: &Path) -> Result<Dictionary, String> {
    let with = |ext: &str| {
        let mut path = base.as_os_str().to_owned();
        path.push(ext);
        PathBuf::from(path)
    };
    let (aff_path, dic_path) = (with(".aff"), with(".dic"));
    // Only ordinary files (a pipe or a folder named like one would hang
    // or fail), and of a size a dictionary has.
    let read = |p: &Path| {
        crate::fsio::read_file_up_to(p, MAX_DICTIONARY_BYTES)
            .map_err(|e| format!("{}: {e}", p.display()))
    };
    let (aff, dic) = (read(&aff_path)?, read(&dic_path)?);
    let encoding = declared_encoding(&aff);
    let (aff, _, _) = encoding.decode(&aff);
    let (dic, _, _) = encoding.decode(&dic);
    // Now UTF-8 whatever it said.
    let aff: String = aff
        .lines()
        .map(|l| {
            if l.starts_with("SET ") {
                "SET UTF-8"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    Dictionary::new(&aff, &dic).map_err(|e| e.to_string())
}

/// The encoding an `.aff` file names on its `SET` line (UTF-8 without one).
fn declared_encoding(aff: &[u8]) -> &'static encoding_rs::Encoding {
    aff.split(|&b| b == b'\n')
        .find_map(|line| line.strip_prefix(b"SET "))
        .and_then(|label| {
            let label = String::from_utf8_lossy(label);
            // Hunspell writes ISO8859-13; the WHATWG labels want a dash.
            let label = label.trim().replace("ISO8859", "ISO-8859");
            encoding_rs::Encoding::for_label(label.as_bytes())
        })
        .unwrap_or(encoding_rs::UTF_8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunspell_labels_name_encodings() {
        assert_eq!(
            declared_encoding(b"# x\nSET ISO8859-13\nTRY abc"),
            encoding_rs::ISO_8859_13
        );
        assert_eq!(declared_encoding(b"SET UTF-8\n"), encoding_rs::UTF_8);
        assert_eq!(declared_encoding(b"TRY abc\n"), encoding_rs::UTF_8);
    }

    /// A dictionary named in `site.yaml` could be any file: one larger
    /// than any dictionary is refused before it is read whole.
    #[test]
    fn a_dictionary_larger_than_any_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("x.aff"), "SET UTF-8\n").unwrap();
        let dic = std::fs::File::create(tmp.path().join("x.dic")).unwrap();
        dic.set_len(MAX_DICTIONARY_BYTES + 1).unwrap(); // sparse: no disk used
        let err = read(&tmp.path().join("x")).err().unwrap();
        assert!(err.contains("too large"), "{err}");
        assert!(err.contains("x.dic"), "{err}");
    }
}
