//! One tiny OpenAPI 3.1 spec per 3.1 construct (`tests/specs/openapi31/`),
//! each with a snapshot of what it generates and of its warnings: 3.1 is read by rewriting it into the 3.0 shape, so these
//! show each rewrite's outcome.

use workspace_tests::{generate, specs_in};

fn check(spec: &str, files: &[&str]) {
    let relative = format!("openapi31/{spec}.yaml");
    let output = generate(&relative).unwrap_or_else(|e| panic!("{e}"));
    let mut text = String::new();
    for w in &output.warnings {
        text.push_str(&format!("warning: {w}\n"));
    }
    for file in files {
        let contents = output
            .file(file)
            .unwrap_or_else(|| panic!("{file} is generated"));
        text.push_str(&format!("\n==== {file}\n{contents}"));
    }
    insta::with_settings!({
        description => format!("tests/specs/{relative}"),
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!(spec, text);
    });
}

macro_rules! constructs {
    ($($name:ident: [$($file:literal),*]),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name), &[$($file),*]);
            }
        )*

        #[test]
        fn every_openapi31_spec_has_a_snapshot_test() {
            let listed = [$(stringify!($name)),*];
            for spec in specs_in("openapi31") {
                let name = spec
                    .trim_start_matches("openapi31/")
                    .trim_end_matches(".yaml");
                assert!(listed.contains(&name), "{spec} has no snapshot test");
            }
        }
    };
}

constructs!(
    type_arrays_31: ["src/models.rs"],
    const_31: ["src/models.rs"],
    examples_31: ["src/models.rs"],
    exclusive_bounds_31: ["src/models.rs"],
    ref_siblings_31: ["src/models.rs"],
    defs_31: ["src/models.rs"],
    prefix_items_31: ["src/models.rs"],
    content_encoding_31: ["src/requests.rs", "src/models.rs"],
    unevaluated_properties_31: ["src/models.rs"],
    conditionals_31: ["src/models.rs"],
    path_items_31: ["src/requests.rs", "src/models.rs"],
    webhooks_31: ["src/requests.rs", "src/lib.rs"],
    no_paths_31: ["src/models.rs", "src/lib.rs"],
);
