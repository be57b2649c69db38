//! The `security` module: the credentials a client holds, their builder
//! setters, and the `authorize_*` functions, as [`Security`] decided them.

use super::{ident, inner_doc_attrs};
use crate::ir::http::ParamLocation;
use crate::ir::operations::security_text;
use crate::ir::security::{Apply, Authorizer, Credential, SchemeKind, Security, Target};
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn security_file(security: &Security) -> TokenStream {
    let credentials = &security.credentials;
    let header = inner_doc_attrs(&["Credentials, and which operations send which."]);
    let fields = credentials.iter().map(|c| {
        let field = ident(&c.name);
        match c.kind {
            SchemeKind::Basic => quote!(#field: Option<(String, Option<String>)>,),
            _ => quote!(#field: Option<String>,),
        }
    });
    let debug_fields = credentials.iter().map(|c| {
        let field = ident(&c.name);
        let name = &c.name;
        quote!(.field(#name, &self.#field.as_ref().map(|_| "<redacted>")))
    });
    let setters = credentials.iter().map(setter);
    let authorize = security
        .authorizers
        .iter()
        .map(|a| authorize_fn(a, credentials));
    let builder_impl = (!credentials.is_empty()).then(|| {
        quote! {
            impl crate::ClientBuilder {
                #(#setters)*
            }
        }
    });
    quote! {
        #header

        /// The credentials a client sends. `Debug` never shows them.
        #[derive(Clone, Default)]
        pub(crate) struct Credentials {
            #(#fields)*
        }

        impl std::fmt::Debug for Credentials {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("Credentials")
                    #(#debug_fields)*
                    .finish()
            }
        }

        #builder_impl

        impl Credentials {
            #(#authorize)*
        }
    }
}

fn setter(c: &Credential) -> TokenStream {
    let field = ident(&c.name);
    let schemes = c
        .schemes
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match &c.kind {
        SchemeKind::Bearer => {
            let doc = format!(
                " The token sent as `Authorization: Bearer <token>` to operations that use {schemes}."
            );
            quote! {
                #[doc = #doc]
                pub fn #field(mut self, token: impl Into<String>) -> Self {
                    self.credentials.#field = Some(token.into());
                    self
                }
            }
        }
        SchemeKind::Basic => {
            let doc = format!(
                " The user and password sent with HTTP basic authentication to operations that use {schemes}."
            );
            quote! {
                #[doc = #doc]
                pub fn #field(mut self, user: impl Into<String>, password: Option<String>) -> Self {
                    self.credentials.#field = Some((user.into(), password));
                    self
                }
            }
        }
        SchemeKind::ApiKey { location, name } => {
            let doc = format!(
                " The API key sent as the {} `{name}` to operations that use {schemes}.",
                location_word(*location)
            );
            quote! {
                #[doc = #doc]
                pub fn #field(mut self, key: impl Into<String>) -> Self {
                    self.credentials.#field = Some(key.into());
                    self
                }
            }
        }
    }
}

fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Query => "query parameter",
        ParamLocation::Cookie => "cookie",
        _ => "header",
    }
}

/// One `if let` per branch; with none that has its credentials set, the
/// request goes without, and the server decides.
fn authorize_fn(a: &Authorizer, credentials: &[Credential]) -> TokenStream {
    let f = ident(&a.name);
    let doc = format!(
        " The credentials to send for {}.",
        security_text(&a.alternatives)
    );
    let branches = a.branches.iter().map(|branch| {
        let vars: Vec<proc_macro2::Ident> = (0..branch.len())
            .map(|i| quote::format_ident!("c{}", i))
            .collect();
        let fields: Vec<TokenStream> = branch
            .iter()
            .map(|apply| {
                let field = ident(&credentials[apply.credential].name);
                quote!(&self.#field)
            })
            .collect();
        let applies = branch
            .iter()
            .zip(&vars)
            .map(|(apply, var)| apply_tokens(apply, var));
        let (pattern, value) = if vars.len() == 1 {
            let (v, field) = (&vars[0], &fields[0]);
            (quote!(Some(#v)), quote!(#field))
        } else {
            let somes = vars.iter().map(|v| quote!(Some(#v)));
            (quote!((#(#somes),*)), quote!((#(#fields),*)))
        };
        quote! {
            if let #pattern = #value {
                #(#applies)*
                return auth;
            }
        }
    });
    let query_arg = (!a.query_keys.is_empty()).then(|| quote!(query: &mut crate::query::Query));
    let auth_mut = a.fills_auth().then(|| quote!(mut));
    quote! {
        #[doc = #doc]
        pub(crate) fn #f(&self, #query_arg) -> crate::auth::Auth<'_> {
            let #auth_mut auth = crate::auth::Auth::default();
            #(#branches)*
            auth
        }
    }
}

fn apply_tokens(apply: &Apply, var: &proc_macro2::Ident) -> TokenStream {
    match &apply.target {
        Target::Bearer => quote!(auth.bearer = Some(#var.as_str());),
        Target::Basic => quote!(auth.basic = Some((#var.0.as_str(), #var.1.as_deref()));),
        Target::Query(name) => quote!(query.push(#name, #var.as_str());),
        Target::Cookie(name) => {
            quote!(auth.headers.push(("cookie", format!("{}={}", #name, #var)));)
        }
        Target::Header(name) => quote!(auth.headers.push((#name, #var.clone()));),
    }
}
