//! The proofreading stage: `check` proofreads every document, `serve`
//! (a cache with a [`crate::proof::ProofMemo`]) the documents that changed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::run::Run;
use super::{BuildOptions, Site, SiteConfig, Written};
use crate::diagnostic::Diagnostics;
use crate::output::PageSink;
use crate::proof::{ProofMemo, Proofing};
use crate::validate;

/// Which proofreading a build does.
pub(super) enum Asked<'a> {
    None,
    /// `check`: every document; the findings join the build's diagnostics.
    Everything(&'a Path),
    /// `serve`: the documents that changed, after a build without errors
    /// so far; the findings stay apart (they are the news of this build,
    /// not its problems). With whether the settings may have changed.
    Changed(&'a Path, &'a mut ProofMemo, bool),
}

impl<'a> Asked<'a> {
    pub(super) fn new(
        options: &'a BuildOptions,
        memo: Option<&'a mut ProofMemo>,
        settings_changed: bool,
        diags: &Diagnostics,
    ) -> Self {
        match memo {
            _ if options.proofread => Asked::Everything(&options.root),
            Some(memo) if !diags.has_errors() => {
                Asked::Changed(&options.root, memo, settings_changed)
            }
            _ => Asked::None,
        }
    }

    /// The findings, by what was asked (`None`: nothing was).
    pub(super) fn proofread(
        self,
        config: &SiteConfig,
        site: &Site,
        written: &Written,
    ) -> Option<(Proofing, bool)> {
        let formatters = &written.locale.formatters;
        match self {
            Asked::None => None,
            Asked::Everything(root) => {
                let p = crate::proof::proofread(
                    root,
                    config,
                    &site.documents,
                    &written.data,
                    formatters,
                );
                Some((p, true))
            }
            Asked::Changed(root, memo, settings) => {
                let p = memo.update(root, config, site, &written.data, formatters, settings);
                Some((p, false))
            }
        }
    }
}

/// The rules that read what was written, in every build, so that nothing
/// `check` calls an error is published; beside them, the proofreading,
/// which reads only the documents.
pub(super) fn check_and_proofread(
    run: &mut Run,
    config: &SiteConfig,
    site: &Site,
    sink: &dyn PageSink,
    written: &Written,
    asked: Asked,
) -> Option<Proofing> {
    let (checked, proofing) = rayon::join(
        || {
            let translations = &written.locale.translations;
            validate::built_site::check(config, site, sink, translations, &written.theme)
        },
        || asked.proofread(config, site, written),
    );
    run.diags.extend(checked);
    findings_to_diagnostics(run, proofing)
}

/// `check`'s findings join the build's diagnostics; `serve`'s stay in
/// the proofing.
fn findings_to_diagnostics(run: &mut Run, proofing: Option<(Proofing, bool)>) -> Option<Proofing> {
    let (mut proofing, join) = proofing?;
    if join {
        run.diags.extend(std::mem::take(&mut proofing.diagnostics));
    }
    Some(proofing)
}

/// Whether the data files or `site.yaml` may have changed, by what the
/// watcher reported (`None`: it did not say).
pub(super) fn settings_may_change(changed: Option<&HashSet<PathBuf>>) -> bool {
    let data = Path::new(crate::proof::WORDS_FILE)
        .parent()
        .unwrap_or(Path::new(""));
    changed.is_none_or(|files| {
        files
            .iter()
            .any(|f| f.starts_with(data) || f == Path::new(crate::config::CONFIG_PATH))
    })
}
