//! The docs of a `Client` method: summary, arguments, optional parameters,
//! responses and credentials.

use super::*;
use crate::ir::naming::bare;

pub(super) fn method_docs(op: &Operation, types: &TypeSet) -> Docs {
    let mut docs = Docs::default();
    match &op.summary {
        Some(s) => docs.push_spec_paragraph(s),
        None => docs.push_paragraph(&format!("`{}`", op.operation_id)),
    }
    if !op.docs.is_empty() {
        docs.lines.push(String::new());
        docs.lines.extend(op.docs.lines.iter().cloned());
    }
    docs.push_paragraph(&format!("`{} {}`", op.method.as_str(), op.path));

    let positional: Vec<&Param> = op.params.iter().filter(|p| p.positional()).collect();
    let optional: Vec<&Param> = op.params.iter().filter(|p| !p.positional()).collect();
    if !positional.is_empty() || op.body.as_ref().is_some_and(|b| b.required) {
        docs.push_paragraph("# Arguments");
        docs.lines.push(String::new());
        for p in &positional {
            docs.lines
                .push(param_line(&format!("`{}`", bare(&p.rust_name)), p));
        }
        if let Some(b) = op.body.as_ref().filter(|b| b.required) {
            docs.lines.push(format!(
                "- `{}`: the request body, sent as `{}`.{}",
                b.rust_name,
                b.content_type,
                one_line(&b.docs, " ")
            ));
        }
    }
    let optional_body = op.body.as_ref().filter(|b| !b.required);
    if !optional.is_empty() || optional_body.is_some() {
        docs.push_paragraph(&format!(
            "# Optional parameters, set on [`{}`]",
            op.builder_name
        ));
        docs.lines.push(String::new());
        for p in &optional {
            let link = format!("[`{0}`]({1}::{0})", bare(&p.rust_name), op.builder_name);
            docs.lines.push(param_line(&link, p));
        }
        if let Some(b) = optional_body {
            docs.lines.push(format!(
                "- [`{0}`]({1}::{0}): the request body, sent as `{2}`.{3}",
                b.rust_name,
                op.builder_name,
                b.content_type,
                one_line(&b.docs, " ")
            ));
        }
    }
    docs.push_paragraph("# Responses");
    docs.lines.push(String::new());
    for r in &op.responses {
        let status = r.status;
        let outcome = if r.success {
            ""
        } else {
            " (an [`Error::Api`](crate::Error::Api))"
        };
        let body = match &r.body {
            Some((ty, _)) => format!(" `{}`.", ty.rust_text(types)),
            None => String::new(),
        };
        let description = crate::ir::docs::safe_inline(&single_line(&r.description));
        docs.lines
            .push(format!("- `{status}`{outcome}: {description}{body}"));
    }
    if !op.security.is_empty() {
        let needed: Vec<Vec<String>> = op
            .security
            .iter()
            .filter(|alt| !alt.is_empty())
            .cloned()
            .collect();
        let optional = if needed.len() < op.security.len() {
            "; the API also serves calls without credentials"
        } else {
            ""
        };
        docs.push_paragraph(&format!(
            "Sends the credentials of {} when the client has them{optional}.",
            security_text(&needed)
        ));
    }
    if op.deprecated {
        docs.push_paragraph("Deprecated by the API.");
    }
    docs
}

fn param_line(name: &str, p: &Param) -> String {
    let kind = format!("{} parameter `{}`", p.location.as_str(), p.name);
    let text = one_line(&p.docs, " ");
    format!("- {name} ({kind}):{text}")
}

fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one_line(docs: &Docs, prefix: &str) -> String {
    let text = single_line(&docs.lines.join(" "));
    if text.is_empty() {
        String::new()
    } else {
        format!("{prefix}{text}")
    }
}
