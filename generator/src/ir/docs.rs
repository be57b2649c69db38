//! Spec prose → rustdoc lines.
//!
//! Descriptions are Markdown written for a web page, so a few things are made
//! safe for rustdoc: a fenced block without a language would be compiled as a
//! doctest, and an indented block is a code block too; both become `text`.
//! In prose, bare URLs become autolinks, brackets that are not links and `<`
//! that opens no autolink are escaped, so rustdoc's lints (`bare_urls`,
//! `broken_intra_doc_links`, `invalid_html_tags`) stay quiet.

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

    /// Appends a paragraph of the generator's own rustdoc (intra-doc links
    /// included), as it is.
    pub fn push_paragraph(&mut self, text: &str) {
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.lines.extend(text.lines().map(str::to_owned));
    }

    /// Appends a paragraph of spec prose.
    pub fn push_spec_paragraph(&mut self, text: &str) {
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
        let prose = safe_inline(trimmed);
        if trimmed.starts_with('>') {
            continuing = Some(Continuation::Quote);
            out.push(prose);
            continue;
        }
        if let Some(item) = list_item(trimmed) {
            continuing = Some(Continuation::Item(item.width));
            if item.code_block {
                // Markdown makes the text an indented code block, which
                // rustdoc would compile as Rust: it is prose, one space in.
                let (marker, text) = trimmed.split_at(item.width - 1);
                out.push(safe_inline(&format!("{marker} {}", text.trim_start())));
            } else {
                out.push(prose);
            }
            continue;
        }
        match continuing {
            Some(Continuation::Quote) => out.push(format!("> {prose}")),
            Some(Continuation::Item(width)) => out.push(format!("{}{prose}", " ".repeat(width))),
            None => out.push(prose),
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

/// One line of prose made safe for rustdoc; code spans are left as they are.
pub fn safe_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        out.push_str(&safe_prose(&rest[..start]));
        let run = rest[start..].bytes().take_while(|b| *b == b'`').count();
        let after = &rest[start + run..];
        match closing_run(after, run) {
            Some(end) => {
                let span_end = start + run + end + run;
                out.push_str(&rest[start..span_end]);
                rest = &rest[span_end..];
            }
            // An unmatched backtick run is literal text.
            None => {
                out.push_str(&rest[start..start + run]);
                rest = after;
            }
        }
    }
    out.push_str(&safe_prose(rest));
    out
}

/// Where a run of exactly `run` backticks starts in `text`.
fn closing_run(text: &str, run: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let len = bytes[i..].iter().take_while(|b| **b == b'`').count();
            if len == run {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

const AUTOLINK_STARTS: [&str; 3] = ["http://", "https://", "mailto:"];

/// Prose outside code spans.
fn safe_prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Inside the text of a Markdown link `[…](…)`, whose `]` stays.
    let mut in_link_text = false;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let rest = &text[i..];
        if c == '<' {
            if AUTOLINK_STARTS.iter().any(|s| rest[1..].starts_with(s))
                && let Some(close) = rest.find('>')
            {
                out.push_str(&rest[..=close]);
                i += close + 1;
            } else {
                out.push_str("&lt;");
                i += 1;
            }
            continue;
        }
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let len = url_len(rest);
            // The target of `[text](url)` is a link already.
            if out.ends_with("](") {
                out.push_str(&rest[..len]);
            } else {
                out.push('<');
                out.push_str(&rest[..len]);
                out.push('>');
            }
            i += len;
            continue;
        }
        match c {
            '[' => {
                let close = rest.find(']');
                let is_link = close.is_some_and(|close| {
                    let after = &rest[close + 1..];
                    // `[text](url)`, or a reference definition `[id]: url`.
                    after.starts_with('(') || (i == 0 && after.starts_with(':'))
                });
                if is_link {
                    in_link_text = true;
                    out.push('[');
                } else {
                    out.push_str("\\[");
                }
            }
            ']' if in_link_text => {
                in_link_text = false;
                out.push(']');
            }
            ']' => out.push_str("\\]"),
            _ => out.push(c),
        }
        i += c.len_utf8();
    }
    out
}

/// The length of the URL at the start of `text`: up to white space or a
/// character that cannot end it, without trailing punctuation.
fn url_len(text: &str) -> usize {
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '[' | ']'))
        .unwrap_or(text.len());
    let mut url = &text[..end];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*', '_']);
        // A closing parenthesis belongs to the URL only when it opened one.
        let trimmed = if trimmed.ends_with(')') && !trimmed.contains('(') {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    url.len()
}

#[derive(Clone, Copy)]
enum Continuation {
    Quote,
    Item(usize),
}

/// A line that starts a list item.
struct ListItem {
    /// Where its text starts (the marker and the spaces after it), which
    /// is the indent its continuation lines need.
    width: usize,
    /// Five or more spaces follow the marker: CommonMark reads the text as
    /// an indented code block, and the marker with one space as the width.
    code_block: bool,
}

/// `- `, `*   `, `1. `, `12) `: a list item's marker (CommonMark: one to
/// four spaces after it count as part of it).
fn list_item(line: &str) -> Option<ListItem> {
    let marker = if line.starts_with(['-', '*', '+']) {
        1
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &line[digits..];
        if digits == 0 || digits >= 10 || !rest.starts_with(['.', ')']) {
            return None;
        }
        digits + 1
    };
    let spaces = line[marker..].bytes().take_while(|b| *b == b' ').count();
    match spaces {
        0 => None,
        1..=4 => Some(ListItem {
            width: marker + spaces,
            code_block: false,
        }),
        _ => Some(ListItem {
            width: marker + 1,
            code_block: true,
        }),
    }
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
        let lines = markdown_lines(
            "> quoted\ncontinued\n\n- item\nmore\n10. tenth\nrest\nplain\n*   wide\n    marker\n-      code-like\nrest",
        );
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
                "    plain",
                "*   wide",
                "    marker",
                "- code-like",
                "  rest"
            ]
        );
    }

    #[test]
    fn prose_is_made_safe_for_rustdoc() {
        let cases = [
            (
                "See https://example.com/a_b.",
                "See <https://example.com/a_b>.",
            ),
            ("(see https://x.test/p)", "(see <https://x.test/p>)"),
            (
                "(Alg)[http://x.test/a#b] of",
                "(Alg)\\[<http://x.test/a#b>\\] of",
            ),
            (
                "[the docs](https://x.test/d) and <https://y.test>",
                "[the docs](https://x.test/d) and <https://y.test>",
            ),
            ("signed with [JWA] keys", "signed with \\[JWA\\] keys"),
            ("[JWA]: https://x.test/jwa", "[JWA]: <https://x.test/jwa>"),
            (
                "the <id> of a <b>thing</b>",
                "the &lt;id> of a &lt;b>thing&lt;/b>",
            ),
            (
                "code `a[0] <T> https://c` stays",
                "code `a[0] <T> https://c` stays",
            ),
            ("``a ` b`` [x]", "``a ` b`` \\[x\\]"),
            ("an unmatched ` tick [y]", "an unmatched ` tick \\[y\\]"),
            ("ünïcode [z] ok", "ünïcode \\[z\\] ok"),
        ];
        for (input, expected) in cases {
            assert_eq!(safe_inline(input), expected, "{input}");
        }
    }

    #[test]
    fn code_blocks_are_not_touched() {
        let lines = markdown_lines("```json\n{\"a\": [1]}\n```\n\n    <x> [y]");
        assert_eq!(
            lines,
            [
                "```text",
                "{\"a\": [1]}",
                "```",
                "",
                "```text",
                "<x> [y]",
                "```"
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
