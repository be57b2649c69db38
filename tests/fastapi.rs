//! FastAPI end to end: the service in `tests/fastapi/app.py` (pydantic
//! models, a discriminated union, enums and `Literal`, lists and dicts,
//! dates and UUIDs, path/query/header parameters, a form body, 204, 404 and
//! 422) runs under uvicorn on 127.0.0.1; its own OpenAPI 3.1 document
//! (`app.openapi()`) is generated into a client here, and
//! `tests/fastapi/e2e.rs`, run inside that client, calls every operation.
//! `scripts/fastapi.sh` sets up the Python packages (CI runs it).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use workspace_tests::local_server::{free_port, http_status, wait_until, watch};
use workspace_tests::root;

fn python() -> Option<PathBuf> {
    let path = match std::env::var_os("FASTAPI_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => {
            let venv = std::env::var_os("FASTAPI_VENV").map_or_else(
                || {
                    let home = std::env::var_os("HOME").unwrap_or_default();
                    Path::new(&home).join(".cache/ory-rust-client/fastapi/venv")
                },
                PathBuf::from,
            );
            venv.join("bin/python")
        }
    };
    path.is_file().then_some(path)
}

struct Service(Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(python: &Path, port: u16) -> Service {
    let child = Command::new(python)
        .args(["-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--port"])
        .arg(port.to_string())
        .current_dir(root().join("tests/fastapi"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("uvicorn starts");
    watch(child.id());
    let service = Service(child);
    assert!(
        wait_until(Duration::from_secs(30), || http_status(
            port,
            "/openapi.json"
        ) == Some(200)),
        "the FastAPI service did not answer on port {port}"
    );
    service
}

#[test]
fn a_client_generated_from_fastapi_calls_every_operation() {
    let Some(python) = python() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the FastAPI virtual environment is missing; run scripts/fastapi.sh"
        );
        eprintln!("skipped: no FastAPI environment; scripts/fastapi.sh sets it up");
        return;
    };
    let port = free_port();
    let _service = start(&python, port);
    // The document as the running service serves it.
    let document = Command::new(&python)
        .args(["-c", "import json, urllib.request, sys; print(urllib.request.urlopen(sys.argv[1]).read().decode())"])
        .arg(format!("http://127.0.0.1:{port}/openapi.json"))
        .output()
        .expect("python runs");
    assert!(
        document.status.success(),
        "{}",
        String::from_utf8_lossy(&document.stderr)
    );
    let text = String::from_utf8(document.stdout).expect("UTF-8");
    assert!(
        text.contains("\"openapi\": \"3.1.0\"") || text.contains("\"openapi\":\"3.1.0\""),
        "FastAPI writes 3.1"
    );

    let options = generator::CrateOptions {
        name: "fastapi-client".to_owned(),
        standalone: true,
        ..Default::default()
    };
    let output = generator::generate("fastapi-openapi.json", &text, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fastapi-client");
    let _ = std::fs::remove_dir_all(&dir);
    for file in &output.files {
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &file.contents).unwrap();
    }
    let manifest = dir.join("Cargo.toml");
    let toml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        format!(
            "{toml}\n[dev-dependencies]\ntokio = {{ version = \"1\", features = [\"rt-multi-thread\", \"macros\"] }}\nchrono = {{ version = \"0.4\", default-features = false, features = [\"std\"] }}\n"
        ),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::copy(
        root().join("tests/fastapi/e2e.rs"),
        dir.join("tests/e2e.rs"),
    )
    .unwrap();

    // The target of the other generated crates, so dependencies build once.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generated-crates/target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    for args in [
        &[
            "clippy",
            "--quiet",
            "--all-targets",
            "--no-default-features",
            "--",
            "-D",
            "warnings",
        ][..],
        &["test", "--quiet", "--no-default-features"][..],
    ] {
        let run = Command::new(&cargo)
            .args(args)
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("FASTAPI_URL", format!("http://127.0.0.1:{port}"))
            .env_remove("RUSTFLAGS")
            .output()
            .expect("cargo runs");
        assert!(
            run.status.success(),
            "`cargo {}` failed in {}:\n{}{}",
            args.join(" "),
            dir.display(),
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
    }
}
