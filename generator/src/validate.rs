//! A walk over the raw document that checks the shape of every OpenAPI object
//! before openapiv3 reads it.
//!
//! openapiv3 reads many objects through `flatten` and untagged enums, which
//! lose track of where a bad value was (an error inside a parameter is
//! reported at `#/paths`), and it silently drops what it does not recognise
//! (a response code `2000`, a path without a leading `/`, `$ref: 42`). This
//! walk knows the OpenAPI 3.0 object kinds, so it reports the exact pointer
//! and what was expected there.

use crate::diagnostics::{Diagnostic, Pointer};
use serde_json::{Map, Value};

/// Deeper than this the walk stops with an error (the parsers' own limits are
/// lower, so real documents never get here).
const MAX_DEPTH: usize = 256;

type Check = Result<(), Diagnostic>;

pub fn validate(file: &str, doc: &Value) -> Check {
    Walker { file }.document(doc)
}

/// Checks a value a `$ref` points at, outside `components`, before it is
/// read as an object of kind `kind` (a key of `components`). For schemas this
/// matters beyond messages: openapiv3 reads nested schemas through untagged
/// enums that retry every level on a failure, which is exponential in the
/// depth, and a value that passes this check does not fail there.
pub fn component(file: &str, kind: &str, value: &Value, at: &Pointer) -> Check {
    let w = Walker { file };
    match kind {
        "schemas" => w.or_ref(value, at, |w, v, at| w.schema(v, at, 0)),
        "parameters" => w.or_ref(value, at, Walker::parameter),
        "requestBodies" => w.or_ref(value, at, Walker::request_body),
        "responses" => w.or_ref(value, at, Walker::response),
        "headers" => w.or_ref(value, at, Walker::header),
        "securitySchemes" => w.or_ref(value, at, Walker::security_scheme),
        "pathItems" => w.path_item(value, at),
        _ => Ok(()),
    }
}

struct Walker<'f> {
    file: &'f str,
}

/// The check for one kind of object.
type Kind<'f> = fn(&Walker<'f>, &Value, &Pointer) -> Check;

