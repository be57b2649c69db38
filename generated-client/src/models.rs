//! The data types of the API: one type per schema.

use serde::{Deserialize, Serialize};

/// A UUID that may also be `null`.
pub type NullUuid = uuid::Uuid;

/// Arbitrary JSON, passed through as it is.
pub type JsonRawMessage = serde_json::Value;

/// How a recovery address is reached, for example `email`.
pub type RecoveryAddressType = String;

/// How strongly the session's holder proved who they are: `aal0` not at all, `aal1` with one factor, `aal2` with a second factor, `aal3` reserved.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticatorAssuranceLevel {
    /// `aal0`
    Aal0,
    /// `aal1`
    Aal1,
    /// `aal2`
    Aal2,
    /// `aal3`
    Aal3,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl AuthenticatorAssuranceLevel {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aal0 => "aal0",
            Self::Aal1 => "aal1",
            Self::Aal2 => "aal2",
            Self::Aal3 => "aal3",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthenticatorAssuranceLevel {
    fn from(value: &str) -> Self {
        match value {
            "aal0" => Self::Aal0,
            "aal1" => Self::Aal1,
            "aal2" => Self::Aal2,
            "aal3" => Self::Aal3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for AuthenticatorAssuranceLevel {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for AuthenticatorAssuranceLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuthenticatorAssuranceLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuthenticatorAssuranceLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// The results of a batch of identity creations.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchPatchIdentitiesResponse {
    /// One result per entry of the request, in the same order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<Vec<IdentityPatchResponse>>,
}

/// What to create an identity from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateIdentityBody {
    /// Credentials to import together with a new identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<IdentityWithCredentials>,
    /// Metadata only administrators can read and write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_admin: Option<serde_json::Value>,
    /// Metadata the identity's owner can read but not change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_public: Option<serde_json::Value>,
    /// Recovery addresses to store as they are, for imports. Normally they are derived from the traits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_addresses: Option<Vec<RecoveryIdentityAddress>>,
    /// The ID of the identity schema the traits are checked against.
    pub schema_id: String,
    /// Whether the identity may sign in (`active`) or not (`inactive`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<CreateIdentityBodyState>,
    /// The identity's traits, shaped by its identity schema.
    pub traits: serde_json::Value,
    /// Verifiable addresses to store as they are, for imports. Normally they are derived from the traits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifiable_addresses: Option<Vec<VerifiableIdentityAddress>>,
}

/// Whether the identity may sign in (`active`) or not (`inactive`).
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateIdentityBodyState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl CreateIdentityBodyState {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateIdentityBodyState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for CreateIdentityBodyState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for CreateIdentityBodyState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateIdentityBodyState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateIdentityBodyState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// What to create a recovery code for.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateRecoveryCodeForIdentityBody {
    /// How long the code stays valid, as a duration such as `1h` or `15m30s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<String>,
    /// How a self-service flow is used, `api` (native apps) or `browser`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_type: Option<String>,
    /// The identity to recover.
    pub identity_id: uuid::Uuid,
}

/// What to create a recovery link for.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateRecoveryLinkForIdentityBody {
    /// How long the link stays valid, as a duration such as `1h`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<String>,
    /// The identity to recover.
    pub identity_id: uuid::Uuid,
}

/// The body of an error response.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ErrorGeneric {
    /// What went wrong.
    pub error: GenericError,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GenericError {
    /// The HTTP status code of the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// Details for debugging; only sent when the server runs in debug mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debug: Option<String>,
    /// Further details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
    /// A short, stable name of the error, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What went wrong, in general terms.
    pub message: String,
    /// Why this request failed, in particular.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The ID of the request, to find it in the server's logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// The name of the HTTP status, for example `Not Found`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A person, or a machine, known to the project: their traits, credentials and addresses.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Identity {
    /// When the identity was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity's credentials, by credential type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<std::collections::BTreeMap<String, IdentityCredentials>>,
    /// The identity's ID.
    pub id: uuid::Uuid,
    /// Arbitrary JSON that may also be `null`.
    #[serde(
        default,
        deserialize_with = "crate::nullable::deserialize_some",
        skip_serializing_if = "Option::is_none",
    )]
    pub metadata_admin: Option<serde_json::Value>,
    /// Arbitrary JSON that may also be `null`.
    #[serde(
        default,
        deserialize_with = "crate::nullable::deserialize_some",
        skip_serializing_if = "Option::is_none",
    )]
    pub metadata_public: Option<serde_json::Value>,
    /// A UUID that may also be `null`.
    #[serde(
        default,
        deserialize_with = "crate::nullable::deserialize_some",
        skip_serializing_if = "Option::is_none",
    )]
    pub organization_id: Option<Option<uuid::Uuid>>,
    /// The addresses the identity can recover their account with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_addresses: Option<Vec<RecoveryIdentityAddress>>,
    /// The ID of the identity schema the traits follow.
    pub schema_id: String,
    /// Where the identity schema can be fetched.
    pub schema_url: String,
    /// Whether the identity may sign in (`active`) or not (`inactive`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<IdentityState>,
    /// A point in time that may be unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_changed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity's traits; their shape is given by the identity schema.
    pub traits: serde_json::Value,
    /// When the identity was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The addresses that can be, or have been, verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifiable_addresses: Option<Vec<VerifiableIdentityAddress>>,
}

