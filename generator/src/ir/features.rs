//! Cargo features per tag: for a crate generated with one feature per tag
//! (the spec's `x-rust-client: {features-per-tag: true}`, or the
//! generator's option), which feature names there are and which of them
//! compile each operation and each type.
//!
//! An operation is compiled with the feature of any of its tags (`untagged`
//! for one without tags); a type with the feature of any operation that
//! uses it, directly or through other types (`unreferenced-models` for the
//! types no operation uses). `full` turns every one on. A type that many
//! tags use (Microsoft Graph's base types: hundreds) is compiled with a
//! hidden feature for that group of tags, which each of them turns on, so
//! its `#[cfg]` does not name them all.

use super::operations::Operation;
use super::types::{TypeRef, TypeSet};
use crate::diagnostics::{Pointer, Warnings};
use heck::ToKebabCase;

/// The features of a crate and what each compiles.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// The spec asks for a feature per tag (`x-rust-client`).
    pub requested: bool,
    /// The spec asks that none is in the crate's default set
    /// (`x-rust-client: {default-features: none}`): a user names the tags
    /// they use. By default every one is.
    pub none_by_default: bool,
    /// The features, in order: the tags as operations first name them, then
    /// `untagged` and `unreferenced-models` when some operation or type
    /// needs one.
    pub names: Vec<String>,
    /// Hidden features (`_group-1`, …), each turned on by the features of a
    /// group of tags that share types.
    pub groups: Vec<Group>,
    /// The features that compile each operation, in order.
    pub operations: Vec<Gate>,
    /// The features that compile each type, by [`super::TypeId`].
    pub types: Vec<Gate>,
}

/// The feature that turns every other one on.
pub const FULL: &str = "full";
/// The feature of the operations without a tag.
pub const UNTAGGED: &str = "untagged";
/// The feature of the types no operation uses.
pub const UNREFERENCED: &str = "unreferenced-models";

/// A hidden feature that stands for a group of features.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    /// Indexes into [`Features::names`], sorted.
    pub members: Vec<usize>,
}

/// What compiles an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Any of these features: indexes into [`Features::names`], sorted,
    /// never empty.
    AnyOf(Vec<usize>),
    /// The hidden feature [`Features::groups`]`[i]`.
    Group(usize),
}

/// A type that more features than this compile gets a group of its own.
const GROUP_OVER: usize = 8;

/// Cargo features the generated crate defines whatever the tags are.
const BUILT_IN: &[&str] = &[
    "default",
    "rustls",
    "rustls-ring",
    "native-tls",
    "http2",
    "system-proxy",
    "middleware",
    "tracing",
];

