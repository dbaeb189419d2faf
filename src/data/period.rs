//! The EU's visibility rules of each programme period, as data: what the EU
//! block on every page shows and what `check` asks of the site. Templates
//! and checks read a period's [`PeriodRules`]; nothing else names a period,
//! so a new one (2028–2034) is one more entry of [`PERIODS`].

/// How the EU block on every page is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockLayout {
    /// 2014–2020 (Regulation (EU) No 1303/2013, Annex XII, and Commission
    /// Implementing Regulation (EU) No 821/2014): the emblem, "European
    /// Union" and the fund's name.
    NameAndFund,
    /// 2021–2027 (Regulation (EU) 2021/1060, Article 47 and Annex IX): the
    /// emblem with the statement "Co-funded by the European Union" written
    /// in full beside it; the fund is not named.
    Statement,
}

impl BlockLayout {
    /// The name templates compare with (`project.eu.layout`).
    pub fn name(self) -> &'static str {
        match self {
            BlockLayout::NameAndFund => "name-and-fund",
            BlockLayout::Statement => "statement",
        }
    }
}

/// One programme period's rules.
#[derive(Debug)]
pub struct PeriodRules {
    /// As written in `project.yaml`: `period: 2021-2027`.
    pub id: &'static str,
    /// The first and last year of the period.
    pub years: (i32, i32),
    pub layout: BlockLayout,
    /// The words beside the emblem, by language code (the Commission's own
    /// wording in each official language of the EU).
    pub statement: &'static [(&'static str, &'static str)],
    /// The emblem's size in the block, CSS pixels (width, height).
    pub emblem: (u32, u32),
    /// No other logo in the header or footer may be larger than the emblem,
    /// measured in height or width (Annex IX, point 1.3).
    pub emblem_not_smaller_than_logos: bool,
    /// A programme logo that already contains the emblem and the statement
    /// (the harmonised Interreg brand) may stand in for them.
    pub programme_logo_may_replace: bool,
    /// Article 50(1)(a): the site describes the operation, its aims and
    /// results and the EU support; `check` asks for each.
    pub describes_operation: bool,
    /// The project summary in English that the programme publishes, and
    /// its default length limit in characters.
    pub english_summary_limit: Option<usize>,
}

impl PeriodRules {
    /// The words beside the emblem in language `code`, if the EU has them.
    pub fn statement_in(&self, code: &str) -> Option<&'static str> {
        let base = code.split(['-', '_']).next().unwrap_or(code);
        self.statement
            .iter()
            .find(|(c, _)| *c == base)
            .map(|(_, s)| *s)
    }

    /// The words for a page in language `code`: the EU's own wording, or
    /// the English one for a language that is not an official language
    /// of the Union (a Russian or Ukrainian page, say).
    pub fn statement_for(&self, code: &str) -> &'static str {
        self.statement_in(code)
            .or_else(|| self.statement_in("en"))
            .unwrap_or("")
    }
}

/// The periods tilts knows, oldest first.
pub const PERIODS: &[PeriodRules] = &[P2014_2020, P2021_2027];

/// The period written as `id`.
pub fn find(id: &str) -> Option<&'static PeriodRules> {
    PERIODS.iter().find(|p| p.id == id.trim())
}

/// `2014-2020, 2021-2027`, for messages.
pub fn ids() -> String {
    PERIODS.iter().map(|p| p.id).collect::<Vec<_>>().join(", ")
}

