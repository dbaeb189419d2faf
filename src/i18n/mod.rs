//! Everything language-specific: Fluent UI strings, CLDR plural categories and
//! locale formatting of dates, numbers and money.

pub mod date_case;
pub mod fluent;
mod fluent_checks;
pub mod format;
pub mod plurals;

pub use date_case::DateCase;
pub use fluent::Translations;
pub use format::LocaleFormatter;
pub use plurals::plural_category;
