//! Decisions that need every type at hand: which fields go behind a `Box`,
//! and which structs can implement `Default`.

use super::types::*;

/// Boxes each struct field and union variant whose type contains, directly
/// (not through a `Vec` or map, which are on the heap already), the type that
/// holds it; otherwise the type would have infinite size.
pub fn break_cycles(defs: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = defs.iter().map(direct_children).collect();
    for owner in 0..defs.len() {
        let reaches_owner = |child: TypeId| reaches(&edges, child, TypeId(owner));
        match &mut defs[owner].kind {
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
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| v.ty.direct_named()).collect(),
        TypeKind::Newtype(t) | TypeKind::Alias(t) => t.direct_named().into_iter().collect(),
        TypeKind::StringEnum(_) | TypeKind::IntEnum(_) => Vec::new(),
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
                        && s.fields.iter().all(|f| field_has_default(f, &has_default, defs))
                }
                TypeKind::Newtype(t) | TypeKind::Alias(t) => type_has_default(t, &has_default, defs),
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
