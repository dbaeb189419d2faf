//! Words as the search index and the query both see them: lowercase,
//! stemmed by the language's stemmer (Latvian: Lucene's light stemmer;
//! Lithuanian: Snowball), then without diacritics ("pasakums" finds
//! "pasākums"). The browser does the same in `assets/search.js` with the
//! same stemmers; folding there is `normalize("NFD")` without marks.

/// The stemmer of a language, by its code; languages without one match
/// word forms only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stemmer {
    Latvian,
    Lithuanian,
    None,
}

impl Stemmer {
    pub fn for_language(code: &str) -> Self {
        match code {
            "lv" => Self::Latvian,
            "lt" => Self::Lithuanian,
            _ => Self::None,
        }
    }

    /// The browser's copy, as named in the index for `search.js`.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Self::Latvian => Some("latvian"),
            Self::Lithuanian => Some("lithuanian"),
            Self::None => None,
        }
    }

    /// The stem of a lowercase word (diacritics kept).
    pub fn stem(self, word: &str) -> String {
        match self {
            Self::Latvian => super::latvian::stem(word),
            Self::Lithuanian => super::snowball::lithuanian(word),
            Self::None => word.to_string(),
        }
    }
}

/// `text` decomposed, without its combining marks, lowercased.
pub fn fold(text: &str) -> String {
    let decomposed = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(text);
    decomposed
        .chars()
        .filter(|&c| !is_combining_mark(c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// A word's two terms: its form and its stem, both folded.
pub fn terms(stemmer: Stemmer, lowercase_word: &str) -> (String, String) {
    (fold(lowercase_word), fold(&stemmer.stem(lowercase_word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_diacritics_and_case() {
        assert_eq!(
            fold("Pašvaldību ŽŪKLĖ ąčęėįšųūž"),
            "pasvaldibu zukle aceeisuuz"
        );
    }

    #[test]
    fn inflected_forms_meet_in_one_stem_term() {
        let lv = Stemmer::for_language("lv");
        assert_eq!(terms(lv, "partneriem").1, terms(lv, "partneris").1);
        // Typed without diacritics, still the same stem.
        assert_eq!(terms(lv, "pasakumiem").1, terms(lv, "pasākumi").1);
        let lt = Stemmer::for_language("lt");
        assert_eq!(terms(lt, "partnerių").1, terms(lt, "partneriai").1);
        assert_eq!(Stemmer::for_language("en"), Stemmer::None);
    }

    /// Every word of the example site's news in its language, and a list
    /// of inflected forms: the browser's stemmers must give what these do.
    #[test]
    fn the_browsers_stemmers_agree_with_these() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut words: Vec<(Stemmer, String)> = Vec::new();
        for entry in walkdir::WalkDir::new(root.join("content")) {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let stemmer = match () {
                _ if name.ends_with(".lv.md") => Stemmer::Latvian,
                _ if name.ends_with(".lt.md") => Stemmer::Lithuanian,
                _ => continue,
            };
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let distinct = crate::content::distinct_words(&text);
            words.extend(distinct.split(' ').map(|w| (stemmer, w.to_string())));
        }
        for w in [
            "ziņu",
            "zivju",
            "kokšu",
            "brāļu",
            "mēnešu",
            "ajām",
            "lielajiem",
            "sociālajiem",
        ] {
            words.push((Stemmer::Latvian, w.to_string()));
        }
        for w in [
            "savivaldybių",
            "paslaugoms",
            "jaunimo",
            "neįgaliesiems",
            "vaikams",
            "dėl",
        ] {
            words.push((Stemmer::Lithuanian, w.to_string()));
        }
        assert!(words.len() > 500, "{} words", words.len());
        let assets = root.join("themes/default/static/assets/search");
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "base-stemmer.js",
            "latvian-stemmer.js",
            "lithuanian-stemmer.js",
        ] {
            std::fs::copy(assets.join(name), dir.path().join(name)).unwrap();
        }
        std::fs::write(dir.path().join("package.json"), r#"{"type":"module"}"#).unwrap();
        let input: Vec<(&str, &str)> = words
            .iter()
            .map(|(s, w)| (s.name().unwrap(), w.as_str()))
            .collect();
        std::fs::write(
            dir.path().join("words.json"),
            serde_json::to_vec(&input).unwrap(),
        )
        .unwrap();
        let script = "import fs from 'fs';\
            const words = JSON.parse(fs.readFileSync('words.json', 'utf8'));\
            const stemmers = {};\
            for (const name of ['latvian', 'lithuanian']) {\
              stemmers[name] = new (await import(`./${name}-stemmer.js`)).default();\
            }\
            console.log(JSON.stringify(words.map(([s, w]) => stemmers[s].stemWord(w))));";
        std::fs::write(dir.path().join("run.js"), script).unwrap();
        let out = std::process::Command::new("node")
            .arg("run.js")
            .current_dir(dir.path())
            .output()
            .expect("node is installed");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let browser: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
        let mut differ = Vec::new();
        for ((stemmer, word), theirs) in words.iter().zip(&browser) {
            let ours = stemmer.stem(word);
            if &ours != theirs {
                differ.push(format!("{word}: {ours} here, {theirs} in the browser"));
            }
        }
        assert!(differ.is_empty(), "{differ:#?}");
    }
}
