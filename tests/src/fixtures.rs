//! An identity as the server sends it, for tests of the client against
//! in-process servers.

/// The identity's ID.
pub const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";
/// Where `get_identity(ID)` goes.
pub const IDENTITY_PATH: &str = "/admin/identities/7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";

/// The identity `ID`, with only the properties the model requires and a state.
pub fn identity() -> serde_json::Value {
    serde_json::json!({"id": ID, "schema_id": "default", "schema_url": "https://example.test/s",
        "state": "active", "traits": {}})
}
