//! A struct's serde impls written out on the runtime's `object` module
//! (`StructSerde::Object`): each field read and written as its presence
//! says.

use super::*;

/// `Serialize`, `Deserialize` and `crate::object::FromObject` for `name`.
pub(super) fn object_impls(cfg: &TokenStream, name: &str, s: &Struct) -> TokenStream {
    let ty = ident(name);
    let serialize = serialize_body(s);
    let from_object = from_object_body(s);
    let fields = s.fields.iter().map(|f| &f.json_name);
    quote! {
        #cfg
        impl Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #serialize
            }
        }

        #cfg
        impl<'de> Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::deserialize(deserializer)
            }
        }

        #cfg
        impl crate::object::FromObject for #ty {
            const NAME: &'static str = #name;
            const FIELDS: &'static [&'static str] = &[#(#fields),*];

            fn from_object<'de, A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                #from_object
            }
        }
    }
}

/// Writes the fields that are there (an optional field that is `None` is
/// left out; a required nullable one is written as `null`), then the
/// additional properties.
fn serialize_body(s: &Struct) -> TokenStream {
    let entries: Vec<TokenStream> = s
        .fields
        .iter()
        .map(|f| {
            let (field, key) = (ident(&f.name), &f.json_name);
            match f.presence() {
                Presence::Optional | Presence::OptionalNullable => quote! {
                    if let Some(value) = &self.#field {
                        map.serialize_entry(#key, value)?;
                    }
                },
                Presence::Required | Presence::RequiredNullable | Presence::Defaulted => {
                    quote!(map.serialize_entry(#key, &self.#field)?;)
                }
            }
        })
        .collect();
    let additional = s.additional.as_ref().map(|(field, _)| {
        let field = ident(field);
        quote! {
            for (key, value) in &self.#field {
                map.serialize_entry(key, value)?;
            }
        }
    });
    let map_mut = (!entries.is_empty() || additional.is_some()).then(|| quote!(mut));
    quote! {
        use serde::ser::SerializeMap as _;
        let #map_mut map = serializer.serialize_map(None)?;
        #(#entries)*
        #additional
        map.end()
    }
}

fn slot(f: &Field) -> proc_macro2::Ident {
    ident(&f.slot())
}

/// Reads every property into its field's slot (unknown ones are skipped, or
/// kept as additional properties), then builds the struct from the slots.
fn from_object_body(s: &Struct) -> TokenStream {
    let slots = s.fields.iter().map(|f| {
        let slot = slot(f);
        quote!(let mut #slot = None;)
    });
    let arms = s.fields.iter().map(|f| {
        let (slot, key) = (slot(f), &f.json_name);
        quote!(#key => read(&mut map, &mut #slot, #key)?,)
    });
    let (additional, other) = match &s.additional {
        Some((field, _)) => {
            let field = ident(field);
            (
                Some(quote!(let mut #field = std::collections::BTreeMap::new();)),
                quote! {{
                    let value = map.next_value()?;
                    #field.insert(key.as_str().to_owned(), value);
                }},
            )
        }
        None => (None, quote!(crate::object::skip(&mut map)?)),
    };
    let read_loop = match (s.fields.is_empty(), s.additional.is_some()) {
        (true, false) => quote! {
            while map.next_key::<crate::object::Key<'de>>()?.is_some() {
                #other;
            }
        },
        (true, true) => quote! {
            while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
                #other
            }
        },
        (false, _) => quote! {
            use crate::object::read;
            while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
                match key.as_str() {
                    #(#arms)*
                    _ => #other,
                }
            }
        },
    };
    let inits = s.fields.iter().map(|f| {
        let (field, slot, key) = (ident(&f.name), slot(f), &f.json_name);
        let value = match f.presence() {
            Presence::Required => quote!(crate::object::required(#slot, #key)?),
            // Absent and `null` are both `None`.
            Presence::RequiredNullable | Presence::Optional => quote!(#slot.flatten()),
            // Absent is `None`, `null` is `Some(None)` (or `Value::Null`).
            Presence::OptionalNullable => quote!(#slot),
            Presence::Defaulted => {
                let default = ident(&f.default_fn());
                quote!(#slot.unwrap_or_else(Self::#default))
            }
        };
        quote!(#field: #value,)
    });
    let additional_init = s.additional.as_ref().map(|(field, _)| {
        let field = ident(field);
        quote!(#field,)
    });
    quote! {
        #(#slots)*
        #additional
        #read_loop
        Ok(Self {
            #(#inits)*
            #additional_init
        })
    }
}
