//! The names the generated crate already uses on the types that generated
//! names join: `Client` (operations become its methods), `ClientBuilder`
//! (credential setters) and every request builder (parameter setters and
//! fields). The lowering claims names around these; the tests below check
//! them against the runtime's source and the emitter's output, so a method
//! added there cannot collide with a spec's names unnoticed.

/// Methods of `Client`: its own (`generator/runtime/client.rs`) and those of
/// the traits it derives.
pub const CLIENT: &[&str] = &[
    "builder",
    "from_reqwest",
    "base_url",
    "url",
    "request",
    "execute",
    "clone",
    "fmt",
];

/// Methods of `ClientBuilder`: its own and those of its traits.
pub const CLIENT_BUILDER: &[&str] = &[
    "base_url",
    "timeout",
    "user_agent",
    "retry",
    "max_body_size",
    "middleware",
    "http_client",
    "build",
    "default",
    "clone",
    "fmt",
];

/// What every request builder has besides its parameters and body: fields
/// and methods the emitter writes, and those of its traits.
pub const REQUEST_BUILDER: &[&str] = &[
    "client",
    "call_options",
    "with_timeout",
    "with_retry",
    "send",
    "send_with_response",
    "build_request",
    "read_response",
    "into_future",
    // Paginated operations: the stored cursor (a field and its setter), one
    // page, every page.
    "resume",
    "send_page",
    "into_stream",
    "clone",
    "fmt",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The public and crate-visible methods of every `impl <type_name>` in
    /// the runtime's files.
    fn runtime_methods(type_name: &str) -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
        let mut methods = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("the runtime folder") {
            let path = entry.expect("an entry").path();
            let text = std::fs::read_to_string(&path).expect("a runtime file");
            let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for item in file.items {
                let syn::Item::Impl(block) = item else {
                    continue;
                };
                let syn::Type::Path(self_ty) = &*block.self_ty else {
                    continue;
                };
                if !self_ty.path.is_ident(type_name) || block.trait_.is_some() {
                    continue;
                }
                for item in block.items {
                    if let syn::ImplItem::Fn(f) = item
                        && !matches!(f.vis, syn::Visibility::Inherited)
                    {
                        methods.push(f.sig.ident.to_string());
                    }
                }
            }
        }
        methods
    }

    #[test]
    fn every_runtime_method_of_client_is_reserved() {
        let methods = runtime_methods("Client");
        assert!(methods.contains(&"execute".to_owned()), "{methods:?}");
        for m in methods {
            assert!(
                CLIENT.contains(&m.as_str()),
                "Client::{m} is not in reserved::CLIENT"
            );
        }
    }

    #[test]
    fn every_runtime_method_of_client_builder_is_reserved() {
        let methods = runtime_methods("ClientBuilder");
        assert!(methods.contains(&"build".to_owned()), "{methods:?}");
        for m in methods {
            assert!(
                CLIENT_BUILDER.contains(&m.as_str()),
                "ClientBuilder::{m} is not in reserved::CLIENT_BUILDER"
            );
        }
    }

    /// A paginated operation with every kind of member; the builder's
    /// methods that are not its parameters' or body's setters must be
    /// reserved.
    #[test]
    fn every_request_builder_member_the_emitter_writes_is_reserved() {
        let spec = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items:
    post:
      operationId: listItems
      x-pagination: {next: link}
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      requestBody:
        content:
          application/json: {schema: {type: object}}
          text/plain: {schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
"#;
        let output = crate::generate("t.yaml", spec, &Default::default()).expect("generates");
        let (api, _) =
            crate::ir::build(&crate::load::load("t.yaml", spec).expect("loads")).expect("lowers");
        let op = &api.operations[0];
        let mut own: Vec<String> = op.params.iter().map(|p| p.rust_name.clone()).collect();
        if let Some(body) = &op.body {
            own.push(body.rust_name.clone());
            own.extend(body.alternatives.iter().map(|a| a.setter.clone()));
        }
        let requests =
            syn::parse_file(output.file("src/requests.rs").expect("requests.rs")).expect("parses");
        let mut members = Vec::new();
        for item in requests.items {
            match item {
                syn::Item::Struct(s) if s.ident == op.builder_name => {
                    members.extend(
                        s.fields
                            .iter()
                            .filter_map(|f| f.ident.as_ref())
                            .map(|i| i.to_string()),
                    );
                }
                syn::Item::Impl(block) => {
                    let syn::Type::Path(self_ty) = &*block.self_ty else {
                        continue;
                    };
                    let is_builder = self_ty
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == op.builder_name);
                    if !is_builder {
                        continue;
                    }
                    for item in block.items {
                        if let syn::ImplItem::Fn(f) = item {
                            members.push(f.sig.ident.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        assert!(members.contains(&"resume".to_owned()), "{members:?}");
        for m in members {
            assert!(
                own.contains(&m) || REQUEST_BUILDER.contains(&m.as_str()),
                "the request builder member `{m}` is not in reserved::REQUEST_BUILDER"
            );
        }
    }
}
