//! Content problems, collected rather than thrown.
//!
//! Everything a PR specialist or webmaster can get wrong in the files they edit
//! becomes a [`Diagnostic`] naming the file, line and column, in plain words,
//! with a hint about what to do. Infrastructure failures (a folder that cannot
//! be written) are `anyhow` errors instead; see `fsio`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::{self, Lang, Message, msg};

/// How bad a problem is. `--strict` promotes warnings to errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one place of one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<u32>,
    /// 1-based column, when known.
    pub column: Option<u32>,
    pub severity: Severity,
    pub message: String,
    /// What to do about it, in plain words.
    pub hint: Option<String>,
    /// The message by id, to show it in the user's language; `message` and
    /// `hint` hold its English text.
    pub key: Option<Box<Message>>,
}

/// What a diagnostic says: a message of `messages/*.ftl` (shown in the
/// user's language, with its hint), or plain English text for what only a
/// webmaster or developer sees.
pub enum Text {
    Plain(String),
    Msg(Message),
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Plain(s)
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text::Plain(s.clone())
    }
}

impl From<Message> for Text {
    fn from(m: Message) -> Self {
        Text::Msg(m)
    }
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, text: impl Into<Text>) -> Self {
        Self::new(Severity::Error, file, text.into())
    }

    pub fn warning(file: impl Into<PathBuf>, text: impl Into<Text>) -> Self {
        Self::new(Severity::Warning, file, text.into())
    }

    fn new(severity: Severity, file: impl Into<PathBuf>, text: Text) -> Self {
        let (message, hint, key) = match text {
            Text::Plain(message) => (message, None, None),
            Text::Msg(m) => {
                let (message, hint) = m.render(Lang::En);
                (message, hint, Some(Box::new(m)))
            }
        };
        Self {
            file: file.into(),
            line: None,
            column: None,
            severity,
            message,
            hint,
            key,
        }
    }

    /// The same diagnostic in `lang` (a plain-text one stays as it is).
    pub fn localized(&self, lang: Lang) -> Diagnostic {
        let mut d = self.clone();
        if let Some(key) = &self.key {
            (d.message, d.hint) = key.render(lang);
        }
        d
    }

    /// Places the problem at a 1-based line and column.
    pub fn at(mut self, line: u32, column: u32) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        self
    }

    /// A hint for a plain-text diagnostic (a message's hint is in its `.ftl`).
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        debug_assert!(
            self.key.is_none(),
            "a message's hint belongs in messages/*.ftl"
        );
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, or as much of it as is known.
    pub fn location(&self) -> String {
        // A file's name may hold what a terminal would obey (ESC, OSC).
        let file = self.file.display().to_string();
        let file = messages::shown(&file);
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => file.to_string(),
        }
    }
}

impl Diagnostic {
    /// The message with the offending line of the file under `root` and a
    /// caret under the column, as a terminal shows it.
    pub fn render_with_snippet(&self, root: &Path) -> String {
        let lang = messages::language();
        let this = self.localized(lang);
        let mut out = this.headline();
        if let (Some(line), Some(col)) = (self.line, self.column) {
            let text = std::fs::read(root.join(&self.file))
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned());
            if let Some(src) = text
                .as_deref()
                .and_then(|t| t.lines().nth((line as usize).saturating_sub(1)))
            {
                let src = src.trim_start_matches('\u{feff}').replace('\t', " ");
                // Characters a terminal would obey or that turn text
                // around are shown as one mark each, so the caret stays
                // under its column.
                let shown: String = src
                    .chars()
                    .take(160)
                    .map(|c| {
                        if messages::is_hidden(c) {
                            '\u{fffd}'
                        } else {
                            c
                        }
                    })
                    .collect();
                let width = line.to_string().len();
                let caret_at = (col as usize).saturating_sub(1).min(shown.chars().count());
                out.push_str(&format!(
                    "\n {line:>width$} | {shown}\n {:>width$} | {}^",
                    "",
                    " ".repeat(caret_at)
                ));
            }
        }
        if let Some(hint) = &this.hint {
            out.push_str(&format!(
                "\n  {}: {hint}",
                messages::text(&msg("label-hint"))
            ));
        }
        out
    }

    /// "error" or "warning" in the language messages are shown in.
    pub fn label(&self) -> String {
        messages::text(&msg(match self.severity {
            Severity::Error => "label-error",
            Severity::Warning => "label-warning",
        }))
    }

    fn headline(&self) -> String {
        format!("{}: {}: {}", self.location(), self.label(), self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let this = self.localized(messages::language());
        write!(f, "{}", this.headline())?;
        if let Some(hint) = &this.hint {
            write!(f, "\n  {}: {hint}", messages::text(&msg("label-hint")))?;
        }
        Ok(())
    }
}

