//! `tilts build`: build to a folder, say what was left out and when the
//! next scheduled item is due, and show a progress line on a terminal.

use std::io::IsTerminal;

use super::{BuildArgs, print_diagnostics};
use crate::builder::{BuildOptions, build_to_disk};
use crate::messages::{Message, msg, text};

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
            let phases: Vec<(String, String)> = built
                .phases
                .iter()
                .map(|(name, d)| (phase_name(name), decimal(d.as_secs_f64() * 1000.0, 1)))
                .collect();
            let width = phases.iter().map(|(n, _)| n.chars().count()).max();
            let width = width.unwrap_or(0).max(22);
            for (name, ms) in phases {
                println!("  {name:<width$} {ms:>8} ms");
            }
            println!(
                "{}",
                text(
                    &msg("cli-build-rendered")
                        .num("rendered", built.render_stats.rendered)
                        .num("reused", built.render_stats.reused)
                        .num("files", built.output.len())
                )
            );
        }
        if !self.quiet {
            println!("{}", text(&built_message(built, &output, &result)));
        }
        if !self.quiet {
            print_left_out(&built.left_out, &root);
        }
        Ok(0)
    }
}

/// The build's phases (as `builder` names them) in words.
const PHASES: [(&str, &str); 7] = [
    ("read", "cli-phase-read"),
    ("assemble", "cli-phase-assemble"),
    ("checks", "cli-phase-checks"),
    ("photos", "cli-phase-photos"),
    ("render", "cli-phase-render"),
    ("feeds, sitemap, search", "cli-phase-publish"),
    ("static files", "cli-phase-static"),
];

/// A phase of the build in words.
fn phase_name(name: &str) -> String {
    PHASES
        .iter()
        .find(|(phase, _)| *phase == name)
        .map_or_else(|| name.to_string(), |(_, id)| text(&msg(id)))
}

/// "Built 30 pages (lv 15, lt 15) into public in 1.20 s, 2 warnings".
fn built_message(
    built: &crate::builder::Built,
    output: &std::path::Path,
    result: &crate::builder::BuildResult,
) -> Message {
    let per_lang: Vec<String> = built
        .pages_per_language
        .iter()
        .map(|(c, n)| format!("{c} {n}"))
        .collect();
    let pages: usize = built.pages_per_language.iter().map(|(_, n)| n).sum();
    let warnings = result.diagnostics.warning_count();
    msg(if warnings == 0 {
        "cli-build-done"
    } else {
        "cli-build-done-warnings"
    })
    .num("count", pages)
    .arg("languages", per_lang.join(", "))
    .arg("output", output.display())
    .arg("seconds", decimal(built.duration.as_secs_f64(), 2))
    .message("warnings", msg("summary-warnings").num("count", warnings))
}

/// `value` with `places` decimals, written as the messages' language
/// writes them (a comma in Latvian and Lithuanian).
fn decimal(value: f64, places: usize) -> String {
    let shown = format!("{value:.places$}");
    match crate::messages::language() {
        crate::messages::Lang::En => shown,
        _ => shown.replace('.', ","),
    }
}

/// What the schedule kept off the site, and when the next item is due.
fn print_left_out(left: &crate::content::schedule::LeftOut, root: &std::path::Path) {
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
            let line = msg("cli-build-progress")
                .num("done", done)
                .num("total", total);
            eprint!("\r{}", text(&line));
        }
    })
}

fn clear_progress_line(quiet: bool) {
    if !quiet && std::io::stderr().is_terminal() {
        eprint!("\r\x1b[K");
    }
}
