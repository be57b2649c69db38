//! One tiny spec per operation construct (`tests/specs/operations/`), each
//! with a snapshot of the `requests.rs` it generates (and `security.rs` for
//! the security spec). Each snapshot's description names its spec.

use workspace_tests::{generate, specs_in};

fn check(construct: &str, file: &str) {
    let spec = format!("operations/{construct}.yaml");
    let output = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let text = output
        .file(file)
        .unwrap_or_else(|| panic!("{file} is generated"));
    let name = format!(
        "{construct}__{}",
        file.trim_start_matches("src/").trim_end_matches(".rs")
    );
    insta::with_settings!({
        description => format!("tests/specs/{spec}"),
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

macro_rules! operations {
    ($($name:ident => [$($file:literal),+]),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                $(check(stringify!($name), $file);)+
            }
        )*

        #[test]
        fn every_operation_spec_has_a_snapshot_test() {
            let listed = [$(stringify!($name)),*];
            for spec in specs_in("operations") {
                let name = spec.trim_start_matches("operations/").trim_end_matches(".yaml");
                assert!(listed.contains(&name), "{spec} has no snapshot test");
            }
        }
    };
}

operations!(
    path_params => ["src/requests.rs"],
    query_params => ["src/requests.rs"],
    object_params => ["src/requests.rs"],
    header_cookie_params => ["src/requests.rs"],
    json_body => ["src/requests.rs"],
    responses => ["src/requests.rs"],
    security => ["src/requests.rs", "src/security.rs"],
    operation_naming => ["src/requests.rs"],
    pagination => ["src/requests.rs"],
    media_types => ["src/requests.rs"],
    several_success_responses => ["src/requests.rs", "src/models.rs"],
    runtime_names => ["src/requests.rs", "src/security.rs"],
    json_text => ["src/requests.rs"],
    typed_path_params => ["src/requests.rs"],
    sloppy => ["src/requests.rs", "src/models.rs"],
    byte_params => ["src/requests.rs", "src/lib.rs"],
    undeclared_path_params => ["src/requests.rs"],
    callbacks => ["src/requests.rs"],
    deep_object_only => ["src/requests.rs"],
    many_arguments => ["src/requests.rs"],
    shared_enums => ["src/requests.rs", "src/models.rs"],
);

#[test]
fn identity_client_lib_and_security() {
    // The crate root (docs, example, exports) and the credentials of the
    // identity client itself.
    let output = xtask::identity_client().unwrap();
    for file in ["src/lib.rs", "src/security.rs"] {
        let name = format!(
            "identity__{}",
            file.trim_start_matches("src/").trim_end_matches(".rs")
        );
        insta::with_settings!({
            description => "spec/identity.yaml".to_owned(),
            omit_expression => true,
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(name, output.file(file).unwrap());
        });
    }
}

#[test]
fn the_older_pagination_cursor_is_a_warning() {
    assert_eq!(
        warnings_of("operations/pagination.yaml"),
        [
            "operations/pagination.yaml: #/paths/~1numbers/get/x-pagination/cursor: `cursor` is ignored: the client follows the `rel=\"next\"` link's query as the server wrote it"
        ]
    );
}

#[test]
fn an_undeclared_path_parameter_is_a_warning() {
    assert_eq!(
        warnings_of("operations/undeclared_path_params.yaml"),
        [
            "operations/undeclared_path_params.yaml: #/paths/~1teams~1{team}~1members~1{member-id}/get: the path names `{member-id}` but the operation declares no path parameter `member-id`; it is taken as a required string"
        ]
    );
}

#[test]
fn callbacks_are_a_warning() {
    assert_eq!(
        warnings_of("operations/callbacks.yaml"),
        [
            "operations/callbacks.yaml: #/paths/~1subscriptions/post/callbacks: callbacks are requests the server makes; no code is generated for them"
        ]
    );
}

#[test]
fn each_sloppy_construct_is_a_warning_at_its_place() {
    let at = "operations/sloppy.yaml: #";
    assert_eq!(
        warnings_of("operations/sloppy.yaml"),
        [
            format!(
                "{at}/components/schemas/Note/properties/additionalProperties: a schema that is `false` is JSON Schema (nothing is valid), not OpenAPI 3.0: the property can never be there, so it is left out"
            ),
            format!(
                "{at}/components/schemas/Note/properties/extra: a schema that is `true` is JSON Schema (anything is valid), not OpenAPI 3.0; it is read as any JSON value"
            ),
            format!(
                "{at}/components/schemas/Note/properties/code/pattern: `pattern` is not a regular expression (a string); it is left out"
            ),
            format!(
                "{at}/paths/~1notes~1{{id}}~1pin/post/callbacks: callbacks are requests the server makes; no code is generated for them"
            ),
            format!(
                "{at}/paths/~1notes~1{{id}}~1pin/post/parameters/1/name: a parameter with an empty name cannot be sent; it is left out"
            ),
            format!(
                "{at}/paths/~1notes~1{{id}}~1pin/post/requestBody/content: the request body names no media type; the operation is generated without a body"
            ),
        ]
    );
}

/// The warnings a spec generates with, as they are printed.
fn warnings_of(spec: &str) -> Vec<String> {
    let output = workspace_tests::generate(spec).unwrap();
    output.warnings.iter().map(|w| w.to_string()).collect()
}

#[test]
fn features_per_tag() {
    // The spec asks for them (`x-rust-client`): the features in Cargo.toml,
    // the crate attributes and docs, and every item behind its features.
    let spec = "features/per_tag.yaml";
    let output = generate(spec).unwrap_or_else(|e| panic!("{e}"));
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        "src/models.rs",
        "src/requests.rs",
    ] {
        let name = format!(
            "features_per_tag__{}",
            file.trim_start_matches("src/")
                .trim_end_matches(".rs")
                .replace('.', "_")
        );
        insta::with_settings!({
            description => format!("tests/specs/{spec}"),
            omit_expression => true,
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(name, output.file(file).unwrap());
        });
    }
}

#[test]
fn features_per_tag_from_the_generators_option() {
    // A spec that does not ask for them, with the option (`cargo xtask
    // generate --features-per-tag`): the same gating; without it, none.
    let spec = "operations/pagination.yaml";
    let text =
        std::fs::read_to_string(workspace_tests::root().join("tests/specs").join(spec)).unwrap();
    let mut options = workspace_tests::options(spec);
    let plain = generator::generate(spec, &text, &options).unwrap();
    assert!(!plain.file("Cargo.toml").unwrap().contains("full ="));
    assert!(!plain.file("src/requests.rs").unwrap().contains("#[cfg("));
    options.features_per_tag = true;
    let gated = generator::generate(spec, &text, &options).unwrap();
    let manifest = gated.file("Cargo.toml").unwrap();
    assert!(
        manifest.contains("default = [\"rustls\", \"full\"]"),
        "{manifest}"
    );
    assert!(manifest.contains("\nuntagged = []\n"), "{manifest}");
    assert!(
        gated
            .file("src/requests.rs")
            .unwrap()
            .contains("#[cfg(feature = \"untagged\")]")
    );
}
