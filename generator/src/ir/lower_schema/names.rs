//! Naming the types lowering makes: the hint a caller passes down, and the
//! placeholders that hold a name until the type behind it is lowered.

use super::*;

/// What to call a type if the schema needs one.
#[derive(Debug, Clone)]
pub struct Hint {
    /// The (not yet unique) UpperCamelCase name.
    pub(super) name: String,
    /// The name was claimed already (component schemas).
    pub(super) fixed: bool,
    /// The description of the property or parameter the schema belongs to,
    /// used as the type's docs when the schema has none.
    pub(super) context: Option<String>,
    /// The type the schema is to become, when it stands for another schema:
    /// the inline member of a component's one-member `allOf` is the
    /// component's own type, not a second type of the same name.
    pub(super) id: Option<TypeId>,
}

impl Hint {
    pub fn derived(name: impl Into<String>, context: Option<&str>) -> Hint {
        Hint {
            name: name.into(),
            fixed: false,
            context: context.map(str::to_owned),
            id: None,
        }
    }

    pub(super) fn child(&self, suffix: &str) -> Hint {
        Hint::derived(format!("{}{suffix}", self.name), None)
    }

    /// The hint for the items of an array: an unnamed array passes its own
    /// name on (so `expand: [enum]` makes `GetSessionExpand`), a named one adds
    /// `Item`.
    pub(super) fn items(&self) -> Hint {
        if self.fixed {
            self.child("Item")
        } else {
            Hint {
                fixed: false,
                id: None,
                ..self.clone()
            }
        }
    }
}

impl Lowering<'_> {
    /// The id of the named type being built for the schema at `at`: the one
    /// handed out already (components, recursive references) or a new one.
    pub(super) fn named_id(&mut self, at: &Pointer, hint: &Hint) -> TypeId {
        if let Some(id) = self.pending.get(at).and_then(|p| p.id) {
            return id;
        }
        let id = self.new_type(hint, at);
        if let Some(p) = self.pending.get_mut(at) {
            p.id = Some(id);
        }
        id
    }

    pub(super) fn new_type(&mut self, hint: &Hint, at: &Pointer) -> TypeId {
        let name = if hint.fixed {
            hint.name.clone()
        } else {
            self.names.claim(&naming::type_name(&hint.name))
        };
        self.push_placeholder(name, at)
    }

    pub(super) fn push_placeholder(&mut self, name: String, at: &Pointer) -> TypeId {
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
    pub(super) fn hint_for(&self, at: &Pointer) -> Hint {
        if let Some(id) = self.components.get(at) {
            return Hint {
                name: self.defs[id.0].name.clone(),
                fixed: true,
                context: None,
                id: None,
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
}