/// Whether the identity may sign in (`active`) or not (`inactive`).
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl IdentityState {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for IdentityState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for IdentityState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for IdentityState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for IdentityState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// One credential of an identity, such as its password or its social sign-in links.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityCredentials {
    /// Arbitrary JSON, passed through as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
    /// When the credential was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The identifiers this credential signs in with, such as an email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifiers: Option<Vec<String>>,
    /// The kind of credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IdentityCredentialsType>,
    /// When the credential was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The version of the credential's configuration format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

/// The kind of credential.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityCredentialsType {
    /// `password`
    Password,
    /// `oidc`
    Oidc,
    /// `totp`
    Totp,
    /// `lookup_secret`
    LookupSecret,
    /// `webauthn`
    Webauthn,
    /// `code`
    Code,
    /// `passkey`
    Passkey,
    /// `profile`
    Profile,
    /// `link_recovery`
    LinkRecovery,
    /// `code_recovery`
    CodeRecovery,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl IdentityCredentialsType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Oidc => "oidc",
            Self::Totp => "totp",
            Self::LookupSecret => "lookup_secret",
            Self::Webauthn => "webauthn",
            Self::Code => "code",
            Self::Passkey => "passkey",
            Self::Profile => "profile",
            Self::LinkRecovery => "link_recovery",
            Self::CodeRecovery => "code_recovery",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityCredentialsType {
    fn from(value: &str) -> Self {
        match value {
            "password" => Self::Password,
            "oidc" => Self::Oidc,
            "totp" => Self::Totp,
            "lookup_secret" => Self::LookupSecret,
            "webauthn" => Self::Webauthn,
            "code" => Self::Code,
            "passkey" => Self::Passkey,
            "profile" => Self::Profile,
            "link_recovery" => Self::LinkRecovery,
            "code_recovery" => Self::CodeRecovery,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for IdentityCredentialsType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for IdentityCredentialsType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for IdentityCredentialsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for IdentityCredentialsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// One entry of a batch, an identity to create.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityPatch {
    /// What to create an identity from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<CreateIdentityBody>,
    /// An ID of the caller's choosing, repeated in this entry's result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch_id: Option<uuid::Uuid>,
}

/// The result of one entry of a batch.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityPatchResponse {
    /// What happened to the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<IdentityPatchResponseAction>,
    /// What went wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<GenericError>,
    /// The ID of the identity created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<uuid::Uuid>,
    /// The `patch_id` of the entry, when it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch_id: Option<uuid::Uuid>,
}

/// What happened to the entry.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityPatchResponseAction {
    /// `create`
    Create,
    /// `error`
    Error,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl IdentityPatchResponseAction {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityPatchResponseAction {
    fn from(value: &str) -> Self {
        match value {
            "create" => Self::Create,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for IdentityPatchResponseAction {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for IdentityPatchResponseAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for IdentityPatchResponseAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for IdentityPatchResponseAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// A JSON Schema document that shapes the traits of identities.
pub type IdentitySchema = serde_json::Value;

/// An identity schema together with its ID.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentitySchemaContainer {
    /// The ID of the identity schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The JSON Schema document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<serde_json::Value>,
}

/// A list of identity schemas.
pub type IdentitySchemas = Vec<IdentitySchemaContainer>;

/// The identity's traits; their shape is given by the identity schema.
pub type IdentityTraits = serde_json::Value;

/// Where the verification of an address stands, for example `pending` or `completed`.
pub type IdentityVerifiableAddressStatus = String;

/// Credentials to import together with a new identity.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityWithCredentials {
    /// Social sign-in links to import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc: Option<IdentityWithCredentialsOidc>,
    /// A password credential to import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<IdentityWithCredentialsPassword>,
}

/// Social sign-in links to import.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityWithCredentialsOidc {
    /// The social sign-in providers to link the identity to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IdentityWithCredentialsOidcConfig>,
}

/// The social sign-in providers to link the identity to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityWithCredentialsOidcConfig {
    /// The password to import, either in clear or already hashed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IdentityWithCredentialsPasswordConfig>,
    /// One entry per linked provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<IdentityWithCredentialsOidcConfigProvider>>,
}

/// A link between the identity and an account at a social sign-in provider.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityWithCredentialsOidcConfigProvider {
    /// The provider's ID as configured in the project, for example `google`.
    pub provider: String,
    /// The identity's subject (user ID) at the provider.
    pub subject: String,
}

/// A password credential to import.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityWithCredentialsPassword {
    /// The password to import, either in clear or already hashed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IdentityWithCredentialsPasswordConfig>,
}

/// The password to import, either in clear or already hashed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityWithCredentialsPasswordConfig {
    /// A password hash in one of the formats the server can import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashed_password: Option<String>,
    /// A password in clear text; the server hashes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Check the password at the first sign-in with the project's password migration webhook, instead of importing it now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_password_migration_hook: Option<bool>,
}

