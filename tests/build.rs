//! Sets `kratos_document` when Kratos's OpenAPI document is beside the
//! workspace, as `kratos-client/build.rs` does for itself: the tests that sign
//! in through that client are compiled only then (and say so otherwise).

fn main() {
    println!("cargo::rustc-check-cfg=cfg(kratos_document)");
    let manifest =
        std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let document = manifest.join("../../shared/specs/kratos-v1.3.1-api.json");
    println!("cargo::rerun-if-changed={}", document.display());
    if document.exists() {
        println!("cargo::rustc-cfg=kratos_document");
    }
}
