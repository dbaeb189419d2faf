//! The proofreading stage: `check` proofreads every document, `serve`
//! (a cache with a [`crate::proof::ProofMemo`]) the documents that changed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::run::Run;
use super::{Site, SiteConfig, Written};

/// `check`'s proofreading of every document, whose findings join the
/// build's diagnostics; or `serve`'s of the changed documents after a
/// build without errors, whose findings stay apart (they are the news of
/// this build, not its problems). `None` when neither is asked for.
pub(super) fn proofread(
    run: &mut Run,
    config: &SiteConfig,
    site: &Site,
    written: &Written,
    memo: Option<(&mut crate::proof::ProofMemo, bool)>,
) -> Option<crate::proof::Proofing> {
    let root = &run.options.root;
    let formatters = &written.locale.formatters;
    let proofing = if run.options.proofread {
        let mut p =
            crate::proof::proofread(root, config, &site.documents, &written.data, formatters);
        run.diags.extend(std::mem::take(&mut p.diagnostics));
        p
    } else {
        match memo {
            Some((memo, settings_changed)) if !run.diags.has_errors() => memo.update(
                root,
                config,
                site,
                &written.data,
                formatters,
                settings_changed,
            ),
            _ => return None,
        }
    };
    run.phase("proofread");
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
