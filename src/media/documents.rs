//! Documents among the static files (PDF, office files, archives): their
//! type and size, said in each language beside every link to them
//! ("PDF, 1,2 MB", with the language's decimal separator), so a reader
//! knows what a click brings before it does.

use std::collections::BTreeMap;

use crate::i18n::LocaleFormatter;

/// File endings taken for documents, and the type named for them.
const KINDS: [(&str, &str); 14] = [
    ("pdf", "PDF"),
    ("doc", "DOC"),
    ("docx", "DOCX"),
    ("xls", "XLS"),
    ("xlsx", "XLSX"),
    ("ppt", "PPT"),
    ("pptx", "PPTX"),
    ("odt", "ODT"),
    ("ods", "ODS"),
    ("odp", "ODP"),
    ("rtf", "RTF"),
    ("csv", "CSV"),
    ("zip", "ZIP"),
    ("txt", "TXT"),
];

/// A document: its type, size, and the label per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentFile {
    pub kind: &'static str,
    pub bytes: u64,
    /// "PDF, 1,2 MB", by language index.
    pub labels: Vec<String>,
}

/// The type of the document at `path`, if it is one.
pub fn kind(path: &str) -> Option<&'static str> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    KINDS.iter().find(|(e, _)| *e == ext).map(|(_, k)| *k)
}

/// Every document among `files` (output path → file).
pub fn documents<'a>(
    files: impl Iterator<Item = (&'a String, &'a crate::theme::StaticFile)>,
    formatters: &[LocaleFormatter],
) -> BTreeMap<String, DocumentFile> {
    files
        .filter_map(|(path, file)| {
            let kind = kind(path)?;
            let size = file.len();
            let labels = formatters
                .iter()
                .map(|f| format!("{kind}, {}", size_label(size, f)))
                .collect();
            Some((
                path.clone(),
                DocumentFile {
                    kind,
                    bytes: size,
                    labels,
                },
            ))
        })
        .collect()
}

/// "350 KB" or "1,2 MB" (1 KB = 1024 bytes, as file managers count).
pub fn size_label(bytes: u64, formatter: &LocaleFormatter) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        let kb = bytes.div_ceil(KB).max(1);
        format!(
            "{}\u{a0}KB",
            formatter.decimal(&fixed_decimal::Decimal::from(kb))
        )
    } else {
        // Tenths of a megabyte, rounded; whole megabytes without ",0".
        let tenths = (bytes * 10 + MB / 2) / MB;
        let mut d = fixed_decimal::Decimal::from(tenths);
        d.multiply_pow10(-1);
        if tenths.is_multiple_of(10) {
            d = fixed_decimal::Decimal::from(tenths / 10);
        }
        format!("{}\u{a0}MB", formatter.decimal(&d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn formatter(locale: &str) -> LocaleFormatter {
        LocaleFormatter::new(&icu_locale_core::Locale::from_str(locale).unwrap()).unwrap()
    }

    #[test]
    fn sizes_in_the_languages_numbers() {
        let lv = formatter("lv-LV");
        assert_eq!(size_label(1_258_291, &lv), "1,2\u{a0}MB");
        assert_eq!(size_label(358_400, &lv), "350\u{a0}KB");
        assert_eq!(size_label(10, &lv), "1\u{a0}KB");
        assert_eq!(
            size_label(25 * 1024 * 1024, &formatter("lt-LT")),
            "25\u{a0}MB"
        );
    }

    #[test]
    fn documents_by_ending() {
        assert_eq!(kind("files/Plans.PDF"), Some("PDF"));
        assert_eq!(kind("files/budget.xlsx"), Some("XLSX"));
        assert_eq!(kind("images/a.jpg"), None);
        assert_eq!(kind("README"), None);
    }
}
