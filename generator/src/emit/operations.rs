//! The `requests` module: one `Client` method and one request builder per
//! operation.

use super::{doc_attrs, ident, inner_doc_attrs, type_tokens};
use crate::ir::dispatch::Read;
use crate::ir::encoding::{
    Encoding, JsonQuery, Multipart, PartKind, PathPrefix, Present, Query, Text, Value,
};
use crate::ir::http::{Media, ParamLocation};
use crate::ir::operations::*;
use crate::ir::security::{Authorizer, Security};
use crate::ir::{Docs, TypeKind, TypeRef, TypeSet};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

/// Path from the requests module to the models.
fn models() -> TokenStream {
    quote!(models::)
}

pub(crate) fn requests_file(
    ops: &[Operation],
    types: &TypeSet,
    security: &Security,
    name_models: bool,
) -> TokenStream {
    let header = inner_doc_attrs(&[
        "Request builders, one per operation. A `Client` method starts each; optional",
        "parameters are setters; `.await` (or `send()`) sends it.",
    ]);
    let methods = ops.iter().map(|op| client_method(op, types));
    let builders = ops.iter().map(|op| {
        let authorizer = op.authorizer.map(|i| &security.authorizers[i]);
        builder(op, types, authorizer)
    });
    let models_import = name_models.then(|| {
        quote!(
            use crate::models;
        )
    });
    quote! {
        #header
        use crate::{Client, Error, Response};
        #models_import

        impl Client {
            #(#methods)*
        }

        #(#builders)*
    }
}

// ---- the Client method ----

