//! The schema object, the one kind of object that nests.

use super::values::describe;
use super::*;

impl Walker<'_> {
    pub(super) fn schema(&self, v: &Value, at: &Pointer, depth: usize) -> Check {
        if depth > MAX_DEPTH {
            return Err(self.error(
                at,
                format!("schemas nest more than {MAX_DEPTH} levels deep"),
            ));
        }
        let o = self.object(v, at, "a schema")?;
        // References into a schema need no second look.
        self.seen
            .borrow_mut()
            .insert((Kind::Schema, at.as_str().to_owned()));
        if o.contains_key("$ref") {
            return self.reference(o, at, Kind::Schema);
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
}
