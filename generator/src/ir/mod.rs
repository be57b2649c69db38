//! The intermediate representation: plain data for the types and operations
//! of a spec, with every Rust name already decided.

pub(crate) mod dispatch;
pub(crate) mod docs;
pub(crate) mod encoding;
pub(crate) mod features;
pub(crate) mod flat;
pub(crate) mod http;
pub(crate) mod lower_ops;
pub(crate) mod lower_schema;
pub(crate) mod naming;
pub(crate) mod operations;
pub(crate) mod post;
pub(crate) mod reserved;
pub(crate) mod security;
pub(crate) mod shape;
pub(crate) mod types;
pub(crate) mod uses;

pub use types::*;

use crate::diagnostics::{Errors, Warnings};
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
    /// What the generated crate uses.
    pub uses: uses::Uses,
    /// The cargo feature of each tag, and what each compiles (used when the
    /// crate is generated with features per tag).
    pub features: features::Features,
}

/// Builds the IR of a loaded spec: the types (component schemas first, since
/// operations refer to them), the operations, then the decisions that need
/// every type known: security, multipart parts, what the crate uses.
pub fn build(spec: &Spec) -> Result<(Api, Warnings), Errors> {
    let mut lowering = lower_schema::Lowering::new(spec, &[]);
    let mut errors = lowering.lower_components();
    let (lowered, more) = lower_ops::lower_operations(spec, &mut lowering);
    errors.extend(more);
    if let Some(errors) = Errors::new(errors) {
        return Err(errors);
    }
    let (types, mut warnings) = lowering.finish();
    let mut operations = lowered.operations;
    let security = security::plan(lowered.schemes, &mut operations);
    for op in &mut operations {
        decide_multipart(op, &types);
    }
    let uses = uses::uses(&types, &operations, &security);
    let features = features::plan(
        &operations,
        &types,
        spec.api.extensions.get("x-rust-client"),
        &mut warnings,
    );
    let info = &spec.api.info;
    Ok((
        Api {
            title: info.title.clone(),
            version: info.version.clone(),
            description: info.description.clone(),
            default_base_url: default_base_url(spec),
            types,
            operations,
            security,
            uses,
            features,
        },
        warnings,
    ))
}

/// A multipart body's parts, which read the finished types (a field with a
/// default is always present).
fn decide_multipart(op: &mut Operation, types: &TypeSet) {
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

fn default_base_url(spec: &Spec) -> Option<String> {
    let server = spec.api.servers.first()?;
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    (url.starts_with("http://") || url.starts_with("https://")).then_some(url)
}
