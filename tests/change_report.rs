//! The change report (`cargo xtask diff`, and what `cargo xtask regenerate`
//! prints): one small spec pair per kind of change under `tests/specs/diff/`,
//! each with a snapshot of its report; and the real case, Ory's v1.1.11 →
//! v1.22.65 for the operations tagged `identity`.

use generator::diff::{DiffOptions, Report, diff_specs};
use workspace_tests::{root, spec_text};

fn report(case: &str) -> Report {
    let old = format!("diff/{case}/old.yaml");
    let new = format!("diff/{case}/new.yaml");
    diff_specs(
        (&old, &spec_text(&old)),
        (&new, &spec_text(&new)),
        &DiffOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn check(case: &str) -> Report {
    let report = report(case);
    insta::with_settings!({
        description => format!("tests/specs/diff/{case}/old.yaml → new.yaml"),
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!(format!("diff__{case}"), report.to_string());
    });
    report
}

#[test]
fn operations_added_removed_and_moved() {
    let r = check("operations");
    assert_eq!((r.breaking(), r.additive()), (1, 3));
}

#[test]
fn parameters() {
    let r = check("parameters");
    assert_eq!((r.breaking(), r.additive()), (5, 1));
}

#[test]
fn bodies_and_responses() {
    let r = check("bodies_and_responses");
    assert_eq!((r.breaking(), r.additive()), (7, 0));
}

#[test]
fn fields_and_types() {
    let r = check("fields");
    assert_eq!((r.breaking(), r.additive()), (8, 2));
}

#[test]
fn enum_values() {
    let r = check("enum_values");
    assert_eq!((r.breaking(), r.additive()), (1, 3));
}

#[test]
fn auth_and_paging() {
    let r = check("auth");
    assert_eq!((r.breaking(), r.additive()), (1, 3));
}

#[test]
fn prose_changes_are_no_changes() {
    let r = check("unchanged");
    assert!(r.is_empty());
}

#[test]
fn deny_breaking_fails_only_when_something_breaks() {
    let path = |case: &str, side: &str| {
        root()
            .join(format!("tests/specs/diff/{case}/{side}.yaml"))
            .display()
            .to_string()
    };
    let args = |case: &str| {
        vec![
            "diff".to_owned(),
            path(case, "old"),
            path(case, "new"),
            "--deny-breaking".to_owned(),
        ]
    };
    let err = xtask::commands::run(&args("enum_values")).unwrap_err();
    assert_eq!(err, "1 breaking change(s)");
    xtask::commands::run(&args("unchanged")).unwrap();
    // Without the flag, breaking changes are reported and the task succeeds.
    let mut lenient = args("enum_values");
    lenient.pop();
    xtask::commands::run(&lenient).unwrap();
}

#[test]
fn ory_v1_1_11_to_v1_22_65_for_identity() {
    let specs = root().join("../shared/specs");
    let (old, new) = (
        specs.join("ory-client-v1.1.11.json"),
        specs.join("ory-client-v1.22.65.json"),
    );
    if !old.exists() || !new.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the Ory documents are missing"
        );
        eprintln!("skipped: the Ory documents are not here");
        return;
    }
    let read = |p: &std::path::Path| std::fs::read_to_string(p).unwrap();
    let report = diff_specs(
        ("ory-client-v1.1.11.json", &read(&old)),
        ("ory-client-v1.22.65.json", &read(&new)),
        &DiffOptions {
            tag: Some("identity".to_owned()),
        },
    )
    .unwrap();
    let text = report.to_string();
    for expected in [
        "  + batch_patch_identities (PATCH /admin/identities): additive",
        "  + get_identity_by_external_id (GET /admin/identities/by/external/{externalID}): additive",
        "      query parameter `page_token` added: String, optional: additive",
        "      query parameter `ids` added: Vec<String>, optional: additive",
        "      query parameter `credentials_identifier` added: String, optional: additive",
        "      query parameter `identifier` removed: BREAKING",
        "  ~ IdentityCredentialsType (enum)",
        "      value `passkey` added: additive",
        "      value `code` added: additive",
        "      response: Identity → (): BREAKING",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Operations of other tags stay out.
    assert!(!text.contains("oauth2"), "{text}");
    insta::with_settings!({
        description => "../shared/specs/ory-client-v1.1.11.json → ory-client-v1.22.65.json, --tag identity".to_owned(),
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!("diff__ory_identity_v1_1_11_to_v1_22_65", text);
    });
}

#[test]
fn regenerate_compares_with_the_committed_copy_of_the_spec() {
    // The generated crate keeps the spec it came from, which is what
    // `cargo xtask regenerate` compares the edited spec with.
    let committed = std::fs::read_to_string(root().join("generated-client/openapi.yaml")).unwrap();
    let current = std::fs::read_to_string(root().join("spec/identity.yaml")).unwrap();
    assert_eq!(committed, current, "generated-client/openapi.yaml is stale");
    let edited = current.replacen(
        "operationId: extendSession",
        "operationId: extendSessionNow",
        1,
    );
    let report = diff_specs(
        ("generated-client/openapi.yaml", &committed),
        ("spec/identity.yaml", &edited),
        &DiffOptions::default(),
    )
    .unwrap();
    let text = report.to_string();
    assert!(
        text.contains("  - extend_session (PATCH /admin/sessions/{id}/extend): BREAKING"),
        "{text}"
    );
    assert!(
        text.contains("  + extend_session_now (PATCH /admin/sessions/{id}/extend): additive"),
        "{text}"
    );
}
