//! One tiny spec per construct (`tests/specs/constructs/`), each with a
//! snapshot of the `models.rs` it generates. Each snapshot's description
//! names its spec, so a reviewer reads the two side by side.

use workspace_tests::generate;

fn check(construct: &str) {
    let spec = format!("constructs/{construct}.yaml");
    let output = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let models = output
        .file("src/models.rs")
        .expect("models.rs is generated");
    insta::with_settings!({
        description => format!("tests/specs/{spec}"),
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!(construct, models);
    });
}

macro_rules! constructs {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*

        #[test]
        fn every_construct_spec_has_a_snapshot_test() {
            let listed = [$(stringify!($name)),*];
            for spec in workspace_tests::specs_in("constructs") {
                let name = spec.trim_start_matches("constructs/").trim_end_matches(".yaml");
                assert!(listed.contains(&name), "{spec} has no snapshot test");
            }
        }
    };
}

constructs!(
    objects,
    nullable,
    defaults,
    read_write_only,
    string_enums,
    integer_enums,
    formats,
    arrays,
    maps,
    all_of,
    one_of,
    discriminator,
    recursive,
    aliases,
    naming,
    all_of_over_one_of,
    odd_schemas,
    properties_and_one_of,
    doc_prose,
    all_of_inline_member,
);

#[test]
fn duplicate_one_of_entries_are_reported() {
    let output = generate("constructs/one_of.yaml").unwrap();
    let warnings: Vec<String> = output.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "constructs/one_of.yaml: #/components/schemas/petOrName/oneOf/2: duplicate entry; the type has one variant for it"
        ]
    );
}

#[test]
fn output_is_deterministic() {
    for spec in workspace_tests::specs_in("constructs") {
        let a = generate(&spec).unwrap();
        let b = generate(&spec).unwrap();
        assert_eq!(a.files, b.files, "{spec}");
    }
}

#[test]
fn an_any_of_of_required_lists_is_a_warning() {
    let output = generate("constructs/properties_and_one_of.yaml").unwrap();
    let warnings: Vec<String> = output.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "constructs/properties_and_one_of.yaml: #/components/schemas/GistUpdate/anyOf: `anyOf` of members that only list required properties cannot be checked by a Rust type; the struct is generated without it"
        ]
    );
}