/// One operation of a JSON Patch (RFC 6902) document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonPatch {
    /// The JSON Pointer to move or copy from (`move` and `copy` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// What the operation does.
    pub op: JsonPatchOp,
    /// The JSON Pointer of the location the operation acts on.
    pub path: String,
    /// The value to add, replace or test with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
}

/// What the operation does.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonPatchOp {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// `test`
    Test,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl JsonPatchOp {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Replace => "replace",
            Self::Move => "move",
            Self::Copy => "copy",
            Self::Test => "test",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for JsonPatchOp {
    fn from(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "remove" => Self::Remove,
            "replace" => Self::Replace,
            "move" => Self::Move,
            "copy" => Self::Copy,
            "test" => Self::Test,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for JsonPatchOp {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for JsonPatchOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for JsonPatchOp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for JsonPatchOp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// A JSON Patch (RFC 6902) document, applied in order.
pub type JsonPatchDocument = Vec<JsonPatch>;

/// Arbitrary JSON that may also be `null`.
pub type NullJsonRawMessage = serde_json::Value;

/// A point in time that may be unset.
pub type NullTime = chrono::DateTime<chrono::Utc>;

/// A batch of identities to create.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PatchIdentitiesBody {
    /// The entries, each created on its own; at most 1,000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<Vec<IdentityPatch>>,
}

/// A recovery code and the page to enter it at.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RecoveryCodeForIdentity {
    /// When the code stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The code the user enters.
    pub recovery_code: String,
    /// The page where the code is entered.
    pub recovery_link: String,
}

/// An address the identity can recover their account with.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RecoveryIdentityAddress {
    /// When the address was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address's ID.
    pub id: uuid::Uuid,
    /// When the address was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address itself.
    pub value: String,
    /// How a recovery address is reached, for example `email`.
    pub via: String,
}

/// A recovery link.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RecoveryLinkForIdentity {
    /// When the link stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The link to send to the user.
    pub recovery_link: String,
}

/// How a self-service flow is used, `api` (native apps) or `browser`.
pub type SelfServiceFlowType = String;

/// A signed-in period of an identity, with how it was authenticated.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Session {
    /// Whether the session is still usable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// When the identity last authenticated in this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The authentication steps of a session, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<Vec<SessionAuthenticationMethod>>,
    /// How strongly the session's holder proved who they are: `aal0` not at all, `aal1` with one factor, `aal2` with a second factor, `aal3` reserved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticator_assurance_level: Option<AuthenticatorAssuranceLevel>,
    /// The devices the session was used from (only with `expand=devices`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<SessionDevice>>,
    /// When the session ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The session's ID.
    pub id: uuid::Uuid,
    /// A person, or a machine, known to the project: their traits, credentials and addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    /// When the session was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The session as a JSON Web Token, when one was asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokenized: Option<String>,
}

/// One step of the authentication that opened the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SessionAuthenticationMethod {
    /// How strongly the session's holder proved who they are: `aal0` not at all, `aal1` with one factor, `aal2` with a second factor, `aal3` reserved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aal: Option<AuthenticatorAssuranceLevel>,
    /// When the step was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How the step was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<SessionAuthenticationMethodMethod>,
    /// The organization the identity signed in through, for enterprise sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The social sign-in provider used, when the method is `oidc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

