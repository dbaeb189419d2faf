//! Languages that have CLDR plural rules, as listed by intl_pluralrules 7.0.2.
//! fluent-bundle negotiates against this list before it asks for rules;
//! the rules themselves come from ICU4X.

pub(crate) const CARDINAL_LOCALES: &[&str] = &[
    "af", "ak", "am", "an", "ar", "ars", "as", "asa", "ast", "az", "be", "bem", "bez", "bg", "bho",
    "bm", "bn", "bo", "br", "brx", "bs", "ca", "ce", "ceb", "cgg", "chr", "ckb", "cs", "cy", "da",
    "de", "dsb", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fil",
    "fo", "fr", "fur", "fy", "ga", "gd", "gl", "gsw", "gu", "guw", "gv", "ha", "haw", "he", "hi",
    "hr", "hsb", "hu", "hy", "ia", "id", "ig", "ii", "in", "io", "is", "it", "iu", "iw", "ja",
    "jbo", "jgo", "ji", "jmc", "jv", "jw", "ka", "kab", "kaj", "kcg", "kde", "kea", "kk", "kkj",
    "kl", "km", "kn", "ko", "ks", "ksb", "ksh", "ku", "kw", "ky", "lag", "lb", "lg", "lkt", "ln",
    "lo", "lt", "lv", "mas", "mg", "mgo", "mk", "ml", "mn", "mo", "mr", "ms", "mt", "my", "nah",
    "naq", "nb", "nd", "ne", "nl", "nn", "nnh", "no", "nqo", "nr", "nso", "ny", "nyn", "om", "or",
    "os", "osa", "pa", "pap", "pcm", "pl", "prg", "ps", "pt", "pt-PT", "rm", "ro", "rof", "ru",
    "rwk", "sah", "saq", "sat", "sc", "scn", "sd", "sdh", "se", "seh", "ses", "sg", "sh", "shi",
    "si", "sk", "sl", "sma", "smi", "smj", "smn", "sms", "sn", "so", "sq", "sr", "ss", "ssy", "st",
    "su", "sv", "sw", "syr", "ta", "te", "teo", "th", "ti", "tig", "tk", "tl", "tn", "to", "tr",
    "ts", "tzm", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "vun", "wa", "wae", "wo", "xh", "xog",
    "yi", "yo", "yue", "zh", "zu",
];

pub(crate) const ORDINAL_LOCALES: &[&str] = &[
    "af", "am", "an", "ar", "as", "az", "be", "bg", "bn", "bs", "ca", "ce", "cs", "cy", "da", "de",
    "dsb", "el", "en", "es", "et", "eu", "fa", "fi", "fil", "fr", "fy", "ga", "gd", "gl", "gsw",
    "gu", "he", "hi", "hr", "hsb", "hu", "hy", "ia", "id", "in", "is", "it", "iw", "ja", "ka",
    "kk", "km", "kn", "ko", "kw", "ky", "lo", "lt", "lv", "mk", "ml", "mn", "mo", "mr", "ms", "my",
    "nb", "ne", "nl", "or", "pa", "pl", "prg", "ps", "pt", "ro", "ru", "sc", "scn", "sd", "sh",
    "si", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tk", "tl", "tr", "uk", "ur", "uz",
    "vi", "yue", "zh", "zu",
];
