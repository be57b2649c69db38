//! The changes to the named types: which the report covers (those the
//! operations kept use), and what changed in each.

use super::{Change, DiffOptions, additive, breaking, pair_up};
use crate::ir::{Api, Presence, TypeDef, TypeId, TypeKind, TypeRef, TypeSet};
use std::collections::{BTreeMap, BTreeSet};

/// The types a report covers, by Rust name: all of them, or those the
/// chosen operations reach.
pub(super) fn named_types<'a>(
    api: &'a Api,
    options: &DiffOptions,
) -> BTreeMap<&'a str, &'a TypeDef> {
    let mut keep: Vec<bool> = vec![options.tag.is_none(); api.types.defs.len()];
    if let Some(tag) = &options.tag {
        let mut stack: Vec<TypeId> = Vec::new();
        for op in api.operations.iter().filter(|o| o.tags.contains(tag)) {
            op.for_each_type(|t| t.named(&mut stack));
        }
        while let Some(id) = stack.pop() {
            let Some(seen) = keep.get_mut(id.0) else {
                continue;
            };
            if std::mem::replace(seen, true) {
                continue;
            }
            api.types
                .get(id)
                .kind
                .for_each_type(|t| t.named(&mut stack));
        }
    }
    api.types
        .defs
        .iter()
        .zip(keep)
        .filter(|(_, keep)| *keep)
        .map(|(def, _)| (def.name.as_str(), def))
        .collect()
}

/// What a type is, through [`TypeKind::SameAs`]: an enum shared by several
/// names compares by its values under each of them.
fn same_as<'a>(def: &'a TypeDef, types: &'a TypeSet) -> &'a TypeKind {
    let mut kind = &def.kind;
    for _ in 0..types.defs.len() {
        match kind {
            TypeKind::SameAs(id) => kind = &types.get(*id).kind,
            _ => break,
        }
    }
    kind
}

pub(super) fn kind_name(def: &TypeDef) -> &'static str {
    match def.kind {
        TypeKind::Struct(_) => "struct",
        // An enum the same as another is still an enum to its users.
        TypeKind::StringEnum(_) | TypeKind::IntEnum(_) | TypeKind::SameAs(_) => "enum",
        TypeKind::Union(_) => "union",
        TypeKind::Newtype(_) => "newtype",
        TypeKind::Alias(_) => "alias",
        TypeKind::Responses(_) => "response enum",
    }
}

pub(super) fn type_changes(
    old: &TypeDef,
    old_types: &TypeSet,
    new: &TypeDef,
    new_types: &TypeSet,
) -> Vec<Change> {
    let mut changes = Vec::new();
    match (same_as(old, old_types), same_as(new, new_types)) {
        (TypeKind::Struct(o), TypeKind::Struct(n)) => {
            let old_fields: BTreeMap<&str, _> =
                o.fields.iter().map(|f| (f.json_name.as_str(), f)).collect();
            let new_fields: BTreeMap<&str, _> =
                n.fields.iter().map(|f| (f.json_name.as_str(), f)).collect();
            for (name, o, n) in pair_up(&old_fields, &new_fields) {
                match (o, n) {
                    (Some(_), None) => changes.push(breaking(format!("field `{name}` removed"))),
                    (None, Some(f)) => {
                        let ty = field_text(f, new_types);
                        let required = f.presence() == Presence::Required;
                        let text = format!("field `{name}` added: {ty}");
                        changes.push(if required {
                            breaking(format!("{text} (required)"))
                        } else {
                            additive(text)
                        });
                    }
                    (Some(of), Some(nf)) => {
                        let (ot, nt) = (field_text(of, old_types), field_text(nf, new_types));
                        if ot != nt {
                            changes.push(breaking(format!("field `{name}`: {ot} → {nt}")));
                        }
                    }
                    (None, None) => {}
                }
            }
        }
        (TypeKind::StringEnum(o), TypeKind::StringEnum(n)) => enum_changes(
            o.variants.iter().map(|v| v.value.clone()),
            n.variants.iter().map(|v| v.value.clone()),
            &mut changes,
        ),
        (TypeKind::IntEnum(o), TypeKind::IntEnum(n)) => enum_changes(
            o.variants.iter().map(|v| v.value.to_string()),
            n.variants.iter().map(|v| v.value.to_string()),
            &mut changes,
        ),
        (TypeKind::Union(o), TypeKind::Union(n)) => {
            let ov: BTreeSet<String> = o
                .variants
                .iter()
                .map(|v| v.ty.rust_text(old_types))
                .collect();
            let nv: BTreeSet<String> = n
                .variants
                .iter()
                .map(|v| v.ty.rust_text(new_types))
                .collect();
            for v in ov.difference(&nv) {
                changes.push(breaking(format!("variant {v} removed")));
            }
            for v in nv.difference(&ov) {
                changes.push(additive(format!("variant {v} added")));
            }
        }
        (TypeKind::Responses(o), TypeKind::Responses(n)) => {
            let text = |v: &crate::ir::ResponseVariant, types: &TypeSet| {
                let body = v
                    .body
                    .as_ref()
                    .map(|(t, _)| format!("({})", t.rust_text(types)))
                    .unwrap_or_default();
                format!("{}{body}", v.name)
            };
            let ov: BTreeSet<String> = o.iter().map(|v| text(v, old_types)).collect();
            let nv: BTreeSet<String> = n.iter().map(|v| text(v, new_types)).collect();
            for v in ov.difference(&nv) {
                changes.push(breaking(format!("variant {v} removed")));
            }
            for v in nv.difference(&ov) {
                changes.push(additive(format!("variant {v} added")));
            }
        }
        (TypeKind::Newtype(o), TypeKind::Newtype(n)) | (TypeKind::Alias(o), TypeKind::Alias(n)) => {
            let (ot, nt) = (o.rust_text(old_types), n.rust_text(new_types));
            if ot != nt {
                changes.push(breaking(format!("now {nt} (was {ot})")));
            }
        }
        _ => changes.push(breaking(format!(
            "now {} (was {})",
            with_article(kind_name(new)),
            with_article(kind_name(old))
        ))),
    }
    changes
}

fn with_article(kind: &str) -> String {
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}

fn enum_changes(
    old: impl Iterator<Item = String>,
    new: impl Iterator<Item = String>,
    changes: &mut Vec<Change>,
) {
    let old: Vec<String> = old.collect();
    let new: Vec<String> = new.collect();
    for v in old.iter().filter(|v| !new.contains(v)) {
        changes.push(breaking(format!("value `{v}` removed")));
    }
    for v in new.iter().filter(|v| !old.contains(v)) {
        changes.push(additive(format!("value `{v}` added")));
    }
}

fn field_text(f: &crate::ir::Field, types: &TypeSet) -> String {
    let ty = f.ty.rust_text(types);
    match f.presence() {
        Presence::Required | Presence::Defaulted => ty,
        Presence::Optional | Presence::RequiredNullable => format!("Option<{ty}>"),
        Presence::OptionalNullable if f.ty == TypeRef::Json => format!("Option<{ty}>"),
        Presence::OptionalNullable => format!("Option<Option<{ty}>>"),
    }
}