/// How the step was done.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SessionAuthenticationMethodMethod {
    /// `link_recovery`
    LinkRecovery,
    /// `code_recovery`
    CodeRecovery,
    /// `password`
    Password,
    /// `code`
    Code,
    /// `totp`
    Totp,
    /// `oidc`
    Oidc,
    /// `webauthn`
    Webauthn,
    /// `lookup_secret`
    LookupSecret,
    /// `v0.6_legacy_session`
    V06LegacySession,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl SessionAuthenticationMethodMethod {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LinkRecovery => "link_recovery",
            Self::CodeRecovery => "code_recovery",
            Self::Password => "password",
            Self::Code => "code",
            Self::Totp => "totp",
            Self::Oidc => "oidc",
            Self::Webauthn => "webauthn",
            Self::LookupSecret => "lookup_secret",
            Self::V06LegacySession => "v0.6_legacy_session",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SessionAuthenticationMethodMethod {
    fn from(value: &str) -> Self {
        match value {
            "link_recovery" => Self::LinkRecovery,
            "code_recovery" => Self::CodeRecovery,
            "password" => Self::Password,
            "code" => Self::Code,
            "totp" => Self::Totp,
            "oidc" => Self::Oidc,
            "webauthn" => Self::Webauthn,
            "lookup_secret" => Self::LookupSecret,
            "v0.6_legacy_session" => Self::V06LegacySession,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SessionAuthenticationMethodMethod {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for SessionAuthenticationMethodMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SessionAuthenticationMethodMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SessionAuthenticationMethodMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// The authentication steps of a session, in order.
pub type SessionAuthenticationMethods = Vec<SessionAuthenticationMethod>;

/// A device a session was used from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SessionDevice {
    /// The device record's ID.
    pub id: uuid::Uuid,
    /// The IP address the device connected from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// Where the device was, as derived from its IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The device's user agent string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

/// The full new state of an identity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateIdentityBody {
    /// Credentials to import together with a new identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<IdentityWithCredentials>,
    /// Metadata only administrators can read and write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_admin: Option<serde_json::Value>,
    /// Metadata the identity's owner can read but not change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_public: Option<serde_json::Value>,
    /// The ID of the identity schema the traits are checked against.
    pub schema_id: String,
    /// Whether the identity may sign in (`active`) or not (`inactive`).
    pub state: UpdateIdentityBodyState,
    /// The identity's traits, shaped by its identity schema.
    pub traits: serde_json::Value,
}

/// Whether the identity may sign in (`active`) or not (`inactive`).
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateIdentityBodyState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl UpdateIdentityBodyState {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateIdentityBodyState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for UpdateIdentityBodyState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for UpdateIdentityBodyState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateIdentityBodyState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateIdentityBodyState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// An address whose ownership the identity can prove, such as an email address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifiableIdentityAddress {
    /// When the address was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// Where the verification of an address stands, for example `pending` or `completed`.
    pub status: String,
    /// When the address was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address itself.
    pub value: String,
    /// Whether ownership of the address has been proven.
    pub verified: bool,
    /// A point in time that may be unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How the address is reached.
    pub via: VerifiableIdentityAddressVia,
}

/// How the address is reached.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VerifiableIdentityAddressVia {
    /// `email`
    Email,
    /// `sms`
    Sms,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl VerifiableIdentityAddressVia {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Sms => "sms",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for VerifiableIdentityAddressVia {
    fn from(value: &str) -> Self {
        match value {
            "email" => Self::Email,
            "sms" => Self::Sms,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for VerifiableIdentityAddressVia {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for VerifiableIdentityAddressVia {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for VerifiableIdentityAddressVia {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for VerifiableIdentityAddressVia {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// How fresh the data read must be, on deployments that offer a choice: `strong` reads the latest data (slower), `eventual` may read data a few seconds old (faster); empty or absent means the project's default.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListIdentitiesConsistency {
    /// The empty string.
    Empty,
    /// `strong`
    Strong,
    /// `eventual`
    Eventual,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl ListIdentitiesConsistency {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Empty => "",
            Self::Strong => "strong",
            Self::Eventual => "eventual",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentitiesConsistency {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Empty,
            "strong" => Self::Strong,
            "eventual" => Self::Eventual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ListIdentitiesConsistency {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ListIdentitiesConsistency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListIdentitiesConsistency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListIdentitiesConsistency {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// Credential types to include in the response, for example `oidc`, which adds the tokens received from the social sign-in provider.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetIdentityIncludeCredential {
    /// `password`
    Password,
    /// `oidc`
    Oidc,
    /// `totp`
    Totp,
    /// `lookup_secret`
    LookupSecret,
    /// `webauthn`
    Webauthn,
    /// `code`
    Code,
    /// `passkey`
    Passkey,
    /// `profile`
    Profile,
    /// `link_recovery`
    LinkRecovery,
    /// `code_recovery`
    CodeRecovery,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl GetIdentityIncludeCredential {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Oidc => "oidc",
            Self::Totp => "totp",
            Self::LookupSecret => "lookup_secret",
            Self::Webauthn => "webauthn",
            Self::Code => "code",
            Self::Passkey => "passkey",
            Self::Profile => "profile",
            Self::LinkRecovery => "link_recovery",
            Self::CodeRecovery => "code_recovery",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentityIncludeCredential {
    fn from(value: &str) -> Self {
        match value {
            "password" => Self::Password,
            "oidc" => Self::Oidc,
            "totp" => Self::Totp,
            "lookup_secret" => Self::LookupSecret,
            "webauthn" => Self::Webauthn,
            "code" => Self::Code,
            "passkey" => Self::Passkey,
            "profile" => Self::Profile,
            "link_recovery" => Self::LinkRecovery,
            "code_recovery" => Self::CodeRecovery,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for GetIdentityIncludeCredential {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for GetIdentityIncludeCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetIdentityIncludeCredential {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetIdentityIncludeCredential {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// The kind of credential to remove.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteIdentityCredentialsType {
    /// `password`
    Password,
    /// `oidc`
    Oidc,
    /// `totp`
    Totp,
    /// `lookup_secret`
    LookupSecret,
    /// `webauthn`
    Webauthn,
    /// `code`
    Code,
    /// `passkey`
    Passkey,
    /// `profile`
    Profile,
    /// `link_recovery`
    LinkRecovery,
    /// `code_recovery`
    CodeRecovery,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl DeleteIdentityCredentialsType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Oidc => "oidc",
            Self::Totp => "totp",
            Self::LookupSecret => "lookup_secret",
            Self::Webauthn => "webauthn",
            Self::Code => "code",
            Self::Passkey => "passkey",
            Self::Profile => "profile",
            Self::LinkRecovery => "link_recovery",
            Self::CodeRecovery => "code_recovery",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteIdentityCredentialsType {
    fn from(value: &str) -> Self {
        match value {
            "password" => Self::Password,
            "oidc" => Self::Oidc,
            "totp" => Self::Totp,
            "lookup_secret" => Self::LookupSecret,
            "webauthn" => Self::Webauthn,
            "code" => Self::Code,
            "passkey" => Self::Passkey,
            "profile" => Self::Profile,
            "link_recovery" => Self::LinkRecovery,
            "code_recovery" => Self::CodeRecovery,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for DeleteIdentityCredentialsType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for DeleteIdentityCredentialsType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DeleteIdentityCredentialsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DeleteIdentityCredentialsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// Related objects to embed in each session. Without it, neither the identity nor the devices are included.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListSessionsExpand {
    /// `identity`
    Identity,
    /// `devices`
    Devices,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl ListSessionsExpand {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "identity",
            Self::Devices => "devices",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListSessionsExpand {
    fn from(value: &str) -> Self {
        match value {
            "identity" => Self::Identity,
            "devices" => Self::Devices,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ListSessionsExpand {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ListSessionsExpand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListSessionsExpand {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListSessionsExpand {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}

/// Related objects to embed in the session, for example `?expand=identity&expand=devices`.
///
/// New values may be added as the API grows, so a `match` needs a
/// catch-all arm.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetSessionExpand {
    /// `identity`
    Identity,
    /// `devices`
    Devices,
    /// A value this client does not know, kept as it was received.
    Unknown(String),
}

impl GetSessionExpand {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "identity",
            Self::Devices => "devices",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSessionExpand {
    fn from(value: &str) -> Self {
        match value {
            "identity" => Self::Identity,
            "devices" => Self::Devices,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for GetSessionExpand {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for GetSessionExpand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetSessionExpand {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetSessionExpand {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::enums::deserialize_string_enum(deserializer)
    }
}
