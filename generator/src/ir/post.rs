//! Decisions that need every type at hand: which fields go behind a `Box`,
//! and which structs can implement `Default`.

use super::types::*;
use serde_json::Value;

/// Boxes each struct field and union variant whose type contains, directly
/// (not through a `Vec` or map, which are on the heap already), the type that
/// holds it; otherwise the type would have infinite size.
pub fn break_cycles(defs: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = defs.iter().map(direct_children).collect();
    for (owner, def) in defs.iter_mut().enumerate() {
        let reaches_owner = |child: TypeId| reaches(&edges, child, TypeId(owner));
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if let Some(child) = field.ty.direct_named() {
                        field.boxed = reaches_owner(child);
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    if let Some(child) = variant.ty.direct_named() {
                        variant.boxed = reaches_owner(child);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Named types a type holds inline.
fn direct_children(def: &TypeDef) -> Vec<TypeId> {
    match &def.kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .map(|f| &f.ty)
            .chain(s.flattened.iter().map(|(_, t)| t))
            .filter_map(TypeRef::direct_named)
            .collect(),
        TypeKind::Union(u) => u
            .variants
            .iter()
            .filter_map(|v| v.ty.direct_named())
            .collect(),
        TypeKind::Newtype(t) | TypeKind::Alias(t) => t.direct_named().into_iter().collect(),
        TypeKind::StringEnum(_) | TypeKind::IntEnum(_) | TypeKind::Responses(_) => Vec::new(),
    }
}

/// Whether `to` can be reached from `from` along `edges`.
fn reaches(edges: &[Vec<TypeId>], from: TypeId, to: TypeId) -> bool {
    let mut seen = vec![false; edges.len()];
    let mut stack = vec![from];
    while let Some(t) = stack.pop() {
        if t == to {
            return true;
        }
        if std::mem::replace(&mut seen[t.0], true) {
            continue;
        }
        stack.extend(edges[t.0].iter().copied());
    }
    false
}

/// Sets `derive_default` on every struct whose fields all have a default.
pub fn decide_default(defs: &mut [TypeDef]) {
    // Decided by a fixpoint: start from "no" and turn a struct to "yes" once
    // all its fields are; a cycle of required fields stays "no", as it must
    // (its default would never finish building).
    let mut has_default = vec![false; defs.len()];
    loop {
        let mut changed = false;
        for (i, def) in defs.iter().enumerate() {
            if has_default[i] {
                continue;
            }
            let yes = match &def.kind {
                TypeKind::Struct(s) => {
                    s.flattened.is_empty()
                        && s.fields
                            .iter()
                            .all(|f| field_has_default(f, &has_default, defs))
                }
                TypeKind::Newtype(t) | TypeKind::Alias(t) => {
                    type_has_default(t, &has_default, defs)
                }
                _ => false,
            };
            if yes {
                has_default[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for (def, yes) in defs.iter_mut().zip(has_default) {
        if let TypeKind::Struct(s) = &mut def.kind {
            s.derive_default = yes;
        }
    }
}

fn field_has_default(field: &Field, known: &[bool], defs: &[TypeDef]) -> bool {
    match field.presence() {
        Presence::Required => type_has_default(&field.ty, known, defs),
        _ => true,
    }
}

fn type_has_default(ty: &TypeRef, known: &[bool], defs: &[TypeDef]) -> bool {
    match ty {
        TypeRef::Named(id) => match defs.get(id.0).map(|d| &d.kind) {
            Some(TypeKind::StringEnum(_) | TypeKind::IntEnum(_) | TypeKind::Union(_)) => false,
            _ => known.get(id.0).copied().unwrap_or(false),
        },
        _ => true,
    }
}

/// Marks the variants of tagged unions whose struct declares the tag property.
pub fn mark_tag_carriers(defs: &mut [TypeDef]) {
    let declares = |defs: &[TypeDef], ty: &TypeRef, property: &str| match ty {
        TypeRef::Named(id) => match defs.get(id.0).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => s.fields.iter().any(|f| f.json_name == property),
            _ => false,
        },
        _ => false,
    };
    for i in 0..defs.len() {
        let TypeKind::Union(u) = &defs[i].kind else {
            continue;
        };
        let Some(tag) = &u.tag else { continue };
        let carriers: Vec<bool> = u
            .variants
            .iter()
            .map(|v| declares(defs, &v.ty, &tag.property))
            .collect();
        if let TypeKind::Union(u) = &mut defs[i].kind {
            for (v, carries) in u.variants.iter_mut().zip(carriers) {
                v.carries_tag = carries;
            }
        }
    }
}

/// Turns each field's spec default into a Rust value where the field's type
/// can hold it.
pub fn resolve_defaults(defs: &mut [TypeDef]) {
    for i in 0..defs.len() {
        let TypeKind::Struct(s) = &defs[i].kind else {
            continue;
        };
        let values: Vec<Option<DefaultValue>> = s
            .fields
            .iter()
            .map(|f| {
                f.spec_default
                    .as_ref()
                    .and_then(|d| default_value(defs, d, &f.ty))
            })
            .collect();
        if let TypeKind::Struct(s) = &mut defs[i].kind {
            for (f, v) in s.fields.iter_mut().zip(values) {
                f.default = v;
            }
        }
    }
}

fn default_value(defs: &[TypeDef], value: &Value, ty: &TypeRef) -> Option<DefaultValue> {
    match (ty, value) {
        (TypeRef::Bool, Value::Bool(b)) => Some(DefaultValue::Bool(*b)),
        (TypeRef::I8 | TypeRef::I16 | TypeRef::I32 | TypeRef::I64, Value::Number(n)) => {
            let n = n.as_i64()?;
            fits(ty, n).then_some(DefaultValue::Int(n))
        }
        (TypeRef::U8 | TypeRef::U16 | TypeRef::U32 | TypeRef::U64, Value::Number(n)) => {
            let n = n.as_i64()?;
            fits(ty, n).then_some(DefaultValue::Int(n))
        }
        // A default an `f32` cannot hold (1e300) is left out, not made infinite.
        (TypeRef::F32, Value::Number(n)) => n
            .as_f64()
            .filter(|f| (*f as f32).is_finite())
            .map(DefaultValue::Float),
        (TypeRef::F64, Value::Number(n)) => n
            .as_f64()
            .filter(|f| f.is_finite())
            .map(DefaultValue::Float),
        (TypeRef::String, Value::String(s)) => Some(DefaultValue::Str(s.clone())),
        (TypeRef::Named(id), Value::String(s)) => match &defs.get(id.0)?.kind {
            TypeKind::StringEnum(e) => e
                .variants
                .iter()
                .find(|v| v.value == *s)
                .map(|v| DefaultValue::Variant(v.name.clone())),
            _ => None,
        },
        (TypeRef::Named(id), Value::Number(n)) => match &defs.get(id.0)?.kind {
            TypeKind::IntEnum(e) => {
                let n = n.as_i64()?;
                e.variants
                    .iter()
                    .find(|v| v.value == n)
                    .map(|v| DefaultValue::Variant(v.name.clone()))
            }
            _ => None,
        },
        _ => None,
    }
}

fn fits(ty: &TypeRef, n: i64) -> bool {
    match ty {
        TypeRef::I8 => i8::try_from(n).is_ok(),
        TypeRef::I16 => i16::try_from(n).is_ok(),
        TypeRef::I32 => i32::try_from(n).is_ok(),
        TypeRef::U8 => u8::try_from(n).is_ok(),
        TypeRef::U16 => u16::try_from(n).is_ok(),
        TypeRef::U32 => u32::try_from(n).is_ok(),
        TypeRef::U64 => n >= 0,
        _ => true,
    }
}
