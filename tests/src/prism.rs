//! Starts the Prism mock server (`tests/prism/node_modules/.bin/prism`, put
//! there by `npm ci --prefix tests/prism`) on 127.0.0.1 for one spec.

use crate::local_server::{free_port, http_status, wait_until};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running Prism; killed when dropped.
pub struct Prism {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    log: PathBuf,
}

/// Where `npm ci --prefix tests/prism` puts the binary.
pub fn binary() -> PathBuf {
    crate::root().join("tests/prism/node_modules/.bin/prism")
}

/// `None` (after saying why) when Prism is not installed and this is not CI;
/// in CI (`CI` set) a missing Prism fails the test.
pub fn start(spec: &Path) -> Option<Prism> {
    let bin = binary();
    if !bin.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Prism is not installed at {}; run `npm ci --prefix tests/prism` (or `cargo xtask test`)",
            bin.display()
        );
        eprintln!(
            "skipped: Prism is not installed at {}; `cargo xtask test` installs it",
            bin.display()
        );
        return None;
    }
    let port = free_port();
    let log = std::env::temp_dir().join(format!("identity-client-prism-{port}.log"));
    let log_file = std::fs::File::create(&log).expect("log file");
    // Prism itself, not an `npx` wrapper: killing a wrapper leaves the server running.
    let child = Command::new(&bin)
        .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
        .arg(spec)
        .stdout(Stdio::from(log_file.try_clone().expect("log file")))
        .stderr(Stdio::from(log_file))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    let prism = Prism {
        child,
        url: format!("http://127.0.0.1:{port}"),
        log,
    };
    prism.wait_until_ready(port, Duration::from_secs(30));
    Some(prism)
}

impl Prism {
    /// What Prism printed, for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn wait_until_ready(&self, port: u16, limit: Duration) {
        // Any status will do: Prism answers what the spec says.
        if !wait_until(limit, || http_status(port, "/").is_some()) {
            panic!(
                "Prism did not answer on port {port} within {limit:?}:\n{}",
                self.log()
            );
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
