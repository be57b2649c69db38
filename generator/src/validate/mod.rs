//! A walk over the raw document that checks the shape of every OpenAPI object
//! before openapiv3 reads it.
//!
//! openapiv3 reads many objects through `flatten` and untagged enums, which
//! lose track of where a bad value was (an error inside a parameter is
//! reported at `#/paths`), and it silently drops what it does not recognise
//! (a response code `2000`, a path without a leading `/`, `$ref: 42`). This
//! walk knows the OpenAPI 3.0 object kinds, so it reports the exact pointer
//! and what was expected there.

use crate::diagnostics::{Diagnostic, Errors, Pointer};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashSet;

mod schema;
mod values;

/// Deeper than this the walk stops with an error (the parsers' own limits are
/// lower, so real documents never get here).
const MAX_DEPTH: usize = 256;

type Check = Result<(), Diagnostic>;

/// Checks the document, and every object a `$ref` points at as the kind of
/// object the reference stands for (a `$ref: '#/info'` where a schema goes is
/// checked as a schema). After this, nothing later needs to check again.
///
/// A problem ends the check of the object it is in (what is inside a bad
/// object means little), not of the document: the walk goes on with the
/// object's siblings, so every bad parameter, response and schema is
/// reported at once.
pub fn validate(file: &str, doc: &Value) -> Result<(), Errors> {
    let w = Walker {
        file,
        doc,
        seen: RefCell::new(HashSet::new()),
        refs: RefCell::new(Vec::new()),
        errors: RefCell::new(Vec::new()),
    };
    let document = w.document(doc);
    w.keep(document);
    w.follow_refs();
    match Errors::new(w.errors.into_inner()) {
        Some(errors) => Err(errors),
        None => Ok(()),
    }
}

/// The kinds of object a `$ref` can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Schema,
    Parameter,
    RequestBody,
    Response,
    Header,
    SecurityScheme,
    Example,
    Callback,
    PathItem,
}

struct Walker<'f> {
    file: &'f str,
    doc: &'f Value,
    /// The places checked so far, with the kind they were checked as.
    seen: RefCell<HashSet<(Kind, String)>>,
    /// The references met, to check their targets once the walk is done.
    refs: RefCell<Vec<(Kind, String)>>,
    /// The problems found so far.
    errors: RefCell<Vec<Diagnostic>>,
}

