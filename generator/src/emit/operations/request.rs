//! The body of a builder's `build_request`: the path, query, headers,
//! cookies and body each parameter's encoding asks for, then the request.

use super::*;

pub(super) fn build_request_body(op: &Operation, authorizer: Option<&Authorizer>) -> TokenStream {
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
    let apply_auth = authorizer.map(|_| quote!(auth.apply(request)));
    let url_mut = (apply_query.is_some() || resume.is_some()).then(|| quote!(mut));
    let finish = apply_auth.unwrap_or_else(|| quote!(request));
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
        Ok(#finish)
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
                Value::Text(text) => borrowed_text(text, name, &quote!(self.#field)),
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
        Value::Text(text) => owned_text(text, name, v),
        Value::JsonSimple { explode } => {
            quote!(crate::json_params::simple(&crate::json_params::to_json(#name, #v)?, #explode))
        }
    }
}

/// The text of a value, as `&str`.
fn borrowed_text(text: &Text, name: &str, value: &TokenStream) -> TokenStream {
    match text {
        Text::Str => quote!(&#value),
        Text::EnumStr => quote!(#value.as_str()),
        _ => {
            let owned = owned_text(text, name, value);
            quote!(&#owned)
        }
    }
}

/// The text of a value, as `String`. `name` (the parameter's or part's)
/// is for the message when a value cannot be written as JSON.
fn owned_text(text: &Text, name: &str, value: &TokenStream) -> TokenStream {
    match text {
        Text::Str => quote!(#value.clone()),
        Text::DateTime => quote!(#value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
        Text::EnumStr => quote!(#value.as_str().to_owned()),
        Text::IntEnum => quote!(#value.value().to_string()),
        Text::Json => quote!(crate::json_text::text(#name, &#value)?),
        Text::List(item) => joined(item, name, value, ","),
        Text::Display => quote!(#value.to_string()),
    }
}

/// The texts of a list's items joined by `separator`, as `String`.
fn joined(item: &Text, name: &str, value: &TokenStream, separator: &str) -> TokenStream {
    if *item == Text::Str {
        return quote!(#value.join(#separator));
    }
    if item.can_fail() {
        // `?` cannot leave the closure: the items are collected first.
        let item = fallible_text(item, name, &quote!(item));
        return quote! {
            #value.iter().map(|item| #item).collect::<Result<Vec<_>, crate::InvalidRequest>>()?.join(#separator)
        };
    }
    let item = owned_text(item, name, &quote!(item));
    quote!(#value.iter().map(|item| #item).collect::<Vec<_>>().join(#separator))
}

/// The text of a value as `Result<String, InvalidRequest>`, for closures.
fn fallible_text(text: &Text, name: &str, value: &TokenStream) -> TokenStream {
    match text {
        Text::Json => quote!(crate::json_text::text(#name, &#value)),
        Text::List(item) if item.can_fail() => {
            let item = fallible_text(item, name, &quote!(item));
            quote! {
                #value.iter().map(|item| #item).collect::<Result<Vec<_>, crate::InvalidRequest>>().map(|items| items.join(","))
            }
        }
        other => {
            let text = owned_text(other, name, value);
            quote!(Ok::<String, crate::InvalidRequest>(#text))
        }
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

/// The text of a value as `Query::push` takes it (`impl Into<String>`):
/// borrowed where it can be, which is where an owned copy would be waste.
fn pushed_text(text: &Text, name: &str, value: &TokenStream) -> TokenStream {
    match text {
        Text::EnumStr => quote!(#value.as_str()),
        _ => owned_text(text, name, value),
    }
}

/// Adds one parameter to `query`.
fn query_push(name: &str, q: &Query, value: &TokenStream) -> TokenStream {
    match q {
        Query::Json(style) => {
            let (deep_object, explode) = match style {
                JsonQuery::DeepObject => (true, true),
                JsonQuery::FormExploded => (false, true),
                JsonQuery::Form => (false, false),
            };
            quote! {
                crate::json_query::push(
                    &mut query,
                    #name,
                    #value,
                    crate::json_query::QueryStyle { deep_object: #deep_object, explode: #explode },
                )?;
            }
        }
        Query::Exploded(item) => {
            let item = pushed_text(item, name, &quote!(item));
            quote! {
                for item in #value.iter() {
                    query.push(#name, #item);
                }
            }
        }
        Query::Joined { item, separator } => {
            let text = joined(item, name, value, separator);
            quote!(query.push(#name, #text);)
        }
        Query::One(text) => {
            let text = pushed_text(text, name, value);
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
        // `headers::value` takes `&str`: text is lent, not copied.
        let text = match value {
            // `value` is a `&String` already.
            Value::Text(Text::Str) => quote!(value),
            Value::Text(text) => borrowed_text(text, name, &quote!(value)),
            json => {
                let text = value_text(json, name, &quote!(value));
                quote!(&#text)
            }
        };
        let set = quote! {
            request = request.header(#name, crate::headers::value(#name, #text)?);
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
    // An optional body is `Option<...>`: `None` sends none.
    let arm = |pattern: TokenStream| {
        if b.required {
            pattern
        } else {
            quote!(Some(#pattern))
        }
    };
    let none = (!b.required).then(|| quote!(None => request,));
    match &b.enum_name {
        None if b.required => {
            let set = encode_body(b.media, b.multipart.as_ref(), &b.content_type);
            quote! {
                let body = self.#field;
                let request = #set;
            }
        }
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
                let pattern = arm(quote!(#name::#v(body)));
                quote!(#pattern => #set,)
            };
            let alts = b.alternatives.iter().map(|a| {
                let v = ident(&a.variant);
                let set = encode_body(a.media, a.multipart.as_ref(), &a.content_type);
                let pattern = arm(quote!(#name::#v(body)));
                quote!(#pattern => #set,)
            });
            quote! {
                let request = match self.#field {
                    #main
                    #(#alts)*
                    #none
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
                    let item = owned_text(item, name, &quote!(item));
                    quote! {
                        for item in #value.iter() {
                            form = form.text(#name, #item);
                        }
                    }
                }
                PartKind::One(text) => {
                    let text = owned_text(text, name, &value);
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
        let text = owned_text(text, field, &quote!(value));
        let field = ident(field);
        parts.push(quote! {
            for (name, value) in &body.#field {
                form = form.text(name.clone(), #text);
            }
        });
    }
    parts
}
