//! ASCII slugs for URLs: diacritics folded (`Sākas` → `sakas`, `Žiemgala` →
//! `ziemgala`), everything else that is not a letter or digit becomes a hyphen.

/// Longest slug we generate; longer titles are cut at a word boundary.
const MAX_SLUG: usize = 80;

/// The slug of `text`: lowercase ASCII letters, digits and single hyphens.
pub fn slugify(text: &str) -> String {
    let folded = deunicode::deunicode(text).to_ascii_lowercase();
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > MAX_SLUG {
        let cut = slug[..MAX_SLUG].rfind('-').unwrap_or(MAX_SLUG);
        slug.truncate(cut);
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn folds_latvian_and_lithuanian_letters() {
        assert_eq!(
            slugify("Sākas projekts sociālo pakalpojumu pieejamības uzlabošanai"),
            "sakas-projekts-socialo-pakalpojumu-pieejamibas-uzlabosanai"
        );
        assert_eq!(
            slugify("Projekto pradžia: socialinių paslaugų prieinamumas"),
            "projekto-pradzia-socialiniu-paslaugu-prieinamumas"
        );
        assert_eq!(
            slugify("ą č ę ė į š ų ū ž Ā Ē Ģ Ķ Ļ Ņ"),
            "a-c-e-e-i-s-u-u-z-a-e-g-k-l-n"
        );
    }

    #[test]
    fn punctuation_collapses_and_ends_are_trimmed() {
        assert_eq!(slugify("  “SocQuality” — 2018!  "), "socquality-2018");
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let s = slugify(&"vārds ".repeat(40));
        assert!(s.len() <= 80 && !s.ends_with('-'), "{s}");
    }
}
