//! Unions: untagged (the first variant that fits) and tagged by a
//! discriminator property.

use super::*;

fn variant_payload(v: &UnionVariant, types: &TypeSet) -> TokenStream {
    let ty = type_tokens(&v.ty, types, &TokenStream::new());
    if v.boxed { quote!(Box<#ty>) } else { ty }
}

fn variant_doc(v: &UnionVariant, types: &TypeSet) -> String {
    format!(" A value of type `{}`.", v.ty.rust_text(types))
}

/// The variants as declared, each with its payload type, in either kind of
/// union.
fn variant_defs(u: &Union, types: &TypeSet) -> Vec<TokenStream> {
    u.variants
        .iter()
        .map(|v| {
            let doc = variant_doc(v, types);
            let n = ident(&v.name);
            let payload = variant_payload(v, types);
            quote!(#[doc = #doc] #n(#payload),)
        })
        .collect()
}

pub(super) fn untagged_union(
    docs: &TokenStream,
    cfg: &TokenStream,
    type_name: &str,
    u: &Union,
    types: &TypeSet,
) -> TokenStream {
    let name = ident(type_name);
    let variants = variant_defs(u, types);
    quote! {
        #cfg
        #docs
        ///
        /// Read by trying each variant in order; the first that fits wins.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }
    }
}

pub(super) fn tagged_union(
    docs: &TokenStream,
    cfg: &TokenStream,
    type_name: &str,
    u: &Union,
    types: &TypeSet,
) -> TokenStream {
    let Some(tag) = &u.tag else {
        return untagged_union(docs, cfg, type_name, u, types);
    };
    let name = ident(type_name);
    let unknown = ident(&tag.unknown_variant);
    let property = &tag.property;
    let unknown_doc = format!(" An object whose `{property}` names no variant this client knows.");
    let tag_doc = format!(" The variant is chosen by the `{property}` property.");
    let variants = variant_defs(u, types);
    let serialize_arms = u.variants.iter().filter_map(|v| {
        let n = ident(&v.name);
        if v.carries_tag {
            return Some(quote!(Self::#n(value) => value.serialize(serializer),));
        }
        let value = v.tag_values.first()?;
        Some(quote!(Self::#n(value) => crate::tag_writer::serialize(serializer, #property, #value, value),))
    });
    let deserialize_arms = u.variants.iter().map(|v| {
        let n = ident(&v.name);
        let values = &v.tag_values;
        quote!(Some(#(#values)|*) => crate::tagged::variant(value).map(Self::#n),)
    });
    quote! {
        #cfg
        #docs
        ///
        #[doc = #tag_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            #unknown(serde_json::Value),
        }

        #cfg
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::#unknown(value) => value.serialize(serializer),
                }
            }
        }

        #cfg
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let (tag, value) = crate::tagged::split(deserializer, #property)?;
                match tag.as_deref() {
                    #(#deserialize_arms)*
                    _ => Ok(Self::#unknown(value)),
                }
            }
        }
    }
}
