//! Tokens → source text, through prettyplease.

use proc_macro2::TokenStream;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

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
    let mut text = Separated::default();
    text.push(&print_part(tokens)?);
    Ok(text.out)
}

/// Formats a file made of `count` parts, each holding whole items (only the
/// first may open with inner attributes), that `make` gives by index; the
/// text is the same as [`format_file`]'s of the parts together, whatever
/// the number of threads. [`format_files`] for one file.
pub fn format_parts(
    count: usize,
    make: &(dyn Fn(usize) -> TokenStream + Sync),
    threads: usize,
) -> Result<String, String> {
    let mut texts = format_files(&[PartedFile { count, make }], threads).map_err(|e| e.message)?;
    Ok(texts.pop().unwrap_or_default())
}

/// A file to format: `count` parts that `make` gives by index.
#[derive(Clone, Copy)]
pub struct PartedFile<'a> {
    pub count: usize,
    pub make: &'a (dyn Fn(usize) -> TokenStream + Sync),
}

/// Why [`format_files`] failed: a part that is not Rust (a bug in the
/// emitter), in file `file`, or no thread to format on (`file` is `None`).
#[derive(Debug)]
pub struct FormatError {
    pub file: Option<usize>,
    pub message: String,
}

/// Formats several files, each as [`format_parts`] does one, with their
/// parts in one queue: a thread that has finished with one file's parts
/// goes on to the next file's instead of waiting for the others, so small
/// files and the last runs of a file do not leave a core idle. The texts
/// come back in the files' order; an error names its file by index
/// ([`FormatError`]).
///
/// The parts are made and printed on `threads` threads, a run of them at a
/// time, and put together in order as they come: tokens are bound to the
/// thread that made them, so each thread makes its own, and only the parts
/// being printed have tokens or syntax trees alive.
pub fn format_files(files: &[PartedFile<'_>], threads: usize) -> Result<Vec<String>, FormatError> {
    let total = files.iter().map(|f| f.count).sum();
    let run_size = run_size(total, threads);
    // Each run is parts `start..end` of one file; runs go file by file.
    let runs: Vec<(usize, usize, usize)> = files
        .iter()
        .enumerate()
        .flat_map(|(file, f)| {
            (0..f.count)
                .step_by(run_size)
                .map(move |start| (file, start, f.count.min(start + run_size)))
        })
        .collect();
    let print_run = |run: usize| -> Result<String, FormatError> {
        let (file, start, end) = runs[run];
        let mut printed = String::new();
        for i in start..end {
            printed.push_str(&print_part((files[file].make)(i)).map_err(|message| {
                FormatError {
                    file: Some(file),
                    message,
                }
            })?);
        }
        Ok(printed)
    };
    let mut texts: Vec<Separated> = files.iter().map(|_| Separated::default()).collect();
    let mut put = |run: usize, printed: &str| texts[runs[run].0].push(printed);
    if threads <= 1 || runs.len() <= 1 {
        for run in 0..runs.len() {
            put(run, &print_run(run)?);
        }
    } else {
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            // Bounded, so a thread that runs ahead waits rather than piling
            // up text; runs come nearly in order, so few wait to be put in
            // place.
            let (sender, receiver) = mpsc::sync_channel(threads * 2);
            for _ in 0..threads.min(runs.len()) {
                let sender = sender.clone();
                let (next, print_run, count) = (&next, &print_run, runs.len());
                std::thread::Builder::new()
                    .name("openapi-rust-generator-format".to_owned())
                    .stack_size(crate::PIPELINE_STACK)
                    .spawn_scoped(scope, move || {
                        loop {
                            let run = next.fetch_add(1, Ordering::Relaxed);
                            // A send fails once the caller has stopped on an error.
                            if run >= count || sender.send((run, print_run(run))).is_err() {
                                break;
                            }
                        }
                    })
                    .map_err(|e| FormatError {
                        file: None,
                        message: format!("cannot start a formatting thread: {e}"),
                    })?;
            }
            drop(sender);
            let mut waiting = BTreeMap::new();
            let mut wanted = 0;
            for (run, printed) in receiver {
                waiting.insert(run, printed);
                while let Some(printed) = waiting.remove(&wanted) {
                    put(wanted, &printed?);
                    wanted += 1;
                }
            }
            Ok::<_, FormatError>(())
        })?;
    }
    Ok(texts.into_iter().map(|t| t.out).collect())
}

/// How many parts a thread makes and prints before it hands them on: enough
/// that handing on costs little, few enough that threads share the work (a
/// small file's parts are shared out too, a few runs a thread: the identity
/// client's models are 40 parts).
fn run_size(count: usize, threads: usize) -> usize {
    count.div_ceil(threads.max(1) * 4).clamp(MIN_RUN, RUN)
}

