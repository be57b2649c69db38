//! A request builder: its fields, setters, `send`, `send_with_response` and
//! `IntoFuture`.

use super::*;
use crate::ir::naming::bare;

pub(super) fn builder(
    op: &Operation,
    types: &TypeSet,
    authorizer: Option<&Authorizer>,
) -> TokenStream {
    let name = ident(&op.builder_name);
    let doc = format!(
        " A `{} {}` request, started by [`Client::{}`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).",
        op.method.as_str(),
        op.path,
        bare(&op.method_name)
    );
    let fields = op.params.iter().map(|p| {
        let field = ident(&p.rust_name);
        let ty = stored_type(p, types);
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
        if b.required {
            quote!(#field: #ty,)
        } else {
            quote!(#field: Option<#ty>,)
        }
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
            type IntoFuture = crate::SendFuture<'a, #success, #error>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
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
    let (arg_ty, convert) = argument(p, types, &quote!(value));
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
pub(super) fn body_value(b: &Body, alternative: Option<usize>, value: TokenStream) -> TokenStream {
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
        let value = if b.required {
            value
        } else {
            quote!(Some(#value))
        };
        out.push(quote! {
            #[doc = #doc]
            pub fn #setter(mut self, body: #ty) -> Self {
                self.#field = #value;
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
