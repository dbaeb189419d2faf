//! Command-line interface: one `Args` struct per subcommand with its `run`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::builder::{BuildOptions, BuildResult, build};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::{Lang, msg, text};

mod build;
mod errors;
mod help;
mod mark;
mod new;
pub use new::{NewNewsArgs, NewPageArgs};

#[derive(Debug, Parser)]
#[command(
    name = "tilts",
    version,
    about = "Bilingual static sites for EU-funded cross-border projects"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of tilts' messages: lv, lt or en (default: from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, value_name = "LANG")]
    pub messages: Option<crate::messages::Lang>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build(BuildArgs),
    /// Check the site without writing anything.
    Check(CheckArgs),
    /// Create a new bilingual starter site in DIR.
    Init(InitArgs),
    /// Serve the site locally, rebuild on every change and reload the browser.
    Serve(ServeArgs),
    /// Create new content in every language at once.
    #[command(subcommand)]
    New(NewCommand),
    /// Work with the theme.
    #[command(subcommand)]
    Theme(ThemeCommand),
}

#[derive(Debug, Subcommand)]
pub enum ThemeCommand {
    /// Write the built-in theme into themes/default/ to edit it (files already there are kept).
    Eject(EjectArgs),
}

#[derive(Debug, Args)]
pub struct EjectArgs {
    /// The site folder (with content/, i18n/, themes/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

impl EjectArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let root = crate::fsio::site_root(&self.root)?;
        let (written, kept) = crate::eject::eject_theme(&root)?;
        for f in &written {
            println!("{}", text(&msg("cli-created").arg("file", f.display())));
        }
        if !kept.is_empty() {
            println!("{}", text(&msg("cli-eject-kept").num("count", kept.len())));
        }
        println!("{}", text(&msg("cli-eject-done")));
        Ok(0)
    }
}

/// The arguments every command that reads a site shares.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The site folder (with content/, i18n/, themes/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Include news items and pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Strip raw HTML from Markdown with a sanitizer.
    #[arg(long)]
    pub safe: bool,
    /// Include items dated in the future, marked as scheduled (serve always does).
    #[arg(long)]
    pub future: bool,
    /// Include items whose `expires:` has passed.
    #[arg(long)]
    pub expired: bool,
}

impl SiteArgs {
    /// The site folder, absolute and without links ([`crate::fsio::site_root`]).
    pub fn site_root(&self) -> anyhow::Result<PathBuf> {
        crate::fsio::site_root(&self.root)
    }

    fn options(&self, root: PathBuf) -> BuildOptions {
        BuildOptions {
            drafts: self.drafts,
            safe: self.safe,
            future: self.future,
            expired: self.expired,
            ..BuildOptions::new(root)
        }
    }
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Port to listen on (0: any free port).
    #[arg(long, default_value_t = 1414)]
    pub port: u16,
    /// Address to listen on; other computers can reach anything but 127.0.0.1.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Poll for changes (for network and container file systems without events).
    #[arg(long)]
    pub poll: bool,
    /// Close a connection after this many seconds without a byte either way.
    #[arg(long, default_value_t = 60, hide = true)]
    pub idle_timeout: u64,
    /// Leave out proofreading (spelling, typography, language).
    #[arg(long)]
    pub no_proofing: bool,
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A news item: one file per configured language, the others marked as untranslated drafts.
    News(NewNewsArgs),
    /// A page: one file per configured language in content/pages/, the others marked as untranslated drafts.
    Page(NewPageArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (default: ROOT/public).
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Use this address instead of base_url from content/site.yaml.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Treat warnings as errors.
    #[arg(long)]
    pub strict: bool,
    /// Replace the output folder even if tilts did not create it.
    #[arg(long)]
    pub force: bool,
    /// Print only problems.
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what was built and how long each step took.
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Treat warnings as errors (exit code 2 when there are only warnings).
    #[arg(long)]
    pub strict: bool,
    /// Add the unknown words of this run to content/data/words.yaml (under
    /// each language, after the words there), for review.
    #[arg(long)]
    pub add_words: bool,
    /// Apply the safe typography fixes in place (no-break spaces, en
    /// dashes, quotation marks, doubled spaces); each file's original is
    /// kept as FILE.bak.
    #[arg(long)]
    pub fix_typography: bool,
    /// Leave out proofreading (spelling, typography, language).
    #[arg(long, conflicts_with_all = ["add_words", "fix_typography"])]
    pub no_proofing: bool,
    /// Record that FILE, a translation, is up to date with its source.
    #[arg(long, value_name = "FILE")]
    pub mark_translated: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (must be empty or not exist).
    pub dir: PathBuf,
    /// The programme period whose EU rules the project follows:
    /// 2021-2027 (the default) or 2014-2020.
    #[arg(long)]
    pub period: Option<String>,
}

/// Parses the command line and runs it; returns the process exit code.
pub fn main() -> i32 {
    // The language first: `--help` and clap's own errors are shown in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    crate::messages::set_language(
        language_asked(&args)
            .unwrap_or_else(|| crate::messages::from_environment(|n| std::env::var(n).ok())),
    );
    let cli = match help::localized(Cli::command())
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return errors::report(e),
    };
    let result = match cli.command {
        Command::Build(args) => args.run(),
        Command::Check(args) => args.run(),
        Command::Init(args) => args.run(),
        Command::Serve(args) => args.run(),
        Command::New(NewCommand::News(args)) => args.run(),
        Command::New(NewCommand::Page(args)) => args.run(),
        Command::Theme(ThemeCommand::Eject(args)) => args.run(),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}: {err}", text(&msg("label-error")));
            for cause in err.chain().skip(1) {
                eprintln!("  {}", text(&msg("cli-caused-by").arg("cause", cause)));
            }
            2
        }
    }
}

