//! Tokens → source text, through prettyplease.

use proc_macro2::TokenStream;

/// Parses emitted tokens as a file and prints them. An error here means the
/// emitter produced tokens that are not Rust, which is a bug in the generator.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| e.to_string())?;
    Ok(separate_items(&prettyplease::unparse(&file)))
}

/// prettyplease prints top-level items back to back; a blank line between
/// them (and after the module docs) makes the output readable.
fn separate_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous: Option<&str> = None;
    for line in source.lines() {
        let starts_item = !line.is_empty() && !line.starts_with([' ', '}', ')', ']']);
        let after_item_end = previous.is_some_and(|p| {
            let top_level = !p.starts_with(' ');
            top_level
                && (p == "}"
                    || p.ends_with(';')
                    || (p.starts_with("//!") && !line.starts_with("//!")))
        });
        if starts_item && after_item_end && !line.starts_with("#!") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn items_are_separated_by_blank_lines() {
        let text = format_file(quote! {
            //! Module.
            use a::b;
            pub struct A;
            impl A { fn f() {} }
            pub type B = A;
        })
        .unwrap();
        assert_eq!(
            text,
            "//! Module.\n\nuse a::b;\n\npub struct A;\n\nimpl A {\n    fn f() {}\n}\n\npub type B = A;\n"
        );
    }
}
