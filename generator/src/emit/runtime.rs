//! The fixed runtime modules a generated crate may carry, and which of them
//! it does: each only when it is used, so no crate carries dead code.

use crate::ir::uses::Uses;

/// A runtime module copied verbatim into the crate.
pub(crate) struct RuntimeModule {
    pub name: &'static str,
    pub source: &'static str,
}

macro_rules! runtime {
    ($name:literal) => {
        RuntimeModule {
            name: $name,
            source: include_str!(concat!("../../runtime/", $name, ".rs")),
        }
    };
}

static ENUMS: RuntimeModule = runtime!("enums");
static NULLABLE: RuntimeModule = runtime!("nullable");
static OBJECT: RuntimeModule = runtime!("object");
static TAGGED: RuntimeModule = runtime!("tagged");
static TAG_WRITER: RuntimeModule = runtime!("tag_writer");
static BASE64: RuntimeModule = runtime!("base64_string");
static CLIENT: RuntimeModule = runtime!("client");
static CALL: RuntimeModule = runtime!("call");
static FUTURE: RuntimeModule = runtime!("future");
static RETRY: RuntimeModule = runtime!("retry");
static ERROR: RuntimeModule = runtime!("error");
static RESPONSE: RuntimeModule = runtime!("response");
static RESPONSE_JSON: RuntimeModule = runtime!("response_json");
static PATH: RuntimeModule = runtime!("path");
static QUERY: RuntimeModule = runtime!("query");
static JSON_PARAMS: RuntimeModule = runtime!("json_params");
static JSON_QUERY: RuntimeModule = runtime!("json_query");
static JSON_TEXT: RuntimeModule = runtime!("json_text");
static HEADERS: RuntimeModule = runtime!("headers");
static COOKIES: RuntimeModule = runtime!("cookies");
static JSON_BODY: RuntimeModule = runtime!("json_body");
static AUTH: RuntimeModule = runtime!("auth");
static PAGINATION: RuntimeModule = runtime!("pagination");
static FORM_BODY: RuntimeModule = runtime!("form_body");
static MULTIPART_VALUE: RuntimeModule = runtime!("multipart_value");
static TLS: RuntimeModule = runtime!("tls");

/// The modules `uses` calls for, in the order `lib.rs` declares them.
pub(crate) fn modules(uses: &Uses) -> Vec<&'static RuntimeModule> {
    [
        (uses.string_enums, &ENUMS),
        (uses.nullable, &NULLABLE),
        (uses.object, &OBJECT),
        (uses.tagged, &TAGGED),
        (uses.tag_writer, &TAG_WRITER),
        (uses.base64, &BASE64),
        (uses.operations, &CLIENT),
        (uses.operations, &CALL),
        (uses.operations, &FUTURE),
        (uses.operations, &ERROR),
        (uses.operations, &TLS),
        (uses.operations, &RESPONSE),
        (uses.operations, &RETRY),
        (uses.json_response, &RESPONSE_JSON),
        (uses.path_params, &PATH),
        (uses.query, &QUERY),
        (uses.json_params, &JSON_PARAMS),
        (uses.json_query, &JSON_QUERY),
        (uses.json_text, &JSON_TEXT),
        (uses.headers, &HEADERS),
        (uses.cookies, &COOKIES),
        (uses.json_body, &JSON_BODY),
        (uses.auth, &AUTH),
        (uses.pagination, &PAGINATION),
        (uses.form_body, &FORM_BODY),
        (uses.multipart_value, &MULTIPART_VALUE),
    ]
    .into_iter()
    .filter_map(|(used, module)| used.then_some(module))
    .collect()
}
