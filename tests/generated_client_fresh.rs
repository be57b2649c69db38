//! `cargo test` alone catches a committed client that no longer matches the
//! spec, not only `cargo xtask check`.

#[test]
fn generated_client_matches_the_spec() {
    let output = xtask::identity_client().unwrap_or_else(|e| panic!("{e}"));
    let dir = workspace_tests::root().join(xtask::CLIENT_DIR);
    let stale = xtask::stale_files(&dir, &output);
    assert!(
        stale.is_empty(),
        "generated-client/ is stale; run `cargo xtask regenerate`. Files that differ: {stale:?}"
    );
}
