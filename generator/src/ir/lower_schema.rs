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
use super::types::*;
use crate::diagnostics::{Diagnostic, Pointer, Warnings};
use crate::load::Spec;
use crate::resolve;
use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, Discriminator, ReferenceOr, Schema};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Deeper than this, lowering stops with an error instead of risking the stack.
pub const MAX_DEPTH: usize = 64;

/// What to call a type if the schema needs one.
#[derive(Debug, Clone)]
pub struct Hint {
    /// The (not yet unique) UpperCamelCase name.
    name: String,
    /// The name was claimed already (component schemas).
    fixed: bool,
    /// The description of the property or parameter the schema belongs to,
    /// used as the type's docs when the schema has none.
    context: Option<String>,
}

impl Hint {
    pub fn derived(name: impl Into<String>, context: Option<&str>) -> Hint {
        Hint {
            name: name.into(),
            fixed: false,
            context: context.map(str::to_owned),
        }
    }

    fn child(&self, suffix: &str) -> Hint {
        Hint::derived(format!("{}{suffix}", self.name), None)
    }

    /// The hint for the items of an array: an unnamed array passes its own
    /// name on (so `expand: [enum]` makes `GetSessionExpand`), a named one adds
    /// `Item`.
    fn items(&self) -> Hint {
        if self.fixed {
            self.child("Item")
        } else {
            Hint {
                fixed: false,
                ..self.clone()
            }
        }
    }
}

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
            depth: 0,
            warnings: Warnings::new(&spec.file),
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
    pub fn lower_components(&mut self) -> Result<(), Diagnostic> {
        let spec = self.spec;
        for (index, (name, schema)) in component_schemas(spec).iter().enumerate() {
            self.root = index;
            let at = component_pointer(name);
            self.lower_at(SchemaRef::from(*schema), &at, std::slice::from_ref(&at))?;
        }
        Ok(())
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
        let set = TypeSet {
            defs,
            emit_order: ids.into_iter().map(TypeId).collect(),
        };
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
        let id = self.components.get(at).copied();
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
            && self.is_named_shape(schema)
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

        if flat.has_not && flat.typ.is_none() && !flat.has_properties() {
            self.warnings.warn(
                at,
                "`not` cannot be expressed as a Rust type; using serde_json::Value",
            );
            return Ok(Lowered {
                ty: TypeRef::Json,
                nullable,
            });
        }
        if !flat.all_of.is_empty() {
            if let Some(only) = self.single_structural_member(&flat, at)? {
                let (member, member_at) = only;
                let inner = self.lower_with_hint(member, &member_at, hint, chain)?;
                return Ok(with_nullable(inner));
            }
            return self.lower_struct(schema, at, hint).map(with_nullable);
        }
        if !flat.one_of.is_empty() || !flat.any_of.is_empty() {
            if flat.has_properties() {
                return self.lower_struct(schema, at, hint).map(with_nullable);
            }
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
        if !flat.enumeration.is_empty() {
            return self.lower_enum(schema, &flat, at, hint).map(with_nullable);
        }
        let ty = match infer_type(&flat) {
            Some("string") => string_type(flat.format.as_deref()),
            Some("integer") => integer_type(flat.format.as_deref()),
            Some("number") => number_type(flat.format.as_deref()),
            Some("boolean") => TypeRef::Bool,
            Some("array") => self.lower_items(&flat, at, &hint)?,
            Some("object") => {
                if flat.has_properties() {
                    return self.lower_struct(schema, at, hint).map(with_nullable);
                }
                self.lower_free_object(&flat, at, &hint)?
            }
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

    // ---- structs ----

    fn lower_struct(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        hint: Hint,
    ) -> Result<Lowered, Diagnostic> {
        let mut merged = Merged::default();
        let mut visiting = vec![at.clone()];
        self.merge_into(schema, at, &mut merged, &mut visiting, 0)?;
        let id = self.named_id(at, &hint);
        let parent = self.defs[id.0].name.clone();

        let mut field_names = Namespace::new();
        let mut fields = Vec::with_capacity(merged.properties.len());
        for (json_name, (prop, prop_at)) in &merged.properties {
            let prop_ref = SchemaRef::from(prop);
            let meta = self.meta(prop_ref, prop_at)?;
            let field_hint = Hint::derived(
                format!("{parent}{}", naming::camel(json_name)),
                meta.description.as_deref(),
            );
            let lowered = self.lower_with_hint(prop_ref, prop_at, field_hint, &[])?;
            let required = merged.required.iter().any(|r| r == json_name);
            let name = field_names.claim(&naming::field_name(json_name, "field"));
            let docs = field_docs(&meta, json_name);
            fields.push(Field {
                name,
                json_name: json_name.clone(),
                ty: lowered.ty,
                required,
                nullable: lowered.nullable,
                spec_default: meta.default.clone(),
                default: None,
                boxed: false,
                docs,
            });
        }
        for missing in merged
            .required
            .iter()
            .filter(|r| !merged.properties.contains_key(*r))
        {
            self.warnings.warn(
                &at.push("required"),
                format!("`{missing}` is required but not among the properties; ignored"),
            );
        }

        let additional = match &merged.additional {
            Some((AdditionalProperties::Schema(value), value_at)) => {
                let inner = if is_empty_schema(value) {
                    TypeRef::Json
                } else {
                    let h = Hint::derived(format!("{parent}Value"), None);
                    self.lower_with_hint(SchemaRef::from(value.as_ref()), value_at, h, &[])?
                        .ty
                };
                Some((field_names.claim("additional_properties"), inner))
            }
            _ => None,
        };

        let mut flattened = Vec::new();
        for union in &merged.unions {
            let lowered = match union {
                MergedUnion::Inline {
                    members,
                    key,
                    discriminator,
                    at: union_at,
                } => {
                    let h = Hint::derived(format!("{parent}Variant"), None);
                    self.lower_union(members, key, discriminator.as_ref(), union_at, h, &[], None)?
                }
                MergedUnion::Ref {
                    reference,
                    at: ref_at,
                } => self.lower_at(SchemaRef::Ref(reference), ref_at, &[])?,
            };
            flattened.push((field_names.claim("variant"), lowered.ty));
        }

        let docs = self.type_docs(schema, hint.context.as_deref(), at);
        self.defs[id.0].docs = docs;
        self.defs[id.0].kind = TypeKind::Struct(Struct {
            fields,
            additional,
            flattened,
            default: StructDefault::None,
        });
        Ok(Lowered::of(TypeRef::Named(id)))
    }

    /// Collects the properties of a schema and of everything it `allOf`s.
    fn merge_into(
        &self,
        schema: &Schema,
        at: &Pointer,
        out: &mut Merged,
        visiting: &mut Vec<Pointer>,
        depth: usize,
    ) -> Result<(), Diagnostic> {
        if depth > MAX_DEPTH {
            return Err(self.error(
                at,
                format!("`allOf` nests more than {MAX_DEPTH} levels deep"),
            ));
        }
        let flat = Flat::of(schema);
        if let Some(props) = flat.properties {
            for (name, prop) in props {
                let prop_at = at.push("properties").push(name);
                out.properties.insert(name.clone(), (prop.clone(), prop_at));
            }
        }
        for r in flat.required {
            if !out.required.contains(r) {
                out.required.push(r.clone());
            }
        }
        if let Some(ap) = flat.additional {
            out.additional = Some((ap.clone(), at.push("additionalProperties")));
        }
        for (members, key) in [(flat.one_of, "oneOf"), (flat.any_of, "anyOf")] {
            if !members.is_empty() {
                out.unions.push(MergedUnion::Inline {
                    members: members.to_vec(),
                    key,
                    discriminator: schema.schema_data.discriminator.clone(),
                    at: at.clone(),
                });
            }
        }
        for (i, member) in flat.all_of.iter().enumerate() {
            let member_at = at.push("allOf").index(i);
            match member {
                ReferenceOr::Item(s) => self.merge_into(s, &member_at, out, visiting, depth + 1)?,
                ReferenceOr::Reference { reference } => {
                    let target = resolve::local_target(self.spec, reference, &member_at)?;
                    if visiting.contains(&target) {
                        return Err(self.error(
                            &member_at,
                            format!("`allOf` includes {target}, which includes this schema again"),
                        ));
                    }
                    let (resolved, resolved_at) =
                        self.resolve_schema(SchemaRef::Ref(reference), &member_at)?;
                    if is_union_only(&resolved) {
                        // Keep the union as the type it already is.
                        out.unions.push(MergedUnion::Ref {
                            reference: reference.clone(),
                            at: member_at,
                        });
                        continue;
                    }
                    visiting.push(target);
                    self.merge_into(&resolved, &resolved_at, out, visiting, depth + 1)?;
                    visiting.pop();
                }
            }
        }
        Ok(())
    }

    /// For `allOf` with one member that says anything about the shape (the
    /// others only describe), that member: the schema is a wrapper.
    fn single_structural_member<'a>(
        &self,
        flat: &Flat<'a>,
        at: &Pointer,
    ) -> Result<Option<(SchemaRef<'a>, Pointer)>, Diagnostic> {
        if !flat.only_all_of() {
            return Ok(None);
        }
        let structural: Vec<(usize, &ReferenceOr<Schema>)> = flat
            .all_of
            .iter()
            .enumerate()
            .filter(|(_, m)| match m {
                ReferenceOr::Item(s) => !is_annotation_only(s),
                ReferenceOr::Reference { .. } => true,
            })
            .collect();
        match structural.as_slice() {
            [(i, member)] => Ok(Some((SchemaRef::from(*member), at.push("allOf").index(*i)))),
            _ => Ok(None),
        }
    }

    // ---- enums ----

    fn lower_enum(
        &mut self,
        schema: &Schema,
        flat: &Flat<'_>,
        at: &Pointer,
        hint: Hint,
    ) -> Result<Lowered, Diagnostic> {
        let has_null = flat.enumeration.iter().any(Value::is_null);
        let values: Vec<&Value> = flat.enumeration.iter().filter(|v| !v.is_null()).collect();
        let nullable = has_null;
        let typ = infer_type(flat);
        let all_strings = values.iter().all(|v| v.is_string());
        let all_ints = values.iter().all(|v| v.is_i64());

        if values.is_empty() {
            // `enum: [null]` says only that the value is null.
            return Ok(Lowered {
                ty: TypeRef::Json,
                nullable: true,
            });
        }
        if typ == Some("array") {
            // The enum was put on the array; it can only mean the items.
            if all_strings && items_are_plain_strings(flat) {
                self.warnings.warn(
                    &at.push("enum"),
                    "`enum` on an array applies to no array value; treating it as the enum of the items",
                );
                let item = self.string_enum(None, &values, &at.push("items"), hint.items())?;
                return Ok(Lowered {
                    ty: TypeRef::Vec(Box::new(item)),
                    nullable,
                });
            }
            self.warnings
                .warn(&at.push("enum"), "`enum` on an array is ignored");
            return Ok(Lowered {
                ty: self.lower_items(flat, at, &hint)?,
                nullable,
            });
        }
        match typ {
            Some("string") | None if all_strings => {
                let ty = self.string_enum(Some(schema), &values, at, hint)?;
                Ok(Lowered { ty, nullable })
            }
            Some("integer") | None if all_ints => {
                let ty = self.int_enum(schema, &values, at, hint);
                Ok(Lowered { ty, nullable })
            }
            Some("boolean") => Ok(Lowered {
                ty: TypeRef::Bool,
                nullable,
            }),
            Some("number") => Ok(Lowered {
                ty: number_type(flat.format.as_deref()),
                nullable,
            }),
            _ => {
                self.warnings.warn(
                    &at.push("enum"),
                    "enum values of mixed or unexpected types; using serde_json::Value",
                );
                Ok(Lowered {
                    ty: TypeRef::Json,
                    nullable,
                })
            }
        }
    }

    fn string_enum(
        &mut self,
        schema: Option<&Schema>,
        values: &[&Value],
        at: &Pointer,
        hint: Hint,
    ) -> Result<TypeRef, Diagnostic> {
        let id = self.named_id(at, &hint);
        let mut names = Namespace::new();
        let mut variants: Vec<Variant<String>> = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let Some(s) = value.as_str() else { continue };
            if variants.iter().any(|v| v.value == s) {
                continue;
            }
            let name = names.claim(&naming::variant_name(s, &format!("Value{}", i + 1)));
            let doc = if s.is_empty() {
                "The empty string.".to_owned()
            } else {
                format!("`{s}`")
            };
            variants.push(Variant {
                name,
                value: s.to_owned(),
                docs: Docs { lines: vec![doc] },
            });
        }
        let unknown_variant = names.claim("Unknown");
        let docs = match schema {
            Some(s) => self.type_docs(s, hint.context.as_deref(), at),
            None => Docs::from_spec(hint.context.as_deref(), None, &[])
                .or_fallback(|| format!("Generated from `{at}`.")),
        };
        self.defs[id.0].docs = docs;
        self.defs[id.0].kind = TypeKind::StringEnum(Enum {
            variants,
            unknown_variant,
        });
        Ok(TypeRef::Named(id))
    }

    fn int_enum(
        &mut self,
        schema: &Schema,
        values: &[&Value],
        at: &Pointer,
        hint: Hint,
    ) -> TypeRef {
        let id = self.named_id(at, &hint);
        let mut names = Namespace::new();
        let mut variants: Vec<Variant<i64>> = Vec::new();
        for value in values {
            let Some(n) = value.as_i64() else { continue };
            if variants.iter().any(|v| v.value == n) {
                continue;
            }
            let raw = if n < 0 {
                format!("Minus{}", n.unsigned_abs())
            } else {
                n.to_string()
            };
            let name = names.claim(&naming::variant_name(&raw, "Value"));
            variants.push(Variant {
                name,
                value: n,
                docs: Docs {
                    lines: vec![format!("`{n}`")],
                },
            });
        }
        let unknown_variant = names.claim("Unknown");
        self.defs[id.0].docs = self.type_docs(schema, hint.context.as_deref(), at);
        self.defs[id.0].kind = TypeKind::IntEnum(Enum {
            variants,
            unknown_variant,
        });
        TypeRef::Named(id)
    }

    // ---- unions ----

    /// `oneOf`/`anyOf` members → an enum with one variant per distinct member.
    /// `schema` (the schema holding the members, when it is nothing but the
    /// union) supplies the docs.
    #[allow(clippy::too_many_arguments)]
    fn lower_union(
        &mut self,
        members: &[ReferenceOr<Schema>],
        key: &str,
        discriminator: Option<&Discriminator>,
        at: &Pointer,
        hint: Hint,
        chain: &[Pointer],
        schema: Option<&Schema>,
    ) -> Result<Lowered, Diagnostic> {
        let mut distinct: Vec<(usize, &ReferenceOr<Schema>)> = Vec::new();
        let mut nullable = false;
        for (i, member) in members.iter().enumerate() {
            if let ReferenceOr::Item(s) = member
                && is_null_schema(s)
            {
                nullable = true;
                continue;
            }
            if distinct.iter().any(|(_, m)| *m == member) {
                self.warnings.warn(
                    &at.push(key).index(i),
                    "duplicate entry; the type has one variant for it",
                );
                continue;
            }
            distinct.push((i, member));
        }
        match distinct.as_slice() {
            [] => {
                return Ok(Lowered {
                    ty: TypeRef::Json,
                    nullable: true,
                });
            }
            [(i, only)] => {
                let inner = self.lower_with_hint(
                    SchemaRef::from(*only),
                    &at.push(key).index(*i),
                    hint,
                    chain,
                )?;
                return Ok(Lowered {
                    nullable: inner.nullable || nullable,
                    ..inner
                });
            }
            _ => {}
        }

        let id = self.named_id(at, &hint);
        let parent = self.defs[id.0].name.clone();
        let mut names = Namespace::new();
        let mut variants = Vec::with_capacity(distinct.len());
        let mut targets = Vec::with_capacity(distinct.len());
        for (position, (i, member)) in distinct.iter().enumerate() {
            let member_at = at.push(key).index(*i);
            let fallback = format!("Variant{}", position + 1);
            let label = match member {
                ReferenceOr::Item(s) => match s.schema_data.title.as_deref() {
                    Some(title) => naming::variant_name(title, &fallback),
                    None => fallback,
                },
                ReferenceOr::Reference { .. } => String::new(),
            };
            let h = Hint::derived(format!("{parent}{label}"), None);
            let lowered = self.lower_with_hint(SchemaRef::from(*member), &member_at, h, &[])?;
            nullable |= lowered.nullable;
            // Variants are named after the referenced type, after the title
            // (or position) of an inline object, or after a primitive's kind.
            let base = match (&lowered.ty, member) {
                (TypeRef::Named(_), ReferenceOr::Item(_)) => label,
                (TypeRef::Named(t), ReferenceOr::Reference { .. }) => self.defs[t.0].name.clone(),
                (other, _) => primitive_label(other),
            };
            let target = match member {
                ReferenceOr::Reference { reference } => {
                    Some(resolve::local_target(self.spec, reference, &member_at)?)
                }
                ReferenceOr::Item(_) => None,
            };
            targets.push(target);
            variants.push(UnionVariant {
                name: names.claim(&base),
                ty: lowered.ty,
                boxed: false,
                tag_values: Vec::new(),
                carries_tag: false,
            });
        }

        let tag = match discriminator {
            Some(d) => self.union_tag(d, at, &targets, &mut variants, &mut names),
            None => None,
        };
        let docs = match schema {
            Some(s) => self.type_docs(s, hint.context.as_deref(), at),
            None => {
                Docs::from_spec(None, None, &[]).or_fallback(|| format!("Generated from `{at}`."))
            }
        };
        self.defs[id.0].docs = docs;
        self.defs[id.0].kind = TypeKind::Union(Union { variants, tag });
        Ok(Lowered {
            ty: TypeRef::Named(id),
            nullable,
        })
    }

    /// Fills in the discriminator values of each variant; `None` (an untagged
    /// union) when some variant cannot be named by a value.
    fn union_tag(
        &mut self,
        d: &Discriminator,
        at: &Pointer,
        targets: &[Option<Pointer>],
        variants: &mut [UnionVariant],
        names: &mut Namespace,
    ) -> Option<Tag> {
        let disc_at = at.push("discriminator");
        for (value, target) in &d.mapping {
            // A mapping value is a `$ref` or a bare schema name.
            let pointer = Pointer::from_ref(target).unwrap_or_else(|| component_pointer(target));
            match targets.iter().position(|t| t.as_ref() == Some(&pointer)) {
                Some(i) => variants[i].tag_values.push(value.clone()),
                None => self.warnings.warn(
                    &disc_at.push("mapping").push(value),
                    format!(
                        "`{target}` is not one of the union's members; this mapping is ignored"
                    ),
                ),
            }
        }
        for (variant, target) in variants.iter_mut().zip(targets) {
            if variant.tag_values.is_empty() {
                match target {
                    Some(t) => variant.tag_values.push(t.last()),
                    None => {
                        self.warnings.warn(
                            &disc_at,
                            "an inline member has no discriminator value; the union is read untagged",
                        );
                        return None;
                    }
                }
            }
        }
        Some(Tag {
            property: d.property_name.clone(),
            unknown_variant: names.claim("Unknown"),
        })
    }

    // ---- helpers ----

    /// The id of the named type being built for the schema at `at`: the one
    /// handed out already (components, recursive references) or a new one.
    fn named_id(&mut self, at: &Pointer, hint: &Hint) -> TypeId {
        if let Some(id) = self.pending.get(at).and_then(|p| p.id) {
            return id;
        }
        let id = self.new_type(hint, at);
        if let Some(p) = self.pending.get_mut(at) {
            p.id = Some(id);
        }
        id
    }

    fn new_type(&mut self, hint: &Hint, at: &Pointer) -> TypeId {
        let name = if hint.fixed {
            hint.name.clone()
        } else {
            self.names.claim(&naming::type_name(&hint.name))
        };
        self.push_placeholder(name, at)
    }

    fn push_placeholder(&mut self, name: String, at: &Pointer) -> TypeId {
        let id = TypeId(self.defs.len());
        self.defs.push(TypeDef {
            name,
            origin: at.clone(),
            docs: Docs::default(),
            kind: TypeKind::Alias(TypeRef::Json),
        });
        self.order.push((self.root, id.0));
        id
    }

    /// The name a schema at this pointer gets if it needs one and no caller
    /// suggested a better one.
    fn hint_for(&self, at: &Pointer) -> Hint {
        if let Some(id) = self.components.get(at) {
            return Hint {
                name: self.defs[id.0].name.clone(),
                fixed: true,
                context: None,
            };
        }
        let words: Vec<String> = at
            .segments()
            .filter(|s| {
                !matches!(
                    s.as_str(),
                    "components"
                        | "schemas"
                        | "properties"
                        | "items"
                        | "allOf"
                        | "oneOf"
                        | "anyOf"
                        | "additionalProperties"
                        | "content"
                        | "schema"
                ) && !s.bytes().all(|b| b.is_ascii_digit())
            })
            .collect();
        Hint::derived(words.join(" "), None)
    }

    /// Whether a component schema will be a struct, enum or union (as opposed
    /// to an alias of another type).
    fn is_named_shape(&self, schema: &Schema) -> bool {
        let flat = Flat::of(schema);
        if flat.has_not && flat.typ.is_none() && !flat.has_properties() {
            return false;
        }
        if !flat.all_of.is_empty() {
            return !(flat.only_all_of()
                && flat
                    .all_of
                    .iter()
                    .filter(|m| match m {
                        ReferenceOr::Item(s) => !is_annotation_only(s),
                        ReferenceOr::Reference { .. } => true,
                    })
                    .count()
                    <= 1);
        }
        if !flat.one_of.is_empty() || !flat.any_of.is_empty() {
            return true;
        }
        if !flat.enumeration.is_empty() {
            let values: Vec<&Value> = flat.enumeration.iter().filter(|v| !v.is_null()).collect();
            return match infer_type(&flat) {
                Some("string") | None => !values.is_empty() && values.iter().all(|v| v.is_string()),
                Some("integer") => !values.is_empty() && values.iter().all(|v| v.is_i64()),
                _ => false,
            };
        }
        matches!(infer_type(&flat), Some("object")) && flat.has_properties()
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

/// Properties, `required` and the rest gathered from a schema and its `allOf`.
#[derive(Default)]
struct Merged {
    properties: IndexMap<String, (ReferenceOr<Box<Schema>>, Pointer)>,
    required: Vec<String>,
    additional: Option<(AdditionalProperties, Pointer)>,
    /// Unions to flatten into the struct.
    unions: Vec<MergedUnion>,
}

enum MergedUnion {
    /// `oneOf`/`anyOf` written in the schema being merged.
    Inline {
        members: Vec<ReferenceOr<Schema>>,
        key: &'static str,
        discriminator: Option<Discriminator>,
        at: Pointer,
    },
    /// An `allOf` member that refers to a union schema: that type, by name.
    Ref { reference: String, at: Pointer },
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

fn field_docs(meta: &SchemaMeta, json_name: &str) -> Docs {
    let mut notes = Vec::new();
    if meta.read_only {
        notes.push("Read-only: set by the server and ignored in requests.".to_owned());
    }
    if meta.write_only {
        notes.push("Write-only: sent in requests and never returned.".to_owned());
    }
    if meta.deprecated {
        notes.push("Deprecated.".to_owned());
    }
    if let Some(d) = &meta.default {
        notes.push(format!("Defaults to `{d}`."));
    }
    Docs::from_spec(meta.description.as_deref(), meta.title.as_deref(), &notes)
        .or_fallback(|| format!("The `{json_name}` property."))
}

fn infer_type<'a>(flat: &Flat<'a>) -> Option<&'a str> {
    if flat.typ.is_some() {
        return flat.typ;
    }
    if flat.has_properties() || flat.additional.is_some() {
        return Some("object");
    }
    if flat.items.is_some() {
        return Some("array");
    }
    None
}

pub fn string_type(format: Option<&str>) -> TypeRef {
    match format {
        // go-swagger (and so every Ory document) writes `uuid4`.
        Some("uuid" | "uuid4") => TypeRef::Uuid,
        Some("date-time") => TypeRef::DateTime,
        Some("date") => TypeRef::Date,
        Some("byte") => TypeRef::Base64,
        Some("binary") => TypeRef::Binary,
        _ => TypeRef::String,
    }
}

pub fn integer_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("int8") => TypeRef::I8,
        Some("int16") => TypeRef::I16,
        Some("int32") => TypeRef::I32,
        Some("uint8") => TypeRef::U8,
        Some("uint16") => TypeRef::U16,
        Some("uint32") => TypeRef::U32,
        Some("uint64" | "uint") => TypeRef::U64,
        _ => TypeRef::I64,
    }
}

