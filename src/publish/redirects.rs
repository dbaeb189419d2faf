//! The redirect lists static hosts read, made from `aliases:` when
//! `site.yaml` asks for them (`redirect_files: [netlify, nginx]`). The
//! redirect pages themselves are always written; these let a host answer
//! with a real `301` instead.

use std::fmt::Write;

use crate::config::{RedirectFile, SiteConfig};
use crate::site::{RouteKind, Site};

/// `(file name, text)` for each list the configuration asks for.
pub fn redirect_files(config: &SiteConfig, site: &Site) -> Vec<(&'static str, String)> {
    let base = &config.base_path;
    let pairs: Vec<(String, String)> = site
        .routes
        .iter()
        .filter_map(|r| match r.kind {
            RouteKind::Alias(i) => Some((
                format!("{base}/{}", r.path),
                format!("{base}/{}", site.document_path(config, i)),
            )),
            _ => None,
        })
        .collect();
    config
        .redirect_files
        .iter()
        .map(|kind| match kind {
            RedirectFile::Netlify => {
                // Netlify and Cloudflare Pages: `from to status`, one per line.
                let mut text = String::from("# Old addresses (aliases:), made by tilts.\n");
                for (from, to) in &pairs {
                    let _ = writeln!(text, "{from} {to} 301");
                }
                ("_redirects", text)
            }
            RedirectFile::Nginx => {
                let mut text = String::from(
                    "# Old addresses (aliases:), made by tilts. In the server block:\n#   include /path/to/nginx-redirects.conf;\n#   if ($tilts_redirect) { return 301 $tilts_redirect; }\n# (the map itself belongs in the http block: include this file there).\nmap $uri $tilts_redirect {\n    default \"\";\n",
                );
                for (from, to) in &pairs {
                    let _ = writeln!(text, "    {from} {to};");
                }
                text.push_str("}\n");
                ("nginx-redirects.conf", text)
            }
        })
        .collect()
}
