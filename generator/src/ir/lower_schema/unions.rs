//! `oneOf` and `anyOf`: an enum with a variant per member, tagged when a
//! discriminator names the variant.

use super::*;

impl Lowering<'_> {
    /// `oneOf`/`anyOf` members → an enum with one variant per distinct member.
    /// `schema` (the schema holding the members, when it is nothing but the
    /// union) supplies the docs.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn lower_union(
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

        // A union flattened into a struct (no `schema` of its own) sits at
        // the struct's own pointer: it needs a type of its own, not the
        // struct's, or the struct would contain itself.
        let id = match schema {
            Some(_) => self.named_id(at, &hint),
            None => self.new_type(&hint, at),
        };
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
}

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
