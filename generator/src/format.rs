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
///
/// The file is parsed and printed one top-level item at a time: prettyplease
/// prints a file's items one after the other, so the text is the same, and
/// only one item's syntax tree is alive at once (a whole `requests.rs` of
/// Microsoft Graph is 240 MB of source, whose tree took gigabytes).
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    format_parts(std::iter::once(tokens))
}

/// Formats a file given in parts that each hold whole items (only the first
/// may open with inner attributes), each part parsed and printed before the
/// next is asked for: the text is the same as [`format_file`]'s of the
/// parts together.
pub fn format_parts(parts: impl Iterator<Item = TokenStream>) -> Result<String, String> {
    let print = |file: &syn::File| prettyplease::unparse(file);
    let mut text = Separated::default();
    for tokens in parts {
        let parser = |input: syn::parse::ParseStream<'_>| -> syn::Result<()> {
            let mut file = syn::File {
                shebang: None,
                frontmatter: None,
                attrs: input.call(syn::Attribute::parse_inner)?,
                items: Vec::new(),
            };
            if !file.attrs.is_empty() {
                text.push(&print(&file));
                file.attrs.clear();
            }
            while !input.is_empty() {
                file.items.push(input.parse()?);
                text.push(&print(&file));
                file.items.clear();
            }
            Ok(())
        };
        syn::parse::Parser::parse2(parser, tokens).map_err(|e| e.to_string())?;
    }
    Ok(text.out)
}

/// prettyplease prints top-level items back to back; a blank line between
/// them (and after the module docs) makes the output readable. Runs of `mod`
/// and `use` lines stay together. The text is built a piece at a time, so a
/// file's text is never held twice.
#[derive(Default)]
struct Separated {
    out: String,
    /// The last line written.
    previous: Option<String>,
}

impl Separated {
    fn push(&mut self, source: &str) {
        for line in source.lines() {
            let previous = self.previous.as_deref();
            if (starts_item(line) && after_item_end(previous, line))
                || starts_nested_item(previous, line)
            {
                self.out.push('\n');
            }
            self.out.push_str(line);
            self.out.push('\n');
            self.previous = Some(line.to_owned());
        }
    }
}

fn starts_item(line: &str) -> bool {
    !line.is_empty() && !line.starts_with([' ', '}', ')', ']', '#', '/'])
        || line.starts_with("#[")
        || line.starts_with("///")
}

/// `previous` ends a top-level item that `line` does not continue a group of.
fn after_item_end(previous: Option<&str>, line: &str) -> bool {
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
    previous.is_some_and(|p| {
        if p.starts_with("//!") {
            return !line.starts_with("//!") && !line.starts_with("#!");
        }
        if p.starts_with("#!") {
            return !line.starts_with("#!");
        }
        let ends_item = p == "}" || (p.ends_with(';') && !p.starts_with([' ', '/']));
        ends_item && !(group(p).is_some() && group(p) == group(line))
    })
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
