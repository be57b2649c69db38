//! Tokens → source text, through prettyplease.

use proc_macro2::TokenStream;

/// One file of the crate before formatting.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub contents: Contents,
}

#[derive(Debug, Clone)]
pub enum Contents {
    /// A generated module, still to be formatted.
    Rust(TokenStream),
    /// Anything else, as it is written.
    Text(String),
}

/// One file of the output, with a path relative to the crate root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// Formats the generated modules; the other files are as they are.
pub fn format_sources(sources: Vec<Source>) -> Result<Vec<GeneratedFile>, String> {
    sources
        .into_iter()
        .map(|s| {
            let contents = match s.contents {
                Contents::Text(text) => text,
                Contents::Rust(tokens) => {
                    format_file(tokens).map_err(|e| format!("{}: {e}", s.path))?
                }
            };
            Ok(GeneratedFile {
                path: s.path,
                contents,
            })
        })
        .collect()
}

/// Parses emitted tokens as a file and prints them. An error here means the
/// emitter produced tokens that are not Rust, which is a bug in the generator.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| e.to_string())?;
    Ok(separate_items(&prettyplease::unparse(&file)))
}

/// prettyplease prints top-level items back to back; a blank line between
/// them (and after the module docs) makes the output readable. Runs of `mod`
/// and `use` lines stay together.
fn separate_items(source: &str) -> String {
    let group = |l: &str| {
        let l = l.strip_prefix("pub ").unwrap_or(l);
        if l.starts_with("mod ") {
            Some("mod")
        } else if l.starts_with("use ") {
            Some("use")
        } else {
            None
        }
    };
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous: Option<&str> = None;
    for line in source.lines() {
        let starts_item = !line.is_empty() && !line.starts_with([' ', '}', ')', ']', '#', '/'])
            || line.starts_with("#[")
            || line.starts_with("///");
        let after_item_end = previous.is_some_and(|p| {
            if p.starts_with("//!") {
                return !line.starts_with("//!") && !line.starts_with("#!");
            }
            if p.starts_with("#!") {
                return !line.starts_with("#!");
            }
            let ends_item = p == "}" || (p.ends_with(';') && !p.starts_with([' ', '/']));
            ends_item && !(group(p).is_some() && group(p) == group(line))
        });
        if (starts_item && after_item_end) || starts_nested_item(previous, line) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// An item inside a block (a method after a method) gets a blank line too.
fn starts_nested_item(previous: Option<&str>, line: &str) -> bool {
    let indent = line.len() - line.trim_start().len();
    if indent == 0 {
        return false;
    }
    let body = line.trim_start();
    let item = [
        "///",
        "#[",
        "pub ",
        "pub(crate) ",
        "fn ",
        "async fn ",
        "const ",
        "type ",
        "impl",
    ]
    .iter()
    .any(|s| body.starts_with(s));
    item && previous
        .is_some_and(|p| p.len() - p.trim_start().len() == indent && p.trim_start() == "}")
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
            impl A { fn f() {} fn g() { if true { } } fn h() {} }
            pub type B = A;
            mod c;
            mod d;
            /// Docs.
            #[derive(Debug)]
            struct E;
        })
        .unwrap();
        assert_eq!(
            text,
            "//! Module.\n\nuse a::b;\n\npub struct A;\n\nimpl A {\n    fn f() {}\n    fn g() {\n        if true {}\n    }\n\n    fn h() {}\n}\n\npub type B = A;\n\nmod c;\nmod d;\n\n/// Docs.\n#[derive(Debug)]\nstruct E;\n"
        );
    }
}
