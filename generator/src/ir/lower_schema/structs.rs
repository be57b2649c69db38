//! Structs: properties, `additionalProperties`, and `allOf` merged into one
//! set of fields.

use super::*;

impl Lowering<'_> {
    pub(super) fn lower_struct(
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

        for (constraint_at, key) in &merged.constraints {
            self.warnings.warn(
                constraint_at,
                format!("`{key}` of members that only list required properties cannot be checked by a Rust type; the struct is generated without it"),
            );
        }
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
        // A tagged union's variants hold the tag property; a field of the
        // struct for it would take the tag before the union could read it.
        for (_, ty) in &flattened {
            if let TypeRef::Named(union_id) = ty
                && let TypeKind::Union(Union { tag: Some(tag), .. }) = &self.defs[union_id.0].kind
            {
                let property = tag.property.clone();
                fields.retain(|f| f.json_name != property);
            }
        }

        let docs = self.type_docs(schema, hint.context.as_deref(), at);
        self.defs[id.0].docs = docs;
        let serde = if flattened.is_empty() {
            StructSerde::Object
        } else {
            StructSerde::Derive
        };
        self.defs[id.0].kind = TypeKind::Struct(Struct {
            fields,
            additional,
            flattened,
            default: StructDefault::None,
            serde,
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
            // Members that only list `required` properties (or only annotate)
            // say which properties are present, not what shape the value is.
            let constraints_only = members
                .iter()
                .all(|m| matches!(m, ReferenceOr::Item(s) if is_annotation_only(s)));
            if !members.is_empty() && constraints_only {
                out.constraints.push((at.push(key), key));
                continue;
            }
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
}

/// Properties, `required` and the rest gathered from a schema and its `allOf`.
#[derive(Default)]
struct Merged {
    properties: IndexMap<String, (ReferenceOr<Box<Schema>>, Pointer)>,
    required: Vec<String>,
    additional: Option<(AdditionalProperties, Pointer)>,
    /// Unions to flatten into the struct.
    unions: Vec<MergedUnion>,
    /// `oneOf`/`anyOf` whose members only list required properties: left
    /// out, with a warning.
    constraints: Vec<(Pointer, &'static str)>,
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
