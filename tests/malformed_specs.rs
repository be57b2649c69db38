//! Each spec under `tests/specs/malformed/` must fail with a message that
//! names the file, the place (line and column for text that does not parse,
//! a JSON pointer for a document that does) and what is wrong. None may panic.

use workspace_tests::{generate, specs_in};

/// (spec, the whole message).
const CASES: &[(&str, &str)] = &[
    (
        "yaml_syntax.yaml",
        "malformed/yaml_syntax.yaml:5:6: #/info/version: invalid YAML: did not find expected ',' or ']'",
    ),
    (
        "json_syntax.json",
        "malformed/json_syntax.json:5:1: invalid JSON: trailing comma",
    ),
    (
        "duplicate_key.yaml",
        "malformed/duplicate_key.yaml:7:7: #/components/schemas/a: invalid YAML: duplicate key `type`",
    ),
    (
        "empty.yaml",
        "malformed/empty.yaml: #: expected an OpenAPI document (a mapping) but found null",
    ),
    (
        "not_a_mapping.yaml",
        "malformed/not_a_mapping.yaml: #: expected an OpenAPI document (a mapping) but found an array",
    ),
    (
        "missing_version.yaml",
        "malformed/missing_version.yaml: #: missing the `openapi` field; expected `openapi: 3.0.x` or `3.1.x`",
    ),
    (
        "openapi_32.yaml",
        "malformed/openapi_32.yaml: #/openapi: OpenAPI version `3.2.0` is not supported; only 3.0.x and 3.1.x documents are",
    ),
    (
        "swagger_20.yaml",
        "malformed/swagger_20.yaml: #/swagger: this is a Swagger 2.0 document; only OpenAPI 3.0.x and 3.1.x are supported (convert it first)",
    ),
    (
        "info_missing_title.yaml",
        "malformed/info_missing_title.yaml: #/info: missing the required field `title`",
    ),
    (
        "paths_is_a_list.yaml",
        "malformed/paths_is_a_list.yaml: #/paths: expected a mapping of paths but found a list",
    ),
    (
        "parameter_in_body.yaml",
        "malformed/parameter_in_body.yaml: #/paths/~1admin~1identities/get/parameters/0/in: `in: body` is not a parameter location; expected query, header, path or cookie (request bodies go in `requestBody` in OpenAPI 3)",
    ),
    (
        "bad_status_code.yaml",
        "malformed/bad_status_code.yaml: #/paths/~1a/get/responses/2000: `2000` is not a response code; expected `default`, a three-digit status such as `200`, or a range such as `4XX`",
    ),
    (
        "required_not_a_list.yaml",
        "malformed/required_not_a_list.yaml: #/components/schemas/identity/required: expected a list of property names but found the string \"id\"",
    ),
    (
        "properties_not_a_mapping.yaml",
        "malformed/properties_not_a_mapping.yaml: #/components/schemas/a/properties: expected a mapping of properties but found a list",
    ),
    (
        "ref_not_a_string.yaml",
        "malformed/ref_not_a_string.yaml: #/components/schemas/a/properties/b/$ref: expected a reference such as `#/components/schemas/name` (a string) but found the number 42",
    ),
    (
        "several_problems.yaml",
        "malformed/several_problems.yaml: #/paths/~1identities/get/parameters/0/in: `in: body` is not a parameter location; expected query, header, path or cookie (request bodies go in `requestBody` in OpenAPI 3)\n\
         malformed/several_problems.yaml: #/paths/~1identities/get/parameters/1: missing the required field `name`\n\
         malformed/several_problems.yaml: #/paths/~1identities/get/responses/2000: `2000` is not a response code; expected `default`, a three-digit status such as `200`, or a range such as `4XX`\n\
         malformed/several_problems.yaml: #/components/schemas/identity/required: expected a list of property names but found the string \"id\"",
    ),
    (
        "several_broken_refs.yaml",
        "malformed/several_broken_refs.yaml: #/components/schemas/identity/properties/state: `$ref: #/components/schemas/identityState` does not resolve: nothing is defined there\n\
         malformed/several_broken_refs.yaml: #/components/schemas/session/properties/device: `$ref: #/components/schemas/device` does not resolve: nothing is defined there\n\
         malformed/several_broken_refs.yaml: #/paths/~1identities/get/responses/200/content/application~1json/schema: `$ref: #/components/schemas/identities` does not resolve: nothing is defined there",
    ),
    (
        "broken_ref.yaml",
        "malformed/broken_ref.yaml: #/components/schemas/identity/properties/state: `$ref: #/components/schemas/identityState` does not resolve: nothing is defined there",
    ),
    (
        "external_ref.yaml",
        "malformed/external_ref.yaml: #/components/schemas/pet/properties/owner: `$ref: people.yaml#/components/schemas/person` points outside this document; only local references (`#/...`) are supported",
    ),
    (
        "ref_to_non_schema.yaml",
        "malformed/ref_to_non_schema.yaml: #/components/schemas/a/properties/b: `$ref: #/info` does not point at a schema; schemas live under #/components/schemas or in a `schema` field",
    ),
    (
        "ref_cycle.yaml",
        "malformed/ref_cycle.yaml: #/components/schemas/b: reference cycle without any object or array in between: #/components/schemas/a → #/components/schemas/b → #/components/schemas/a",
    ),
    (
        "alias_cycle_via_all_of.yaml",
        "malformed/alias_cycle_via_all_of.yaml: #/components/schemas/b/allOf/0: reference cycle without any object or array in between: #/components/schemas/a → #/components/schemas/b → #/components/schemas/a",
    ),
    (
        "all_of_self.yaml",
        "malformed/all_of_self.yaml: #/components/schemas/a/allOf/0: `allOf` includes #/components/schemas/a, which includes this schema again",
    ),
    (
        "pagination_not_an_array.yaml",
        "malformed/pagination_not_an_array.yaml: #/paths/~1a/get/x-pagination: a paginated operation must answer with a JSON array of items",
    ),
    (
        "pagination_unknown_source.yaml",
        "malformed/pagination_unknown_source.yaml: #/paths/~1a/get/x-pagination/next: `next: \"body\"` is not supported; the next page comes from the `Link` header (`next: link`) or a page number (`next: page-number`)",
    ),
    (
        "pagination_number_no_parameter.yaml",
        "malformed/pagination_number_no_parameter.yaml: #/paths/~1a/get/x-pagination: `next: page-number` needs `parameter`: the query parameter that holds the page number",
    ),
    (
        "pagination_number_not_an_integer.yaml",
        "malformed/pagination_number_not_an_integer.yaml: #/paths/~1a/get/x-pagination/parameter: the page number `token` must be an optional integer parameter",
    ),
    (
        "pagination_number_first_with_link.yaml",
        "malformed/pagination_number_first_with_link.yaml: #/paths/~1a/get/x-pagination/first: `first` only goes with `next: page-number`",
    ),
    (
        "header_name_invalid.yaml",
        "malformed/header_name_invalid.yaml: #/paths/~1a/get/parameters/0/name: `X Bad Header` cannot be the name of a header: only letters, digits and !#$%&'*+-.^_`|~ are allowed",
    ),
    (
        "cookie_name_invalid.yaml",
        "malformed/cookie_name_invalid.yaml: #/paths/~1a/get/parameters/0/name: `a;b` cannot be the name of a cookie: only letters, digits and !#$%&'*+-.^_`|~ are allowed",
    ),
    (
        "path_template_unclosed.yaml",
        "malformed/path_template_unclosed.yaml: #/paths/~1a~1{id/get: path `/a/{id` has a `{` without a `}`",
    ),
    (
        "security_scheme_unknown_type.yaml",
        "malformed/security_scheme_unknown_type.yaml: #/components/securitySchemes/magic/type: unknown security scheme type `magic`; expected http, apiKey, oauth2 or openIdConnect",
    ),
    (
        "discriminator_without_property.yaml",
        "malformed/discriminator_without_property.yaml: #/components/schemas/a/discriminator: missing the required field `propertyName`",
    ),
    (
        "items_not_a_schema.yaml",
        "malformed/items_not_a_schema.yaml: #/components/schemas/a/items: expected a schema (a mapping) but found the number 5",
    ),
    (
        "all_of_not_a_list.yaml",
        "malformed/all_of_not_a_list.yaml: #/components/schemas/a/allOf: expected a list of schemas but found a mapping",
    ),
    (
        "enum_not_a_list.yaml",
        "malformed/enum_not_a_list.yaml: #/components/schemas/a/enum: expected a list of values but found the string \"red\"",
    ),
    (
        "min_length_negative.yaml",
        "malformed/min_length_negative.yaml: #/components/schemas/a/minLength: expected a non-negative integer but found the number -1",
    ),
    (
        "path_without_slash.yaml",
        "malformed/path_without_slash.yaml: #/paths/admin: path `admin` must start with `/`",
    ),
    (
        "response_missing_description.yaml",
        "malformed/response_missing_description.yaml: #/paths/~1a/get/responses/204: missing the required field `description`",
    ),
    (
        "operation_missing_responses.yaml",
        "malformed/operation_missing_responses.yaml: #/paths/~1a/get: missing the required field `responses`",
    ),
    (
        "servers_not_a_list.yaml",
        "malformed/servers_not_a_list.yaml: #/servers: expected a list but found the string \"https://api.example.com\"",
    ),
    (
        "type_list_31.yaml",
        "malformed/type_list_31.yaml: #/components/schemas/a/type: a list of types is OpenAPI 3.1; in 3.0 `type` is one string (use `nullable: true` for null)",
    ),
    (
        "ref_empty.yaml",
        "malformed/ref_empty.yaml: #/components/schemas/a/properties/b/$ref: `$ref` is empty",
    ),
    (
        "parameters_not_a_list.yaml",
        "malformed/parameters_not_a_list.yaml: #/paths/~1a/get/parameters: expected a list but found a mapping",
    ),
    (
        "schemas_not_a_mapping.yaml",
        "malformed/schemas_not_a_mapping.yaml: #/components/schemas: expected a mapping of schemas but found a list",
    ),
    (
        "parameter_ref_cycle.yaml",
        "malformed/parameter_ref_cycle.yaml: #/paths/~1a/get/parameters/0: reference cycle: #/paths/~1a/get/parameters/0 → #/components/parameters/a → #/components/parameters/b → #/components/parameters/a",
    ),
    (
        "response_ref_missing.yaml",
        "malformed/response_ref_missing.yaml: #/paths/~1a/get/responses/200: `$ref: #/components/responses/nope` does not resolve: nothing is defined there",
    ),
    (
        "nullable_not_bool.yaml",
        "malformed/nullable_not_bool.yaml: #/components/schemas/a/nullable: expected true or false but found the string \"yes\"",
    ),
    (
        "operation_id_not_string.yaml",
        "malformed/operation_id_not_string.yaml: #/paths/~1a/get/operationId: expected `operationId` (a string) but found the number 5",
    ),
    (
        "parameter_content_empty.yaml",
        "malformed/parameter_content_empty.yaml: #/paths/~1a/get/parameters/0/content: a parameter's `content` must name one media type",
    ),
    (
        "schema_type_not_string.yaml",
        "malformed/schema_type_not_string.yaml: #/components/schemas/a/type: expected a type name but found the number 5",
    ),
    (
        // openapiv3 needed exponential time for this before its value was checked.
        "ref_into_enum_value.yaml",
        "malformed/ref_into_enum_value.yaml: #/components/schemas/c/enum/0/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x/properties/x: expected a schema (a mapping) but found the number 1",
    ),
    (
        "deep_alias_chain.yaml",
        "malformed/deep_alias_chain.yaml: #/components/schemas/s64: schemas nest more than 64 levels deep here; this generator stops rather than risk its stack",
    ),
];

