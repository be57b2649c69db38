//! The identity and session types as one would write them by hand with
//! serde: the same fields and field types as the generated models.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::collections::BTreeMap;
use uuid::Uuid;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Active,
    Inactive,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialsType {
    Password,
    Totp,
    Oidc,
    Webauthn,
    LookupSecret,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Deserialize)]
pub struct Credentials {
    pub config: Option<serde_json::Value>,
    pub created_at: Option<DateTime<Utc>>,
    pub identifiers: Option<Vec<String>>,
    #[serde(rename = "type")]
    pub kind: Option<CredentialsType>,
    pub updated_at: Option<DateTime<Utc>>,
    pub version: Option<i64>,
}

#[derive(Debug, Deserialize)]
pub struct RecoveryAddress {
    pub created_at: Option<DateTime<Utc>>,
    pub id: Uuid,
    pub updated_at: Option<DateTime<Utc>>,
    pub value: String,
    pub via: String,
}

#[derive(Debug, Deserialize)]
pub struct VerifiableAddress {
    pub created_at: Option<DateTime<Utc>>,
    pub id: Option<Uuid>,
    pub status: String,
    pub updated_at: Option<DateTime<Utc>>,
    pub value: String,
    pub verified: bool,
    pub verified_at: Option<DateTime<Utc>>,
    pub via: String,
}

#[derive(Debug, Deserialize)]
pub struct Identity {
    pub created_at: Option<DateTime<Utc>>,
    pub credentials: Option<BTreeMap<String, Credentials>>,
    pub id: Uuid,
    pub metadata_admin: Option<serde_json::Value>,
    pub metadata_public: Option<serde_json::Value>,
    pub recovery_addresses: Option<Vec<RecoveryAddress>>,
    pub schema_id: String,
    pub schema_url: String,
    pub state: Option<State>,
    pub state_changed_at: Option<DateTime<Utc>>,
    pub traits: serde_json::Value,
    pub updated_at: Option<DateTime<Utc>>,
    pub verifiable_addresses: Option<Vec<VerifiableAddress>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aal {
    Aal0,
    Aal1,
    Aal2,
    Aal3,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Deserialize)]
pub struct AuthenticationMethod {
    pub aal: Option<Aal>,
    pub completed_at: Option<DateTime<Utc>>,
    pub method: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Device {
    pub id: Uuid,
    pub ip_address: Option<String>,
    pub location: Option<String>,
    pub user_agent: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Session {
    pub active: Option<bool>,
    pub authenticated_at: Option<DateTime<Utc>>,
    pub authentication_methods: Option<Vec<AuthenticationMethod>>,
    pub authenticator_assurance_level: Option<Aal>,
    pub devices: Option<Vec<Device>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub id: Uuid,
    pub identity: Option<Identity>,
    pub issued_at: Option<DateTime<Utc>>,
}
