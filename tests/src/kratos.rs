//! Ory Kratos, the real identity server, for the end-to-end tests: found where
//! `scripts/kratos.sh` builds it, configured for the tests (an in-memory
//! database, two identity schemas, password/code/link sign-in, recovery) and
//! started on free ports of 127.0.0.1. Or, when `KRATOS_ADMIN_URL` is set,
//! another Kratos or an Ory Network project, left as it is.

use crate::local_server::{free_port, http_status, wait_until};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The version `scripts/kratos.sh` builds by default.
pub const VERSION: &str = "v1.3.1";

/// The password of the identities the tests sign in with.
pub const PASSWORD: &str = "correct-Horse-battery-st4ple";

/// A bcrypt hash (cost 4) of [`PASSWORD`], as another system would export
/// it, for importing.
pub const BCRYPT_OF_PASSWORD: &str = "$2a$04$4PsnXgARlx9qDiOO6rFU1O5AjOgDI22h9ob5sq4.CiMUQkBoFsmL6";

/// A server to test against. A local one is stopped when this is dropped.
pub struct Kratos {
    /// The admin API (`http://127.0.0.1:PORT`): identities and sessions.
    pub admin_url: String,
    /// The public API: self-service flows and identity schemas.
    pub public_url: String,
    /// The API key for the admin API, when the server needs one.
    pub token: Option<String>,
    /// Whether this process started the server (and so knows its config).
    pub local: bool,
    child: Option<Child>,
    log: Option<PathBuf>,
    /// The config, schemas and log of a local server; removed with it.
    dir: Option<PathBuf>,
}

/// Where `scripts/kratos.sh` puts the binary: `$KRATOS_BIN`, or the version
/// under `$KRATOS_CACHE` (by default `~/.cache/ory-rust-client/kratos`).
pub fn binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("KRATOS_BIN") {
        return PathBuf::from(bin);
    }
    let cache = std::env::var_os("KRATOS_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME")
                .map(PathBuf::from)
                .unwrap_or_default();
            home.join(".cache/ory-rust-client/kratos")
        });
    cache.join(format!("kratos-{VERSION}"))
}

/// The server the tests use, or `None` after saying why they are skipped. In
/// CI (`CI` set) a missing binary fails instead.
pub fn start() -> Option<Kratos> {
    if let Ok(admin_url) = std::env::var("KRATOS_ADMIN_URL") {
        let admin_url = admin_url.trim_end_matches('/').to_owned();
        let public_url = std::env::var("KRATOS_PUBLIC_URL")
            .map(|u| u.trim_end_matches('/').to_owned())
            .unwrap_or_else(|_| admin_url.clone());
        return Some(Kratos {
            admin_url,
            public_url,
            token: std::env::var("KRATOS_API_KEY").ok(),
            local: false,
            child: None,
            log: None,
            dir: None,
        });
    }
    let bin = binary();
    if !bin.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Kratos is not built at {}; run scripts/kratos.sh (CI does)",
            bin.display()
        );
        eprintln!(
            "skipped: Kratos is not built at {}; scripts/kratos.sh builds it, or set KRATOS_ADMIN_URL",
            bin.display()
        );
        return None;
    }
    Some(start_local(&bin))
}

fn start_local(bin: &Path) -> Kratos {
    let (public, admin) = (free_port(), free_port());
    let dir = std::env::temp_dir().join(format!("identity-client-kratos-{admin}"));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    for (name, schema) in [("person", PERSON_SCHEMA), ("customer", CUSTOMER_SCHEMA)] {
        std::fs::write(dir.join(format!("{name}.schema.json")), schema).expect("a schema file");
    }
    let config = dir.join("kratos.yml");
    std::fs::write(&config, config_yaml(&dir, public, admin)).expect("a config file");
    let log = dir.join("kratos.log");
    let log_file = std::fs::File::create(&log).expect("a log file");
    let child = Command::new(bin)
        .args(["serve", "--dev", "--sqa-opt-out", "-c"])
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::from(log_file.try_clone().expect("a log file")))
        .stderr(Stdio::from(log_file))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    crate::local_server::watch(child.id());
    let kratos = Kratos {
        admin_url: format!("http://127.0.0.1:{admin}"),
        public_url: format!("http://127.0.0.1:{public}"),
        token: None,
        local: true,
        child: Some(child),
        log: Some(log),
        dir: Some(dir),
    };
    kratos.wait_until_ready(admin, Duration::from_secs(60));
    kratos
}