/// A sorted, de-duplicated collection of diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Makes every warning an error (`--strict`).
    pub fn promote_warnings(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// The diagnostics ordered by file, line and column, duplicates removed.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items = self.items.clone();
        items.sort();
        items.dedup();
        items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Self {
            items: iter.into_iter().collect(),
        }
    }
}

/// Line and column (1-based, columns in characters) of each byte offset in
/// `text`, in one pass over the text however many offsets there are.
pub fn line_cols(text: &str, offsets: &[usize]) -> Vec<(u32, u32)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![(1, 1); offsets.len()];
    // Lines are counted with memchr; characters only after the last line
    // end before the offset.
    let (mut pos, mut line, mut col) = (0usize, 1u32, 1u32);
    for i in order {
        let mut target = offsets[i].min(text.len());
        while !text.is_char_boundary(target) {
            target += 1;
        }
        let mut counted_from = pos;
        for newline in memchr::memchr_iter(b'\n', &text.as_bytes()[pos..target]) {
            line += 1;
            col = 1;
            counted_from = pos + newline + 1;
        }
        col += text[counted_from..target].chars().count() as u32;
        pos = target;
        out[i] = (line, col);
    }
    out
}

/// "Not valid UTF-8" at the line and column of the first bad byte.
pub fn not_utf8(bytes: &[u8], file: &Path) -> Diagnostic {
    let valid_up_to = match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    };
    let valid = &bytes[..valid_up_to];
    let line = valid.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&valid[line_start..])
        .chars()
        .count() as u32
        + 1;
    Diagnostic::error(file, msg("not-utf8")).at(line, col)
}

/// `path` relative to `root`, for messages; unchanged when it is elsewhere.
pub fn relative_to(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_cols_agree_with_counting_from_the_start() {
        let text = "ā = 1\nbē = {\n\nšī\n";
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&o| text.is_char_boundary(o))
            .rev()
            .collect();
        let naive = |o: usize| {
            let before = &text[..o];
            let line = before.matches('\n').count() as u32 + 1;
            let col = before.rsplit('\n').next().unwrap().chars().count() as u32 + 1;
            (line, col)
        };
        let fast = line_cols(text, &offsets);
        for (o, got) in offsets.iter().zip(fast) {
            assert_eq!(got, naive(*o), "offset {o}");
        }
    }

    #[test]
    fn display_names_file_line_column_and_hint() {
        let d = Diagnostic::error("content/news/a.lv.md", "bad date")
            .at(3, 7)
            .with_hint("write it as YYYY-MM-DD");
        assert_eq!(
            d.to_string(),
            "content/news/a.lv.md:3:7: error: bad date\n  hint: write it as YYYY-MM-DD"
        );
    }

    #[test]
    fn snippet_shows_the_line_and_a_caret() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("a.md"), "---\ndate: 2018-13-45\n").unwrap();
        let d = Diagnostic::error("a.md", "bad date")
            .at(2, 7)
            .with_hint("fix it");
        assert_eq!(
            d.render_with_snippet(tmp.path()),
            "a.md:2:7: error: bad date\n 2 | date: 2018-13-45\n   |       ^\n  hint: fix it"
        );
    }

    #[test]
    fn sorted_orders_by_file_then_line() {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::error("b.md", "x").at(1, 1));
        ds.push(Diagnostic::error("a.md", "y").at(9, 1));
        ds.push(Diagnostic::error("a.md", "z").at(2, 1));
        let lines: Vec<_> = ds.sorted().iter().map(|d| d.location()).collect();
        assert_eq!(lines, ["a.md:2:1", "a.md:9:1", "b.md:1:1"]);
    }
}
