//! The `match response.status()` of a builder's `read_response`: each arm
//! reads the response as the IR's dispatch says.

use super::*;

pub(super) fn response_arms(op: &Operation, types: &TypeSet) -> TokenStream {
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
