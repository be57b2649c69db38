//! Structs: their fields, defaults and serde impls.

use super::*;
use crate::ir::naming::bare;
use proc_macro2::Literal;

pub(super) fn struct_def(
    docs: &TokenStream,
    cfg: &TokenStream,
    type_name: &str,
    s: &Struct,
    types: &TypeSet,
) -> TokenStream {
    let name = ident(type_name);
    let none = TokenStream::new();

    let derived = s.serde == StructSerde::Derive;
    let fields = s
        .fields
        .iter()
        .map(|f| field_def(type_name, f, types, derived));
    let additional = s.additional.as_ref().map(|(field, ty)| {
        let field = ident(field);
        let ty = type_tokens(ty, types, &none);
        let flatten = derived.then(|| quote!(#[serde(flatten)]));
        quote! {
            /// Properties not listed in the schema, by name.
            #flatten
            pub #field: std::collections::BTreeMap<String, #ty>,
        }
    });
    let flattened = s.flattened.iter().map(|(field, ty)| {
        let field = ident(field);
        let ty = type_tokens(ty, types, &none);
        quote! {
            /// The part of the object that is one of several shapes.
            #[serde(flatten)]
            pub #field: #ty,
        }
    });
    let mut traits = vec![quote!(Debug), quote!(Clone), quote!(PartialEq)];
    if s.default == StructDefault::Derive {
        traits.push(quote!(Default));
    }
    let serde_impls = match s.serde {
        StructSerde::Derive => {
            traits.extend([quote!(Serialize), quote!(Deserialize)]);
            None
        }
        StructSerde::Object => Some(super::object::object_impls(cfg, type_name, s)),
    };
    let derives = quote!(#[derive(#(#traits),*)]);

    let default_fns: Vec<TokenStream> = s
        .fields
        .iter()
        .filter(|f| f.presence() == Presence::Defaulted)
        .filter_map(|f| {
            let value = f.default.as_ref()?;
            let fn_name = ident(&f.default_fn());
            let ty = field_base_type(f, types);
            let expr = default_expr(value, &f.ty, types);
            Some(quote! {
                fn #fn_name() -> #ty {
                    #expr
                }
            })
        })
        .collect();
    let default_impl = (s.default == StructDefault::Impl).then(|| {
        let inits = s.fields.iter().map(|f| {
            let field = ident(&f.name);
            if f.presence() == Presence::Defaulted {
                let fn_name = ident(&f.default_fn());
                quote!(#field: Self::#fn_name(),)
            } else {
                quote!(#field: Default::default(),)
            }
        });
        let rest = s
            .additional
            .iter()
            .map(|(field, _)| field)
            .chain(s.flattened.iter().map(|(field, _)| field))
            .map(|field| {
                let field = ident(field);
                quote!(#field: Default::default(),)
            });
        quote! {
            #cfg
            impl Default for #name {
                fn default() -> Self {
                    Self { #(#inits)* #(#rest)* }
                }
            }
        }
    });
    let default_fns = (!default_fns.is_empty()).then(|| {
        quote! {
            #cfg
            impl #name {
                #(#default_fns)*
            }
        }
    });

    quote! {
        #cfg
        #docs
        #derives
        pub struct #name {
            #(#fields)*
            #(#flattened)*
            #additional
        }
        #default_fns
        #default_impl
        #serde_impls
    }
}

/// A field: its docs, its type, and (for a derived struct) the serde
/// attributes its presence calls for.
fn field_def(type_name: &str, f: &Field, types: &TypeSet, derived: bool) -> TokenStream {
    let docs = doc_attrs(&f.docs);
    let name = ident(&f.name);
    let base = field_base_type(f, types);
    let rename = (bare(&f.name) != f.json_name).then(|| {
        let json = &f.json_name;
        quote!(rename = #json,)
    });
    let (ty, serde_args) = match f.presence() {
        Presence::Required => (base, quote!()),
        Presence::RequiredNullable => (quote!(Option<#base>), quote!()),
        Presence::Optional => (
            quote!(Option<#base>),
            quote!(default, skip_serializing_if = "Option::is_none",),
        ),
        Presence::OptionalNullable => {
            // `Option<Value>` keeps `null` as `Value::Null`; anything else
            // needs a second `Option` to tell `null` from absent.
            let ty = if f.ty == TypeRef::Json {
                quote!(Option<#base>)
            } else {
                quote!(Option<Option<#base>>)
            };
            (
                ty,
                quote!(
                    default,
                    deserialize_with = "crate::nullable::deserialize_some",
                    skip_serializing_if = "Option::is_none",
                ),
            )
        }
        Presence::Defaulted => {
            let path = format!("{type_name}::{}", f.default_fn());
            (base, quote!(default = #path,))
        }
    };
    let serde_attr = if !derived || (rename.is_none() && serde_args.is_empty()) {
        quote!()
    } else {
        quote!(#[serde(#rename #serde_args)])
    };
    quote! {
        #docs
        #serde_attr
        pub #name: #ty,
    }
}

/// The field's type without the `Option` its presence adds.
fn field_base_type(f: &Field, types: &TypeSet) -> TokenStream {
    let ty = type_tokens(&f.ty, types, &TokenStream::new());
    if f.boxed { quote!(Box<#ty>) } else { ty }
}

fn default_expr(value: &DefaultValue, ty: &TypeRef, types: &TypeSet) -> TokenStream {
    match value {
        DefaultValue::Bool(b) => quote!(#b),
        DefaultValue::Int(n) => int_literal(*n),
        DefaultValue::Float(x) => {
            if *ty == TypeRef::F32 {
                let lit = Literal::f32_unsuffixed(*x as f32);
                quote!(#lit)
            } else {
                let lit = Literal::f64_unsuffixed(*x);
                quote!(#lit)
            }
        }
        DefaultValue::Str(s) => quote!(#s.to_owned()),
        DefaultValue::Variant(v) => {
            let ty = type_tokens(ty, types, &TokenStream::new());
            let v = ident(v);
            quote!(#ty::#v)
        }
    }
}