/// `--messages LANG` (or `--messages=LANG`) on the command line, read
/// before the rest: it decides the language of `--help`.
fn language_asked(args: &[std::ffi::OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--messages") {
            Some("") => args.get(i + 1).copied(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        value?.parse().ok()
    })
}

fn print_diagnostics(result: &BuildResult, root: &std::path::Path) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for d in result.diagnostics.sorted() {
        eprintln!("{}", paint(&d, &d.render_with_snippet(root), color));
    }
}

fn paint(d: &Diagnostic, text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let code = match d.severity {
        Severity::Error => "31",
        Severity::Warning => "33",
    };
    match text.split_once(": ") {
        Some((loc, rest)) => format!("\x1b[1m{loc}\x1b[0m: \x1b[{code}m{rest}\x1b[0m"),
        None => text.to_string(),
    }
}

impl CheckArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let root = self.site.site_root()?;
        let marked = mark::mark_all(&root, &self.mark_translated)?;
        let options = BuildOptions {
            keep_going: true,
            proofread: !self.no_proofing,
            ..self.site.options(root.clone())
        };
        let result = build(&options)?;
        let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        print!("{}", crate::report::check_report(&result, &root, color));
        if let Some(proofing) = &result.proofing {
            self.apply(&root, proofing)?;
        }
        let (errors, warnings) = (
            result.diagnostics.error_count(),
            result.diagnostics.warning_count(),
        );
        Ok(if errors > 0 || !marked {
            1
        } else if warnings > 0 && self.strict {
            2
        } else {
            0
        })
    }

    /// `--add-words` and `--fix-typography`.
    fn apply(
        &self,
        root: &std::path::Path,
        proofing: &crate::proof::Proofing,
    ) -> anyhow::Result<()> {
        for note in &proofing.notes {
            let (message, hint) = note.render(crate::messages::language());
            eprintln!("{}: {message}", text(&msg("label-note")));
            if let Some(hint) = hint {
                eprintln!("  {}: {hint}", text(&msg("label-hint")));
            }
        }
        if self.add_words {
            let added = crate::proof::add_words(root, &proofing.unknown)?;
            println!(
                "{}",
                text(
                    &msg("check-added-words")
                        .num("count", added)
                        .arg("file", crate::proof::WORDS_FILE)
                )
            );
        }
        if self.fix_typography {
            let fixed = crate::proof::fix(root, &proofing.fixes)?;
            for (file, backup, places) in &fixed.files {
                println!(
                    "{}",
                    text(
                        &msg("check-fixed-file")
                            .arg("file", file.display())
                            .num("count", *places)
                            .arg("backup", backup.display())
                    )
                );
            }
            for file in &fixed.changed_meanwhile {
                println!(
                    "{}",
                    text(&msg("check-fix-skipped").arg("file", file.display()))
                );
            }
            if fixed.files.is_empty() && fixed.changed_meanwhile.is_empty() {
                println!("{}", text(&msg("check-fixed-none")));
            }
        }
        Ok(())
    }
}

impl InitArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let period = self
            .period
            .as_deref()
            .unwrap_or(crate::init::DEFAULT_PERIOD);
        crate::init::create_site_for(&self.dir, period)?;
        println!(
            "{}",
            text(&msg("cli-init-done").arg("dir", self.dir.display()))
        );
        // No question asked: say which rules the starter follows and how
        // to change that.
        let said = match self.period {
            Some(_) => "init-period-given",
            None => "init-period-chosen",
        };
        println!("{}", text(&msg(said).arg("period", period)));
        Ok(0)
    }
}

impl ServeArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let root = self.site.site_root()?;
        if !crate::serve::looks_like_site(&root) {
            let message = msg("cli-serve-no-site").arg("dir", self.site.root.display());
            eprintln!("{}: {}", text(&msg("label-error")), text(&message));
            return Ok(1);
        }
        crate::serve::run(crate::serve::ServeOptions {
            root,
            shown_root: self.site.root,
            bind: self.bind,
            port: self.port,
            drafts: self.site.drafts,
            poll: self.poll,
            open: self.open,
            safe: self.site.safe,
            idle_timeout: std::time::Duration::from_secs(self.idle_timeout.max(1)),
            proofing: !self.no_proofing,
        })?;
        Ok(0)
    }
}
