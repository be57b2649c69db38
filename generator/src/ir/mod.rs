//! The intermediate representation: plain data for the types and operations
//! of a spec, with every Rust name already decided.

pub(crate) mod dispatch;
pub(crate) mod docs;
pub(crate) mod encoding;
pub(crate) mod flat;
pub(crate) mod http;
pub(crate) mod lower_ops;
pub(crate) mod lower_schema;
pub(crate) mod naming;
pub(crate) mod operations;
pub(crate) mod post;
pub(crate) mod reserved;
pub(crate) mod security;
pub(crate) mod types;

pub use types::*;

use crate::diagnostics::{Diagnostic, Warnings};
use crate::load::Spec;
use operations::Operation;
use security::Security;

/// Everything the emitter needs to know about a spec.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The first server's URL with its variables' defaults, when it is an
    /// absolute `http(s)` URL.
    pub default_base_url: Option<String>,
    pub types: TypeSet,
    pub operations: Vec<Operation>,
    /// The schemes, credentials and authorizers operations use.
    pub security: Security,
}

/// Builds the IR of a loaded spec.
pub fn build(spec: &Spec) -> Result<(Api, Warnings), Diagnostic> {
    let mut lowering = lower_schema::Lowering::new(spec, &[]);
    lowering.lower_components()?;
    let mut lowered = lower_ops::lower_operations(spec, &mut lowering)?;
    let security = security::plan(lowered.schemes, &mut lowered.operations);
    let (types, warnings) = lowering.finish();
    for op in &mut lowered.operations {
        op.dispatch = dispatch::arms(op, &types);
        if let Some(body) = &mut op.body {
            if body.media == http::Media::Multipart {
                body.multipart = encoding::multipart(&body.ty, &types.defs);
            }
            for alt in &mut body.alternatives {
                if alt.media == http::Media::Multipart {
                    alt.multipart = encoding::multipart(&alt.ty, &types.defs);
                }
            }
        }
    }
    let info = &spec.api.info;
    Ok((
        Api {
            title: info.title.clone(),
            version: info.version.clone(),
            description: info.description.clone(),
            default_base_url: default_base_url(spec),
            types,
            operations: lowered.operations,
            security,
        },
        warnings,
    ))
}

fn default_base_url(spec: &Spec) -> Option<String> {
    let server = spec.api.servers.first()?;
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    (url.starts_with("http://") || url.starts_with("https://")).then_some(url)
}
