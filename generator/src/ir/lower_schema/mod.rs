//! Schemas → named Rust types ([`TypeDef`]) and type uses ([`TypeRef`]).
//!
//! Every schema is lowered once, keyed by its JSON pointer, so a schema reached
//! through several `$ref`s (or through `allOf` merges) becomes one type. Component
//! schemas get their names first, in spec order, so an inline type never takes
//! a component's name. A reference to a component that becomes a type of its
//! own is answered with that type's id without lowering it on the spot; this
//! keeps recursion shallow however long the chains of references are, and makes
//! recursive types work. A cycle of references with nothing in between
//! (`a: {$ref: b}`, `b: {$ref: a}`) has no meaning and is an error.

use super::flat::{Flat, SchemaRef};
use super::naming::{self, Namespace};
use super::shape::*;
use super::types::*;
use crate::diagnostics::{Diagnostic, Pointer, Warnings};
use crate::load::Spec;
use crate::resolve;
use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, Discriminator, ReferenceOr, Schema};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

mod enums;
mod names;
mod structs;
mod unions;

pub use names::Hint;

/// Deeper than this, lowering stops with an error instead of risking the stack.
pub const MAX_DEPTH: usize = 64;

/// The result of lowering a schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Lowered {
    pub ty: TypeRef,
    pub nullable: bool,
}

impl Lowered {
    fn of(ty: TypeRef) -> Lowered {
        Lowered {
            ty,
            nullable: false,
        }
    }
}

#[derive(Debug)]
struct Pending {
    id: Option<TypeId>,
    hint: Hint,
    nullable: bool,
    /// Something was handed `Named(id)` before this schema was done.
    referenced: bool,
}

/// The facts about a schema that a property or parameter shows in its docs.
#[derive(Debug, Default)]
pub struct SchemaMeta {
    pub description: Option<String>,
    pub title: Option<String>,
    pub default: Option<Value>,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
}

pub struct Lowering<'s> {
    spec: &'s Spec,
    defs: Vec<TypeDef>,
    /// Per def: (the component or operation being lowered when it was made,
    /// creation order). Types are emitted sorted by this, so inline types
    /// follow the schema that made them.
    order: Vec<(usize, usize)>,
    root: usize,
    names: Namespace,
    components: HashMap<Pointer, TypeId>,
    done: HashMap<Pointer, Lowered>,
    pending: HashMap<Pointer, Pending>,
    /// Components handed out by name before they were lowered.
    named_early: HashSet<TypeId>,
    /// Components whose lowering failed, on their own or as a link of a
    /// chain that failed further on: each problem is reported once, by the
    /// first component that meets it.
    failed: HashSet<Pointer>,
    depth: usize,
    pub warnings: Warnings,
}

impl<'s> Lowering<'s> {
    /// Claims the names of all component schemas, in spec order.
    pub fn new(spec: &'s Spec, reserved: &[&str]) -> Self {
        let mut lowering = Lowering {
            spec,
            defs: Vec::new(),
            order: Vec::new(),
            root: 0,
            names: Namespace::new(),
            components: HashMap::new(),
            done: HashMap::new(),
            pending: HashMap::new(),
            named_early: HashSet::new(),
            failed: HashSet::new(),
            depth: 0,
            warnings: spec.warnings.clone(),
        };
        lowering.names.reserve(reserved);
        let schemas = component_schemas(spec);
        for (index, (name, _)) in schemas.iter().enumerate() {
            let at = component_pointer(name);
            let rust_name = lowering.names.claim(&naming::type_name(name));
            lowering.root = index;
            let id = lowering.push_placeholder(rust_name, &at);
            lowering.components.insert(at, id);
        }
        lowering
    }

    /// Lowers every component schema.
    /// Lowers every component schema, and returns the problems found. One
    /// schema's problem does not stop the others (the recursion leaves no
    /// state behind when it fails), so each is reported.
    pub fn lower_components(&mut self) -> Vec<Diagnostic> {
        let spec = self.spec;
        let mut errors = Vec::new();
        for (index, (name, schema)) in component_schemas(spec).iter().enumerate() {
            self.root = index;
            let at = component_pointer(name);
            if self.failed.contains(&at) {
                continue;
            }
            if let Err(e) = self.lower_at(SchemaRef::from(*schema), &at, std::slice::from_ref(&at))
            {
                errors.push(e);
            }
        }
        errors
    }

