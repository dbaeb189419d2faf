//! Everything language-specific: Fluent UI strings, CLDR plural categories and
//! locale formatting of dates, numbers and money.

pub mod fluent;
mod fluent_checks;
pub mod format;
pub mod plurals;

pub use fluent::Translations;
pub use format::LocaleFormatter;
pub use plurals::plural_category;
