//! Query parameters.

use std::borrow::Cow;

/// The query string being built; `?` is only added when something is in it.
#[derive(Debug, Default)]
pub(crate) struct Query {
    /// Keys are mostly the spec's parameter names; objects add keys of their own.
    pairs: Vec<(Cow<'static, str>, String)>,
}

impl Query {
    /// Adds `key=value` (repeated keys are how exploded arrays are sent).
    pub(crate) fn push(&mut self, key: impl Into<Cow<'static, str>>, value: impl Into<String>) {
        self.pairs.push((key.into(), value.into()));
    }

    /// Writes the pairs into `url`, form-encoded.
    pub(crate) fn apply(self, url: &mut reqwest::Url) {
        if !self.pairs.is_empty() {
            url.query_pairs_mut().extend_pairs(self.pairs);
        }
    }
}