const P2014_2020: PeriodRules = PeriodRules {
    id: "2014-2020",
    years: (2014, 2023),
    layout: BlockLayout::NameAndFund,
    statement: &[
        ("bg", "Европейски съюз"),
        ("cs", "Evropská unie"),
        ("da", "Den Europæiske Union"),
        ("de", "Europäische Union"),
        ("el", "Ευρωπαϊκή Ένωση"),
        ("en", "European Union"),
        ("es", "Unión Europea"),
        ("et", "Euroopa Liit"),
        ("fi", "Euroopan unioni"),
        ("fr", "Union européenne"),
        ("ga", "An tAontas Eorpach"),
        ("hr", "Europska unija"),
        ("hu", "Európai Unió"),
        ("it", "Unione europea"),
        ("lt", "Europos Sąjunga"),
        ("lv", "Eiropas Savienība"),
        ("mt", "Unjoni Ewropea"),
        ("nl", "Europese Unie"),
        ("pl", "Unia Europejska"),
        ("pt", "União Europeia"),
        ("ro", "Uniunea Europeană"),
        ("sk", "Európska únia"),
        ("sl", "Evropska unija"),
        ("sv", "Europeiska unionen"),
    ],
    emblem: (60, 40),
    emblem_not_smaller_than_logos: false,
    programme_logo_may_replace: false,
    describes_operation: false,
    english_summary_limit: None,
};

const P2021_2027: PeriodRules = PeriodRules {
    id: "2021-2027",
    // Spending is eligible until the end of 2029 (Article 63(2)).
    years: (2021, 2029),
    layout: BlockLayout::Statement,
    // The Commission's "Co-funded by the European Union" emblems, as
    // published in each official language (EU visual identity for
    // 2021–2027 programmes); lv and lt as Annex IX is translated.
    statement: &[
        ("bg", "Съфинансирано от Европейския съюз"),
        ("cs", "Spolufinancováno Evropskou unií"),
        ("da", "Medfinansieret af Den Europæiske Union"),
        ("de", "Kofinanziert von der Europäischen Union"),
        ("el", "Με τη συγχρηματοδότηση της Ευρωπαϊκής Ένωσης"),
        ("en", "Co-funded by the European Union"),
        ("es", "Cofinanciado por la Unión Europea"),
        ("et", "Kaasrahastanud Euroopa Liit"),
        ("fi", "Euroopan unionin osarahoittama"),
        ("fr", "Cofinancé par l’Union européenne"),
        ("ga", "Arna chómhaoiniú ag an Aontas Eorpach"),
        ("hr", "Sufinancira Europska unija"),
        ("hu", "Az Európai Unió társfinanszírozásával"),
        ("it", "Cofinanziato dall’Unione europea"),
        ("lt", "Bendrai finansuoja Europos Sąjunga"),
        ("lv", "Līdzfinansē Eiropas Savienība"),
        ("mt", "Kofinanzjat mill-Unjoni Ewropea"),
        ("nl", "Medegefinancierd door de Europese Unie"),
        ("pl", "Współfinansowane przez Unię Europejską"),
        ("pt", "Cofinanciado pela União Europeia"),
        ("ro", "Cofinanțat de Uniunea Europeană"),
        ("sk", "Spolufinancované Európskou úniou"),
        ("sl", "Sofinancira Evropska unija"),
        ("sv", "Medfinansieras av Europeiska unionen"),
    ],
    emblem: (72, 48),
    emblem_not_smaller_than_logos: true,
    programme_logo_may_replace: true,
    describes_operation: true,
    english_summary_limit: Some(1500),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_period_speaks_every_official_language_of_the_union() {
        for p in PERIODS {
            assert_eq!(p.statement.len(), 24, "{}", p.id);
            for w in p.statement.windows(2) {
                assert!(w[0].0 < w[1].0, "{}: sorted, no repeats", p.id);
            }
        }
    }

    #[test]
    fn the_statement_is_found_by_language_or_locale() {
        let p = find("2021-2027").unwrap();
        assert_eq!(p.statement_in("lv"), Some("Līdzfinansē Eiropas Savienība"));
        assert_eq!(
            p.statement_in("lt-LT"),
            Some("Bendrai finansuoja Europos Sąjunga")
        );
        assert_eq!(p.statement_in("xx"), None);
        assert_eq!(
            find(" 2014-2020").unwrap().statement_in("lv"),
            Some("Eiropas Savienība")
        );
        assert!(find("2007-2013").is_none());
        assert_eq!(ids(), "2014-2020, 2021-2027");
    }
}