const RUN: usize = 64;
const MIN_RUN: usize = 4;

/// One part printed: its inner attributes, then each item, one item's syntax
/// tree alive at a time. An error means the emitter produced tokens that are
/// not Rust, which is a bug in the generator.
fn print_part(tokens: TokenStream) -> Result<String, String> {
    let mut text = String::new();
    let print = |file: &syn::File| prettyplease::unparse(file);
    let parser = |input: syn::parse::ParseStream<'_>| -> syn::Result<()> {
        let mut file = syn::File {
            shebang: None,
            frontmatter: None,
            attrs: input.call(syn::Attribute::parse_inner)?,
            items: Vec::new(),
        };
        if !file.attrs.is_empty() {
            text.push_str(&print(&file));
            file.attrs.clear();
        }
        while !input.is_empty() {
            file.items.push(input.parse()?);
            text.push_str(&print(&file));
            file.items.clear();
        }
        Ok(())
    };
    syn::parse::Parser::parse2(parser, tokens).map_err(|e| e.to_string())?;
    Ok(text)
}

/// prettyplease prints top-level items back to back; a blank line between
/// them (and after the module docs) makes the output readable. Runs of `mod`
/// and `use` lines stay together. The text is built a piece at a time, so a
/// file's text is never held twice.
#[derive(Default)]
struct Separated {
    out: String,
    /// The last line written (`None` before the first).
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
            let previous = self.previous.get_or_insert_with(String::new);
            previous.clear();
            previous.push_str(line);
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
    fn parts_print_the_same_text_on_any_number_of_threads() {
        // Enough parts for several runs on each thread, each part unlike the
        // others, so a part out of place changes the text.
        let make = |i: usize| {
            let name = quote::format_ident!("T{i}");
            if i == 0 {
                quote!(//! Head.
                    use a::b;)
            } else {
                quote!(pub struct #name; impl #name { fn f() {} fn g() {} })
            }
        };
        let count = RUN * 5 + 7;
        let whole = format_file((0..count).map(make).collect()).unwrap();
        assert!(whole.contains("pub struct T1;") && whole.contains(&format!("T{}", count - 1)));
        for threads in [1, 2, 3, 8] {
            assert_eq!(
                format_parts(count, &make, threads).unwrap(),
                whole,
                "{threads} threads"
            );
        }
    }

    #[test]
    fn files_in_one_queue_each_print_as_alone_and_errors_name_their_file() {
        // Files of 1, 0, many and a few parts, so runs cross from one file
        // to the next on every thread count.
        let makers: Vec<Box<dyn Fn(usize) -> TokenStream + Sync>> = (0..4)
            .map(|file| {
                Box::new(move |i: usize| {
                    let name = quote::format_ident!("F{file}T{i}");
                    quote!(pub struct #name; impl #name { fn f() {} })
                }) as Box<dyn Fn(usize) -> TokenStream + Sync>
            })
            .collect();
        let counts = [1, 0, RUN * 3 + 5, 7];
        let files: Vec<PartedFile<'_>> = counts
            .iter()
            .zip(&makers)
            .map(|(&count, make)| PartedFile {
                count,
                make: &**make,
            })
            .collect();
        let alone: Vec<String> = files
            .iter()
            .map(|f| format_file((0..f.count).map(f.make).collect()).unwrap())
            .collect();
        assert!(alone[1].is_empty() && alone[3].contains("pub struct F3T6;"));
        for threads in [1, 2, 3, 8] {
            assert_eq!(
                format_files(&files, threads).unwrap(),
                alone,
                "{threads} threads"
            );
        }
        let broken = |i: usize| {
            if i == 5 {
                quote!(struct;)
            } else {
                quote!(
                    struct S;
                )
            }
        };
        let mut with_broken = files.clone();
        with_broken[3] = PartedFile {
            count: 7,
            make: &broken,
        };
        for threads in [1, 2] {
            let error = format_files(&with_broken, threads).unwrap_err();
            assert_eq!(error.file, Some(3), "{threads} threads");
        }
    }

    #[test]
    fn a_part_that_is_not_rust_is_an_error_on_any_number_of_threads() {
        let make = |i: usize| {
            if i == RUN * 2 + 1 {
                quote!(struct;)
            } else {
                quote!(
                    struct S;
                )
            }
        };
        for threads in [1, 2] {
            assert!(
                format_parts(RUN * 4, &make, threads).is_err(),
                "{threads} threads"
            );
        }
    }

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
