//! clap's own errors (an unknown option, a missing title, a value that
//! cannot be read) in the language of tilts' messages, with the way to
//! the help. `--help` and `--version` are clap's to print, as before.

use clap::error::{ContextKind, ErrorKind};

use crate::messages::{Message, msg, text};

/// Prints `e` as tilts says it, or lets clap print help and version;
/// the process's exit code.
pub(super) fn report(e: clap::Error) -> i32 {
    let Some(message) = message(&e) else {
        e.exit();
    };
    eprintln!("{}: {}", text(&msg("label-error")), text(&message));
    eprintln!(
        "  {}: {}",
        text(&msg("label-hint")),
        text(&msg("cli-error-hint"))
    );
    2
}

/// What went wrong, or `None` for help and version (and what tilts does
/// not name itself, which clap says).
fn message(e: &clap::Error) -> Option<Message> {
    let context = |kind| e.get(kind).map(ToString::to_string).unwrap_or_default();
    let arg = context(ContextKind::InvalidArg);
    Some(match e.kind() {
        ErrorKind::UnknownArgument => msg("cli-error-unknown-argument").arg("arg", arg),
        ErrorKind::InvalidSubcommand => {
            msg("cli-error-unknown-command").arg("command", context(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => msg("cli-error-missing").arg("arg", arg),
        ErrorKind::MissingSubcommand => msg("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => msg("cli-error-conflict")
            .arg("arg", arg)
            .arg("other", context(ContextKind::PriorArg)),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            msg(if why.is_empty() {
                "cli-error-value"
            } else {
                "cli-error-value-why"
            })
            .arg("arg", arg)
            .arg("value", context(ContextKind::InvalidValue))
            .arg("why", why)
        }
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        _ => msg("cli-error-other").arg("detail", e.kind()),
    })
}
