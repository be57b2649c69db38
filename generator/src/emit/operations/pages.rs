//! `resume`, `send_page` and `into_stream`, for operations with
//! `x-pagination`.

use super::*;

/// `resume`, `send_page` and `into_stream` for an operation with `x-pagination`.
pub(super) fn page_methods(
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
        pub fn send_page(self) -> crate::PageFuture<'a, #item, #error> {
            self.send_with_response().page(Self::PAGING)
        }

        #(#stream_doc)*
        pub fn into_stream(
            self,
        ) -> impl futures_util::Stream<Item = Result<#item, Error<#error>>> + Send + Unpin + 'a {
            let send = move |cursor: Option<crate::PageCursor>| {
                let mut request = self.clone();
                if cursor.is_some() {
                    request.resume = cursor;
                }
                request.send_with_response()
            };
            crate::pagination::stream(Box::new(send), Self::PAGING)
        }
    }
}