pub fn number_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("float") => TypeRef::F32,
        _ => TypeRef::F64,
    }
}

/// Whether a pointer can name a schema: a component schema or anything
/// inside one, or anything under a `schema` field (of a parameter, header or
/// media type).
/// A variant name for a union member that is not a named type.
fn primitive_label(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(_) => "Named".to_owned(),
        TypeRef::String => "String".to_owned(),
        TypeRef::Bool => "Boolean".to_owned(),
        TypeRef::I8 | TypeRef::I16 | TypeRef::I32 | TypeRef::I64 => "Integer".to_owned(),
        TypeRef::U8 | TypeRef::U16 | TypeRef::U32 | TypeRef::U64 => "Integer".to_owned(),
        TypeRef::F32 | TypeRef::F64 => "Number".to_owned(),
        TypeRef::Uuid => "Uuid".to_owned(),
        TypeRef::DateTime => "DateTime".to_owned(),
        TypeRef::Date => "Date".to_owned(),
        TypeRef::Base64 | TypeRef::Binary => "Bytes".to_owned(),
        TypeRef::Json => "Value".to_owned(),
        TypeRef::Vec(inner) => format!("{}List", primitive_label(inner)),
        TypeRef::Map(inner) => format!("{}Map", primitive_label(inner)),
    }
}

