//! The `security` module: the credentials a client holds (one field per kind
//! of scheme the operations use), their builder setters, and one
//! `authorize_*` function per distinct security requirement.

use super::{ident, inner_doc_attrs};
use crate::ir::http::ParamLocation;
use crate::ir::naming::{self, Namespace};
use crate::ir::operations::{Operation, join_security, security_text};
use crate::ir::reserved;
use crate::ir::security::{SchemeKind, SchemeUse};
use proc_macro2::TokenStream;
use quote::quote;

/// One credential field of `Credentials`, shared by the schemes of one kind.
struct Credential {
    field: String,
    setter: String,
    kind: SchemeKind,
    schemes: Vec<String>,
}

/// The module, and for each operation the name of the function that applies
/// its credentials (empty for operations without security).
pub fn security_file(ops: &[Operation], schemes: &[SchemeUse]) -> (TokenStream, Vec<String>) {
    let credentials = credentials(schemes);
    let mut fn_names: Vec<String> = Vec::new();
    let mut distinct: Vec<(&Vec<Vec<String>>, String)> = Vec::new();
    // `a-b` and `a_b` make the same name; the second gets another.
    let mut authorize_names = Namespace::new();
    for op in ops {
        if op.security.is_empty() {
            fn_names.push(String::new());
            continue;
        }
        let name = match distinct.iter().find(|(s, _)| **s == op.security) {
            Some((_, name)) => name.clone(),
            None => {
                let name = authorize_names.claim(&authorize_name(&op.security));
                distinct.push((&op.security, name.clone()));
                name
            }
        };
        fn_names.push(name);
    }

    let header = inner_doc_attrs(&["Credentials, and which operations send which."]);
    let fields = credentials.iter().map(|c| {
        let field = ident(&c.field);
        match c.kind {
            SchemeKind::Basic => quote!(#field: Option<(String, Option<String>)>,),
            _ => quote!(#field: Option<String>,),
        }
    });
    let debug_fields = credentials.iter().map(|c| {
        let field = ident(&c.field);
        let name = &c.field;
        quote!(.field(#name, &self.#field.as_ref().map(|_| "<redacted>")))
    });
    let setters = credentials.iter().map(setter);
    let authorize = distinct
        .iter()
        .map(|(alternatives, name)| authorize_fn(name, alternatives, &credentials, schemes));
    let builder_impl = (!credentials.is_empty()).then(|| {
        quote! {
            impl crate::ClientBuilder {
                #(#setters)*
            }
        }
    });
    let tokens = quote! {
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
    };
    (tokens, fn_names)
}

/// Bearer-like schemes share one token, basic schemes one user and
/// password; each API key scheme has its own key.
fn credentials(schemes: &[SchemeUse]) -> Vec<Credential> {
    let mut names = Namespace::new();
    names.reserve(reserved::CLIENT_BUILDER);
    let mut out: Vec<Credential> = Vec::new();
    for scheme in schemes {
        let shared = match &scheme.kind {
            SchemeKind::Bearer | SchemeKind::Basic => {
                out.iter_mut().find(|c| c.kind == scheme.kind)
            }
            SchemeKind::ApiKey { .. } => None,
        };
        if let Some(c) = shared {
            c.schemes.push(scheme.name.clone());
            continue;
        }
        let base = match &scheme.kind {
            SchemeKind::Bearer => "bearer_token".to_owned(),
            SchemeKind::Basic => "basic_auth".to_owned(),
            SchemeKind::ApiKey { .. } => naming::field_name(&scheme.name, "api_key"),
        };
        let setter = names.claim(&base);
        out.push(Credential {
            field: setter.clone(),
            setter,
            kind: scheme.kind.clone(),
            schemes: vec![scheme.name.clone()],
        });
    }
    out
}

fn setter(c: &Credential) -> TokenStream {
    let field = ident(&c.field);
    let setter = ident(&c.setter);
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
                pub fn #setter(mut self, token: impl Into<String>) -> Self {
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
                pub fn #setter(mut self, user: impl Into<String>, password: Option<String>) -> Self {
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
                pub fn #setter(mut self, key: impl Into<String>) -> Self {
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

fn authorize_name(alternatives: &[Vec<String>]) -> String {
    let scheme = |s: &str| {
        naming::field_name(s, "scheme")
            .trim_start_matches("r#")
            .to_owned()
    };
    format!(
        "authorize_{}",
        join_security(alternatives, scheme, "_and_", "_or_")
    )
}

/// The query parameters through which `alternatives` send API keys, sorted
/// and once each.
pub fn query_key_names<'a>(alternatives: &[Vec<String>], schemes: &'a [SchemeUse]) -> Vec<&'a str> {
    let mut names: Vec<&str> = alternatives
        .iter()
        .flatten()
        .filter_map(
            |scheme| match &schemes.iter().find(|s| s.name == *scheme)?.kind {
                SchemeKind::ApiKey {
                    location: ParamLocation::Query,
                    name,
                } => Some(name.as_str()),
                _ => None,
            },
        )
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Whether some alternative sends an API key in the query (the function then
/// takes the query being built).
pub fn uses_query_key(alternatives: &[Vec<String>], schemes: &[SchemeUse]) -> bool {
    !query_key_names(alternatives, schemes).is_empty()
}

/// Chooses the first alternative whose credentials are all set; with none
/// set (or where the spec allows no credentials, `{}`), the request goes
/// without, and the server decides.
fn authorize_fn(
    name: &str,
    alternatives: &[Vec<String>],
    credentials: &[Credential],
    schemes: &[SchemeUse],
) -> TokenStream {
    let f = ident(name);
    let doc = format!(
        " The credentials to send for {}.",
        security_text(alternatives)
    );
    let mut branches = Vec::new();
    // Query keys go into the query, not into `auth`.
    let mut fills_auth = false;
    for alt in alternatives.iter().filter(|a| !a.is_empty()) {
        let used: Vec<(&Credential, &SchemeKind)> = alt
            .iter()
            .filter_map(|s| {
                let credential = credentials.iter().find(|c| c.schemes.contains(s))?;
                let kind = &schemes.iter().find(|u| u.name == *s)?.kind;
                Some((credential, kind))
            })
            .collect();
        fills_auth |= used.iter().any(|(_, kind)| {
            !matches!(
                kind,
                SchemeKind::ApiKey {
                    location: ParamLocation::Query,
                    ..
                }
            )
        });
        let vars: Vec<proc_macro2::Ident> = (0..used.len())
            .map(|i| quote::format_ident!("c{}", i))
            .collect();
        let fields: Vec<TokenStream> = used
            .iter()
            .map(|(c, _)| {
                let field = ident(&c.field);
                quote!(&self.#field)
            })
            .collect();
        let applies = used.iter().zip(&vars).map(|((_, kind), var)| match kind {
            SchemeKind::Bearer => quote!(auth.bearer = Some(#var.as_str());),
            SchemeKind::Basic => quote!(auth.basic = Some((#var.0.as_str(), #var.1.as_deref()));),
            SchemeKind::ApiKey {
                location: ParamLocation::Query,
                name,
            } => quote!(query.push(#name, #var.as_str());),
            SchemeKind::ApiKey {
                location: ParamLocation::Cookie,
                name,
            } => {
                quote!(auth.headers.push(("cookie", format!("{}={}", #name, #var)));)
            }
            SchemeKind::ApiKey { name, .. } => quote!(auth.headers.push((#name, #var.clone()));),
        });
        let (pattern, value) = if vars.len() == 1 {
            let (v, field) = (&vars[0], &fields[0]);
            (quote!(Some(#v)), quote!(#field))
        } else {
            let somes = vars.iter().map(|v| quote!(Some(#v)));
            (quote!((#(#somes),*)), quote!((#(#fields),*)))
        };
        branches.push(quote! {
            if let #pattern = #value {
                #(#applies)*
                return auth;
            }
        });
    }
    let query_arg =
        uses_query_key(alternatives, schemes).then(|| quote!(query: &mut crate::query::Query));
    let auth_mut = fills_auth.then(|| quote!(mut));
    quote! {
        #[doc = #doc]
        pub(crate) fn #f(&self, #query_arg) -> crate::auth::Auth<'_> {
            let #auth_mut auth = crate::auth::Auth::default();
            #(#branches)*
            auth
        }
    }
}
