//! `--help` in the language of tilts' messages: every command's and
//! argument's text, the headings and the placeholders are messages
//! (`cli-*` in `messages/*.ftl`), put into clap's command at run time. The
//! doc comments on the argument structs stay for Rust readers; a test
//! makes sure every command and argument has its message here.

use clap::{Arg, ArgAction, Command};

use crate::messages::{msg, text};

/// Each command (by its path of names below `tilts`) and its description.
pub(super) const COMMANDS: &[(&str, &str)] = &[
    ("", "cli-about"),
    ("build", "cli-about-build"),
    ("check", "cli-about-check"),
    ("init", "cli-about-init"),
    ("serve", "cli-about-serve"),
    ("new", "cli-about-new"),
    ("new news", "cli-about-new-news"),
    ("new page", "cli-about-new-page"),
    ("theme", "cli-about-theme"),
    ("theme eject", "cli-about-theme-eject"),
];

/// Each argument (by its id, the same in every command that has it) and
/// its help; the commands whose argument of that id means something else
/// come first.
pub(super) const ARGUMENTS: &[(&str, &str, &str)] = &[
    ("new news", "title", "cli-arg-news-title"),
    ("new page", "title", "cli-arg-page-title"),
    ("new news", "date", "cli-arg-news-date"),
    ("check", "strict", "cli-arg-check-strict"),
    ("", "messages", "cli-arg-messages"),
    ("", "root", "cli-arg-root"),
    ("", "drafts", "cli-arg-drafts"),
    ("", "safe", "cli-arg-safe"),
    ("", "future", "cli-arg-future"),
    ("", "expired", "cli-arg-expired"),
    ("", "port", "cli-arg-port"),
    ("", "bind", "cli-arg-bind"),
    ("", "open", "cli-arg-open"),
    ("", "poll", "cli-arg-poll"),
    ("", "idle_timeout", "cli-arg-idle-timeout"),
    ("", "output", "cli-arg-output"),
    ("", "base_url", "cli-arg-base-url"),
    ("", "strict", "cli-arg-strict"),
    ("", "force", "cli-arg-force"),
    ("", "quiet", "cli-arg-quiet"),
    ("", "verbose", "cli-arg-verbose"),
    ("", "add_words", "cli-arg-add-words"),
    ("", "fix_typography", "cli-arg-fix-typography"),
    ("", "no_proofing", "cli-arg-no-proofing"),
    ("", "mark_translated", "cli-arg-mark-translated"),
    ("", "dir", "cli-arg-dir"),
    ("", "period", "cli-arg-period"),
    ("", "folder", "cli-arg-folder"),
    ("", "lang", "cli-arg-lang"),
];

/// The placeholder of each argument that takes a value, by its id.
pub(super) const VALUE_NAMES: &[(&str, &str)] = &[
    ("messages", "cli-value-language"),
    ("lang", "cli-value-language"),
    ("root", "cli-value-folder"),
    ("dir", "cli-value-folder"),
    ("folder", "cli-value-folder"),
    ("output", "cli-value-folder"),
    ("title", "cli-value-title"),
    ("date", "cli-value-date"),
    ("port", "cli-value-port"),
    ("bind", "cli-value-address"),
    ("base_url", "cli-value-address"),
    ("idle_timeout", "cli-value-seconds"),
    ("period", "cli-value-period"),
    ("mark_translated", "cli-value-file"),
];

/// `cmd` (the whole `tilts` command) in the language of the messages.
pub(super) fn localized(cmd: Command) -> Command {
    let mut cmd = localize(cmd, "");
    // clap adds `tilts help [COMMAND]` as it builds the command: its words
    // are put in after.
    cmd.build();
    help_subcommands(cmd, "")
}

