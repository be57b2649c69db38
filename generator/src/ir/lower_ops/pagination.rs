//! The `x-pagination` extension.

use super::*;

impl OperationLowering<'_, '_, '_> {
    /// Reads `x-pagination`:
    ///
    /// ```yaml
    /// x-pagination:
    ///   next: link          # the `Link: <...>; rel="next"` target (the default)
    /// x-pagination:
    ///   next: page-number   # the page number, counted by the client
    ///   parameter: page     # the integer query parameter that holds it
    ///   first: 1            # the first page's number (default 1)
    /// ```
    ///
    /// `cursor` (a query parameter's name), which earlier versions required,
    /// is accepted with a warning and ignored: the client now follows the next
    /// link's query as the server wrote it, whatever its parameters are called.
    pub(super) fn pagination(
        &mut self,
        params: &[Param],
        success: &Success,
    ) -> Result<Option<Pagination>, Diagnostic> {
        let Some(value) = self.op.extensions.get("x-pagination") else {
            return Ok(None);
        };
        let at = self.at.push("x-pagination");
        let Some(object) = value.as_object() else {
            return Err(self.error(
                &at,
                "`x-pagination` must be a mapping, such as `{next: link}`",
            ));
        };
        for key in object.keys() {
            match key.as_str() {
                "next" | "parameter" | "first" => {}
                "cursor" => self.lowering.warnings.warn(
                    &at.push(key),
                    "`cursor` is ignored: the client follows the `rel=\"next\"` link's query as the server wrote it",
                ),
                _ => {
                    return Err(self.error(
                        &at.push(key),
                        format!("unknown `x-pagination` field `{key}`; expected `next`, `parameter` or `first`"),
                    ));
                }
            }
        }
        let next = match object.get("next") {
            None => NextPage::Link,
            Some(serde_json::Value::String(s)) if s == "link" => NextPage::Link,
            Some(serde_json::Value::String(s)) if s == "page-number" => {
                self.page_number(&at, object, params)?
            }
            Some(other) => {
                return Err(self.error(
                    &at.push("next"),
                    format!("`next: {other}` is not supported; the next page comes from the `Link` header (`next: link`) or a page number (`next: page-number`)"),
                ));
            }
        };
        if next == NextPage::Link
            && let Some(key) = ["parameter", "first"]
                .into_iter()
                .find(|k| object.contains_key(*k))
        {
            return Err(self.error(
                &at.push(key),
                format!("`{key}` only goes with `next: page-number`"),
            ));
        }
        let item = match success {
            Success::Body(TypeRef::Vec(item), Media::Json) => (**item).clone(),
            _ => {
                return Err(self.error(
                    &at,
                    "a paginated operation must answer with a JSON array of items",
                ));
            }
        };
        Ok(Some(Pagination { item, next }))
    }

    /// `next: page-number`: an optional integer query parameter, and the
    /// first page's number.
    fn page_number(
        &self,
        at: &Pointer,
        object: &serde_json::Map<String, serde_json::Value>,
        params: &[Param],
    ) -> Result<NextPage, Diagnostic> {
        let Some(name) = object.get("parameter").and_then(|p| p.as_str()) else {
            return Err(self.error(at, "`next: page-number` needs `parameter`: the query parameter that holds the page number"));
        };
        let Some(param) = params
            .iter()
            .find(|p| p.location == ParamLocation::Query && p.name == name)
        else {
            return Err(self.error(
                &at.push("parameter"),
                format!("the operation has no query parameter `{name}`"),
            ));
        };
        let integer = matches!(
            param.ty,
            TypeRef::I8
                | TypeRef::I16
                | TypeRef::I32
                | TypeRef::I64
                | TypeRef::U8
                | TypeRef::U16
                | TypeRef::U32
                | TypeRef::U64
        );
        if !integer || param.required {
            return Err(self.error(
                &at.push("parameter"),
                format!("the page number `{name}` must be an optional integer parameter"),
            ));
        }
        let first = match object.get("first") {
            None => 1,
            Some(value) => value.as_i64().ok_or_else(|| {
                self.error(
                    &at.push("first"),
                    format!("`first` must be an integer, not {value}"),
                )
            })?,
        };
        Ok(NextPage::Number {
            parameter: name.to_owned(),
            first,
        })
    }
}