    /// Lowers a schema that is not a component (a parameter's, a body's), as
    /// part of the `root`-th operation (for ordering only).
    pub fn lower_inline(
        &mut self,
        schema: SchemaRef<'_>,
        at: &Pointer,
        hint: Hint,
        root: usize,
    ) -> Result<Lowered, Diagnostic> {
        self.root = component_schemas(self.spec).len() + root;
        if let Some(done) = self.done.get(at) {
            return Ok(done.clone());
        }
        match schema {
            SchemaRef::Ref(r) => {
                let target = resolve::local_target(self.spec, r, at)?;
                self.lower_pointer(&target, at, &[])
            }
            SchemaRef::Item(s) => self.lower_item_at(s, at, hint, &[]),
        }
    }

    /// A type that is not made from a schema (the response enum of an
    /// operation), named after `hint` and placed with the `root`-th operation.
    pub fn add_type(
        &mut self,
        hint: &str,
        at: &Pointer,
        docs: Docs,
        kind: TypeKind,
        root: usize,
    ) -> TypeId {
        self.root = component_schemas(self.spec).len() + root;
        let id = self.new_type(&Hint::derived(hint, None), at);
        self.defs[id.0].docs = docs;
        self.defs[id.0].kind = kind;
        id
    }

    /// The types lowered so far, complete but for those still being lowered.
    pub fn defs(&self) -> &[TypeDef] {
        &self.defs
    }

    /// The docs-relevant facts of a schema, following references.
    pub fn meta(&self, schema: SchemaRef<'_>, at: &Pointer) -> Result<SchemaMeta, Diagnostic> {
        let resolved = self.resolve_schema(schema, at)?;
        let data = &resolved.0.schema_data;
        Ok(SchemaMeta {
            description: data.description.clone(),
            title: data.title.clone(),
            default: data.default.clone(),
            read_only: data.read_only,
            write_only: data.write_only,
            deprecated: data.deprecated,
        })
    }

    /// Finishes: decides boxing and `Default`, and returns the types in
    /// emission order.
    pub fn finish(self) -> (TypeSet, Warnings) {
        let mut defs = self.defs;
        super::post::break_cycles(&mut defs);
        super::post::resolve_defaults(&mut defs);
        super::post::decide_default(&mut defs);
        super::post::mark_tag_carriers(&mut defs);
        let mut ids: Vec<usize> = (0..defs.len()).collect();
        ids.sort_by_key(|i| self.order.get(*i).copied().unwrap_or_default());
        let emit_order: Vec<TypeId> = ids.into_iter().map(TypeId).collect();
        super::post::share_enums(&mut defs, &emit_order);
        let set = TypeSet { defs, emit_order };
        (set, self.warnings)
    }

    // ---- the recursion ----

    /// Lowers the schema found at `at` (a `$ref` or an inline schema).
    fn lower_at(
        &mut self,
        schema: SchemaRef<'_>,
        at: &Pointer,
        chain: &[Pointer],
    ) -> Result<Lowered, Diagnostic> {
        if let Some(done) = self.done.get(at) {
            return Ok(done.clone());
        }
        let hint = self.hint_for(at);
        match schema {
            SchemaRef::Ref(r) if !self.components.contains_key(at) => {
                let target = resolve::local_target(self.spec, r, at)?;
                self.lower_pointer(&target, at, chain)
            }
            SchemaRef::Ref(r) => {
                // A component that is only a reference: an alias of its target.
                let target = resolve::local_target(self.spec, r, at)?;
                self.begin(at, hint, false);
                let result = self.lower_pointer(&target, at, chain);
                self.end(at, result, None)
            }
            SchemaRef::Item(s) => self.lower_item_at(s, at, hint, chain),
        }
    }

    fn lower_with_hint(
        &mut self,
        schema: SchemaRef<'_>,
        at: &Pointer,
        hint: Hint,
        chain: &[Pointer],
    ) -> Result<Lowered, Diagnostic> {
        match schema {
            SchemaRef::Item(s) if !self.done.contains_key(at) => {
                self.lower_item_at(s, at, hint, chain)
            }
            _ => self.lower_at(schema, at, chain),
        }
    }

