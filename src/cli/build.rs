//! `tilts build`: build to a folder, say what was left out and when the
//! next scheduled item is due, and show a progress line on a terminal.

use std::io::IsTerminal;

use super::{BuildArgs, print_diagnostics};
use crate::builder::{BuildOptions, build_to_disk};

impl BuildArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let root = self.site.site_root()?;
        let options = BuildOptions {
            base_url: self.base_url,
            strict: self.strict,
            progress: progress_line(self.quiet),
            ..self.site.options(root.clone())
        };
        // Shown as given; a relative --output is taken from the current folder.
        let output = self.output.unwrap_or_else(|| self.site.root.join("public"));
        let result = build_to_disk(&options, &output, self.force)?;
        clear_progress_line(self.quiet);
        print_diagnostics(&result, &root);
        let Some(built) = &result.built else {
            use crate::messages::{msg, text};
            eprintln!(
                "{}",
                text(
                    &msg("build-failed")
                        .message(
                            "errors",
                            msg("summary-errors").num("count", result.diagnostics.error_count())
                        )
                        .message(
                            "warnings",
                            msg("summary-warnings")
                                .num("count", result.diagnostics.warning_count())
                        )
                        .arg("output", output.display())
                )
            );
            return Ok(1);
        };
        if self.verbose {
            for (name, d) in &built.phases {
                println!("  {name:<22} {:>8.1} ms", d.as_secs_f64() * 1000.0);
            }
            println!(
                "Rendered {} pages, reused {}; {} files written",
                built.render_stats.rendered,
                built.render_stats.reused,
                built.output.len()
            );
        }
        if !self.quiet {
            let per_lang: Vec<String> = built
                .pages_per_language
                .iter()
                .map(|(c, n)| format!("{c} {n}"))
                .collect();
            println!(
                "Built {} pages ({}) into {} in {:.2} s{}",
                built
                    .pages_per_language
                    .iter()
                    .map(|(_, n)| n)
                    .sum::<usize>(),
                per_lang.join(", "),
                output.display(),
                built.duration.as_secs_f64(),
                match result.diagnostics.warning_count() {
                    0 => String::new(),
                    n => format!(", {n} warning(s)"),
                }
            );
        }
        if !self.quiet {
            print_left_out(&built.left_out, &root);
        }
        Ok(0)
    }
}

/// What the schedule kept off the site, and when the next item is due.
fn print_left_out(left: &crate::content::schedule::LeftOut, root: &std::path::Path) {
    use crate::messages::{msg, text};
    if let Some((when, file)) = &left.next {
        let zone = crate::config::load(root).map_or(String::new(), |c| c.timezone_name);
        println!(
            "{}",
            text(
                &msg("build-scheduled")
                    .num("count", left.future)
                    .arg("date", &when.date)
                    .arg("time", when.time.as_deref().unwrap_or("00:00"))
                    .arg("zone", zone)
                    .arg("file", file.display())
            )
        );
    }
    if left.expired > 0 {
        println!("{}", text(&msg("build-expired").num("count", left.expired)));
    }
}

/// On a terminal, a progress line for builds of a thousand pages or more.
fn progress_line(quiet: bool) -> crate::builder::Progress {
    if quiet || !std::io::stderr().is_terminal() {
        return Default::default();
    }
    crate::builder::Progress::new(|done, total| {
        if total >= 1000 {
            eprint!("\rRendering pages: {done}/{total}");
        }
    })
}

fn clear_progress_line(quiet: bool) {
    if !quiet && std::io::stderr().is_terminal() {
        eprint!("\r\x1b[K");
    }
}
