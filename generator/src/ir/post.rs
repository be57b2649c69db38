//! Decisions that need every type at hand: which fields go behind a `Box`,
//! and which structs can implement `Default`.

use super::types::*;
use serde_json::Value;
use std::collections::HashMap;

/// Boxes each struct field and union variant whose type contains, directly
/// (not through a `Vec` or map, which are on the heap already), the type that
/// holds it; otherwise the type would have infinite size. A field of `owner`
/// whose type `child` reaches `owner` again is exactly one whose type is in
/// `owner`'s strongly connected component, which one pass of Tarjan's
/// algorithm finds for every type at once.
pub fn break_cycles(defs: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = defs.iter().map(direct_children).collect();
    let component = strongly_connected(&edges);
    let cyclic = |owner: usize, child: TypeId| component.get(child.0) == Some(&component[owner]);
    for (owner, def) in defs.iter_mut().enumerate() {
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if let Some(child) = field.ty.direct_named() {
                        field.boxed = cyclic(owner, child);
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    if let Some(child) = variant.ty.direct_named() {
                        variant.boxed = cyclic(owner, child);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The strongly connected component of every node (Tarjan's algorithm,
/// iterative so that long chains of types cannot overflow the stack).
fn strongly_connected(edges: &[Vec<TypeId>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let (mut index, mut low, mut component) = (vec![UNSEEN; n], vec![0; n], vec![UNSEEN; n]);
    let (mut on_stack, mut stack) = (vec![false; n], Vec::new());
    let (mut next_index, mut next_component) = (0, 0);
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, position in its edge list)
        let mut work = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(w) = edges[v].get(*edge).map(|t| t.0).filter(|w| *w < n) {
                *edge += 1;
                if index[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
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
        TypeKind::SameAs(other) => vec![*other],
        TypeKind::StringEnum(_) | TypeKind::IntEnum(_) | TypeKind::Responses(_) => Vec::new(),
    }
}

/// Decides every struct's [`StructDefault`]: it has one when all its fields
/// do, written out when some field has a spec default.
pub fn decide_default(defs: &mut [TypeDef]) {
    let mut memo = vec![Memo::Unknown; defs.len()];
    for i in 0..defs.len() {
        has_default(defs, i, &mut memo);
    }
    for (def, memo) in defs.iter_mut().zip(memo) {
        if let TypeKind::Struct(s) = &mut def.kind {
            let spec_defaults = s.fields.iter().any(|f| f.presence() == Presence::Defaulted);
            s.default = match (memo == Memo::Yes, spec_defaults) {
                (false, _) => StructDefault::None,
                (true, false) => StructDefault::Derive,
                (true, true) => StructDefault::Impl,
            };
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Memo {
    Unknown,
    InProgress,
    Yes,
    No,
}

/// Whether type `i` has a `Default`: a struct whose fields all do, or an
/// alias or newtype of such a type. A cycle of required fields has none (its
/// default would never finish building). Iterative, for long chains.
fn has_default(defs: &[TypeDef], root: usize, memo: &mut [Memo]) -> bool {
    // The types a type's `Default` depends on, or `None` when it has none.
    let needs = |def: &TypeDef| -> Option<Vec<usize>> {
        let named = |ty: &TypeRef| -> Option<Option<usize>> {
            match ty {
                TypeRef::Named(id) => match defs.get(id.0).map(|d| &d.kind) {
                    Some(
                        TypeKind::StringEnum(_)
                        | TypeKind::IntEnum(_)
                        | TypeKind::Union(_)
                        | TypeKind::Responses(_),
                    ) => None,
                    _ => Some(Some(id.0)),
                },
                _ => Some(None),
            }
        };
        match &def.kind {
            TypeKind::Struct(s) if s.flattened.is_empty() => s
                .fields
                .iter()
                .filter(|f| f.presence() == Presence::Required)
                .map(|f| named(&f.ty))
                .collect::<Option<Vec<_>>>()
                .map(|deps| deps.into_iter().flatten().collect()),
            TypeKind::Newtype(t) | TypeKind::Alias(t) => named(t).map(|d| d.into_iter().collect()),
            _ => None,
        }
    };
    // Depth-first, with an explicit stack of (type, its dependencies, next one).
    let mut work: Vec<(usize, Vec<usize>, usize)> = Vec::new();
    let start =
        |i: usize, memo: &mut [Memo], work: &mut Vec<(usize, Vec<usize>, usize)>| match memo[i] {
            Memo::Unknown => match needs(&defs[i]) {
                None => memo[i] = Memo::No,
                Some(deps) => {
                    memo[i] = Memo::InProgress;
                    work.push((i, deps, 0));
                }
            },
            // A cycle: its members have no default.
            Memo::InProgress => memo[i] = Memo::No,
            Memo::Yes | Memo::No => {}
        };
    start(root, memo, &mut work);
    while let Some((i, deps, next)) = work.last_mut() {
        let i = *i;
        let finished = if memo[i] == Memo::No {
            true
        } else if let Some(dep) = deps.get(*next).copied() {
            *next += 1;
            match memo[dep] {
                Memo::Yes => {}
                Memo::No | Memo::InProgress => memo[i] = Memo::No,
                Memo::Unknown => {
                    start(dep, memo, &mut work);
                    // Settled at once (an enum, say): no default here either.
                    if memo[dep] == Memo::No {
                        memo[i] = Memo::No;
                    }
                }
            }
            false
        } else {
            memo[i] = Memo::Yes;
            true
        };
        if finished {
            work.pop();
            // A dependency without a default spoils the type that needs it.
            if memo[i] == Memo::No
                && let Some((parent, _, _)) = work.last()
            {
                memo[*parent] = Memo::No;
            }
        }
    }
    memo[root] == Memo::Yes
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

/// The enum of an operation parameter with the same variants, values and
/// docs as an earlier parameter's becomes an alias of that one:
/// `pub type GetSessionExpand = ListSessionsExpand;`. Microsoft Graph
/// repeats the same `$select`, `$expand` and `$orderby` lists for every
/// operation on a resource: 15,461 of its 25,280 enums were such copies.
/// The enums of models stay types of their own, so a model's field never
/// shows another model's enum.
pub fn share_enums(defs: &mut [TypeDef], emit_order: &[TypeId]) {
    let mut first: HashMap<EnumKey, TypeId> = HashMap::new();
    for &id in emit_order {
        let def = &defs[id.0];
        if !is_parameter(&def.origin) {
            continue;
        }
        let Some(key) = EnumKey::of(&def.kind) else {
            continue;
        };
        match first.get(&key) {
            Some(&canonical) => {
                let canonical_name = defs[canonical.0].name.clone();
                let def = &mut defs[id.0];
                def.kind = TypeKind::SameAs(canonical);
                def.docs
                    .push_paragraph(&format!("The same values as [`{canonical_name}`]."));
            }
            None => {
                first.insert(key, id);
            }
        }
    }
}

/// What makes two enums the same: each variant's name, value and docs, and
/// the name of the variant for unknown values.
#[derive(PartialEq, Eq, Hash)]
enum EnumKey {
    Strings(Vec<(String, String, Vec<String>)>, String),
    Integers(Vec<(String, i64, Vec<String>)>, String),
}

impl EnumKey {
    fn of(kind: &TypeKind) -> Option<EnumKey> {
        Some(match kind {
            TypeKind::StringEnum(e) => EnumKey::Strings(
                e.variants
                    .iter()
                    .map(|v| (v.name.clone(), v.value.clone(), v.docs.lines.clone()))
                    .collect(),
                e.unknown_variant.clone(),
            ),
            TypeKind::IntEnum(e) => EnumKey::Integers(
                e.variants
                    .iter()
                    .map(|v| (v.name.clone(), v.value, v.docs.lines.clone()))
                    .collect(),
                e.unknown_variant.clone(),
            ),
            _ => return None,
        })
    }
}

/// Whether a type was made for an operation parameter's schema (declared
/// with the operation, its path, or under `components/parameters`).
fn is_parameter(origin: &crate::diagnostics::Pointer) -> bool {
    origin.segments().any(|s| s == "parameters")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Pointer;

    fn def(kind: TypeKind) -> TypeDef {
        TypeDef {
            name: "T".into(),
            origin: Pointer::root(),
            docs: Docs::default(),
            kind,
        }
    }

    fn required(ty: TypeRef) -> Field {
        Field {
            name: "f".into(),
            json_name: "f".into(),
            ty,
            required: true,
            nullable: false,
            spec_default: None,
            default: None,
            boxed: false,
            docs: Docs::default(),
        }
    }

    fn structure(fields: Vec<Field>) -> TypeKind {
        TypeKind::Struct(Struct {
            fields,
            additional: None,
            flattened: vec![],
            default: StructDefault::None,
            serde: StructSerde::Object,
        })
    }

    fn derives(defs: &[TypeDef]) -> Vec<bool> {
        defs.iter()
            .map(|d| matches!(&d.kind, TypeKind::Struct(s) if s.default == StructDefault::Derive))
            .collect()
    }

    #[test]
    fn default_follows_required_fields() {
        // 0 needs 1 needs 2 (an enum, no default); 3 needs 4 (plain); 5 ↔ 6 cycle.
        let mut defs = vec![
            def(structure(vec![required(TypeRef::Named(TypeId(1)))])),
            def(structure(vec![required(TypeRef::Named(TypeId(2)))])),
            def(TypeKind::StringEnum(Enum {
                variants: vec![],
                unknown_variant: "U".into(),
            })),
            def(structure(vec![required(TypeRef::Named(TypeId(4)))])),
            def(structure(vec![required(TypeRef::String)])),
            def(structure(vec![required(TypeRef::Named(TypeId(6)))])),
            def(structure(vec![required(TypeRef::Named(TypeId(5)))])),
        ];
        decide_default(&mut defs);
        assert_eq!(
            derives(&defs),
            [false, false, false, true, true, false, false]
        );
    }

    #[test]
    fn a_spec_default_makes_default_written_out() {
        let mut with_default = required(TypeRef::I64);
        with_default.required = false;
        with_default.default = Some(DefaultValue::Int(3));
        let mut defs = vec![def(structure(vec![
            with_default,
            required(TypeRef::String),
        ]))];
        decide_default(&mut defs);
        assert!(matches!(&defs[0].kind, TypeKind::Struct(s) if s.default == StructDefault::Impl));
    }

    #[test]
    fn boxing_finds_cycles_only() {
        // 0 → 1 → 2 → 0 is a cycle; 3 → 0 is not part of it.
        let mut defs = vec![
            def(structure(vec![required(TypeRef::Named(TypeId(1)))])),
            def(structure(vec![required(TypeRef::Named(TypeId(2)))])),
            def(structure(vec![required(TypeRef::Named(TypeId(0)))])),
            def(structure(vec![required(TypeRef::Named(TypeId(0)))])),
        ];
        break_cycles(&mut defs);
        let boxed: Vec<bool> = defs
            .iter()
            .map(|d| matches!(&d.kind, TypeKind::Struct(s) if s.fields[0].boxed))
            .collect();
        assert_eq!(boxed, [true, true, true, false]);
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let n = 200_000;
        let mut defs: Vec<TypeDef> = (0..n)
            .map(|i| {
                def(structure(vec![required(TypeRef::Named(TypeId(
                    (i + 1) % n,
                )))]))
            })
            .collect();
        break_cycles(&mut defs);
        decide_default(&mut defs);
        assert!(defs.iter().all(
            |d| matches!(&d.kind, TypeKind::Struct(s) if s.fields[0].boxed && s.default == StructDefault::None)
        ));
    }

    fn string_enum(name: &str, at: &str, values: &[&str]) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: Pointer::from_ref(at).unwrap(),
            docs: Docs::default(),
            kind: TypeKind::StringEnum(Enum {
                variants: values
                    .iter()
                    .map(|v| Variant {
                        name: v.to_uppercase(),
                        value: v.to_string(),
                        docs: Docs::default(),
                    })
                    .collect(),
                unknown_variant: "Unknown".into(),
            }),
        }
    }

    #[test]
    fn a_parameters_enum_like_an_earlier_ones_is_an_alias_of_it() {
        let mut defs = vec![
            string_enum(
                "Shown",
                "#/components/schemas/Thing/properties/shown",
                &["a", "b"],
            ),
            string_enum(
                "ListExpand",
                "#/paths/~1t/get/parameters/0/schema/items",
                &["a", "b"],
            ),
            string_enum(
                "GetExpand",
                "#/paths/~1t~1{id}/get/parameters/1/schema/items",
                &["a", "b"],
            ),
            string_enum(
                "GetOrder",
                "#/paths/~1t~1{id}/get/parameters/2/schema",
                &["b", "a"],
            ),
            string_enum(
                "Shared",
                "#/components/parameters/expand/schema/items",
                &["a", "b"],
            ),
        ];
        let order: Vec<TypeId> = (0..defs.len()).map(TypeId).collect();
        share_enums(&mut defs, &order);
        let kind = |i: usize| match &defs[i].kind {
            TypeKind::SameAs(target) => format!("alias of {}", defs[target.0].name),
            TypeKind::StringEnum(_) => "enum".to_owned(),
            other => format!("{other:?}"),
        };
        // The model's enum is its own; the first parameter's is shared; other
        // values (or their order) are another enum.
        assert_eq!(
            (0..5).map(kind).collect::<Vec<_>>(),
            [
                "enum",
                "enum",
                "alias of ListExpand",
                "enum",
                "alias of ListExpand"
            ]
        );
        assert_eq!(
            defs[2].docs.lines.last().unwrap(),
            "The same values as [`ListExpand`]."
        );
    }
}