    fn lower_item_at(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        hint: Hint,
        chain: &[Pointer],
    ) -> Result<Lowered, Diagnostic> {
        if let Some(done) = self.done.get(at) {
            return Ok(done.clone());
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.error(
                at,
                format!("schemas nest more than {MAX_DEPTH} levels deep here; this generator stops rather than risk its stack"),
            ));
        }
        self.begin(at, hint.clone(), schema.schema_data.nullable);
        let result = self.lower_item(schema, at, hint, chain);
        self.depth -= 1;
        self.end(at, result, Some(schema))
    }

    fn begin(&mut self, at: &Pointer, hint: Hint, nullable: bool) {
        let id = self.components.get(at).copied().or(hint.id);
        self.pending.insert(
            at.clone(),
            Pending {
                id,
                hint,
                nullable,
                referenced: false,
            },
        );
    }

    /// Records the outcome of lowering the schema at `at`. A component that is
    /// not a type of its own becomes an alias, or a newtype when something
    /// already refers to it by name.
    fn end(
        &mut self,
        at: &Pointer,
        result: Result<Lowered, Diagnostic>,
        schema: Option<&Schema>,
    ) -> Result<Lowered, Diagnostic> {
        let pending = self.pending.remove(at);
        if result.is_err() && self.components.contains_key(at) {
            self.failed.insert(at.clone());
        }
        let mut lowered = result?;
        if let Some(Pending {
            id: Some(id),
            referenced,
            ..
        }) = pending
            && lowered.ty != TypeRef::Named(id)
        {
            let docs = match schema {
                Some(s) => self.type_docs(s, None, at),
                None => Docs::from_spec(None, None, &[])
                    .or_fallback(|| format!("Generated from `{at}`.")),
            };
            let def = &mut self.defs[id.0];
            def.docs = docs;
            if referenced || self.named_early.contains(&id) {
                def.kind = TypeKind::Newtype(lowered.ty.clone());
                lowered.ty = TypeRef::Named(id);
            } else {
                def.kind = TypeKind::Alias(lowered.ty.clone());
            }
        }
        self.done.insert(at.clone(), lowered.clone());
        Ok(lowered)
    }

    /// Lowers what a `$ref` points at.
    fn lower_pointer(
        &mut self,
        target: &Pointer,
        at: &Pointer,
        chain: &[Pointer],
    ) -> Result<Lowered, Diagnostic> {
        if let Some(done) = self.done.get(target) {
            return Ok(done.clone());
        }
        if chain.contains(target) {
            let path: Vec<&str> = chain
                .iter()
                .skip_while(|p| *p != target)
                .chain(std::iter::once(target))
                .map(Pointer::as_str)
                .collect();
            return Err(self.error(
                at,
                format!(
                    "reference cycle without any object or array in between: {}",
                    path.join(" → ")
                ),
            ));
        }
        if let Some(pending) = self.pending.get(target) {
            let (hint, nullable, id) = (pending.hint.clone(), pending.nullable, pending.id);
            let id = id.unwrap_or_else(|| self.new_type(&hint, target));
            if let Some(p) = self.pending.get_mut(target) {
                p.id = Some(id);
                p.referenced = true;
            }
            return Ok(Lowered {
                ty: TypeRef::Named(id),
                nullable,
            });
        }
        let fetched = resolve::step(self.spec, target, at, &resolve::SCHEMAS)?;
        // A component that will be a type of its own is lowered in its turn;
        // its name is all a reference needs.
        if let (Some(&id), ReferenceOr::Item(schema)) =
            (self.components.get(target), fetched.as_ref())
            && classify(&Flat::of(schema)).is_named()
        {
            self.named_early.insert(id);
            return Ok(Lowered {
                ty: TypeRef::Named(id),
                nullable: schema.schema_data.nullable,
            });
        }
        let mut chain = chain.to_vec();
        chain.push(target.clone());
        let schema_ref = match fetched.as_ref() {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        };
        let saved_root = self.root;
        let result = self.lower_at(schema_ref, target, &chain);
        self.root = saved_root;
        result
    }

    fn lower_item(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        hint: Hint,
        chain: &[Pointer],
    ) -> Result<Lowered, Diagnostic> {
        let flat = Flat::of(schema);
        let nullable = schema.schema_data.nullable;
        let with_nullable = |l: Lowered| Lowered {
            nullable: l.nullable || nullable,
            ..l
        };

        match classify(&flat) {
            Shape::Not => {
                self.warnings.warn(
                    at,
                    "`not` cannot be expressed as a Rust type; using serde_json::Value",
                );
                return Ok(Lowered {
                    ty: TypeRef::Json,
                    nullable,
                });
            }
            Shape::Wrapper(i) => {
                let member = SchemaRef::from(&flat.all_of[i]);
                let member_at = at.push("allOf").index(i);
                let mut hint = hint;
                if matches!(member, SchemaRef::Item(_)) {
                    hint.id = self.pending.get(at).and_then(|p| p.id);
                }
                let inherited = hint.id;
                let inner = self.lower_with_hint(member, &member_at, hint, chain)?;
                // The wrapper's own words describe the type it names.
                if let Some(id) = inherited
                    && inner.ty == TypeRef::Named(id)
                    && schema.schema_data.description.is_some()
                {
                    self.defs[id.0].docs = self.type_docs(schema, None, at);
                }
                return Ok(with_nullable(inner));
            }
            Shape::Struct => return self.lower_struct(schema, at, hint).map(with_nullable),
            Shape::Union => {
                let (members, key) = if flat.one_of.is_empty() {
                    (flat.any_of, "anyOf")
                } else {
                    (flat.one_of, "oneOf")
                };
                let discriminator = schema.schema_data.discriminator.as_ref();
                return self
                    .lower_union(members, key, discriminator, at, hint, chain, Some(schema))
                    .map(with_nullable);
            }
            Shape::Enum(shape) => {
                return self
                    .lower_enum(schema, &flat, shape, at, hint)
                    .map(with_nullable);
            }
            Shape::Typed => {}
        }
        let ty = match infer_type(&flat) {
            Some("string") => string_type(flat.format.as_deref()),
            Some("integer") => integer_type(flat.format.as_deref()),
            Some("number") => number_type(flat.format.as_deref()),
            Some("boolean") => TypeRef::Bool,
            Some("array") => self.lower_items(&flat, at, &hint)?,
            Some("object") => self.lower_free_object(&flat, at, &hint)?,
            None => TypeRef::Json,
            Some(other) => {
                self.warnings.warn(
                    &at.push("type"),
                    format!("unknown type `{other}`; using serde_json::Value"),
                );
                TypeRef::Json
            }
        };
        Ok(Lowered { ty, nullable })
    }

    fn lower_items(
        &mut self,
        flat: &Flat<'_>,
        at: &Pointer,
        hint: &Hint,
    ) -> Result<TypeRef, Diagnostic> {
        let Some(items) = flat.items else {
            return Ok(TypeRef::Vec(Box::new(TypeRef::Json)));
        };
        let items_at = at.push("items");
        let inner = self.lower_with_hint(SchemaRef::from(items), &items_at, hint.items(), &[])?;
        Ok(TypeRef::Vec(Box::new(inner.ty)))
    }

    /// An object without properties: a map when `additionalProperties` has a
    /// schema, any JSON object otherwise.
    fn lower_free_object(
        &mut self,
        flat: &Flat<'_>,
        at: &Pointer,
        hint: &Hint,
    ) -> Result<TypeRef, Diagnostic> {
        match flat.additional {
            Some(AdditionalProperties::Schema(value)) if !is_empty_schema(value) => {
                let value_at = at.push("additionalProperties");
                let inner = self.lower_with_hint(
                    SchemaRef::from(value.as_ref()),
                    &value_at,
                    hint.child("Value"),
                    &[],
                )?;
                Ok(TypeRef::Map(Box::new(inner.ty)))
            }
            _ => Ok(TypeRef::Json),
        }
    }

    /// The docs-relevant schema behind `schema`, following references.
    fn resolve_schema<'a>(
        &self,
        schema: SchemaRef<'a>,
        at: &Pointer,
    ) -> Result<(Cow<'a, Schema>, Pointer), Diagnostic>
    where
        's: 'a,
    {
        match schema {
            SchemaRef::Item(s) => Ok((Cow::Borrowed(s), at.clone())),
            SchemaRef::Ref(r) => resolve::follow_ref(self.spec, r, at, &resolve::SCHEMAS),
        }
    }

    fn type_docs(&self, schema: &Schema, context: Option<&str>, at: &Pointer) -> Docs {
        let data = &schema.schema_data;
        let description = data.description.as_deref().or(context);
        let mut notes = Vec::new();
        if data.deprecated {
            notes.push("Deprecated.".to_owned());
        }
        Docs::from_spec(description, data.title.as_deref(), &notes)
            .or_fallback(|| format!("Generated from `{at}`."))
    }

    fn error(&self, at: &Pointer, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.spec.file, at, message)
    }
}

pub fn component_schemas(spec: &Spec) -> Vec<(&String, &ReferenceOr<Schema>)> {
    spec.api
        .components
        .as_ref()
        .map(|c| c.schemas.iter().collect())
        .unwrap_or_default()
}

pub fn component_pointer(name: &str) -> Pointer {
    Pointer::root()
        .push("components")
        .push("schemas")
        .push(name)
}
