//! Which of the site's files its pages show or link to: a photo one of
//! them names and that cannot be used fails the build; one none names is
//! only warned about (and left out). Every place a page can name a file:
//! `image:`, `gallery:` (a list or a folder), the Markdown's links and
//! images, the project's photo, the partners' logos, the programme logo
//! and the favicon.

use std::collections::HashSet;

use crate::config::SiteConfig;
use crate::content::site_path;
use crate::data::SiteData;
use crate::site::Site;

/// The output paths (`images/a.jpg`) the site names.
pub fn named_files(config: &SiteConfig, site: &Site, data: Option<&SiteData>) -> HashSet<String> {
    let mut named = HashSet::new();
    let mut add = |own: &str, url: &str| {
        let url = url.trim();
        if url.starts_with("//")
            || url
                .split_once(':')
                .is_some_and(|(scheme, _)| !scheme.contains('/'))
        {
            return; // another site's
        }
        let path = url.split(['#', '?']).next().unwrap_or(url);
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        named.insert(site_path(config, own, &decoded));
        named.insert(site_path(config, own, path));
    };
    for (i, doc) in site.documents.iter().enumerate() {
        for image in doc.image.iter().chain(&doc.gallery) {
            add("", &image.src);
        }
        let mut own = None;
        for link in &doc.links {
            // Relative links are read from the page's own address.
            let own = match link.url.starts_with('/') {
                true => "",
                false => own.get_or_insert_with(|| site.document_path(config, i)),
            };
            add(own, &link.url);
        }
    }
    for file in config.programme_logo.iter().chain(&config.favicon) {
        add("", &format!("/{file}"));
    }
    if let Some(data) = data {
        let logos = data
            .partners
            .partners
            .iter()
            .filter_map(|p| p.logo.as_ref());
        for src in logos.chain(data.project.image.as_ref().map(|i| &i.src)) {
            add(
                "",
                &format!("/{}", src.value.trim().trim_start_matches('/')),
            );
        }
    }
    named
}
