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
        out.push(trimmed.to_owned());
    }
    if in_fence || in_indented {
        out.push("```".to_owned());
    }
    while out.first().is_some_and(String::is_empty) {
        out.remove(0);
    }
    out
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
