//! The numbered links between the pages of a list: the first and last
//! page, two on each side of the current one, and gaps between.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct PaginationCtx {
    pub current: usize,
    pub total: usize,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    /// The numbered links: the first and last page, and two on each side
    /// of the current one; a gap (no `url`) between.
    pub pages: Vec<PageLinkCtx>,
}

#[derive(Debug, Serialize)]
pub struct PageLinkCtx {
    pub number: usize,
    pub url: Option<String>,
    pub current: bool,
}

impl PaginationCtx {
    /// Page `current` of `total`, page `n` at `url(n)`.
    pub fn new(current: usize, total: usize, url: impl Fn(usize) -> String) -> Self {
        let mut pages = Vec::new();
        for n in 1..=total {
            let near = n.abs_diff(current) <= 2 || n == 1 || n == total;
            if near {
                pages.push(PageLinkCtx {
                    number: n,
                    url: Some(url(n)),
                    current: n == current,
                });
            } else if pages.last().is_some_and(|p: &PageLinkCtx| p.url.is_some()) {
                pages.push(PageLinkCtx {
                    number: n,
                    url: None,
                    current: false,
                });
            }
        }
        Self {
            current,
            total,
            prev_url: (current > 1).then(|| url(current - 1)),
            next_url: (current < total).then(|| url(current + 1)),
            pages,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PaginationCtx;

    #[test]
    fn page_numbers_round_the_current_page_with_gaps() {
        let p = PaginationCtx::new(5, 10, |n| format!("/p/{n}/"));
        let shown: Vec<String> = p
            .pages
            .iter()
            .map(|l| match (&l.url, l.current) {
                (None, _) => "…".to_string(),
                (Some(_), true) => format!("[{}]", l.number),
                (Some(_), false) => l.number.to_string(),
            })
            .collect();
        assert_eq!(shown, ["1", "…", "3", "4", "[5]", "6", "7", "…", "10"]);
        assert_eq!(p.prev_url.as_deref(), Some("/p/4/"));
        let first = PaginationCtx::new(1, 2, |n| format!("/p/{n}/"));
        assert_eq!(first.pages.len(), 2);
        assert!(first.prev_url.is_none() && first.next_url.is_some());
    }
}
