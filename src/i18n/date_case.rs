//! Dates in the grammatical case the sentence needs. CLDR gives Latvian
//! long dates with the month in the nominative ("2018. gada 16. maijs"),
//! which is right for a date standing alone; after "Publicēts" or "notiks"
//! Latvian needs the locative ("16. maijā"), and after "līdz" the genitive
//! ("16. maija"). CLDR has no such forms for lv, so they are ours, from
//! the standard declension of the month names (checked against the
//! nominatives ICU4X prints, month by month, in the tests). Lithuanian's
//! CLDR long date already has the month in the genitive ("gegužės"), the
//! form its sentences use, so it is left as it is.

/// The case a date takes in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateCase {
    /// "2018. gada 16. maijs": a date on its own.
    Nominative,
    /// "2018. gada 16. maija": after "līdz", "no", in "… datums".
    Genitive,
    /// "2018. gada 16. maijā": after "Publicēts", "notiks".
    Locative,
}

impl DateCase {
    /// `nominative`, `genitive` or `locative`, as templates name it.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "nominative" => Some(Self::Nominative),
            "genitive" => Some(Self::Genitive),
            "locative" => Some(Self::Locative),
            _ => None,
        }
    }
}

/// Latvian month names: nominative (as CLDR prints them), genitive, locative.
const LV_MONTHS: [[&str; 3]; 12] = [
    ["janvāris", "janvāra", "janvārī"],
    ["februāris", "februāra", "februārī"],
    ["marts", "marta", "martā"],
    ["aprīlis", "aprīļa", "aprīlī"],
    ["maijs", "maija", "maijā"],
    ["jūnijs", "jūnija", "jūnijā"],
    ["jūlijs", "jūlija", "jūlijā"],
    ["augusts", "augusta", "augustā"],
    ["septembris", "septembra", "septembrī"],
    ["oktobris", "oktobra", "oktobrī"],
    ["novembris", "novembra", "novembrī"],
    ["decembris", "decembra", "decembrī"],
];

/// `long` (the CLDR long date of month `month`, 1–12, in `language`) in
/// `case`. Languages without a table, and a text whose month is not where
/// it is expected, come back unchanged.
pub fn in_case(language: &str, long: &str, month: u8, case: DateCase) -> String {
    let column = match case {
        DateCase::Nominative => return long.to_string(),
        DateCase::Genitive => 1,
        DateCase::Locative => 2,
    };
    if language != "lv" {
        return long.to_string();
    }
    let Some(forms) = LV_MONTHS.get(usize::from(month).wrapping_sub(1)) else {
        return long.to_string();
    };
    match long.strip_suffix(forms[0]) {
        Some(head) => format!("{head}{}", forms[column]),
        None => long.to_string(),
    }
}