fn client_method(op: &Operation, types: &TypeSet) -> TokenStream {
    let docs = doc_attrs(&method_docs(op, types));
    let name = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated = "the API marks this operation as deprecated"]));
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &op.params {
        let field = ident(&p.rust_name);
        if p.positional() {
            let (arg_ty, convert) = argument(
                &p.ty,
                types,
                p.location == ParamLocation::Path,
                &quote!(#field),
            );
            args.push(quote!(#field: #arg_ty));
            if field == convert.to_string() {
                inits.push(quote!(#field));
            } else {
                inits.push(quote!(#field: #convert));
            }
        } else {
            inits.push(quote!(#field: None));
        }
    }
    if let Some(body) = &op.body {
        let field = ident(&body.rust_name);
        let ty = body_ref_type(&body.ty, types);
        if body.required {
            args.push(quote!(#field: #ty));
            let value = body_value(body, None, quote!(#field));
            inits.push(quote!(#field: Some(#value)));
        } else {
            inits.push(quote!(#field: None));
        }
    }
    if op.pagination.is_some() {
        inits.push(quote!(resume: None));
    }
    // A borrowed body lives as long as the builder, like the client.
    let signature = if op.body.as_ref().is_some_and(|b| b.required) {
        quote!(pub fn #name<'a>(&'a self, #(#args),*) -> #builder<'a>)
    } else {
        quote!(pub fn #name(&self, #(#args),*) -> #builder<'_>)
    };
    quote! {
        #docs
        #deprecated
        #signature {
            #builder { client: self, #(#inits),* }
        }
    }
}

/// The argument type of a parameter and how it becomes the stored value.
/// Path parameters that are text on the wire take anything `Display`; enums
/// take anything that converts into them (`&str` included); strings take
/// `impl Into<String>`; lists take any iterator of those.
fn argument(
    ty: &TypeRef,
    types: &TypeSet,
    path: bool,
    value: &TokenStream,
) -> (TokenStream, TokenStream) {
    let m = models();
    match ty {
        TypeRef::String | TypeRef::Uuid | TypeRef::Date if path => {
            (quote!(impl std::fmt::Display), quote!(#value.to_string()))
        }
        TypeRef::String => (quote!(impl Into<String>), quote!(#value.into())),
        TypeRef::Named(id) if matches!(types.get(*id).kind, TypeKind::StringEnum(_)) => {
            let t = type_tokens(ty, types, &m);
            (quote!(impl Into<#t>), quote!(#value.into()))
        }
        TypeRef::Vec(inner) => {
            let item = match inner.as_ref() {
                TypeRef::String => quote!(String),
                other => type_tokens(other, types, &m),
            };
            (
                quote!(impl IntoIterator<Item = impl Into<#item>>),
                quote!(#value.into_iter().map(Into::into).collect()),
            )
        }
        other => (type_tokens(other, types, &m), quote!(#value)),
    }
}

/// The stored type of a parameter.
fn stored_type(ty: &TypeRef, types: &TypeSet) -> TokenStream {
    type_tokens(ty, types, &models())
}

/// `&'a T`, or `&'a [U]` for lists, so `&vec![...]` and arrays both work.
fn body_ref_type(ty: &TypeRef, types: &TypeSet) -> TokenStream {
    let m = models();
    match ty {
        TypeRef::Vec(inner) => {
            let inner = type_tokens(inner, types, &m);
            quote!(&'a [#inner])
        }
        TypeRef::String => quote!(&'a str),
        TypeRef::Binary => quote!(&'a [u8]),
        other => {
            let t = type_tokens(other, types, &m);
            quote!(&'a #t)
        }
    }
}

fn method_docs(op: &Operation, types: &TypeSet) -> Docs {
    let mut docs = Docs::default();
    match &op.summary {
        Some(s) => docs.push_spec_paragraph(s),
        None => docs.push_paragraph(&format!("`{}`", op.operation_id)),
    }
    if !op.docs.is_empty() {
        docs.lines.push(String::new());
        docs.lines.extend(op.docs.lines.iter().cloned());
    }
    docs.push_paragraph(&format!("`{} {}`", op.method.as_str(), op.path));

    let positional: Vec<&Param> = op.params.iter().filter(|p| p.positional()).collect();
    let optional: Vec<&Param> = op.params.iter().filter(|p| !p.positional()).collect();
    if !positional.is_empty() || op.body.as_ref().is_some_and(|b| b.required) {
        docs.push_paragraph("# Arguments");
        docs.lines.push(String::new());
        for p in &positional {
            docs.lines.push(param_line(
                &format!("`{}`", p.rust_name.trim_start_matches("r#")),
                p,
            ));
        }
        if let Some(b) = op.body.as_ref().filter(|b| b.required) {
            docs.lines.push(format!(
                "- `{}`: the request body, sent as `{}`.{}",
                b.rust_name,
                b.content_type,
                one_line(&b.docs, " ")
            ));
        }
    }
    let optional_body = op.body.as_ref().filter(|b| !b.required);
    if !optional.is_empty() || optional_body.is_some() {
        docs.push_paragraph(&format!(
            "# Optional parameters, set on [`{}`]",
            op.builder_name
        ));
        docs.lines.push(String::new());
        for p in &optional {
            let link = format!(
                "[`{0}`]({1}::{0})",
                p.rust_name.trim_start_matches("r#"),
                op.builder_name
            );
            docs.lines.push(param_line(&link, p));
        }
        if let Some(b) = optional_body {
            docs.lines.push(format!(
                "- [`{0}`]({1}::{0}): the request body, sent as `{2}`.{3}",
                b.rust_name,
                op.builder_name,
                b.content_type,
                one_line(&b.docs, " ")
            ));
        }
    }
    docs.push_paragraph("# Responses");
    docs.lines.push(String::new());
    for r in &op.responses {
        let status = r.status;
        let outcome = if r.success {
            ""
        } else {
            " (an [`Error::Api`](crate::Error::Api))"
        };
        let body = match &r.body {
            Some((ty, _)) => format!(" `{}`.", ty.rust_text(types)),
            None => String::new(),
        };
        let description = crate::ir::docs::safe_inline(&single_line(&r.description));
        docs.lines
            .push(format!("- `{status}`{outcome}: {description}{body}"));
    }
    if !op.security.is_empty() {
        let needed: Vec<Vec<String>> = op
            .security
            .iter()
            .filter(|alt| !alt.is_empty())
            .cloned()
            .collect();
        let optional = if needed.len() < op.security.len() {
            "; the API also serves calls without credentials"
        } else {
            ""
        };
        docs.push_paragraph(&format!(
            "Sends the credentials of {} when the client has them{optional}.",
            security_text(&needed)
        ));
    }
    if op.deprecated {
        docs.push_paragraph("Deprecated by the API.");
    }
    docs
}

fn param_line(name: &str, p: &Param) -> String {
    let kind = format!("{} parameter `{}`", p.location.as_str(), p.name);
    let text = one_line(&p.docs, " ");
    format!("- {name} ({kind}):{text}")
}

fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one_line(docs: &Docs, prefix: &str) -> String {
    let text = single_line(&docs.lines.join(" "));
    if text.is_empty() {
        String::new()
    } else {
        format!("{prefix}{text}")
    }
}

// ---- the builder ----

fn builder(op: &Operation, types: &TypeSet, authorizer: Option<&Authorizer>) -> TokenStream {
    let name = ident(&op.builder_name);
    let doc = format!(
        " A `{} {}` request, started by [`Client::{}`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).",
        op.method.as_str(),
        op.path,
        op.method_name.trim_start_matches("r#")
    );
    let fields = op.params.iter().map(|p| {
        let field = ident(&p.rust_name);
        let ty = stored_type(&p.ty, types);
        if p.positional() {
            quote!(#field: #ty,)
        } else {
            quote!(#field: Option<#ty>,)
        }
    });
    let body_field = op.body.as_ref().map(|b| {
        let field = ident(&b.rust_name);
        let ty = match &b.enum_name {
            Some(name) => {
                let name = ident(name);
                quote!(#name<'a>)
            }
            None => body_ref_type(&b.ty, types),
        };
        quote!(#field: Option<#ty>,)
    });
    let body_enum = op.body.as_ref().and_then(|b| body_enum_def(b, types));
    let setters = op
        .params
        .iter()
        .filter(|p| !p.positional())
        .map(|p| setter(p, types));
    let body_setters = op.body.iter().flat_map(|b| body_setters(b, types));
    let success = success_type(&op.success, types);
    let error = type_tokens(&op.error_body, types, &models());
    let send_body = send_with_response_body(op, types, authorizer);
    let pages = op
        .pagination
        .as_ref()
        .map(|p| page_methods(op, p, types, authorizer));
    let resume_field = op
        .pagination
        .is_some()
        .then(|| quote!(resume: Option<crate::PageCursor>,));
    quote! {
        #[doc = #doc]
        #[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
        #[derive(Debug, Clone)]
        pub struct #name<'a> {
            client: &'a Client,
            #(#fields)*
            #body_field
            #resume_field
        }

        impl<'a> #name<'a> {
            #(#setters)*
            #(#body_setters)*

            /// Sends the request and returns the decoded body.
            pub async fn send(self) -> Result<#success, Error<#error>> {
                self.send_with_response().await.map(Response::into_body)
            }

            /// Sends the request and returns the decoded body with the
            /// response's status and headers.
            pub async fn send_with_response(self) -> Result<Response<#success>, Error<#error>> {
                #send_body
            }

            #pages
        }

        #body_enum

        impl<'a> std::future::IntoFuture for #name<'a> {
            type Output = Result<#success, Error<#error>>;
            type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Self::Output> + Send + 'a>>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    }
}

/// `resume`, `send_page` and `into_stream` for an operation with `x-pagination`.
fn page_methods(
    op: &Operation,
    pagination: &Pagination,
    types: &TypeSet,
    authorizer: Option<&Authorizer>,
) -> TokenStream {
    let item = type_tokens(&pagination.item, types, &models());
    let error = type_tokens(&op.error_body, types, &models());
    let number = match &pagination.next {
        NextPage::Link => quote!(None),
        NextPage::Number { parameter, first } => quote!(Some((#parameter, #first))),
    };
    // A stored cursor holds no credentials; resuming adds them again.
    let secret = authorizer.map_or(&[][..], |a| &a.query_keys);
    let paging = quote! {
        crate::pagination::Paging { number: #number, secret: &[#(#secret),*] }
    };
    let (next_doc, stream_doc) = match &pagination.next {
        NextPage::Link => (
            " of the next page from the `Link: <…>; rel=\"next\"` header (`None` on\n the last page)",
            " page each `rel=\"next\"` link names, as the server wrote it (its query,\n on this operation's path), until a page has no next link or no\n items. Errors are items of the stream and end it, as does a next\n link to another host or to a page the server named before.",
        ),
        NextPage::Number { .. } => (
            " of the next page: this request with the page number one more\n (`None` after an empty page)",
            " next page by number, until a page is empty. Errors are items of\n the stream and end it.",
        ),
    };
    let lines = |text: String| -> Vec<TokenStream> {
        text.lines().map(|line| quote!(#[doc = #line])).collect()
    };
    let page_doc = lines(format!(
        " Sends the request and returns one page: its items, and the cursor\n{next_doc}. Pass that cursor to [`resume`](Self::resume) to go\n on, now or later."
    ));
    let stream_doc = lines(format!(
        " Every item of every page, as a stream: this request first, then the\n{stream_doc}"
    ));
    quote! {
        /// How this operation's pages are found.
        const PAGING: crate::pagination::Paging = #paging;

        /// Asks for the page `cursor` names (a [`Page`](crate::Page)'s `next`,
        /// perhaps stored as text) instead of the first one. The cursor is the
        /// query of the server's next link, so it decides every query
        /// parameter: those set on this builder are not sent.
        pub fn resume(mut self, cursor: crate::PageCursor) -> Self {
            self.resume = Some(cursor);
            self
        }

        #(#page_doc)*
        pub async fn send_page(self) -> Result<crate::Page<#item>, Error<#error>> {
            let response = self.send_with_response().await?;
            crate::pagination::page(response, Self::PAGING)
        }

        #(#stream_doc)*
        pub fn into_stream(
            self,
        ) -> impl futures_util::Stream<Item = Result<#item, Error<#error>>> + Send + Unpin + 'a {
            crate::pagination::stream(self, Self::send_with_response, Self::resume, Self::PAGING)
        }
    }
}

fn setter(p: &Param, types: &TypeSet) -> TokenStream {
    let field = ident(&p.rust_name);
    let mut docs = p.docs.clone();
    if docs.is_empty() {
        docs.lines.push(format!(
            "The {} parameter `{}`.",
            p.location.as_str(),
            p.name
        ));
    }
    let docs = doc_attrs(&docs);
    let (arg_ty, convert) = argument(&p.ty, types, false, &quote!(value));
    quote! {
        #docs
        pub fn #field(mut self, value: #arg_ty) -> Self {
            self.#field = Some(#convert);
            self
        }
    }
}

/// The stored body value: the reference, or the reference in its media
/// type's variant when the operation offers several.
fn body_value(b: &Body, alternative: Option<usize>, value: TokenStream) -> TokenStream {
    match &b.enum_name {
        None => value,
        Some(name) => {
            let name = ident(name);
            let variant = ident(alternative.map_or(&b.variant, |i| &b.alternatives[i].variant));
            quote!(#name::#variant(#value))
        }
    }
}

fn body_setters(b: &Body, types: &TypeSet) -> Vec<TokenStream> {
    let field = ident(&b.rust_name);
    let mut out = Vec::new();
    if !b.required {
        let ty = body_ref_type(&b.ty, types);
        let doc = format!(" The request body, sent as `{}`.", b.content_type);
        let value = body_value(b, None, quote!(body));
        out.push(quote! {
            #[doc = #doc]
            pub fn #field(mut self, body: #ty) -> Self {
                self.#field = Some(#value);
                self
            }
        });
    }
    for (i, alt) in b.alternatives.iter().enumerate() {
        let setter = ident(&alt.setter);
        let ty = body_ref_type(&alt.ty, types);
        let doc = format!(
            " Sends this body, as `{}`, instead of any other.",
            alt.content_type
        );
        let value = body_value(b, Some(i), quote!(body));
        out.push(quote! {
            #[doc = #doc]
            pub fn #setter(mut self, body: #ty) -> Self {
                self.#field = Some(#value);
                self
            }
        });
    }
    out
}

/// The private enum of an operation's body media types.
fn body_enum_def(b: &Body, types: &TypeSet) -> Option<TokenStream> {
    let name = ident(b.enum_name.as_ref()?);
    let main_variant = ident(&b.variant);
    let main_ty = body_ref_type(&b.ty, types);
    let alts = b.alternatives.iter().map(|a| {
        let v = ident(&a.variant);
        let ty = body_ref_type(&a.ty, types);
        quote!(#v(#ty),)
    });
    Some(quote! {
        #[derive(Debug, Clone, Copy)]
        enum #name<'a> {
            #main_variant(#main_ty),
            #(#alts)*
        }
    })
}

/// What `send()` returns.
fn success_type(success: &Success, types: &TypeSet) -> TokenStream {
    let body = |ty: &TypeRef, media: Media| super::models::body_type(ty, media, types, &models());
    match success {
        Success::Empty => quote!(()),
        Success::Body(ty, media) => body(ty, *media),
        Success::Optional(ty, media) => {
            let t = body(ty, *media);
            quote!(Option<#t>)
        }
        Success::Variants(id) => type_tokens(&TypeRef::Named(*id), types, &models()),
    }
}

fn send_with_response_body(
    op: &Operation,
    types: &TypeSet,
    authorizer: Option<&Authorizer>,
) -> TokenStream {
    let path = path_expr(op);
    let path_arg = match op.path_parts.as_slice() {
        [PathPart::Literal(_)] => quote!(path),
        _ => quote!(&path),
    };
    let query_auth = authorizer.is_some_and(|a| !a.query_keys.is_empty());
    let query = query_stmts(op, query_auth);
    let auth = authorizer.map(|a| {
        let f = ident(&a.name);
        let arg = query_auth.then(|| quote!(&mut query));
        quote!(let auth = self.client.credentials.#f(#arg);)
    });
    let has_query = query_auth || op.params.iter().any(|p| p.location == ParamLocation::Query);
    // A resumed page is asked for with the server's query instead of the
    // parameters; credentials sent in the query are added to it after.
    let resume = op.pagination.is_some().then(|| {
        if has_query {
            quote! {
                if let Some(cursor) = &self.resume {
                    cursor.apply(&mut url);
                    query = crate::query::Query::default();
                }
            }
        } else {
            quote! {
                if let Some(cursor) = &self.resume {
                    cursor.apply(&mut url);
                }
            }
        }
    });
    let apply_query = has_query.then(|| quote!(query.apply(&mut url);));
    let http_method = format_ident!("{}", op.method.as_str());
    let accept = &op.accept;
    let headers = header_stmts(op);
    let body = body_stmts(op);
    let apply_auth = authorizer.map(|_| quote!(let request = auth.apply(request);));
    let arms = response_arms(op, types);
    let url_mut = (apply_query.is_some() || resume.is_some()).then(|| quote!(mut));
    quote! {
        #path
        let #url_mut url = self.client.url(#path_arg)?;
        #query
        #resume
        #auth
        #apply_query
        let request = self.client.request(reqwest::Method::#http_method, url, #accept);
        #headers
        #body
        #apply_auth
        let response = self.client.execute(request).await?;
        match response.status() {
            #arms
        }
    }
}

fn path_expr(op: &Operation) -> TokenStream {
    let pushes = op.path_parts.iter().map(|part| match part {
        PathPart::Literal(text) => match text.chars().collect::<Vec<_>>().as_slice() {
            [c] => quote!(path.push(#c);),
            _ => quote!(path.push_str(#text);),
        },
        PathPart::Param(i) => {
            let p = &op.params[*i];
            let Encoding::Path { value, prefix } = &p.encoding else {
                return quote!();
            };
            let field = ident(&p.rust_name);
            let name = &p.name;
            let text = match value {
                Value::Text(text) => borrowed_text(text, &quote!(self.#field)),
                json => {
                    let text = value_text(json, name, &quote!(&self.#field));
                    quote!(&#text)
                }
            };
            let prefix = match prefix {
                PathPrefix::Label => quote!(path.push('.');),
                PathPrefix::Matrix(start) => quote!(path.push_str(#start);),
                PathPrefix::None => quote!(),
            };
            quote! {
                #prefix
                path.push_str(&crate::path::segment(#name, #text)?);
            }
        }
    });
    // A path without parameters is a literal.
    if let [PathPart::Literal(text)] = op.path_parts.as_slice() {
        return quote!(let path = #text;);
    }
    quote! {
        let mut path = String::new();
        #(#pushes)*
    }
}

/// The wire text of a parameter's value, as `String`.
fn value_text(value: &Value, name: &str, v: &TokenStream) -> TokenStream {
    match value {
        Value::Text(text) => owned_text(text, v),
        Value::JsonSimple { explode } => {
            quote!(crate::json_params::simple(&crate::json_params::to_json(#name, #v)?, #explode))
        }
    }
}

/// The text of a value, as `&str`.
fn borrowed_text(text: &Text, value: &TokenStream) -> TokenStream {
    match text {
        Text::Str => quote!(&#value),
        Text::EnumStr => quote!(#value.as_str()),
        _ => {
            let owned = owned_text(text, value);
            quote!(&#owned)
        }
    }
}

/// The text of a value, as `String`.
fn owned_text(text: &Text, value: &TokenStream) -> TokenStream {
    match text {
        Text::Str => quote!(#value.clone()),
        Text::DateTime => quote!(#value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
        Text::EnumStr => quote!(#value.as_str().to_owned()),
        Text::IntEnum => quote!(#value.value().to_string()),
        Text::Json => quote!(serde_json::to_string(&#value).unwrap_or_default()),
        Text::List(item) if **item == Text::Str => quote!(#value.join(",")),
        Text::List(item) => {
            let item = owned_text(item, &quote!(item));
            quote!(#value.iter().map(|item| #item).collect::<Vec<_>>().join(","))
        }
        Text::Display => quote!(#value.to_string()),
    }
}

fn query_stmts(op: &Operation, for_auth: bool) -> TokenStream {
    let query: Vec<(&Param, &Query)> = op
        .params
        .iter()
        .filter_map(|p| match &p.encoding {
            Encoding::Query(q) => Some((p, q)),
            _ => None,
        })
        .collect();
    if query.is_empty() && !for_auth {
        return quote!();
    }
    let pushes = query.iter().map(|(p, q)| {
        let field = ident(&p.rust_name);
        let push = query_push(&p.name, q, &quote!(value));
        if p.positional() {
            quote! { { let value = &self.#field; #push } }
        } else {
            quote! { if let Some(value) = &self.#field { #push } }
        }
    });
    quote! {
        let mut query = crate::query::Query::default();
        #(#pushes)*
    }
}

/// Adds one parameter to `query`.
fn query_push(name: &str, q: &Query, value: &TokenStream) -> TokenStream {
    match q {
        Query::Json(style) => {
            let style = match style {
                JsonQuery::DeepObject => quote!(DeepObject),
                JsonQuery::FormExploded => quote!(FormExploded),
                JsonQuery::Form => quote!(Form),
            };
            quote! {
                crate::json_query::push(&mut query, #name, #value, crate::json_query::QueryStyle::#style)?;
            }
        }
        Query::Exploded(item) => {
            let item = owned_text(item, &quote!(item));
            quote! {
                for item in #value.iter() {
                    query.push(#name, #item);
                }
            }
        }
        Query::Joined {
            item: Text::Str,
            separator,
        } => quote!(query.push(#name, #value.join(#separator));),
        Query::Joined { item, separator } => {
            let item = owned_text(item, &quote!(item));
            quote! {
                query.push(#name, #value.iter().map(|item| #item).collect::<Vec<_>>().join(#separator));
            }
        }
        Query::One(text) => {
            let text = owned_text(text, value);
            quote!(query.push(#name, #text);)
        }
    }
}

fn header_stmts(op: &Operation) -> TokenStream {
    let mut out = Vec::new();
    for p in &op.params {
        let Encoding::Header(value) = &p.encoding else {
            continue;
        };
        let field = ident(&p.rust_name);
        let name = &p.name;
        let text = value_text(value, name, &quote!(value));
        let set = quote! {
            request = request.header(#name, crate::headers::value(#name, &#text)?);
        };
        out.push(if p.positional() {
            quote! { { let value = &self.#field; #set } }
        } else {
            quote! { if let Some(value) = &self.#field { #set } }
        });
    }
    let cookies: Vec<(&Param, &Value)> = op
        .params
        .iter()
        .filter_map(|p| match &p.encoding {
            Encoding::Cookie(value) => Some((p, value)),
            _ => None,
        })
        .collect();
    if !cookies.is_empty() {
        let pushes = cookies.iter().map(|(p, value)| {
            let field = ident(&p.rust_name);
            let name = &p.name;
            let text = value_text(value, name, &quote!(value));
            if p.positional() {
                quote! { { let value = &self.#field; cookies.push((#name, #text)); } }
            } else {
                quote! { if let Some(value) = &self.#field { cookies.push((#name, #text)); } }
            }
        });
        let raw_cookie = op.params.iter().find_map(|p| match &p.encoding {
            Encoding::CookieHeader(value) => Some((p, value)),
            _ => None,
        });
        // The `Cookie` header parameter's own text, of whatever type it is.
        let (raw_text, raw) = match raw_cookie {
            Some((p, Value::Text(Text::Str))) => {
                let field = ident(&p.rust_name);
                if p.positional() {
                    (quote!(), quote!(Some(self.#field.as_str())))
                } else {
                    (quote!(), quote!(self.#field.as_deref()))
                }
            }
            Some((p, value)) => {
                let field = ident(&p.rust_name);
                let text = value_text(value, &p.name, &quote!(value));
                let set = if p.positional() {
                    quote! { let raw: Option<String> = { let value = &self.#field; Some(#text) }; }
                } else {
                    quote! {
                        let mut raw: Option<String> = None;
                        if let Some(value) = &self.#field { raw = Some(#text); }
                    }
                };
                (set, quote!(raw.as_deref()))
            }
            None => (quote!(), quote!(None)),
        };
        out.push(quote! {
            let mut cookies: Vec<(&str, String)> = Vec::new();
            #(#pushes)*
            #raw_text
            if let Some(cookie) = crate::cookies::cookie(#raw, &cookies)? {
                request = request.header(reqwest::header::COOKIE, cookie);
            }
        });
    }
    if out.is_empty() {
        return quote!();
    }
    quote! {
        let mut request = request;
        #(#out)*
    }
}

fn body_stmts(op: &Operation) -> TokenStream {
    let Some(b) = &op.body else { return quote!() };
    let field = ident(&b.rust_name);
    match &b.enum_name {
        None => {
            let set = encode_body(b.media, b.multipart.as_ref(), &b.content_type);
            quote! {
                let request = match self.#field {
                    Some(body) => #set,
                    None => request,
                };
            }
        }
        Some(name) => {
            let name = ident(name);
            let main = {
                let v = ident(&b.variant);
                let set = encode_body(b.media, b.multipart.as_ref(), &b.content_type);
                quote!(Some(#name::#v(body)) => #set,)
            };
            let alts = b.alternatives.iter().map(|a| {
                let v = ident(&a.variant);
                let set = encode_body(a.media, a.multipart.as_ref(), &a.content_type);
                quote!(Some(#name::#v(body)) => #set,)
            });
            quote! {
                let request = match self.#field {
                    #main
                    #(#alts)*
                    None => request,
                };
            }
        }
    }
}

/// `request` with `body` (a reference) encoded as `media`.
fn encode_body(media: Media, multipart: Option<&Multipart>, content_type: &str) -> TokenStream {
    match media {
        Media::Json => quote!(crate::json_body::json(request, #content_type, body)?),
        Media::Form => quote!(crate::form_body::form(request, #content_type, body)?),
        Media::Text => quote! {
            request.header(reqwest::header::CONTENT_TYPE, #content_type).body(body.to_owned())
        },
        Media::Bytes => quote! {
            request.header(reqwest::header::CONTENT_TYPE, #content_type).body(body.to_vec())
        },
        Media::Multipart => match multipart {
            Some(m) => {
                let parts = multipart_parts(m);
                quote! {{
                    let mut form = reqwest::multipart::Form::new();
                    #(#parts)*
                    request.multipart(form)
                }}
            }
            None => quote!(request.multipart(crate::multipart_value::form(body)?)),
        },
    }
}

fn multipart_parts(m: &Multipart) -> Vec<TokenStream> {
    let mut parts: Vec<TokenStream> = m
        .parts
        .iter()
        .map(|part| {
            let field = ident(&part.field);
            let name = &part.name;
            let add = |value: TokenStream| match &part.kind {
                PartKind::File => quote! {
                    form = form.part(#name, reqwest::multipart::Part::bytes(#value.clone()).file_name(#name));
                },
                PartKind::Each(item) => {
                    let item = owned_text(item, &quote!(item));
                    quote! {
                        for item in #value.iter() {
                            form = form.text(#name, #item);
                        }
                    }
                }
                PartKind::One(text) => {
                    let text = owned_text(text, &value);
                    quote!(form = form.text(#name, #text);)
                }
            };
            match part.present {
                Present::Always => add(quote!(body.#field)),
                Present::IfSome => {
                    let inner = add(quote!(value));
                    quote!(if let Some(value) = &body.#field { #inner })
                }
                Present::IfSomeSome => {
                    let inner = add(quote!(value));
                    quote!(if let Some(Some(value)) = &body.#field { #inner })
                }
            }
        })
        .collect();
    if let Some((field, text)) = &m.additional {
        let field = ident(field);
        let text = owned_text(text, &quote!(value));
        parts.push(quote! {
            for (name, value) in &body.#field {
                form = form.text(name.clone(), #text);
            }
        });
    }
    parts
}

fn response_arms(op: &Operation, types: &TypeSet) -> TokenStream {
    let arms = op.dispatch.iter().map(|arm| {
        let patterns = arm.statuses.iter().map(|&(lo, hi)| {
            let (lo_lit, hi_lit) = (Literal::u16_unsuffixed(lo), Literal::u16_unsuffixed(hi));
            if lo == hi {
                quote!(#lo_lit)
            } else {
                quote!(#lo_lit..=#hi_lit)
            }
        });
        let read = read_tokens(&arm.read, op, types);
        quote!(#(#patterns)|* => #read,)
    });
    quote! {
        #(#arms)*
        _ => Err(response.into_error()),
    }
}

/// How one arm reads the response into the success type.
fn read_tokens(read: &Read, op: &Operation, types: &TypeSet) -> TokenStream {
    let body = |media: Media| match media {
        Media::Text => quote!(Ok(response
            .into_response()
            .map(|body| String::from_utf8_lossy(&body).into_owned()))),
        Media::Bytes => quote!(Ok(response.into_response())),
        _ => quote!(response.json()),
    };
    match read {
        Read::Empty => quote!(Ok(response.into_response().map(|_| ()))),
        Read::Body(media) => body(*media),
        Read::SomeBody(media) => {
            let r = body(*media);
            quote!(#r.map(|response| response.map(Some)))
        }
        Read::NoBody => quote!(Ok(response.into_response().map(|_| None))),
        Read::Variant { name, body } => {
            let enum_ty = success_type(&op.success, types);
            let v = ident(name);
            match body {
                None => quote!(Ok(response.into_response().map(|_| #enum_ty::#v))),
                Some(Media::Text) => quote!(Ok(response
                    .into_response()
                    .map(|body| #enum_ty::#v(String::from_utf8_lossy(&body).into_owned())))),
                Some(Media::Bytes) => quote!(Ok(response.into_response().map(#enum_ty::#v))),
                Some(_) => quote!(response.json().map(|response| response.map(#enum_ty::#v))),
            }
        }
    }
}