#[test]
fn each_malformed_spec_fails_with_its_message() {
    let mut failures = Vec::new();
    for (file, expected) in CASES {
        match generate(&format!("malformed/{file}")) {
            Ok(_) => failures.push(format!("{file}: generated without an error")),
            Err(e) if e.to_string() != *expected => {
                failures.push(format!("{file}:\n  expected: {expected}\n  got:      {e}"))
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn parser_recursion_limit_is_an_error_with_a_place() {
    // 200 nested arrays: past serde_json's limit, which guards the stack.
    let err = generate("malformed/deeply_nested.json")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("malformed/deeply_nested.json:1:"), "{err}");
    assert!(
        err.ends_with("invalid JSON: recursion limit exceeded"),
        "{err}"
    );
    assert!(
        err.contains(": #/components/schemas/a/items/items/"),
        "{err}"
    );
}

#[test]
fn every_malformed_spec_is_covered() {
    let covered: Vec<String> = CASES
        .iter()
        .map(|(f, _)| format!("malformed/{f}"))
        .chain(["malformed/deeply_nested.json".to_owned()])
        .collect();
    for spec in specs_in("malformed") {
        assert!(covered.contains(&spec), "{spec} has no expected message");
    }
    assert!(covered.len() >= 40, "{} malformed specs", covered.len());
}

#[test]
fn deep_nesting_on_a_small_stack_is_an_error_not_an_overflow() {
    // Test threads have 2 MiB stacks; run the deepest inputs on a smaller one.
    let handle = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(|| {
            let chain = generate("malformed/deep_alias_chain.yaml").unwrap_err();
            let nested = generate("malformed/deeply_nested.json").unwrap_err();
            (chain.to_string(), nested.to_string())
        })
        .unwrap();
    let (chain, nested) = handle.join().expect("no stack overflow or panic");
    assert!(chain.contains("nest more than 64 levels"), "{chain}");
    assert!(nested.contains("recursion limit exceeded"), "{nested}");
}

/// A spec with `schemas` components chained by reference (each refers to the
/// next), each with `width` properties, and one list operation per schema.
fn huge_spec(schemas: usize, width: usize) -> String {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: Huge, version: '1'}\npaths:\n");
    for i in 0..schemas {
        text.push_str(&format!(
            "  /s{i}:\n    get:\n      operationId: list{i}\n      parameters: [{{name: q, in: query, schema: {{type: string}}}}]\n      responses:\n        '200':\n          description: ok\n          content: {{application/json: {{schema: {{type: array, items: {{$ref: '#/components/schemas/s{i}'}}}}}}}}\n"
        ));
    }
    text.push_str("components:\n  schemas:\n");
    for i in 0..schemas {
        text.push_str(&format!(
            "    s{i}:\n      type: object\n      properties:\n"
        ));
        for p in 0..width {
            text.push_str(&format!("        p{p}: {{type: string}}\n"));
        }
        if i + 1 < schemas {
            text.push_str(&format!(
                "        next: {{$ref: '#/components/schemas/s{}'}}\n",
                i + 1
            ));
        }
    }
    text
}

#[test]
fn huge_specs_and_long_reference_chains_generate_on_a_small_stack() {
    // 3,000 schemas that refer to each other in one long chain: lowering must
    // not recurse along the chain (a 1 MiB stack would overflow).
    let handle = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(|| {
            let text = huge_spec(3000, 20);
            let output =
                generator::generate("huge.yaml", &text, &workspace_tests::options("huge.yaml"))
                    .unwrap_or_else(|e| panic!("{e}"));
            let models = output.file("src/models.rs").unwrap();
            (
                models.matches("pub struct S").count(),
                output
                    .file("src/requests.rs")
                    .unwrap()
                    .matches("pub fn send(self)")
                    .count(),
            )
        })
        .unwrap();
    let (structs, operations) = handle.join().expect("no stack overflow or panic");
    assert_eq!((structs, operations), (3000, 3000));
}