pub(crate) const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Walker<'_> {
    fn error(&self, at: &Pointer, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(self.file, at, message)
    }

    /// Keeps the problem `result` found, for the walk to go on.
    fn keep(&self, result: Check) {
        if let Err(d) = result {
            self.errors.borrow_mut().push(d);
        }
    }

    /// Checks `v` as an object of `kind`. A problem in it is kept and the
    /// caller goes on: this is where one object's check ends and its
    /// siblings' go on.
    fn check(&self, kind: Kind, v: &Value, at: &Pointer) -> Check {
        self.seen
            .borrow_mut()
            .insert((kind, at.as_str().to_owned()));
        let result = self.check_kind(kind, v, at);
        self.keep(result);
        Ok(())
    }

    fn check_kind(&self, kind: Kind, v: &Value, at: &Pointer) -> Check {
        match kind {
            Kind::Schema => self.schema(v, at, 0),
            Kind::Parameter => self.parameter(v, at),
            Kind::RequestBody => self.request_body(v, at),
            Kind::Response => self.response(v, at),
            Kind::Header => self.header(v, at),
            Kind::SecurityScheme => self.security_scheme(v, at),
            Kind::Example => self.object(v, at, "an example").map(drop),
            Kind::Callback => self.callback(v, at),
            Kind::PathItem => self.path_item(v, at),
        }
    }

    /// Checks what each reference points at, as the kind it stands for,
    /// unless the walk checked that place as that kind already. A reference
    /// out of the document, or to nothing, is left to `resolve`, which
    /// reports it where it is used.
    fn follow_refs(&self) {
        loop {
            let next = self.refs.borrow_mut().pop();
            let Some((kind, reference)) = next else {
                return;
            };
            let Some(target) = Pointer::from_ref(&reference) else {
                continue;
            };
            // Each place once per kind, so chains and cycles end.
            if !self
                .seen
                .borrow_mut()
                .insert((kind, target.as_str().to_owned()))
            {
                continue;
            }
            let Some(value) = self.doc.pointer(target.as_str().trim_start_matches('#')) else {
                continue;
            };
            // The target may itself be a reference.
            let result = self.or_ref(value, &target, kind);
            self.keep(result);
        }
    }

    fn document(&self, doc: &Value) -> Check {
        let root = Pointer::root();
        let o = self.object(doc, &root, "an OpenAPI document")?;
        let info = self.required(o, "info", &root)?;
        self.info(info, &root.push("info"))?;
        if let Some(servers) = o.get("servers") {
            self.each(servers, &root.push("servers"), |w, v, at| w.server(v, at))?;
        }
        let paths = self.required(o, "paths", &root)?;
        self.paths(paths, &root.push("paths"))?;
        if let Some(c) = o.get("components") {
            self.components(c, &root.push("components"))?;
        }
        if let Some(s) = o.get("security") {
            self.security(s, &root.push("security"))?;
        }
        if let Some(tags) = o.get("tags") {
            self.each(tags, &root.push("tags"), |w, v, at| {
                let t = w.object(v, at, "a tag")?;
                w.string_field(t, "name", at, true)
            })?;
        }
        Ok(())
    }

    fn info(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "the info object")?;
        self.string_field(o, "title", at, true)?;
        self.string_field(o, "version", at, true)?;
        self.string_field(o, "description", at, false)
    }

    fn server(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a server")?;
        self.string_field(o, "url", at, true)?;
        if let Some(vars) = o.get("variables") {
            let vars_at = at.push("variables");
            for (name, var) in self.object(vars, &vars_at, "a mapping of server variables")? {
                let var_at = vars_at.push(name);
                let var = self.object(var, &var_at, "a server variable")?;
                self.string_field(var, "default", &var_at, true)?;
                if let Some(e) = var.get("enum") {
                    self.each(e, &var_at.push("enum"), |w, v, at| {
                        w.string(v, at, "a string").map(drop)
                    })?;
                }
            }
        }
        Ok(())
    }

    fn paths(&self, v: &Value, at: &Pointer) -> Check {
        for (path, item) in self.object(v, at, "a mapping of paths")? {
            let item_at = at.push(path);
            if path.starts_with("x-") {
                continue;
            }
            if !path.starts_with('/') {
                self.keep(Err(
                    self.error(&item_at, format!("path `{path}` must start with `/`"))
                ));
                continue;
            }
            self.check(Kind::PathItem, item, &item_at)?;
        }
        Ok(())
    }

    /// A callback: path items keyed by runtime expressions
    /// (`{$request.body#/callbackUrl}`), which are no paths.
    fn callback(&self, v: &Value, at: &Pointer) -> Check {
        for (expression, item) in self.object(v, at, "a mapping of callback expressions")? {
            if !expression.starts_with("x-") {
                self.check(Kind::PathItem, item, &at.push(expression))?;
            }
        }
        Ok(())
    }

    fn path_item(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a path item")?;
        if o.contains_key("$ref") {
            return self.reference(o, at, Kind::PathItem);
        }
        if let Some(p) = o.get("parameters") {
            self.each(p, &at.push("parameters"), |w, v, at| {
                w.or_ref(v, at, Kind::Parameter)
            })?;
        }
        if let Some(servers) = o.get("servers") {
            self.each(servers, &at.push("servers"), |w, v, at| w.server(v, at))?;
        }
        for method in HTTP_METHODS {
            if let Some(op) = o.get(*method) {
                let result = self.operation(op, &at.push(method));
                self.keep(result);
            }
        }
        Ok(())
    }

    fn operation(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "an operation")?;
        for key in ["operationId", "summary", "description"] {
            self.string_field(o, key, at, false)?;
        }
        self.bool_field(o, "deprecated", at)?;
        if let Some(tags) = o.get("tags") {
            self.each(tags, &at.push("tags"), |w, v, at| {
                w.string(v, at, "a tag name").map(drop)
            })?;
        }
        if let Some(p) = o.get("parameters") {
            self.each(p, &at.push("parameters"), |w, v, at| {
                w.or_ref(v, at, Kind::Parameter)
            })?;
        }
        if let Some(body) = o.get("requestBody") {
            self.or_ref(body, &at.push("requestBody"), Kind::RequestBody)?;
        }
        let responses = self.required(o, "responses", at)?;
        self.responses(responses, &at.push("responses"))?;
        if let Some(s) = o.get("security") {
            self.security(s, &at.push("security"))?;
        }
        if let Some(servers) = o.get("servers") {
            self.each(servers, &at.push("servers"), |w, v, at| w.server(v, at))?;
        }
        if let Some(callbacks) = o.get("callbacks") {
            let cb_at = at.push("callbacks");
            for (name, cb) in self.object(callbacks, &cb_at, "a mapping of callbacks")? {
                self.or_ref(cb, &cb_at.push(name), Kind::Callback)?;
            }
        }
        Ok(())
    }

    fn parameter(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a parameter")?;
        self.string_field(o, "name", at, true)?;
        let location = self.required(o, "in", at)?;
        let location = self.string(location, &at.push("in"), "a parameter location")?;
        if !matches!(location, "query" | "header" | "path" | "cookie") {
            return Err(self.error(
                &at.push("in"),
                format!("`in: {location}` is not a parameter location; expected query, header, path or cookie (request bodies go in `requestBody` in OpenAPI 3)"),
            ));
        }
        self.header_like(o, at)
    }

    /// What parameters and headers share.
    fn header_like(&self, o: &Map<String, Value>, at: &Pointer) -> Check {
        for key in [
            "required",
            "deprecated",
            "allowEmptyValue",
            "explode",
            "allowReserved",
        ] {
            self.bool_field(o, key, at)?;
        }
        self.string_field(o, "description", at, false)?;
        self.string_field(o, "style", at, false)?;
        if let Some(s) = o.get("schema") {
            self.or_ref(s, &at.push("schema"), Kind::Schema)?;
        }
        if let Some(c) = o.get("content") {
            self.content(c, &at.push("content"))?;
        }
        Ok(())
    }

    fn request_body(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a request body")?;
        self.bool_field(o, "required", at)?;
        self.string_field(o, "description", at, false)?;
        let content = self.required(o, "content", at)?;
        self.content(content, &at.push("content"))
    }

    fn content(&self, v: &Value, at: &Pointer) -> Check {
        for (media, m) in self.object(v, at, "a mapping of media types")? {
            let m_at = at.push(media);
            let o = self.object(m, &m_at, "a media type object")?;
            if let Some(s) = o.get("schema") {
                self.or_ref(s, &m_at.push("schema"), Kind::Schema)?;
            }
            if let Some(e) = o.get("encoding") {
                self.object(e, &m_at.push("encoding"), "a mapping of encodings")?;
            }
        }
        Ok(())
    }

    fn responses(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a mapping of responses")?;
        for (code, r) in o {
            let r_at = at.push(code);
            if code.starts_with("x-") {
                continue;
            }
            if !is_status_key(code) {
                self.keep(Err(self.error(
                    &r_at,
                    format!("`{code}` is not a response code; expected `default`, a three-digit status such as `200`, or a range such as `4XX`"),
                )));
                continue;
            }
            self.or_ref(r, &r_at, Kind::Response)?;
        }
        Ok(())
    }

    fn response(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a response")?;
        self.string_field(o, "description", at, true)?;
        if let Some(h) = o.get("headers") {
            let h_at = at.push("headers");
            for (name, header) in self.object(h, &h_at, "a mapping of headers")? {
                self.or_ref(header, &h_at.push(name), Kind::Header)?;
            }
        }
        if let Some(c) = o.get("content") {
            self.content(c, &at.push("content"))?;
        }
        Ok(())
    }

    fn header(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a header")?;
        self.header_like(o, at)
    }

    fn components(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "the components object")?;
        let kinds = [
            ("schemas", Kind::Schema),
            ("parameters", Kind::Parameter),
            ("requestBodies", Kind::RequestBody),
            ("responses", Kind::Response),
            ("headers", Kind::Header),
            ("securitySchemes", Kind::SecurityScheme),
            ("examples", Kind::Example),
        ];
        for (key, kind) in kinds {
            let Some(table) = o.get(key) else { continue };
            let table_at = at.push(key);
            for (name, item) in self.object(table, &table_at, &format!("a mapping of {key}"))? {
                self.or_ref(item, &table_at.push(name), kind)?;
            }
        }
        Ok(())
    }

    fn security_scheme(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a security scheme")?;
        let t = self.required(o, "type", at)?;
        let t = self.string(t, &at.push("type"), "a security scheme type")?;
        match t {
            "http" => self.string_field(o, "scheme", at, true),
            "apiKey" => {
                self.string_field(o, "name", at, true)?;
                self.string_field(o, "in", at, true)
            }
            "oauth2" => self.required(o, "flows", at).map(drop),
            "openIdConnect" => self.string_field(o, "openIdConnectUrl", at, true),
            other => Err(self.error(
                &at.push("type"),
                format!("unknown security scheme type `{other}`; expected http, apiKey, oauth2 or openIdConnect"),
            )),
        }
    }

    fn security(&self, v: &Value, at: &Pointer) -> Check {
        self.each(v, at, |w, req, at| {
            for (name, scopes) in w.object(req, at, "a security requirement")? {
                w.each(scopes, &at.push(name), |w, s, at| {
                    w.string(s, at, "a scope").map(drop)
                })?;
            }
            Ok(())
        })
    }

    /// An object that is either a `$ref` or an object of `kind`.
    fn or_ref(&self, v: &Value, at: &Pointer, kind: Kind) -> Check {
        if let Value::Object(o) = v
            && o.contains_key("$ref")
        {
            let result = self.reference(o, at, kind);
            self.keep(result);
            return Ok(());
        }
        self.check(kind, v, at)
    }

    /// A `$ref` standing for an object of `kind`: its target is checked
    /// after the walk.
    fn reference(&self, o: &Map<String, Value>, at: &Pointer, kind: Kind) -> Check {
        let r = o.get("$ref").unwrap_or(&Value::Null);
        let r = self.string(
            r,
            &at.push("$ref"),
            "a reference such as `#/components/schemas/name`",
        )?;
        if r.is_empty() {
            return Err(self.error(&at.push("$ref"), "`$ref` is empty"));
        }
        self.refs.borrow_mut().push((kind, r.to_owned()));
        Ok(())
    }
}

/// `default`, `200`, `4XX` (case-insensitive X).
fn is_status_key(code: &str) -> bool {
    if code == "default" {
        return true;
    }
    let b = code.as_bytes();
    b.len() == 3
        && (b'1'..=b'5').contains(&b[0])
        && ((b[1].is_ascii_digit() && b[2].is_ascii_digit())
            || (b[1].eq_ignore_ascii_case(&b'x') && b[2].eq_ignore_ascii_case(&b'x')))
}

#[cfg(test)]
mod tests;
