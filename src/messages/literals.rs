//! The guard that keeps English out of what tilts prints and writes: in
//! the commands (`cli/`), the preview server (`serve/`), the writers of
//! new files and of the output (`PLACES`), a string literal in a
//! printing or formatting macro may hold no words, only placeholders and
//! punctuation (`"{}: {}"`); its words belong in `messages/*.ftl`. The few
//! literals that are not words for people (YAML field names written into
//! new files, paths, escape codes for the terminal) are listed here.

/// The macros whose literals reach people.
const MACROS: [&str; 10] = [
    "println!(",
    "eprintln!(",
    "print!(",
    "eprint!(",
    "format!(",
    "write!(",
    "writeln!(",
    "anyhow!(",
    "bail!(",
    ".context(",
];

/// Where the guard looks, from the package's folder: the commands, the
/// preview, the writers of new files and of the output, and the errors of
/// reading and writing files.
const PLACES: [&str; 11] = [
    "src/cli",
    "src/mark_translated.rs",
    "src/serve",
    "src/new.rs",
    "src/init.rs",
    "src/eject.rs",
    "src/fsio.rs",
    "src/output",
    "src/builder",
    "src/proof/fix.rs",
    "src/proof/site_words.rs",
];

/// Literals with letters that are not words for people, as written in
/// the source (between the quotes).
const ALLOWED: &[&str] = &[
    // Front matter that `tilts new` writes (the comments are messages).
    r"title: {t}\n{address}slug: {slug}\ndate: {date}\n{summary}summary: {t}\n",
    r"title: {t}\n{address}slug: {slug}\n{menu}# menu: 5\n# menu_title: {t}\n",
    r"---\n# {}\n{}draft: true\n---\n\n",
    r"# {}\ntranslated_from: {version} {}\n",
    "translated_from: {value}{eol}",
    "translated_from: {value}{own_eol}",
    // Paths and addresses.
    "content/news/{date}-{slug}",
    "content/pages/{f}",
    "{stem}.{}.md",
    "http://{host}:{}",
    "{trimmed}index.html",
    "{trimmed}/index.html",
    "{lang}/404.html",
    "tilts {path}",
    // A unit after a number, the same in every language.
    "  {name:<width$} {ms:>8} ms",
    "{} MB",
    "{:.1} MB",
    // Names of the files tilts keeps beside the output and a backup.
    ".{name}.staging-",
    ".{name}.tilts-lock",
    ".{name}.old-{}",
    ".{name}.old-",
    "{name}.bak",
    "{name}.bak{n}",
    // Terminal escape codes: bold and colours, clearing a line.
    r"\x1b[1m{loc}\x1b[0m: \x1b[{code}m{rest}\x1b[0m",
    r"\r\x1b[K",
    // The preview's page before a first good build (its words are messages).
    r#"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{heading}</h1><p>{body}</p>{LIVE_TAG}</body></html>"#,
];

/// The literals in `code`'s printing and formatting macros that hold
/// words (letters outside `{…}` placeholders and `\` escapes), as written.
/// Only the macro's own arguments count: the literals of calls inside it
/// (`msg("cli-created")`) are not text.
pub(super) fn words_in_literals(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for call in MACROS {
        for (i, _) in code.match_indices(call) {
            // `print!(` in `eprint!(` is that one.
            let part_of_a_name = code[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            if part_of_a_name && !call.starts_with('.') {
                continue;
            }
            let args = &code[i + call.len()..];
            found.extend(own_literals(args).into_iter().filter(|l| has_words(l)));
        }
    }
    found
}

/// The string literals (plain and raw, as written) among the arguments of
/// a call whose arguments start `args`, up to its closing `)`.
fn own_literals(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while let Some(c) = args[i..].chars().next() {
        let word_before = args[..i]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_alphanumeric() || p == '_');
        if let Some((literal, len)) = literal_at(&args[i..]).filter(|_| !word_before) {
            if depth == 0 {
                out.push(literal.to_string());
            }
            i += len;
            continue;
        }
        match c {
            '\'' if args[i..].starts_with("'\"'") => i += 2,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
        i += c.len_utf8();
    }
    out
}

/// The literal that `text` starts with (`"…"`, `r"…"`, `r#"…"#`): its
/// content as written and its whole length.
fn literal_at(text: &str) -> Option<(&str, usize)> {
    let raw = text.strip_prefix('r');
    if let Some(raw) = raw {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let close = format!("\"{}", "#".repeat(hashes));
        let end = body.find(&close)?;
        return Some((&body[..end], 1 + hashes + 1 + end + close.len()));
    }
    let body = text.strip_prefix('"')?;
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return Some((&body[..i], i + 2)),
            _ => {}
        }
    }
    None
}

/// Whether a literal (as written) has letters outside its placeholders
/// and escapes, and is not one of the allowed ones.
fn has_words(literal: &str) -> bool {
    if ALLOWED.contains(&literal) {
        return false;
    }
    let mut depth = 0;
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            // An escape: \n, \t, \", \\, \x1b, \u{…}.
            '\\' => match chars.next() {
                Some('x') => {
                    chars.next();
                    chars.next();
                }
                Some('u') => {
                    for c in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                    }
                }
                _ => {}
            },
            c if depth == 0 && c.is_alphabetic() => return true,
            _ => {}
        }
    }
    false
}

#[test]
fn the_scanner_finds_words_and_lets_placeholders_pass() {
    let code = r##"
        println!("Hello");
        println!("{}", text(&msg("cli-created").arg("file", "a.md")));
        eprintln!("{}: {}", a, b);
        write!(f, "Created {}", x)?;
        let s = format!("{name:<8} {}\n", f(g("x")), '"');
        anyhow::bail!(r"a raw {} string");
        out.context("cannot write")?;
        eprint!("\r{}\u{1b}", y);
        print!("{{all-args}}{{after-help}}", r#"raw "inner" text"#);
    "##;
    let mut found = words_in_literals(code);
    found.sort();
    assert_eq!(
        found,
        [
            "Created {}",
            "Hello",
            "a raw {} string",
            "cannot write",
            "raw \"inner\" text"
        ]
    );
}

#[test]
fn nothing_english_is_printed_or_written_outside_messages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for place in PLACES {
        for entry in walkdir::WalkDir::new(root.join(place)) {
            let path = entry.unwrap().into_path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
            // Comments are for people who read the code.
            let code: String = code
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| format!("{l}\n"))
                .collect();
            for literal in words_in_literals(&code) {
                found.push(format!("{}: \"{literal}\"", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "text for people belongs in messages/*.ftl (msg(…) and text(…)):\n{}",
        found.join("\n")
    );
}
