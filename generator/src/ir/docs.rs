//! Spec prose → rustdoc lines.
//!
//! Descriptions are Markdown written for a web page, so a few things are made
//! safe for rustdoc: a fenced block without a language would be compiled as a
//! doctest, and an indented block is a code block too; both become `text`.

use super::types::Docs;

impl Docs {
    /// Docs from a description (or, lacking one, a title), followed by notes
    /// such as "Read-only." in their own paragraph.
    pub fn from_spec(description: Option<&str>, title: Option<&str>, notes: &[String]) -> Docs {
        let text = description
            .filter(|d| !d.trim().is_empty())
            .or(title.filter(|t| !t.trim().is_empty()));
        let mut lines = text.map(markdown_lines).unwrap_or_default();
        if !notes.is_empty() {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(notes.iter().cloned());
        }
        Docs { lines }
    }

    /// `self`, or a single fallback line when the spec says nothing, so that
    /// every public item has docs.
    pub fn or_fallback(mut self, fallback: impl FnOnce() -> String) -> Docs {
        if self.lines.is_empty() {
            self.lines.push(fallback());
        }
        self
    }

    /// Appends a paragraph.
    pub fn push_paragraph(&mut self, text: &str) {
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.lines.extend(markdown_lines(text));
    }
}

/// Splits Markdown into lines that are safe as rustdoc.
pub fn markdown_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut in_indented = false;
    // The paragraph being continued: a block quote, or a list item (with the
    // width of its marker). Markdown lets continuation lines drop the `>` or
    // the indent ("lazy" lines); rustdoc renders them, clippy objects, so they
    // are written out in full.
    let mut continuing: Option<Continuation> = None;
    for raw in text.trim_end().lines() {
        let line = raw.trim_end().replace('\t', "    ");
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            if in_fence {
                in_fence = false;
                out.push("```".to_owned());
            } else {
                in_fence = true;
                let lang = info.trim();
                // Only code marked as Rust may be compiled; anything else is text.
                let lang = if lang.is_empty() || !lang.starts_with("rust") {
                    "text"
                } else {
                    "rust,ignore"
                };
                out.push(format!("```{lang}"));
            }
            continue;
        }
        if in_fence {
            out.push(line);
            continue;
        }
        // An indented block after a blank line is a code block in Markdown.
        let indented = line.starts_with("    ") && !trimmed.starts_with(['-', '*', '+']);
        let after_blank = out.last().is_none_or(|l: &String| l.is_empty());
        if indented && (in_indented || after_blank) {
            if !in_indented {
                out.push("```text".to_owned());
                in_indented = true;
            }
            out.push(line.trim_start().to_owned());
            continue;
        }
        if in_indented {
            // Drop the blank line we may have added inside the block.
            out.push("```".to_owned());
            in_indented = false;
        }
        if trimmed.is_empty() {
            continuing = None;
            out.push(String::new());
            continue;
        }
        if trimmed.starts_with('>') {
            continuing = Some(Continuation::Quote);
            out.push(trimmed.to_owned());
            continue;
        }
        if let Some(width) = list_marker_width(trimmed) {
            continuing = Some(Continuation::Item(width));
            out.push(trimmed.to_owned());
            continue;
        }
        match continuing {
            Some(Continuation::Quote) => out.push(format!("> {trimmed}")),
            Some(Continuation::Item(width)) => out.push(format!("{}{trimmed}", " ".repeat(width))),
            None => out.push(trimmed.to_owned()),
        }
    }
    if in_fence || in_indented {
        out.push("```".to_owned());
    }
    while out.first().is_some_and(String::is_empty) {
        out.remove(0);
    }
    out
}

#[derive(Clone, Copy)]
enum Continuation {
    Quote,
    Item(usize),
}

/// `- `, `* `, `+ `, `1. `, `12) `: the width of a list item's marker.
fn list_marker_width(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") ")))
        .then_some(digits + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_without_language_become_text() {
        let lines = markdown_lines("Example:\n```\nlet x = 1;\n```\ndone");
        assert_eq!(lines, ["Example:", "```text", "let x = 1;", "```", "done"]);
    }

    #[test]
    fn indented_blocks_become_text() {
        let lines = markdown_lines("Call it like:\n\n    curl -X GET /a\n\nThen");
        assert_eq!(
            lines,
            [
                "Call it like:",
                "",
                "```text",
                "curl -X GET /a",
                "```",
                "",
                "Then"
            ]
        );
    }

    #[test]
    fn lazy_continuations_are_written_out() {
        let lines = markdown_lines("> quoted\ncontinued\n\n- item\nmore\n10. tenth\nrest\nplain");
        assert_eq!(
            lines,
            [
                "> quoted",
                "> continued",
                "",
                "- item",
                "  more",
                "10. tenth",
                "    rest",
                "    plain"
            ]
        );
    }

    #[test]
    fn unclosed_fence_is_closed() {
        let lines = markdown_lines("```json\n{}");
        assert_eq!(lines, ["```text", "{}", "```"]);
    }

    #[test]
    fn fallback_and_notes() {
        let d = Docs::from_spec(None, None, &[]).or_fallback(|| "The `a` field.".into());
        assert_eq!(d.lines, ["The `a` field."]);
        let d = Docs::from_spec(Some("Text."), None, &["Read-only.".into()]);
        assert_eq!(d.lines, ["Text.", "", "Read-only."]);
    }
}