/// Names a feature for every tag and finds what each compiles.
pub(crate) fn plan(
    operations: &[Operation],
    types: &TypeSet,
    extension: Option<&serde_json::Value>,
    warnings: &mut Warnings,
) -> Features {
    let (requested, none_by_default) = setting(extension, warnings);
    let mut taken: std::collections::HashSet<String> = BUILT_IN
        .iter()
        .chain(&[FULL, UNTAGGED, UNREFERENCED])
        .map(|s| s.to_string())
        .collect();
    // `pets`, then `pets-2`, `pets-3`, …: the first that is free.
    let mut claim = |base: String| -> String {
        let name = std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|name| !taken.contains(name))
            .unwrap_or(base);
        taken.insert(name.clone());
        name
    };
    let mut names: Vec<String> = Vec::new();
    let mut by_tag: Vec<(&str, usize)> = Vec::new();
    let mut untagged = None;
    let mut op_gates = Vec::with_capacity(operations.len());
    for op in operations {
        let mut gate = Vec::new();
        for tag in &op.tags {
            let index = match by_tag.iter().find(|(t, _)| *t == tag.as_str()) {
                Some((_, index)) => *index,
                None => {
                    names.push(claim(feature_name(tag)));
                    by_tag.push((tag, names.len() - 1));
                    names.len() - 1
                }
            };
            gate.push(index);
        }
        if gate.is_empty() {
            gate.push(*untagged.get_or_insert_with(|| {
                names.push(UNTAGGED.to_owned());
                names.len() - 1
            }));
        }
        gate.sort_unstable();
        gate.dedup();
        op_gates.push(gate);
    }
    let mut type_sets = reached(operations, &op_gates, types, names.len());
    if type_sets.iter().any(Vec::is_empty) {
        names.push(UNREFERENCED.to_owned());
        let unreferenced = names.len() - 1;
        for set in type_sets.iter_mut().filter(|s| s.is_empty()) {
            set.push(unreferenced);
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let type_gates = type_sets
        .into_iter()
        .map(|members| {
            if members.len() <= GROUP_OVER {
                return Gate::AnyOf(members);
            }
            let index = match groups.iter().position(|g| g.members == members) {
                Some(index) => index,
                None => {
                    groups.push(Group {
                        name: format!("_group-{}", groups.len() + 1),
                        members,
                    });
                    groups.len() - 1
                }
            };
            Gate::Group(index)
        })
        .collect();
    Features {
        requested,
        none_by_default,
        names,
        groups,
        operations: op_gates.into_iter().map(Gate::AnyOf).collect(),
        types: type_gates,
    }
}

impl Features {
    /// The groups each feature turns on: by feature, indexes into
    /// [`Features::groups`].
    pub fn groups_of(&self) -> Vec<Vec<usize>> {
        let mut of = vec![Vec::new(); self.names.len()];
        for (g, group) in self.groups.iter().enumerate() {
            for &member in &group.members {
                of[member].push(g);
            }
        }
        of
    }
}

/// A tag as a feature name: kebab-case, ASCII letters and digits
/// (`users.user` → `users-user`); `tag` when nothing is left.
fn feature_name(tag: &str) -> String {
    let name: String = tag
        .to_kebab_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let name = name.trim_matches('-').to_owned();
    if name.is_empty() {
        "tag".to_owned()
    } else {
        name
    }
}

/// The gate of every type: the features of the operations that reach it
/// (empty when none does). One walk per feature, from the types its
/// operations mention, along the types each type mentions.
fn reached(
    operations: &[Operation],
    op_gates: &[Vec<usize>],
    types: &TypeSet,
    features: usize,
) -> Vec<Vec<usize>> {
    let mut gates = vec![Vec::new(); types.defs.len()];
    let mut seen = vec![usize::MAX; types.defs.len()];
    let mut stack = Vec::new();
    for feature in 0..features {
        for (op, gate) in operations.iter().zip(op_gates) {
            if gate.contains(&feature) {
                op.for_each_type(|t| t.named(&mut stack));
            }
        }
        while let Some(id) = stack.pop() {
            if seen[id.0] == feature {
                continue;
            }
            seen[id.0] = feature;
            gates[id.0].push(feature);
            types
                .get(id)
                .kind
                .for_each_type(|t: &TypeRef| t.named(&mut stack));
        }
    }
    gates
}

/// Reads `x-rust-client`: `{features-per-tag: bool, default-features: all | none}`.
/// Anything else is left out with a warning.
fn setting(extension: Option<&serde_json::Value>, warnings: &mut Warnings) -> (bool, bool) {
    let Some(value) = extension else {
        return (false, false);
    };
    let at = Pointer::root().push("x-rust-client");
    let Some(object) = value.as_object() else {
        warnings.warn(&at, "`x-rust-client` is not an object; it is left out");
        return (false, false);
    };
    let mut per_tag = false;
    let mut none_by_default = false;
    for (key, value) in object {
        match (key.as_str(), value) {
            ("features-per-tag", serde_json::Value::Bool(b)) => per_tag = *b,
            ("default-features", serde_json::Value::String(s)) if s == "all" || s == "none" => {
                none_by_default = s == "none";
            }
            _ => warnings.warn(
                &at.push(key),
                "not a setting of `x-rust-client` (`features-per-tag: true|false`, \
                 `default-features: all|none`); it is left out",
            ),
        }
    }
    (per_tag, none_by_default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(spec: &str) -> (Features, super::super::Api) {
        let loaded = crate::load::load("t.yaml", spec).expect("loads");
        let (api, _) = crate::ir::build(&loaded).expect("lowers");
        (api.features.clone(), api)
    }

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
x-rust-client: {features-per-tag: true}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}
  /stores:
    get:
      operationId: listStores
      tags: [stores, Pets]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Store'}}}}}
  /health:
    get:
      operationId: health
      responses: {'204': {description: ok}}
components:
  schemas:
    Pet: {type: object, properties: {owner: {$ref: '#/components/schemas/Owner'}}}
    Owner: {type: object, properties: {name: {type: string}}}
    Store: {type: object, properties: {pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
    Orphan: {type: object, properties: {x: {type: integer}}}
"#;

    #[test]
    fn every_tag_is_a_feature_and_types_follow_the_operations_that_use_them() {
        let (features, api) = plan_of(SPEC);
        assert!(features.requested && !features.none_by_default);
        assert_eq!(
            features.names,
            [
                "pets",
                "stores",
                "pets-2",
                "untagged",
                "unreferenced-models"
            ]
        );
        assert_eq!(
            features.operations,
            [
                Gate::AnyOf(vec![0]),
                Gate::AnyOf(vec![1, 2]),
                Gate::AnyOf(vec![3])
            ]
        );
        let gate_of = |name: &str| {
            let id = api
                .types
                .defs
                .iter()
                .position(|d| d.name == name)
                .expect(name);
            features.types[id].clone()
        };
        // Pet is used by both tags' operations, Owner through Pet.
        assert_eq!(gate_of("Pet"), Gate::AnyOf(vec![0, 1, 2]));
        assert_eq!(gate_of("Owner"), Gate::AnyOf(vec![0, 1, 2]));
        assert_eq!(gate_of("Store"), Gate::AnyOf(vec![1, 2]));
        assert_eq!(gate_of("Orphan"), Gate::AnyOf(vec![4]));
        assert!(features.groups.is_empty());
    }

    #[test]
    fn a_type_many_tags_use_gets_a_hidden_group() {
        let mut spec = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n");
        for i in 0..12 {
            spec.push_str(&format!(
                "  /p{i}:\n    get:\n      tags: [t{i}]\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{}'}}}}}}}}}}\n",
                if i < 10 { "Shared" } else { "Other" }
            ));
        }
        spec.push_str("components:\n  schemas:\n    Shared: {type: object, properties: {o: {$ref: '#/components/schemas/Other'}}}\n    Other: {type: object, properties: {x: {type: integer}}}\n");
        let (features, api) = plan_of(&spec);
        let id = |name: &str| api.types.defs.iter().position(|d| d.name == name).unwrap();
        assert_eq!(features.types[id("Shared")], Gate::Group(0));
        assert_eq!(features.types[id("Other")], Gate::Group(1));
        assert_eq!(features.groups[0].name, "_group-1");
        assert_eq!(features.groups[0].members, (0..10).collect::<Vec<_>>());
        assert_eq!(features.groups[1].members, (0..12).collect::<Vec<_>>());
        let of = features.groups_of();
        assert_eq!(
            (of[0].as_slice(), of[11].as_slice()),
            (&[0, 1][..], &[1][..])
        );
    }

    #[test]
    fn feature_names_are_kebab_case_and_clear_of_the_built_in_ones() {
        assert_eq!(feature_name("users.user"), "users-user");
        assert_eq!(
            feature_name("identityGovernance.entitlementManagement"),
            "identity-governance-entitlement-management"
        );
        assert_eq!(feature_name("Ünïcode ✓"), "ncode");
        assert_eq!(feature_name("✓"), "tag");
        let spec = SPEC
            .replace("tags: [pets]", "tags: [tracing]")
            .replace("[stores, Pets]", "[full]");
        let (features, _) = plan_of(&spec);
        assert_eq!(&features.names[..2], ["tracing-2", "full-2"]);
    }

    #[test]
    fn the_setting_is_read_and_anything_else_warned_about() {
        let mut warnings = Warnings::default();
        let on = serde_json::json!({"features-per-tag": true, "default-features": "none"});
        assert_eq!(setting(Some(&on), &mut warnings), (true, true));
        let odd = serde_json::json!({"features-per-tag": "yes", "colour": 1});
        assert_eq!(setting(Some(&odd), &mut warnings), (false, false));
        let pointers: Vec<String> = warnings.into_vec().iter().map(|w| w.to_string()).collect();
        assert_eq!(pointers.len(), 2, "{pointers:?}");
        assert!(
            pointers[0].contains("#/x-rust-client/features-per-tag"),
            "{pointers:?}"
        );
    }
}
