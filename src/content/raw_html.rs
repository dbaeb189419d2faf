//! Pictures in raw HTML (`<img src="…" alt="…">` written into the
//! Markdown): found so that they are checked as Markdown pictures are —
//! their address, their file, and their alternative text, which a reader
//! who cannot see the picture needs (WCAG 1.1.1).

/// Each `<img>` tag of `html`: its byte offset in `html`, its `src` (empty
/// when it has none) and whether it has an `alt` attribute (`alt=""`
/// marks a picture as decoration, which is a choice, not an omission).
pub fn images(html: &str) -> Vec<(usize, String, bool)> {
    img_tags(html)
        .into_iter()
        .map(|(at, attributes)| {
            let src = attributes.iter().find(|(n, _)| n == "src");
            let has_alt = attributes.iter().any(|(n, _)| n == "alt");
            (at, src.map(|(_, v)| v.clone()).unwrap_or_default(), has_alt)
        })
        .collect()
}

/// Each `<img>` tag of `html`: its byte offset and its attributes (names
/// in lower case, values as written), in order.
pub fn img_tags(html: &str) -> Vec<(usize, Vec<(String, String)>)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = lower[from..].find("<img") {
        let start = from + found;
        let after = start + "<img".len();
        from = after;
        // `<imgx>` is another element.
        if !lower[after..].starts_with(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>') {
            continue;
        }
        out.push((start, attributes(&html[after..])));
    }
    out
}

/// The attributes at the start of `rest` (up to the tag's `>`).
fn attributes(rest: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = rest.char_indices().peekable();
    loop {
        while chars
            .next_if(|(_, c)| c.is_ascii_whitespace() || *c == '/')
            .is_some()
        {}
        let Some(&(name_start, c)) = chars.peek() else {
            break;
        };
        if c == '>' {
            break;
        }
        let mut name_end = name_start;
        while let Some((i, c)) =
            chars.next_if(|(_, c)| !c.is_ascii_whitespace() && !matches!(c, '=' | '>' | '/'))
        {
            name_end = i + c.len_utf8();
        }
        let name = rest[name_start..name_end].to_ascii_lowercase();
        while chars.next_if(|(_, c)| c.is_ascii_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if(|(_, c)| *c == '=').is_some() {
            while chars.next_if(|(_, c)| c.is_ascii_whitespace()).is_some() {}
            match chars.next_if(|(_, c)| *c == '"' || *c == '\'') {
                Some((_, quote)) => {
                    for (_, c) in chars.by_ref() {
                        if c == quote {
                            break;
                        }
                        value.push(c);
                    }
                }
                None => {
                    while let Some((_, c)) =
                        chars.next_if(|(_, c)| !c.is_ascii_whitespace() && *c != '>')
                    {
                        value.push(c);
                    }
                }
            }
        }
        if name_end == name_start {
            // Something that is no attribute: step over it.
            chars.next();
            continue;
        }
        out.push((name, value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_with_and_without_alternative_text() {
        let html = r#"<p><img src="/a.jpg" alt="Sanāksme"> <IMG SRC='/b.png'> <img alt="" src=/c.svg/> <imgx src="/d.jpg"></p>"#;
        let found: Vec<(String, bool)> = images(html).into_iter().map(|(_, s, a)| (s, a)).collect();
        assert_eq!(
            found,
            [
                ("/a.jpg".to_string(), true),
                ("/b.png".to_string(), false),
                ("/c.svg/".to_string(), true),
            ]
        );
        let (at, _, _) = images(html)[1];
        assert!(html[at..].starts_with("<IMG"));
        // A `>` inside a quoted value does not end the tag.
        assert!(images(r#"<img title="a > b" alt="x" src="/e.jpg">"#)[0].2);
        assert!(images("<img").is_empty(), "no tag yet");
    }
}
