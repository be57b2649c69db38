//! Realistic JSON for the benchmarks: identities and sessions as a current
//! Ory server sends them, deterministic.

use serde_json::{Value, json};

fn uuid(n: u64, salt: u64) -> String {
    let v = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt;
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        v >> 32,
        (v >> 16) & 0xffff,
        v & 0xfff,
        (v >> 8) & 0xfff,
        v & 0xffff_ffff_ffff
    )
}

fn time(n: u64) -> String {
    format!(
        "2023-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
        1 + n % 12,
        1 + n % 28,
        n % 24,
        n % 60,
        (n * 7) % 60,
        (n * 7919) % 1_000_000_000
    )
}

pub fn identity(n: u64) -> Value {
    json!({
        "id": uuid(n, 1),
        "schema_id": "default",
        "schema_url": "https://example.projects.oryapis.com/schemas/ZGVmYXVsdA",
        "state": if n % 7 == 0 { "inactive" } else { "active" },
        "state_changed_at": time(n),
        "traits": {"email": format!("user{n}@example.com"), "name": {"first": "Ada", "last": format!("Lovelace{n}")}, "newsletter": n % 2 == 0},
        "verifiable_addresses": [{
            "id": uuid(n, 2), "value": format!("user{n}@example.com"), "verified": n % 3 == 0,
            "via": "email", "status": if n % 3 == 0 { "completed" } else { "pending" },
            "verified_at": if n % 3 == 0 { Value::String(time(n + 1)) } else { Value::Null },
            "created_at": time(n), "updated_at": time(n + 2)
        }],
        "recovery_addresses": [{"id": uuid(n, 3), "value": format!("user{n}@example.com"), "via": "email", "created_at": time(n), "updated_at": time(n)}],
        "credentials": {
            "password": {"type": "password", "identifiers": [format!("user{n}@example.com")], "version": 0, "created_at": time(n), "updated_at": time(n)},
            "oidc": {"type": "oidc", "identifiers": [format!("google:{n}")], "config": {"providers": [{"subject": n.to_string(), "provider": "google"}]}, "version": 0}
        },
        "metadata_public": if n % 4 == 0 { Value::Null } else { json!({"plan": "pro", "seats": n % 50}) },
        "metadata_admin": {"crm_id": format!("crm-{n}")},
        "created_at": time(n),
        "updated_at": time(n + 3),
        "organization_id": null
    })
}

pub fn session(n: u64) -> Value {
    json!({
        "id": uuid(n, 4),
        "active": n % 5 != 0,
        "expires_at": time(n + 10),
        "authenticated_at": time(n),
        "issued_at": time(n),
        "authenticator_assurance_level": if n % 2 == 0 { "aal1" } else { "aal2" },
        "authentication_methods": [
            {"method": "password", "aal": "aal1", "completed_at": time(n)},
            {"method": if n % 2 == 0 { "webauthn" } else { "totp" }, "aal": "aal2", "completed_at": time(n + 1)}
        ],
        "devices": [{"id": uuid(n, 5), "ip_address": format!("192.0.2.{}", n % 250), "user_agent": "Mozilla/5.0 (X11; Linux x86_64)", "location": "Berlin, DE"}],
        "identity": identity(n)
    })
}

pub fn identities(count: u64) -> Vec<u8> {
    serde_json::to_vec(&(0..count).map(identity).collect::<Vec<_>>()).unwrap_or_default()
}

pub fn sessions(count: u64) -> Vec<u8> {
    serde_json::to_vec(&(0..count).map(session).collect::<Vec<_>>()).unwrap_or_default()
}
