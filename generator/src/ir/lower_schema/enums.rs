//! Enums of strings and of integers, which keep values they do not list.

use super::*;

impl Lowering<'_> {
    pub(super) fn lower_enum(
        &mut self,
        schema: &Schema,
        flat: &Flat<'_>,
        shape: EnumShape,
        at: &Pointer,
        hint: Hint,
    ) -> Result<Lowered, Diagnostic> {
        let nullable = flat.enumeration.iter().any(Value::is_null);
        let values: Vec<&Value> = flat.enumeration.iter().filter(|v| !v.is_null()).collect();
        match shape {
            // `enum: [null]` says only that the value is null.
            EnumShape::OnlyNull => Ok(Lowered {
                ty: TypeRef::Json,
                nullable: true,
            }),
            EnumShape::OnArray => self.enum_on_array(flat, &values, nullable, at, hint),
            EnumShape::Strings => {
                let ty = self.string_enum(Some(schema), &values, at, hint)?;
                Ok(Lowered { ty, nullable })
            }
            EnumShape::Integers => {
                let ty = self.int_enum(schema, &values, at, hint);
                Ok(Lowered { ty, nullable })
            }
            EnumShape::Boolean => Ok(Lowered {
                ty: TypeRef::Bool,
                nullable,
            }),
            EnumShape::Number => Ok(Lowered {
                ty: number_type(flat.format.as_deref()),
                nullable,
            }),
            EnumShape::Mixed => {
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

    /// The enum was put on the array; it can only mean the items.
    fn enum_on_array(
        &mut self,
        flat: &Flat<'_>,
        values: &[&Value],
        nullable: bool,
        at: &Pointer,
        hint: Hint,
    ) -> Result<Lowered, Diagnostic> {
        if values.iter().all(|v| v.is_string()) && items_are_plain_strings(flat) {
            self.warnings.warn(
                &at.push("enum"),
                "`enum` on an array applies to no array value; treating it as the enum of the items",
            );
            let item = self.string_enum(None, values, &at.push("items"), hint.items())?;
            return Ok(Lowered {
                ty: TypeRef::Vec(Box::new(item)),
                nullable,
            });
        }
        self.warnings
            .warn(&at.push("enum"), "`enum` on an array is ignored");
        Ok(Lowered {
            ty: self.lower_items(flat, at, &hint)?,
            nullable,
        })
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
}