/// Each `help` subcommand clap added, in the language of the messages.
fn help_subcommands(mut cmd: Command, path: &str) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub = format!("{path} {name}").trim().to_string();
        cmd = cmd.mut_subcommand(&name, |s| match s.get_name() {
            "help" => {
                let usage = usage(&s, &sub);
                s.about(text(&msg("cli-about-help")))
                    .help_template(format!(
                        "{{about-with-newline}}\n{}: {{usage}}\n",
                        text(&msg("cli-usage"))
                    ))
                    .override_usage(usage)
            }
            _ => help_subcommands(s, &sub),
        });
    }
    cmd
}

fn localize(mut cmd: Command, path: &str) -> Command {
    if let Some(id) = about(path) {
        cmd = cmd.about(text(&msg(id)));
    }
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        text(&msg("cli-usage"))
    );
    let usage = usage(&cmd, path);
    cmd = cmd
        .help_template(template)
        .override_usage(usage)
        .subcommand_help_heading(text(&msg("cli-commands")))
        .subcommand_value_name(text(&msg("cli-value-command")))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(text(&msg("cli-arg-help"))),
        );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text(&msg("cli-arg-version"))),
        );
    }
    let (arguments, options) = (text(&msg("cli-arguments")), text(&msg("cli-options")));
    cmd = cmd.mut_args(|arg| {
        let heading = if arg.is_positional() {
            &arguments
        } else {
            &options
        };
        let takes_values = arg.get_action().takes_values();
        let mut arg = arg
            .help_heading(heading.clone())
            .hide_default_value(takes_values);
        if let Some(id) = argument(path, arg.get_id().as_str()) {
            let help = help_with_default(id, &arg);
            arg = arg.help(help);
        }
        match value_name(arg.get_id().as_str()) {
            Some(id) if takes_values => arg.value_name(text(&msg(id))),
            _ => arg,
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub = format!("{path} {name}").trim().to_string();
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub));
    }
    cmd
}

/// The argument's help, with its default value when it has one.
fn help_with_default(id: &'static str, arg: &Arg) -> String {
    let help = text(&msg(id));
    match arg.get_default_values().first() {
        Some(default) if arg.get_action().takes_values() => text(
            &msg("cli-with-default")
                .arg("help", help)
                .arg("default", default.to_string_lossy()),
        ),
        _ => help,
    }
}

/// `tilts new news [OPTIONS] <TITLE>`, with the words translated.
fn usage(cmd: &Command, path: &str) -> String {
    let mut usage = format!("tilts {path}").trim_end().to_string();
    usage.push_str(&format!(" [{}]", text(&msg("cli-value-options"))));
    for arg in cmd.get_positionals() {
        let name = value_name(arg.get_id().as_str())
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |id| text(&msg(id)));
        usage.push_str(&format!(" <{name}>"));
    }
    if cmd.has_subcommands() {
        usage.push_str(&format!(" <{}>", text(&msg("cli-value-command"))));
    }
    usage
}

fn about(path: &str) -> Option<&'static str> {
    COMMANDS.iter().find(|(p, _)| *p == path).map(|(_, id)| *id)
}

fn argument(path: &str, id: &str) -> Option<&'static str> {
    ARGUMENTS
        .iter()
        .find(|(p, a, _)| *a == id && (p.is_empty() || *p == path))
        .map(|(_, _, m)| *m)
}

fn value_name(id: &str) -> Option<&'static str> {
    VALUE_NAMES.iter().find(|(a, _)| *a == id).map(|(_, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and argument of the CLI has its message above.
    #[test]
    fn every_command_and_argument_has_a_message() {
        fn walk(cmd: &Command, path: &str) {
            assert!(about(path).is_some(), "`tilts {path}` has no description");
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                assert!(
                    argument(path, id).is_some(),
                    "`{id}` of `tilts {path}` has no help message"
                );
                if arg.get_action().takes_values() {
                    assert!(value_name(id).is_some(), "`{id}` has no placeholder");
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, format!("{path} {}", sub.get_name()).trim());
            }
        }
        walk(&crate::cli::Cli::command(), "");
        // And clap accepts what was made of it.
        localized(crate::cli::Cli::command()).debug_assert();
    }
}