const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl<'f> Walker<'f> {
    fn error(&self, at: &Pointer, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(self.file, at, message)
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
                return Err(self.error(&item_at, format!("path `{path}` must start with `/`")));
            }
            self.path_item(item, &item_at)?;
        }
        Ok(())
    }

    fn path_item(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a path item")?;
        if o.contains_key("$ref") {
            return self.reference(o, at);
        }
        if let Some(p) = o.get("parameters") {
            self.each(p, &at.push("parameters"), |w, v, at| {
                w.or_ref(v, at, Walker::parameter)
            })?;
        }
        if let Some(servers) = o.get("servers") {
            self.each(servers, &at.push("servers"), |w, v, at| w.server(v, at))?;
        }
        for method in HTTP_METHODS {
            if let Some(op) = o.get(*method) {
                self.operation(op, &at.push(method))?;
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
                w.or_ref(v, at, Walker::parameter)
            })?;
        }
        if let Some(body) = o.get("requestBody") {
            self.or_ref(body, &at.push("requestBody"), Walker::request_body)?;
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
                self.or_ref(cb, &cb_at.push(name), |w, v, at| w.paths(v, at))?;
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
            self.or_ref(s, &at.push("schema"), |w, v, at| w.schema(v, at, 0))?;
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
                self.or_ref(s, &m_at.push("schema"), |w, v, at| w.schema(v, at, 0))?;
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
                return Err(self.error(
                    &r_at,
                    format!("`{code}` is not a response code; expected `default`, a three-digit status such as `200`, or a range such as `4XX`"),
                ));
            }
            self.or_ref(r, &r_at, Walker::response)?;
        }
        Ok(())
    }

    fn response(&self, v: &Value, at: &Pointer) -> Check {
        let o = self.object(v, at, "a response")?;
        self.string_field(o, "description", at, true)?;
        if let Some(h) = o.get("headers") {
            let h_at = at.push("headers");
            for (name, header) in self.object(h, &h_at, "a mapping of headers")? {
                self.or_ref(header, &h_at.push(name), Walker::header)?;
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
        let kinds: [(&str, Kind<'f>); 7] = [
            ("schemas", |w, v, at| w.schema(v, at, 0)),
            ("parameters", Walker::parameter),
            ("requestBodies", Walker::request_body),
            ("responses", Walker::response),
            ("headers", Walker::header),
            ("securitySchemes", Walker::security_scheme),
            ("examples", |w, v, at| {
                w.object(v, at, "an example").map(drop)
            }),
        ];
        for (key, check) in kinds {
            let Some(table) = o.get(key) else { continue };
            let table_at = at.push(key);
            for (name, item) in self.object(table, &table_at, &format!("a mapping of {key}"))? {
                self.or_ref(item, &table_at.push(name), check)?;
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

    fn schema(&self, v: &Value, at: &Pointer, depth: usize) -> Check {
        if depth > MAX_DEPTH {
            return Err(self.error(
                at,
                format!("schemas nest more than {MAX_DEPTH} levels deep"),
            ));
        }
        let o = self.object(v, at, "a schema")?;
        if o.contains_key("$ref") {
            return self.reference(o, at);
        }
        match o.get("type") {
            None | Some(Value::String(_)) => {}
            Some(Value::Array(_)) => {
                return Err(self.error(
                    &at.push("type"),
                    "a list of types is OpenAPI 3.1; in 3.0 `type` is one string (use `nullable: true` for null)",
                ));
            }
            Some(other) => return Err(self.expected(&at.push("type"), "a type name", other)),
        }
        for key in ["format", "pattern", "title", "description"] {
            self.string_field(o, key, at, false)?;
        }
        if let Some(docs) = o.get("externalDocs") {
            let docs_at = at.push("externalDocs");
            let docs = self.object(docs, &docs_at, "external docs")?;
            self.string_field(docs, "url", &docs_at, true)?;
            self.string_field(docs, "description", &docs_at, false)?;
        }
        for key in [
            "nullable",
            "readOnly",
            "writeOnly",
            "deprecated",
            "uniqueItems",
            "exclusiveMinimum",
            "exclusiveMaximum",
        ] {
            self.bool_field(o, key, at)?;
        }
        for key in ["minimum", "maximum", "multipleOf"] {
            if let Some(n) = o.get(key)
                && !n.is_number()
            {
                return Err(self.expected(&at.push(key), "a number", n));
            }
        }
        for key in [
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "minProperties",
            "maxProperties",
        ] {
            if let Some(n) = o.get(key)
                && !n.is_u64()
            {
                return Err(self.expected(&at.push(key), "a non-negative integer", n));
            }
        }
        if let Some(e) = o.get("enum") {
            self.array(e, &at.push("enum"), "a list of values")?;
        }
        if let Some(r) = o.get("required") {
            self.each(r, &at.push("required"), |w, v, at| {
                w.string(v, at, "a property name").map(drop)
            })
            .map_err(|_| {
                self.error(
                    &at.push("required"),
                    format!(
                        "expected a list of property names but found {}",
                        describe(r)
                    ),
                )
            })?;
        }
        if let Some(props) = o.get("properties") {
            let props_at = at.push("properties");
            for (name, p) in self.object(props, &props_at, "a mapping of properties")? {
                self.schema(p, &props_at.push(name), depth + 1)?;
            }
        }
        if let Some(items) = o.get("items") {
            self.schema(items, &at.push("items"), depth + 1)?;
        }
        if let Some(not) = o.get("not") {
            self.schema(not, &at.push("not"), depth + 1)?;
        }
        match o.get("additionalProperties") {
            None | Some(Value::Bool(_)) => {}
            Some(ap) => self.schema(ap, &at.push("additionalProperties"), depth + 1)?,
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(list) = o.get(key) {
                let list_at = at.push(key);
                for (i, member) in self
                    .array(list, &list_at, "a list of schemas")?
                    .iter()
                    .enumerate()
                {
                    self.schema(member, &list_at.index(i), depth + 1)?;
                }
            }
        }
        if let Some(d) = o.get("discriminator") {
            let d_at = at.push("discriminator");
            let d = self.object(d, &d_at, "a discriminator")?;
            self.string_field(d, "propertyName", &d_at, true)?;
            if let Some(m) = d.get("mapping") {
                let m_at = d_at.push("mapping");
                for (k, v) in self.object(m, &m_at, "a mapping of discriminator values")? {
                    self.string(v, &m_at.push(k), "a schema name or `$ref`")?;
                }
            }
        }
        Ok(())
    }

    /// An object that is either a `$ref` or checked by `check`.
    fn or_ref(
        &self,
        v: &Value,
        at: &Pointer,
        check: impl Fn(&Self, &Value, &Pointer) -> Check,
    ) -> Check {
        if let Value::Object(o) = v
            && o.contains_key("$ref")
        {
            return self.reference(o, at);
        }
        check(self, v, at)
    }

    fn reference(&self, o: &Map<String, Value>, at: &Pointer) -> Check {
        let r = o.get("$ref").unwrap_or(&Value::Null);
        let r = self.string(
            r,
            &at.push("$ref"),
            "a reference such as `#/components/schemas/name`",
        )?;
        if r.is_empty() {
            return Err(self.error(&at.push("$ref"), "`$ref` is empty"));
        }
        Ok(())
    }

    // ---- primitives ----

    fn object<'v>(
        &self,
        v: &'v Value,
        at: &Pointer,
        what: &str,
    ) -> Result<&'v Map<String, Value>, Diagnostic> {
        v.as_object().ok_or_else(|| {
            let what = if what.contains("mapping") {
                what.to_owned()
            } else {
                format!("{what} (a mapping)")
            };
            self.expected(at, &what, v)
        })
    }

    fn array<'v>(
        &self,
        v: &'v Value,
        at: &Pointer,
        what: &str,
    ) -> Result<&'v Vec<Value>, Diagnostic> {
        v.as_array().ok_or_else(|| {
            let what = if what.contains("list") {
                what.to_owned()
            } else {
                format!("{what} (a list)")
            };
            self.expected(at, &what, v)
        })
    }

    fn string<'v>(&self, v: &'v Value, at: &Pointer, what: &str) -> Result<&'v str, Diagnostic> {
        v.as_str()
            .ok_or_else(|| self.expected(at, &format!("{what} (a string)"), v))
    }

    fn each(
        &self,
        v: &Value,
        at: &Pointer,
        check: impl Fn(&Self, &Value, &Pointer) -> Check,
    ) -> Check {
        for (i, item) in self.array(v, at, "a list")?.iter().enumerate() {
            check(self, item, &at.index(i))?;
        }
        Ok(())
    }

    fn required<'v>(
        &self,
        o: &'v Map<String, Value>,
        key: &str,
        at: &Pointer,
    ) -> Result<&'v Value, Diagnostic> {
        o.get(key)
            .ok_or_else(|| self.error(at, format!("missing the required field `{key}`")))
    }

    fn string_field(
        &self,
        o: &Map<String, Value>,
        key: &str,
        at: &Pointer,
        required: bool,
    ) -> Check {
        match o.get(key) {
            Some(v) => self.string(v, &at.push(key), &format!("`{key}`")).map(drop),
            None if required => Err(self.error(at, format!("missing the required field `{key}`"))),
            None => Ok(()),
        }
    }

    fn bool_field(&self, o: &Map<String, Value>, key: &str, at: &Pointer) -> Check {
        match o.get(key) {
            Some(v) if !v.is_boolean() => Err(self.expected(&at.push(key), "true or false", v)),
            _ => Ok(()),
        }
    }

    fn expected(&self, at: &Pointer, what: &str, found: &Value) -> Diagnostic {
        self.error(at, format!("expected {what} but found {}", describe(found)))
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "nothing (null)".to_owned(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.len() <= 40 => format!("the string \"{s}\""),
        Value::String(_) => "a string".to_owned(),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a mapping".to_owned(),
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
mod tests {
    use super::*;
    use serde_json::json;

    fn check(doc: Value) -> Result<(), String> {
        validate("t.json", &doc).map_err(|d| d.to_string())
    }

    fn doc_with_schema(schema: Value) -> Value {
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
               "components": {"schemas": {"a": schema}}})
    }

    #[test]
    fn status_keys() {
        for ok in ["default", "200", "404", "4XX", "5xx"] {
            assert!(is_status_key(ok), "{ok}");
        }
        for bad in ["2000", "20", "abc", "6XX", "2X0", ""] {
            assert!(!is_status_key(bad), "{bad}");
        }
    }

    #[test]
    fn reports_the_exact_place() {
        let err = check(doc_with_schema(json!({"type": "object", "properties": {"b": {"type": "array", "items": {"nullable": "yes"}}}}))).unwrap_err();
        assert_eq!(
            err,
            "t.json: #/components/schemas/a/properties/b/items/nullable: expected true or false but found the string \"yes\""
        );
    }

    #[test]
    fn type_lists_are_31() {
        let err = check(doc_with_schema(json!({"type": ["string", "null"]}))).unwrap_err();
        assert!(
            err.contains("#/components/schemas/a/type: a list of types is OpenAPI 3.1"),
            "{err}"
        );
    }

    #[test]
    fn valid_document_passes() {
        check(json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/a"}}}}, "default": {"$ref": "#/components/responses/e"}}}}},
            "components": {"schemas": {"a": {"type": "object"}}, "responses": {"e": {"description": "err"}}}}))
        .unwrap();
    }
}