impl Kratos {
    /// What the server printed, for failure messages.
    pub fn log(&self) -> String {
        self.log
            .as_ref()
            .and_then(|l| std::fs::read_to_string(l).ok())
            .unwrap_or_default()
    }

    fn wait_until_ready(&self, port: u16, limit: Duration) {
        // The admin API's `/health/ready` redirects here.
        if !wait_until(limit, || {
            http_status(port, "/admin/health/ready") == Some(200)
        }) {
            panic!(
                "Kratos did not get ready on port {port} within {limit:?}:\n{}",
                self.log()
            );
        }
    }
}

impl Drop for Kratos {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(dir) = &self.dir
            && !std::thread::panicking()
        {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// The configuration: memory database, dev mode on 127.0.0.1 only, no
/// telemetry, e-mail to a port where nothing listens.
fn config_yaml(dir: &Path, public: u16, admin: u16) -> String {
    let schema = |name: &str| {
        format!(
            "file://{}",
            dir.join(format!("{name}.schema.json")).display()
        )
    };
    format!(
        r#"dsn: memory
log:
  level: warning
  leak_sensitive_values: false
serve:
  public:
    base_url: http://127.0.0.1:{public}/
    host: 127.0.0.1
    port: {public}
  admin:
    base_url: http://127.0.0.1:{admin}/
    host: 127.0.0.1
    port: {admin}
selfservice:
  default_browser_return_url: http://127.0.0.1:{public}/
  allowed_return_urls:
    - http://127.0.0.1:{public}/
  methods:
    password:
      enabled: true
    code:
      enabled: true
    link:
      enabled: true
  flows:
    recovery:
      enabled: true
      use: code
    verification:
      enabled: false
identity:
  default_schema_id: person
  schemas:
    - id: person
      url: {person}
    - id: customer
      url: {customer}
session:
  # Sessions can be extended at once (they last 24 hours by default).
  earliest_possible_extend: 24h
courier:
  smtp:
    connection_uri: smtp://127.0.0.1:9/?disable_starttls=true
secrets:
  cookie:
    - a-cookie-secret-for-tests-only-32
  cipher:
    - a-cipher-secret-for-tests-only-3
"#,
        person = schema("person"),
        customer = schema("customer"),
    )
}

/// People sign in with their e-mail address and a password, or a code sent
/// there; the address also recovers the account.
const PERSON_SCHEMA: &str = r#"{
  "$id": "https://schemas.identity-client.invalid/person.schema.json",
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Person",
  "type": "object",
  "properties": {
    "traits": {
      "type": "object",
      "properties": {
        "email": {
          "type": "string",
          "format": "email",
          "ory.sh/kratos": {
            "credentials": {
              "password": { "identifier": true },
              "code": { "identifier": true, "via": "email" }
            },
            "recovery": { "via": "email" }
          }
        },
        "name": { "type": "string", "maxLength": 100 }
      },
      "required": ["email"],
      "additionalProperties": false
    }
  }
}"#;

/// A second schema, so that listing schemas lists more than one.
const CUSTOMER_SCHEMA: &str = r#"{
  "$id": "https://schemas.identity-client.invalid/customer.schema.json",
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Customer",
  "type": "object",
  "properties": {
    "traits": {
      "type": "object",
      "properties": {
        "email": {
          "type": "string",
          "format": "email",
          "ory.sh/kratos": { "credentials": { "password": { "identifier": true } } }
        },
        "company": { "type": "string" }
      },
      "required": ["email", "company"]
    }
  }
}"#;