/// `{}`: any value.
fn is_empty_schema(schema: &ReferenceOr<Schema>) -> bool {
    matches!(schema, ReferenceOr::Item(s) if is_annotation_only(s))
}

/// A schema with only descriptive keywords (description, nullable, default, …).
fn is_annotation_only(schema: &Schema) -> bool {
    let f = Flat::of(schema);
    f.typ.is_none()
        && f.enumeration.is_empty()
        && !f.has_properties()
        && f.additional.is_none()
        && f.items.is_none()
        && f.one_of.is_empty()
        && f.any_of.is_empty()
        && f.all_of.is_empty()
        && !f.has_not
        && f.format.is_none()
}

/// `{type: "null"}` or `{nullable: true}` alone, as some specs write inside `oneOf`.
/// Nothing but `oneOf`/`anyOf` (and descriptive keywords).
fn is_union_only(schema: &Schema) -> bool {
    let f = Flat::of(schema);
    (!f.one_of.is_empty() || !f.any_of.is_empty())
        && !f.has_properties()
        && f.all_of.is_empty()
        && f.typ.is_none_or(|t| t == "object")
}

fn is_null_schema(schema: &Schema) -> bool {
    let f = Flat::of(schema);
    f.typ == Some("null") || (is_annotation_only(schema) && schema.schema_data.nullable)
}

fn items_are_plain_strings(flat: &Flat<'_>) -> bool {
    match flat.items {
        None => true,
        Some(ReferenceOr::Item(s)) => {
            let f = Flat::of(s);
            f.typ.is_none_or(|t| t == "string") && f.enumeration.is_empty()
        }
        Some(ReferenceOr::Reference { .. }) => false,
    }
}
