//! Paths and operations → [`Operation`]s: parameters, bodies, responses and
//! security, with their types lowered through [`Lowering`]. One
//! `OperationLowering` per operation; its methods are split by what they
//! read: parameters, bodies, responses, pagination, security.

use super::encoding;
use super::flat::SchemaRef;
use super::http::{HttpMethod, Media, ParamLocation, ParamStyle, StatusMatch};
use super::lower_schema::{Hint, Lowering};
use super::naming::{self, Namespace};
use super::operations::*;
use super::reserved;
use super::security::{SchemeKind, SchemeUse};
use super::types::{Docs, ResponseVariant, TypeDef, TypeKind, TypeRef};
use crate::diagnostics::{Diagnostic, Pointer};
use crate::load::Spec;
use crate::resolve;
use openapiv3::{
    MediaType, Parameter, ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody, Response,
    SecurityScheme, StatusCode,
};
use std::borrow::Cow;

mod bodies;
mod pagination;
mod params;
mod responses;
mod security;

use bodies::media_of;
use responses::{accept_of, error_body_of, success_of};

pub struct LoweredOperations {
    pub operations: Vec<Operation>,
    /// The schemes operations use, in order of first use.
    pub schemes: Vec<SchemeUse>,
}

/// Lowers every operation, and returns them with the problems found. One
/// operation's problem does not stop the others, so each is reported.
pub fn lower_operations<'s>(
    spec: &'s Spec,
    lowering: &mut Lowering<'s>,
) -> (LoweredOperations, Vec<Diagnostic>) {
    let mut methods = Namespace::new();
    methods.reserve(reserved::CLIENT);
    let mut builders = Namespace::new();
    let mut operations = Vec::new();
    let mut schemes = Vec::new();
    let paths_at = Pointer::root().push("paths");
    let mut errors = Vec::new();
    for (path, item) in &spec.api.paths.paths {
        let item_at = paths_at.push(path);
        let (item, item_at) = match resolve::follow(spec, item, &item_at, &resolve::PATH_ITEMS) {
            Ok(followed) => followed,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for (method, op) in methods_of(&item) {
            let op_at = item_at.push(&method.as_str().to_ascii_lowercase());
            let index = operations.len();
            let built = OperationLowering {
                spec,
                lowering: &mut *lowering,
                path,
                item: &item,
                item_at: &item_at,
                method,
                op,
                at: &op_at,
                index,
            }
            .lower(&mut methods, &mut builders, &mut schemes);
            match built {
                Ok(built) => operations.push(built),
                Err(e) => errors.push(e),
            }
        }
    }
    let lowered = LoweredOperations {
        operations,
        schemes,
    };
    (lowered, errors)
}

fn methods_of(item: &PathItem) -> Vec<(HttpMethod, &openapiv3::Operation)> {
    [
        (HttpMethod::Get, &item.get),
        (HttpMethod::Put, &item.put),
        (HttpMethod::Post, &item.post),
        (HttpMethod::Delete, &item.delete),
        (HttpMethod::Options, &item.options),
        (HttpMethod::Head, &item.head),
        (HttpMethod::Patch, &item.patch),
        (HttpMethod::Trace, &item.trace),
    ]
    .into_iter()
    .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
    .collect()
}

struct OperationLowering<'a, 'l, 's> {
    spec: &'s Spec,
    lowering: &'l mut Lowering<'s>,
    path: &'a str,
    item: &'a PathItem,
    item_at: &'a Pointer,
    method: HttpMethod,
    op: &'a openapiv3::Operation,
    at: &'a Pointer,
    index: usize,
}

impl OperationLowering<'_, '_, '_> {
    fn lower(
        mut self,
        methods: &mut Namespace,
        builders: &mut Namespace,
        schemes: &mut Vec<SchemeUse>,
    ) -> Result<Operation, Diagnostic> {
        let operation_id = match &self.op.operation_id {
            Some(id) if !id.trim().is_empty() => id.clone(),
            _ => format!(
                "{} {}",
                self.method.as_str().to_ascii_lowercase(),
                self.path
            ),
        };
        let method_name = methods.claim(&naming::field_name(&operation_id, "operation"));
        let builder_name = builders.claim(&naming::builder_name(&method_name));
        let camel = builder_name.trim_end_matches("Request").to_owned();

        let mut member_names = Namespace::new();
        member_names.reserve(reserved::REQUEST_BUILDER);
        let mut params = self.params(&camel, &mut member_names)?;
        let path_parts = self.path_parts(&mut params, &mut member_names)?;
        let body = self.body(&camel, &builder_name, &mut member_names, builders)?;
        let responses = self.responses(&camel)?;
        let (success, variants) = match success_of(&responses) {
            Some(success) => (success, Vec::new()),
            None => self.response_enum(&camel, &responses),
        };
        let dispatch = responses::dispatch(&success, &responses, &variants);
        let error_body = error_body_of(&responses);
        let accept = accept_of(&responses);
        let security = self.security(schemes)?;
        let pagination = self.pagination(&params, &success)?;

        let docs = Docs::from_spec(self.op.description.as_deref(), None, &[]);
        Ok(Operation {
            operation_id,
            method_name,
            builder_name,
            method: self.method,
            path: self.path.to_owned(),
            path_parts,
            params,
            body,
            responses,
            accept,
            success,
            dispatch,
            error_body,
            security,
            authorizer: None,
            summary: self.op.summary.clone().filter(|s| !s.trim().is_empty()),
            docs,
            deprecated: self.op.deprecated,
            tags: self.op.tags.clone(),
            pagination,
            origin: self.at.clone(),
        })
    }

    fn error(&self, at: &Pointer, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.spec.file, at, message)
    }
}
