//! A request builder: its fields, setters, the request it builds and how it
//! reads the answer; `send`, `send_with_response` and `IntoFuture` hand both
//! to the runtime's futures (`crate::future`).

use super::*;
use crate::ir::naming::bare;

pub(super) fn builder(
    op: &Operation,
    types: &TypeSet,
    authorizer: Option<&Authorizer>,
    cfg: &TokenStream,
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
    let body_enum = op.body.as_ref().and_then(|b| body_enum_def(b, types, cfg));
    let setters = op
        .params
        .iter()
        .filter(|p| !p.positional())
        .map(|p| setter(p, types));
    let body_setters = op.body.iter().flat_map(|b| body_setters(b, types));
    let success = success_type(&op.success, types);
    let error = type_tokens(&op.error_body, types, &models());
    let build_body = build_request_body(op, authorizer);
    let arms = response_arms(op, types);
    let (operation_id, path_template) = (&op.operation_id, &op.path);
    let pages = op
        .pagination
        .as_ref()
        .map(|p| page_methods(op, p, types, authorizer));
    let resume_field = op
        .pagination
        .is_some()
        .then(|| quote!(resume: Option<crate::PageCursor>,));
    quote! {
        #cfg
        #[doc = #doc]
        #[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
        #[derive(Debug, Clone)]
        pub struct #name<'a> {
            client: &'a Client,
            call_options: crate::call::CallOptions,
            #(#fields)*
            #body_field
            #resume_field
        }

        #cfg
        impl<'a> #name<'a> {
            #(#setters)*
            #(#body_setters)*

            /// How long this call may take, its retries and their waits
            /// included, instead of the client's timeout.
            pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.call_options.timeout = Some(timeout);
                self
            }

            /// When this call is sent again, instead of the client's
            /// [`Retry`](crate::Retry) policy.
            pub fn with_retry(mut self, retry: crate::Retry) -> Self {
                self.call_options.retry = Some(retry);
                self
            }

            /// Sends the request and returns the decoded body.
            pub fn send(self) -> crate::SendFuture<'a, #success, #error> {
                self.send_with_response().body()
            }

            /// Sends the request and returns the decoded body with the
            /// response's status and headers.
            pub fn send_with_response(self) -> crate::ResponseFuture<'a, #success, #error> {
                let request = self.build_request();
                let call = crate::call::Call {
                    operation: #operation_id,
                    path: #path_template,
                    options: self.call_options,
                };
                crate::ResponseFuture::new(self.client, request, call, Self::read_response)
            }

            /// The request, as the parameters and body set say.
            fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
                #build_body
            }

            /// The answer, read as its status says.
            fn read_response(
                response: crate::response::RawResponse,
            ) -> Result<Response<#success>, Error<#error>> {
                match response.status() {
                    #arms
                }
            }

            #pages
        }

        #body_enum

        #cfg
        impl<'a> std::future::IntoFuture for #name<'a> {
            type Output = Result<#success, Error<#error>>;
            type IntoFuture = crate::SendFuture<'a, #success, #error>;

            fn into_future(self) -> Self::IntoFuture {
                self.send()
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
fn body_enum_def(b: &Body, types: &TypeSet, cfg: &TokenStream) -> Option<TokenStream> {
    let name = ident(b.enum_name.as_ref()?);
    let main_variant = ident(&b.variant);
    let main_ty = body_ref_type(&b.ty, types);
    let alts = b.alternatives.iter().map(|a| {
        let v = ident(&a.variant);
        let ty = body_ref_type(&a.ty, types);
        quote!(#v(#ty),)
    });
    Some(quote! {
        #cfg
        #[derive(Debug, Clone, Copy)]
        enum #name<'a> {
            #main_variant(#main_ty),
            #(#alts)*
        }
    })
}
