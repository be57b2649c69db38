//! Errors and warnings about a spec, each naming the file and where in it.

use std::fmt;

/// A JSON pointer into the spec (`#/components/schemas/identity`), kept in the
/// URI-fragment form that `$ref`s use, so a message can be pasted into a search.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pointer(String);

impl Pointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        Pointer("#".to_owned())
    }

    /// Takes a `$ref` value as written in the spec; `None` when it is not a
    /// local reference (`#...`). `$ref` values are URI fragments, so `%7B`
    /// stands for `{`.
    pub fn from_ref(reference: &str) -> Option<Self> {
        if !reference.starts_with('#') {
            return None;
        }
        if !reference.contains('%') {
            return Some(Pointer(reference.to_owned()));
        }
        let decoded = percent_encoding::percent_decode_str(reference).decode_utf8_lossy();
        Some(Pointer(decoded.into_owned()))
    }

    /// This pointer with one more segment, escaped as RFC 6901 asks.
    pub fn push(&self, segment: &str) -> Self {
        let mut s = String::with_capacity(self.0.len() + segment.len() + 1);
        s.push_str(&self.0);
        s.push('/');
        for c in segment.chars() {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        Pointer(s)
    }

    /// The same as [`Pointer::push`] for an array index.
    pub fn index(&self, i: usize) -> Self {
        self.push(&i.to_string())
    }

    /// The unescaped segments after `#`.
    pub fn segments(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .strip_prefix('#')
            .unwrap_or(&self.0)
            .split('/')
            .skip(1)
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
    }

    /// The last segment, unescaped (empty for the root).
    pub fn last(&self) -> String {
        self.segments().last().unwrap_or_default()
    }

    /// The pointer as written, starting with `#`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a problem is: a line and column for text that did not parse, a JSON
/// pointer for a document that parsed but means something we cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// 1-based line and column in the file.
    Text { line: usize, column: usize },
    /// A place in the parsed document.
    Pointer(Pointer),
    /// A place in the parsed document, and where its text is.
    Both {
        pointer: Pointer,
        line: usize,
        column: usize,
    },
    /// The file as a whole.
    File,
}

/// One error or warning about a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The spec's file name, as the caller gave it.
    pub file: String,
    /// Where in the file.
    pub location: Location,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Diagnostic {
    /// The JSON pointer of the problem, when it has one.
    pub fn pointer(&self) -> Option<&Pointer> {
        match &self.location {
            Location::Pointer(p) | Location::Both { pointer: p, .. } => Some(p),
            Location::Text { .. } | Location::File => None,
        }
    }

    /// A problem at a place in the parsed document.
    pub fn at(file: &str, pointer: &Pointer, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            location: Location::Pointer(pointer.clone()),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::Text { line, column } => {
                write!(f, "{}:{line}:{column}: {}", self.file, self.message)
            }
            Location::Pointer(p) => write!(f, "{}: {p}: {}", self.file, self.message),
            Location::Both {
                pointer,
                line,
                column,
            } => {
                write!(
                    f,
                    "{}:{line}:{column}: {pointer}: {}",
                    self.file, self.message
                )
            }
            Location::File => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for Diagnostic {}

/// The problems that stop a spec from being generated, in the order the
/// document shows them: every one a stage could find, as a compiler reports
/// all its errors, up to [`Errors::LIMIT`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errors {
    list: Vec<Diagnostic>,
    /// How many more were found past the limit.
    more: usize,
}

impl Errors {
    /// Past this many, the rest are counted, not kept: a document that is
    /// wrong everywhere is usually wrong in one way, and a screen of the
    /// first ones tells it.
    pub const LIMIT: usize = 50;

    /// Gathers `found`, or `None` when it is empty. The same problem found
    /// twice (a broken schema met through two references) is kept once.
    pub fn new(found: Vec<Diagnostic>) -> Option<Errors> {
        let mut list: Vec<Diagnostic> = Vec::new();
        let mut more = 0;
        for d in found {
            if list.contains(&d) {
                continue;
            }
            if list.len() < Self::LIMIT {
                list.push(d);
            } else {
                more += 1;
            }
        }
        (!list.is_empty()).then_some(Errors { list, more })
    }

    /// The first problem in the document.
    pub fn first(&self) -> &Diagnostic {
        &self.list[0]
    }

    /// The problems kept, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// How many problems were found, those past the limit included.
    pub fn count(&self) -> usize {
        self.list.len() + self.more
    }
}

impl From<Diagnostic> for Errors {
    fn from(d: Diagnostic) -> Self {
        Errors {
            list: vec![d],
            more: 0,
        }
    }
}

/// One problem a line, then how many were left out.
impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.list.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        if self.more > 0 {
            write!(f, "\n... and {} more", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

/// Warnings gathered along the pipeline: constructs that were generated with a
/// looser type than the spec asks for, or parts of the spec that were ignored.
#[derive(Debug, Default, Clone)]
pub struct Warnings {
    file: String,
    list: Vec<Diagnostic>,
}

impl Warnings {
    pub fn new(file: &str) -> Self {
        Warnings {
            file: file.to_owned(),
            list: Vec::new(),
        }
    }

    pub fn warn(&mut self, pointer: &Pointer, message: impl Into<String>) {
        self.list.push(Diagnostic::at(&self.file, pointer, message));
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_are_escaped_and_unescaped() {
        let p = Pointer::root()
            .push("paths")
            .push("/admin/{id}")
            .push("a~b");
        assert_eq!(p.as_str(), "#/paths/~1admin~1{id}/a~0b");
        assert_eq!(
            p.segments().collect::<Vec<_>>(),
            ["paths", "/admin/{id}", "a~b"]
        );
        assert_eq!(p.last(), "a~b");
        assert_eq!(Pointer::root().last(), "");
    }

    #[test]
    fn display_names_file_and_place() {
        let d = Diagnostic::at("api.yaml", &Pointer::root().push("info"), "is missing");
        assert_eq!(d.to_string(), "api.yaml: #/info: is missing");
    }
}
