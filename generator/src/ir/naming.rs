//! Every Rust identifier the generator prints is decided here: case
//! conversion, keyword escaping, and deterministic renaming on collisions.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;

/// Strict and reserved keywords of Rust 2024 (`gen` is new in 2024).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be written as raw identifiers (`r#self` is an error).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names the generated code relies on seeing from the prelude or serde;
/// a schema with one of these names is renamed so the output still compiles
/// and `use models::*` does not shadow the prelude.
const RESERVED_TYPES: &[&str] = &[
    "Self",
    "String",
    "Vec",
    "Option",
    "Some",
    "None",
    "Box",
    "Result",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "Extend",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "AsRef",
    "AsMut",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "ToString",
    "ToOwned",
    "Serialize",
    "Deserialize",
    "Serializer",
    "Deserializer",
];

/// The UpperCamelCase form of `raw` for a type name, not yet unique.
pub fn type_name(raw: &str) -> String {
    let mut name = upper_first(ascii_ident(&raw.to_upper_camel_case()));
    if name.is_empty() {
        name = "Unnamed".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "Model");
    }
    if RESERVED_TYPES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    shorten(name)
}

/// The longest type name kept whole. Names of inline types grow with each
/// level of nesting; rustdoc writes a file per type (`struct.Name.html`),
/// which file systems limit to 255 bytes, and nobody reads such names anyway.
const MAX_TYPE_NAME: usize = 96;

