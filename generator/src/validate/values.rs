//! The checks every object is made of: a mapping, a list, a string, a
//! field of some type, and the message when a value is something else.

use super::*;

impl Walker<'_> {
    pub(super) fn object<'v>(
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

    pub(super) fn array<'v>(
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

    pub(super) fn string<'v>(
        &self,
        v: &'v Value,
        at: &Pointer,
        what: &str,
    ) -> Result<&'v str, Diagnostic> {
        v.as_str()
            .ok_or_else(|| self.expected(at, &format!("{what} (a string)"), v))
    }

    pub(super) fn each(
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

    pub(super) fn required<'v>(
        &self,
        o: &'v Map<String, Value>,
        key: &str,
        at: &Pointer,
    ) -> Result<&'v Value, Diagnostic> {
        o.get(key)
            .ok_or_else(|| self.error(at, format!("missing the required field `{key}`")))
    }

    pub(super) fn string_field(
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

    pub(super) fn bool_field(&self, o: &Map<String, Value>, key: &str, at: &Pointer) -> Check {
        match o.get(key) {
            Some(v) if !v.is_boolean() => Err(self.expected(&at.push(key), "true or false", v)),
            _ => Ok(()),
        }
    }

    pub(super) fn expected(&self, at: &Pointer, what: &str, found: &Value) -> Diagnostic {
        self.error(at, format!("expected {what} but found {}", describe(found)))
    }
}

pub(super) fn describe(v: &Value) -> String {
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
