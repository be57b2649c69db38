//! String and integer enums that keep values they do not know.

use super::*;

pub(super) fn string_enum(
    docs: &TokenStream,
    cfg: &TokenStream,
    type_name: &str,
    e: &Enum<String>,
) -> TokenStream {
    let name = ident(type_name);
    let unknown = ident(&e.unknown_variant);
    let variants = variant_defs(e);
    let to_str = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), &v.value);
        quote!(Self::#n => #value,)
    });
    let from_str = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), &v.value);
        quote!(#value => Self::#n,)
    });
    quote! {
        #cfg
        #docs
        ///
        /// New values may be added as the API grows, so a `match` needs a
        /// catch-all arm.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know, kept as it was received.
            #unknown(String),
        }

        #cfg
        impl #name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::#unknown(value) => value,
                }
            }
        }

        #cfg
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => Self::#unknown(other.to_owned()),
                }
            }
        }

        #cfg
        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::#unknown(_) => Self::#unknown(value),
                    known => known,
                }
            }
        }

        #cfg
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #cfg
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #cfg
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::enums::deserialize_string_enum(deserializer)
            }
        }
    }
}

pub(super) fn int_enum(
    docs: &TokenStream,
    cfg: &TokenStream,
    type_name: &str,
    e: &Enum<i64>,
) -> TokenStream {
    let name = ident(type_name);
    let unknown = ident(&e.unknown_variant);
    let variants = variant_defs(e);
    let to_int = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), int_literal(v.value));
        quote!(Self::#n => #value,)
    });
    let from_int = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), int_literal(v.value));
        quote!(#value => Self::#n,)
    });
    quote! {
        #cfg
        #docs
        ///
        /// New values may be added as the API grows, so a `match` needs a
        /// catch-all arm.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know, kept as it was received.
            #unknown(i64),
        }

        #cfg
        impl #name {
            /// The value as it is sent on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #(#to_int)*
                    Self::#unknown(value) => *value,
                }
            }
        }

        #cfg
        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#from_int)*
                    other => Self::#unknown(other),
                }
            }
        }

        #cfg
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        #cfg
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        #cfg
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

/// The variants as declared: each with its docs.
fn variant_defs<T>(e: &Enum<T>) -> Vec<TokenStream> {
    e.variants
        .iter()
        .map(|v| {
            let docs = doc_attrs(&v.docs);
            let v = ident(&v.name);
            quote!(#docs #v,)
        })
        .collect()
}