/// A name over the limit keeps its first word and as many of its last words
/// as fit: `RootLevel0…Level40` → `RootLevel31…Level40`.
fn shorten(name: String) -> String {
    if name.len() <= MAX_TYPE_NAME {
        return name;
    }
    // Word starts: each uppercase letter (names here are ASCII UpperCamelCase).
    let starts: Vec<usize> = name
        .char_indices()
        .filter(|(i, c)| *i == 0 || c.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    let first_end = starts.get(1).copied().unwrap_or(name.len());
    if first_end >= MAX_TYPE_NAME {
        return name[..MAX_TYPE_NAME].to_owned();
    }
    let tail_start = starts
        .iter()
        .copied()
        .find(|&s| s >= first_end && first_end + (name.len() - s) <= MAX_TYPE_NAME)
        .unwrap_or(name.len());
    format!("{}{}", &name[..first_end], &name[tail_start..])
}

/// The name of an operation's request builder: `get_identity` →
/// `GetIdentityRequest` (`_123` → `Operation123Request`).
pub fn builder_name(method_name: &str) -> String {
    let camel = camel(bare(method_name));
    if camel.starts_with(|c: char| c.is_ascii_digit()) || camel.is_empty() {
        shorten(format!("Operation{camel}Request"))
    } else {
        shorten(format!("{camel}Request"))
    }
}

/// `raw` in UpperCamelCase, ASCII only, as a part of a longer type name.
pub fn camel(raw: &str) -> String {
    upper_first(ascii_ident(&raw.to_upper_camel_case()))
}

/// Dropping non-ASCII letters can leave a lowercase letter first (`été` → `t`).
fn upper_first(mut s: String) -> String {
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// The UpperCamelCase form of `raw` for an enum variant, not yet unique.
/// Empty and symbol-only values get a name from `fallback`.
pub fn variant_name(raw: &str, fallback: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_owned();
    }
    let mut name = upper_first(ascii_ident(&raw.to_upper_camel_case()));
    if name.is_empty() {
        name = fallback.to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Self" {
        name.push_str("Value");
    }
    name
}

/// The snake_case form of `raw` for a field, method or parameter name, not
/// yet unique; keywords become raw identifiers (`r#type`) or, where Rust
/// forbids that, get a trailing underscore (`self_`).
pub fn field_name(raw: &str, fallback: &str) -> String {
    let snake = ascii_ident(&raw.to_snake_case());
    // Dropped characters can leave underscores at the ends (`get things!` → `get_things_`).
    let mut name = snake.trim_matches('_').to_owned();
    if name.is_empty() || name.chars().all(|c| c == '_') {
        name = fallback.to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    escape_keyword(name)
}

fn escape_keyword(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Keeps ASCII letters, digits and underscores; Rust accepts more, but
/// non-ASCII identifiers draw lints and are hard to type.
fn ascii_ident(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// One scope of names (the models module, the fields of a struct, the
/// variants of an enum). The first claimant of a name gets it; later ones get
/// a numeric suffix, so the outcome depends only on the order of claims.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks names as used without claiming them for anything.
    pub fn reserve(&mut self, names: &[&str]) {
        for n in names {
            self.taken.insert(bare(n).to_owned());
        }
    }

    /// `base`, or `base2`, `base3`, … (`base_2` for snake_case names), the
    /// first that is free.
    pub fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(bare(base).to_owned()) {
            return base.to_owned();
        }
        let snake = base.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            || base.starts_with("r#");
        let stem = bare(base);
        for n in 2.. {
            // `self_` becomes `self_2`, not `self__2` (not snake case).
            let candidate = if snake {
                format!("{}_{n}", stem.trim_end_matches('_'))
            } else {
                format!("{stem}{n}")
            };
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("the loop above only ends by returning")
    }
}

/// A name without its raw-identifier prefix (`r#type` → `type`): how it is
/// spelled in docs, paths and messages, and what two names are compared by.
pub fn bare(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(
            type_name("identityWithCredentials"),
            "IdentityWithCredentials"
        );
        assert_eq!(type_name("JSONRawMessage"), "JsonRawMessage");
        assert_eq!(type_name("String"), "StringModel");
        assert_eq!(type_name("option"), "OptionModel");
        assert_eq!(type_name("3ds"), "Model3ds");
        assert_eq!(type_name("été"), "T");
        assert_eq!(type_name("$$"), "Unnamed");
    }

    #[test]
    fn long_names_keep_their_first_and_last_words() {
        let deep: String = std::iter::once("root".to_owned())
            .chain((0..40).map(|i| format!("level{i}")))
            .collect::<Vec<_>>()
            .join("_");
        let name = type_name(&deep);
        assert!(name.len() <= MAX_TYPE_NAME, "{name}");
        assert!(name.starts_with("RootLevel"), "{name}");
        assert!(name.ends_with("Level38Level39"), "{name}");
        let one_word = type_name(&"a".repeat(300));
        assert_eq!(one_word.len(), MAX_TYPE_NAME);
        let builder = builder_name(&"very_long_operation".repeat(20));
        assert!(
            builder.len() <= MAX_TYPE_NAME && builder.ends_with("Request"),
            "{builder}"
        );
    }

    #[test]
    fn field_names() {
        assert_eq!(field_name("type", "f"), "r#type");
        assert_eq!(field_name("gen", "f"), "r#gen");
        assert_eq!(field_name("self", "f"), "self_");
        assert_eq!(field_name("Self", "f"), "self_");
        assert_eq!(field_name("createdAt", "f"), "created_at");
        assert_eq!(field_name("X-Total-Count", "f"), "x_total_count");
        assert_eq!(field_name("2fa", "f"), "_2fa");
        assert_eq!(field_name("@@", "field"), "field");
        assert_eq!(field_name("_", "field"), "field");
        assert_eq!(field_name("get things! 日本語", "f"), "get_things");
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("v0.6_legacy_session", "V"), "V06LegacySession");
        assert_eq!(variant_name("", "V"), "Empty");
        assert_eq!(variant_name("1", "V"), "V1");
        assert_eq!(variant_name("+", "Value1"), "Value1");
        assert_eq!(variant_name("self", "V"), "SelfValue");
    }

    #[test]
    fn namespace_suffixes_in_claim_order() {
        let mut ns = Namespace::new();
        assert_eq!(ns.claim("NullBool"), "NullBool");
        assert_eq!(ns.claim("NullBool"), "NullBool2");
        assert_eq!(ns.claim("NullBool"), "NullBool3");
        assert_eq!(ns.claim("r#type"), "r#type");
        assert_eq!(ns.claim("type"), "type_2");
        assert_eq!(ns.claim("a_b"), "a_b");
        assert_eq!(ns.claim("a_b"), "a_b_2");
        assert_eq!(ns.claim("self_"), "self_");
        assert_eq!(ns.claim("self_"), "self_2");
    }
}
