//! The intermediate representation: plain data for the types and operations
//! of a spec, with every Rust name already decided.

pub mod docs;
pub mod flat;
pub mod lower_schema;
pub mod naming;
pub mod post;
pub mod types;

pub use types::*;

use crate::diagnostics::{Diagnostic, Warnings};
use crate::load::Spec;

/// Everything the emitter needs to know about a spec.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    pub types: TypeSet,
}

/// Builds the IR of a loaded spec.
pub fn build(spec: &Spec) -> Result<(Api, Warnings), Diagnostic> {
    let mut lowering = lower_schema::Lowering::new(spec, &[]);
    lowering.lower_components()?;
    let (types, warnings) = lowering.finish();
    let info = &spec.api.info;
    Ok((
        Api {
            title: info.title.clone(),
            version: info.version.clone(),
            description: info.description.clone(),
            types,
        },
        warnings,
    ))
}
