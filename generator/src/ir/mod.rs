//! The intermediate representation: plain data for the types and operations
//! of a spec, with every Rust name already decided.

pub mod docs;
pub mod flat;
pub mod lower_ops;
pub mod lower_schema;
pub mod naming;
pub mod operations;
pub mod post;
pub mod reserved;
pub mod types;

pub use types::*;

use crate::diagnostics::{Diagnostic, Warnings};
use crate::load::Spec;
use lower_ops::SchemeUse;
use operations::Operation;

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
    /// The security schemes the operations use.
    pub schemes: Vec<SchemeUse>,
}

/// Builds the IR of a loaded spec.
pub fn build(spec: &Spec) -> Result<(Api, Warnings), Diagnostic> {
    let mut lowering = lower_schema::Lowering::new(spec, &[]);
    lowering.lower_components()?;
    let lowered = lower_ops::lower_operations(spec, &mut lowering)?;
    let (types, warnings) = lowering.finish();
    let info = &spec.api.info;
    Ok((
        Api {
            title: info.title.clone(),
            version: info.version.clone(),
            description: info.description.clone(),
            default_base_url: default_base_url(spec),
            types,
            operations: lowered.operations,
            schemes: lowered.schemes,
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
