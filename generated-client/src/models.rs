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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchPatchIdentitiesResponse {
    /// One result per entry of the request, in the same order.
    pub identities: Option<Vec<IdentityPatchResponse>>,
}

impl Serialize for BatchPatchIdentitiesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.identities {
            map.serialize_entry("identities", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for BatchPatchIdentitiesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for BatchPatchIdentitiesResponse {
    const NAME: &'static str = "BatchPatchIdentitiesResponse";
    const FIELDS: &'static [&'static str] = &["identities"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_identities = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "identities" => read(&mut map, &mut slot_identities, "identities")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            identities: slot_identities.flatten(),
        })
    }
}

/// What to create an identity from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateIdentityBody {
    /// Credentials to import together with a new identity.
    pub credentials: Option<IdentityWithCredentials>,
    /// Metadata only administrators can read and write.
    pub metadata_admin: Option<serde_json::Value>,
    /// Metadata the identity's owner can read but not change.
    pub metadata_public: Option<serde_json::Value>,
    /// Recovery addresses to store as they are, for imports. Normally they are derived from the traits.
    pub recovery_addresses: Option<Vec<RecoveryIdentityAddress>>,
    /// The ID of the identity schema the traits are checked against.
    pub schema_id: String,
    /// Whether the identity may sign in (`active`) or not (`inactive`).
    pub state: Option<CreateIdentityBodyState>,
    /// The identity's traits, shaped by its identity schema.
    pub traits: serde_json::Value,
    /// Verifiable addresses to store as they are, for imports. Normally they are derived from the traits.
    pub verifiable_addresses: Option<Vec<VerifiableIdentityAddress>>,
}

impl Serialize for CreateIdentityBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.credentials {
            map.serialize_entry("credentials", value)?;
        }
        if let Some(value) = &self.metadata_admin {
            map.serialize_entry("metadata_admin", value)?;
        }
        if let Some(value) = &self.metadata_public {
            map.serialize_entry("metadata_public", value)?;
        }
        if let Some(value) = &self.recovery_addresses {
            map.serialize_entry("recovery_addresses", value)?;
        }
        map.serialize_entry("schema_id", &self.schema_id)?;
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        map.serialize_entry("traits", &self.traits)?;
        if let Some(value) = &self.verifiable_addresses {
            map.serialize_entry("verifiable_addresses", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for CreateIdentityBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for CreateIdentityBody {
    const NAME: &'static str = "CreateIdentityBody";
    const FIELDS: &'static [&'static str] = &[
        "credentials",
        "metadata_admin",
        "metadata_public",
        "recovery_addresses",
        "schema_id",
        "state",
        "traits",
        "verifiable_addresses",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_credentials = None;
        let mut slot_metadata_admin = None;
        let mut slot_metadata_public = None;
        let mut slot_recovery_addresses = None;
        let mut slot_schema_id = None;
        let mut slot_state = None;
        let mut slot_traits = None;
        let mut slot_verifiable_addresses = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "credentials" => read(&mut map, &mut slot_credentials, "credentials")?,
                "metadata_admin" => {
                    read(&mut map, &mut slot_metadata_admin, "metadata_admin")?
                }
                "metadata_public" => {
                    read(&mut map, &mut slot_metadata_public, "metadata_public")?
                }
                "recovery_addresses" => {
                    read(&mut map, &mut slot_recovery_addresses, "recovery_addresses")?
                }
                "schema_id" => read(&mut map, &mut slot_schema_id, "schema_id")?,
                "state" => read(&mut map, &mut slot_state, "state")?,
                "traits" => read(&mut map, &mut slot_traits, "traits")?,
                "verifiable_addresses" => {
                    read(
                        &mut map,
                        &mut slot_verifiable_addresses,
                        "verifiable_addresses",
                    )?
                }
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            credentials: slot_credentials.flatten(),
            metadata_admin: slot_metadata_admin.flatten(),
            metadata_public: slot_metadata_public.flatten(),
            recovery_addresses: slot_recovery_addresses.flatten(),
            schema_id: crate::object::required(slot_schema_id, "schema_id")?,
            state: slot_state.flatten(),
            traits: crate::object::required(slot_traits, "traits")?,
            verifiable_addresses: slot_verifiable_addresses.flatten(),
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRecoveryCodeForIdentityBody {
    /// How long the code stays valid, as a duration such as `1h` or `15m30s`.
    pub expires_in: Option<String>,
    /// How a self-service flow is used, `api` (native apps) or `browser`.
    pub flow_type: Option<String>,
    /// The identity to recover.
    pub identity_id: uuid::Uuid,
}

impl Serialize for CreateRecoveryCodeForIdentityBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.expires_in {
            map.serialize_entry("expires_in", value)?;
        }
        if let Some(value) = &self.flow_type {
            map.serialize_entry("flow_type", value)?;
        }
        map.serialize_entry("identity_id", &self.identity_id)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for CreateRecoveryCodeForIdentityBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for CreateRecoveryCodeForIdentityBody {
    const NAME: &'static str = "CreateRecoveryCodeForIdentityBody";
    const FIELDS: &'static [&'static str] = &["expires_in", "flow_type", "identity_id"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_expires_in = None;
        let mut slot_flow_type = None;
        let mut slot_identity_id = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "expires_in" => read(&mut map, &mut slot_expires_in, "expires_in")?,
                "flow_type" => read(&mut map, &mut slot_flow_type, "flow_type")?,
                "identity_id" => read(&mut map, &mut slot_identity_id, "identity_id")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            expires_in: slot_expires_in.flatten(),
            flow_type: slot_flow_type.flatten(),
            identity_id: crate::object::required(slot_identity_id, "identity_id")?,
        })
    }
}

/// What to create a recovery link for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRecoveryLinkForIdentityBody {
    /// How long the link stays valid, as a duration such as `1h`.
    pub expires_in: Option<String>,
    /// The identity to recover.
    pub identity_id: uuid::Uuid,
}

impl Serialize for CreateRecoveryLinkForIdentityBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.expires_in {
            map.serialize_entry("expires_in", value)?;
        }
        map.serialize_entry("identity_id", &self.identity_id)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for CreateRecoveryLinkForIdentityBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for CreateRecoveryLinkForIdentityBody {
    const NAME: &'static str = "CreateRecoveryLinkForIdentityBody";
    const FIELDS: &'static [&'static str] = &["expires_in", "identity_id"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_expires_in = None;
        let mut slot_identity_id = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "expires_in" => read(&mut map, &mut slot_expires_in, "expires_in")?,
                "identity_id" => read(&mut map, &mut slot_identity_id, "identity_id")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            expires_in: slot_expires_in.flatten(),
            identity_id: crate::object::required(slot_identity_id, "identity_id")?,
        })
    }
}

/// The body of an error response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorGeneric {
    /// What went wrong.
    pub error: GenericError,
}

impl Serialize for ErrorGeneric {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for ErrorGeneric {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for ErrorGeneric {
    const NAME: &'static str = "ErrorGeneric";
    const FIELDS: &'static [&'static str] = &["error"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_error = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "error" => read(&mut map, &mut slot_error, "error")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            error: crate::object::required(slot_error, "error")?,
        })
    }
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenericError {
    /// The HTTP status code of the response.
    pub code: Option<i64>,
    /// Details for debugging; only sent when the server runs in debug mode.
    pub debug: Option<String>,
    /// Further details about the error.
    pub details: Option<serde_json::Value>,
    /// A short, stable name of the error, where it has one.
    pub id: Option<String>,
    /// What went wrong, in general terms.
    pub message: String,
    /// Why this request failed, in particular.
    pub reason: Option<String>,
    /// The ID of the request, to find it in the server's logs.
    pub request: Option<String>,
    /// The name of the HTTP status, for example `Not Found`.
    pub status: Option<String>,
}

impl Serialize for GenericError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.debug {
            map.serialize_entry("debug", value)?;
        }
        if let Some(value) = &self.details {
            map.serialize_entry("details", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("message", &self.message)?;
        if let Some(value) = &self.reason {
            map.serialize_entry("reason", value)?;
        }
        if let Some(value) = &self.request {
            map.serialize_entry("request", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for GenericError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for GenericError {
    const NAME: &'static str = "GenericError";
    const FIELDS: &'static [&'static str] = &[
        "code",
        "debug",
        "details",
        "id",
        "message",
        "reason",
        "request",
        "status",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_code = None;
        let mut slot_debug = None;
        let mut slot_details = None;
        let mut slot_id = None;
        let mut slot_message = None;
        let mut slot_reason = None;
        let mut slot_request = None;
        let mut slot_status = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "code" => read(&mut map, &mut slot_code, "code")?,
                "debug" => read(&mut map, &mut slot_debug, "debug")?,
                "details" => read(&mut map, &mut slot_details, "details")?,
                "id" => read(&mut map, &mut slot_id, "id")?,
                "message" => read(&mut map, &mut slot_message, "message")?,
                "reason" => read(&mut map, &mut slot_reason, "reason")?,
                "request" => read(&mut map, &mut slot_request, "request")?,
                "status" => read(&mut map, &mut slot_status, "status")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            code: slot_code.flatten(),
            debug: slot_debug.flatten(),
            details: slot_details.flatten(),
            id: slot_id.flatten(),
            message: crate::object::required(slot_message, "message")?,
            reason: slot_reason.flatten(),
            request: slot_request.flatten(),
            status: slot_status.flatten(),
        })
    }
}

/// A person, or a machine, known to the project: their traits, credentials and addresses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Identity {
    /// When the identity was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity's credentials, by credential type.
    pub credentials: Option<std::collections::BTreeMap<String, IdentityCredentials>>,
    /// The identity's ID.
    pub id: uuid::Uuid,
    /// Arbitrary JSON that may also be `null`.
    pub metadata_admin: Option<serde_json::Value>,
    /// Arbitrary JSON that may also be `null`.
    pub metadata_public: Option<serde_json::Value>,
    /// A UUID that may also be `null`.
    pub organization_id: Option<Option<uuid::Uuid>>,
    /// The addresses the identity can recover their account with.
    pub recovery_addresses: Option<Vec<RecoveryIdentityAddress>>,
    /// The ID of the identity schema the traits follow.
    pub schema_id: String,
    /// Where the identity schema can be fetched.
    pub schema_url: String,
    /// Whether the identity may sign in (`active`) or not (`inactive`).
    pub state: Option<IdentityState>,
    /// A point in time that may be unset.
    pub state_changed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity's traits; their shape is given by the identity schema.
    pub traits: serde_json::Value,
    /// When the identity was last changed.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The addresses that can be, or have been, verified.
    pub verifiable_addresses: Option<Vec<VerifiableIdentityAddress>>,
}

impl Serialize for Identity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.credentials {
            map.serialize_entry("credentials", value)?;
        }
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.metadata_admin {
            map.serialize_entry("metadata_admin", value)?;
        }
        if let Some(value) = &self.metadata_public {
            map.serialize_entry("metadata_public", value)?;
        }
        if let Some(value) = &self.organization_id {
            map.serialize_entry("organization_id", value)?;
        }
        if let Some(value) = &self.recovery_addresses {
            map.serialize_entry("recovery_addresses", value)?;
        }
        map.serialize_entry("schema_id", &self.schema_id)?;
        map.serialize_entry("schema_url", &self.schema_url)?;
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.state_changed_at {
            map.serialize_entry("state_changed_at", value)?;
        }
        map.serialize_entry("traits", &self.traits)?;
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.verifiable_addresses {
            map.serialize_entry("verifiable_addresses", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Identity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for Identity {
    const NAME: &'static str = "Identity";
    const FIELDS: &'static [&'static str] = &[
        "created_at",
        "credentials",
        "id",
        "metadata_admin",
        "metadata_public",
        "organization_id",
        "recovery_addresses",
        "schema_id",
        "schema_url",
        "state",
        "state_changed_at",
        "traits",
        "updated_at",
        "verifiable_addresses",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_created_at = None;
        let mut slot_credentials = None;
        let mut slot_id = None;
        let mut slot_metadata_admin = None;
        let mut slot_metadata_public = None;
        let mut slot_organization_id = None;
        let mut slot_recovery_addresses = None;
        let mut slot_schema_id = None;
        let mut slot_schema_url = None;
        let mut slot_state = None;
        let mut slot_state_changed_at = None;
        let mut slot_traits = None;
        let mut slot_updated_at = None;
        let mut slot_verifiable_addresses = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "created_at" => read(&mut map, &mut slot_created_at, "created_at")?,
                "credentials" => read(&mut map, &mut slot_credentials, "credentials")?,
                "id" => read(&mut map, &mut slot_id, "id")?,
                "metadata_admin" => {
                    read(&mut map, &mut slot_metadata_admin, "metadata_admin")?
                }
                "metadata_public" => {
                    read(&mut map, &mut slot_metadata_public, "metadata_public")?
                }
                "organization_id" => {
                    read(&mut map, &mut slot_organization_id, "organization_id")?
                }
                "recovery_addresses" => {
                    read(&mut map, &mut slot_recovery_addresses, "recovery_addresses")?
                }
                "schema_id" => read(&mut map, &mut slot_schema_id, "schema_id")?,
                "schema_url" => read(&mut map, &mut slot_schema_url, "schema_url")?,
                "state" => read(&mut map, &mut slot_state, "state")?,
                "state_changed_at" => {
                    read(&mut map, &mut slot_state_changed_at, "state_changed_at")?
                }
                "traits" => read(&mut map, &mut slot_traits, "traits")?,
                "updated_at" => read(&mut map, &mut slot_updated_at, "updated_at")?,
                "verifiable_addresses" => {
                    read(
                        &mut map,
                        &mut slot_verifiable_addresses,
                        "verifiable_addresses",
                    )?
                }
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            created_at: slot_created_at.flatten(),
            credentials: slot_credentials.flatten(),
            id: crate::object::required(slot_id, "id")?,
            metadata_admin: slot_metadata_admin,
            metadata_public: slot_metadata_public,
            organization_id: slot_organization_id,
            recovery_addresses: slot_recovery_addresses.flatten(),
            schema_id: crate::object::required(slot_schema_id, "schema_id")?,
            schema_url: crate::object::required(slot_schema_url, "schema_url")?,
            state: slot_state.flatten(),
            state_changed_at: slot_state_changed_at.flatten(),
            traits: crate::object::required(slot_traits, "traits")?,
            updated_at: slot_updated_at.flatten(),
            verifiable_addresses: slot_verifiable_addresses.flatten(),
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityCredentials {
    /// Arbitrary JSON, passed through as it is.
    pub config: Option<serde_json::Value>,
    /// When the credential was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The identifiers this credential signs in with, such as an email address.
    pub identifiers: Option<Vec<String>>,
    /// The kind of credential.
    pub r#type: Option<IdentityCredentialsType>,
    /// When the credential was last changed.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The version of the credential's configuration format.
    pub version: Option<i64>,
}

impl Serialize for IdentityCredentials {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.config {
            map.serialize_entry("config", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.identifiers {
            map.serialize_entry("identifiers", value)?;
        }
        if let Some(value) = &self.r#type {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityCredentials {
    const NAME: &'static str = "IdentityCredentials";
    const FIELDS: &'static [&'static str] = &[
        "config",
        "created_at",
        "identifiers",
        "type",
        "updated_at",
        "version",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_config = None;
        let mut slot_created_at = None;
        let mut slot_identifiers = None;
        let mut slot_type = None;
        let mut slot_updated_at = None;
        let mut slot_version = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "config" => read(&mut map, &mut slot_config, "config")?,
                "created_at" => read(&mut map, &mut slot_created_at, "created_at")?,
                "identifiers" => read(&mut map, &mut slot_identifiers, "identifiers")?,
                "type" => read(&mut map, &mut slot_type, "type")?,
                "updated_at" => read(&mut map, &mut slot_updated_at, "updated_at")?,
                "version" => read(&mut map, &mut slot_version, "version")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            config: slot_config.flatten(),
            created_at: slot_created_at.flatten(),
            identifiers: slot_identifiers.flatten(),
            r#type: slot_type.flatten(),
            updated_at: slot_updated_at.flatten(),
            version: slot_version.flatten(),
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPatch {
    /// What to create an identity from.
    pub create: Option<CreateIdentityBody>,
    /// An ID of the caller's choosing, repeated in this entry's result.
    pub patch_id: Option<uuid::Uuid>,
}

impl Serialize for IdentityPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.create {
            map.serialize_entry("create", value)?;
        }
        if let Some(value) = &self.patch_id {
            map.serialize_entry("patch_id", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityPatch {
    const NAME: &'static str = "IdentityPatch";
    const FIELDS: &'static [&'static str] = &["create", "patch_id"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_create = None;
        let mut slot_patch_id = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "create" => read(&mut map, &mut slot_create, "create")?,
                "patch_id" => read(&mut map, &mut slot_patch_id, "patch_id")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            create: slot_create.flatten(),
            patch_id: slot_patch_id.flatten(),
        })
    }
}

/// The result of one entry of a batch.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPatchResponse {
    /// What happened to the entry.
    pub action: Option<IdentityPatchResponseAction>,
    /// What went wrong.
    pub error: Option<GenericError>,
    /// The ID of the identity created.
    pub identity: Option<uuid::Uuid>,
    /// The `patch_id` of the entry, when it had one.
    pub patch_id: Option<uuid::Uuid>,
}

impl Serialize for IdentityPatchResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.action {
            map.serialize_entry("action", value)?;
        }
        if let Some(value) = &self.error {
            map.serialize_entry("error", value)?;
        }
        if let Some(value) = &self.identity {
            map.serialize_entry("identity", value)?;
        }
        if let Some(value) = &self.patch_id {
            map.serialize_entry("patch_id", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityPatchResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityPatchResponse {
    const NAME: &'static str = "IdentityPatchResponse";
    const FIELDS: &'static [&'static str] = &["action", "error", "identity", "patch_id"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_action = None;
        let mut slot_error = None;
        let mut slot_identity = None;
        let mut slot_patch_id = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "action" => read(&mut map, &mut slot_action, "action")?,
                "error" => read(&mut map, &mut slot_error, "error")?,
                "identity" => read(&mut map, &mut slot_identity, "identity")?,
                "patch_id" => read(&mut map, &mut slot_patch_id, "patch_id")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            action: slot_action.flatten(),
            error: slot_error.flatten(),
            identity: slot_identity.flatten(),
            patch_id: slot_patch_id.flatten(),
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentitySchemaContainer {
    /// The ID of the identity schema.
    pub id: Option<String>,
    /// The JSON Schema document.
    pub schema: Option<serde_json::Value>,
}

impl Serialize for IdentitySchemaContainer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.schema {
            map.serialize_entry("schema", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentitySchemaContainer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentitySchemaContainer {
    const NAME: &'static str = "IdentitySchemaContainer";
    const FIELDS: &'static [&'static str] = &["id", "schema"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_id = None;
        let mut slot_schema = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "id" => read(&mut map, &mut slot_id, "id")?,
                "schema" => read(&mut map, &mut slot_schema, "schema")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: slot_id.flatten(),
            schema: slot_schema.flatten(),
        })
    }
}

/// A list of identity schemas.
pub type IdentitySchemas = Vec<IdentitySchemaContainer>;

/// The identity's traits; their shape is given by the identity schema.
pub type IdentityTraits = serde_json::Value;

/// Where the verification of an address stands, for example `pending` or `completed`.
pub type IdentityVerifiableAddressStatus = String;

/// Credentials to import together with a new identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithCredentials {
    /// Social sign-in links to import.
    pub oidc: Option<IdentityWithCredentialsOidc>,
    /// A password credential to import.
    pub password: Option<IdentityWithCredentialsPassword>,
}

impl Serialize for IdentityWithCredentials {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.oidc {
            map.serialize_entry("oidc", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityWithCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityWithCredentials {
    const NAME: &'static str = "IdentityWithCredentials";
    const FIELDS: &'static [&'static str] = &["oidc", "password"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_oidc = None;
        let mut slot_password = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "oidc" => read(&mut map, &mut slot_oidc, "oidc")?,
                "password" => read(&mut map, &mut slot_password, "password")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            oidc: slot_oidc.flatten(),
            password: slot_password.flatten(),
        })
    }
}

/// Social sign-in links to import.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithCredentialsOidc {
    /// The social sign-in providers to link the identity to.
    pub config: Option<IdentityWithCredentialsOidcConfig>,
}

impl Serialize for IdentityWithCredentialsOidc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.config {
            map.serialize_entry("config", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityWithCredentialsOidc {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityWithCredentialsOidc {
    const NAME: &'static str = "IdentityWithCredentialsOidc";
    const FIELDS: &'static [&'static str] = &["config"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_config = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "config" => read(&mut map, &mut slot_config, "config")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            config: slot_config.flatten(),
        })
    }
}

/// The social sign-in providers to link the identity to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithCredentialsOidcConfig {
    /// The password to import, either in clear or already hashed.
    pub config: Option<IdentityWithCredentialsPasswordConfig>,
    /// One entry per linked provider.
    pub providers: Option<Vec<IdentityWithCredentialsOidcConfigProvider>>,
}

impl Serialize for IdentityWithCredentialsOidcConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.config {
            map.serialize_entry("config", value)?;
        }
        if let Some(value) = &self.providers {
            map.serialize_entry("providers", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityWithCredentialsOidcConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityWithCredentialsOidcConfig {
    const NAME: &'static str = "IdentityWithCredentialsOidcConfig";
    const FIELDS: &'static [&'static str] = &["config", "providers"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_config = None;
        let mut slot_providers = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "config" => read(&mut map, &mut slot_config, "config")?,
                "providers" => read(&mut map, &mut slot_providers, "providers")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            config: slot_config.flatten(),
            providers: slot_providers.flatten(),
        })
    }
}

/// A link between the identity and an account at a social sign-in provider.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithCredentialsOidcConfigProvider {
    /// The provider's ID as configured in the project, for example `google`.
    pub provider: String,
    /// The identity's subject (user ID) at the provider.
    pub subject: String,
}

impl Serialize for IdentityWithCredentialsOidcConfigProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("provider", &self.provider)?;
        map.serialize_entry("subject", &self.subject)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityWithCredentialsOidcConfigProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityWithCredentialsOidcConfigProvider {
    const NAME: &'static str = "IdentityWithCredentialsOidcConfigProvider";
    const FIELDS: &'static [&'static str] = &["provider", "subject"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_provider = None;
        let mut slot_subject = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "provider" => read(&mut map, &mut slot_provider, "provider")?,
                "subject" => read(&mut map, &mut slot_subject, "subject")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            provider: crate::object::required(slot_provider, "provider")?,
            subject: crate::object::required(slot_subject, "subject")?,
        })
    }
}

/// A password credential to import.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithCredentialsPassword {
    /// The password to import, either in clear or already hashed.
    pub config: Option<IdentityWithCredentialsPasswordConfig>,
}

impl Serialize for IdentityWithCredentialsPassword {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.config {
            map.serialize_entry("config", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityWithCredentialsPassword {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityWithCredentialsPassword {
    const NAME: &'static str = "IdentityWithCredentialsPassword";
    const FIELDS: &'static [&'static str] = &["config"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_config = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "config" => read(&mut map, &mut slot_config, "config")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            config: slot_config.flatten(),
        })
    }
}

/// The password to import, either in clear or already hashed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithCredentialsPasswordConfig {
    /// A password hash in one of the formats the server can import.
    pub hashed_password: Option<String>,
    /// A password in clear text; the server hashes it.
    pub password: Option<String>,
    /// Check the password at the first sign-in with the project's password migration webhook, instead of importing it now.
    pub use_password_migration_hook: Option<bool>,
}

impl Serialize for IdentityWithCredentialsPasswordConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.hashed_password {
            map.serialize_entry("hashed_password", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.use_password_migration_hook {
            map.serialize_entry("use_password_migration_hook", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for IdentityWithCredentialsPasswordConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for IdentityWithCredentialsPasswordConfig {
    const NAME: &'static str = "IdentityWithCredentialsPasswordConfig";
    const FIELDS: &'static [&'static str] = &[
        "hashed_password",
        "password",
        "use_password_migration_hook",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_hashed_password = None;
        let mut slot_password = None;
        let mut slot_use_password_migration_hook = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "hashed_password" => {
                    read(&mut map, &mut slot_hashed_password, "hashed_password")?
                }
                "password" => read(&mut map, &mut slot_password, "password")?,
                "use_password_migration_hook" => {
                    read(
                        &mut map,
                        &mut slot_use_password_migration_hook,
                        "use_password_migration_hook",
                    )?
                }
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            hashed_password: slot_hashed_password.flatten(),
            password: slot_password.flatten(),
            use_password_migration_hook: slot_use_password_migration_hook.flatten(),
        })
    }
}

/// One operation of a JSON Patch (RFC 6902) document.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPatch {
    /// The JSON Pointer to move or copy from (`move` and `copy` only).
    pub from: Option<String>,
    /// What the operation does.
    pub op: JsonPatchOp,
    /// The JSON Pointer of the location the operation acts on.
    pub path: String,
    /// The value to add, replace or test with.
    pub value: Option<serde_json::Value>,
}

impl Serialize for JsonPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.from {
            map.serialize_entry("from", value)?;
        }
        map.serialize_entry("op", &self.op)?;
        map.serialize_entry("path", &self.path)?;
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for JsonPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for JsonPatch {
    const NAME: &'static str = "JsonPatch";
    const FIELDS: &'static [&'static str] = &["from", "op", "path", "value"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_from = None;
        let mut slot_op = None;
        let mut slot_path = None;
        let mut slot_value = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "from" => read(&mut map, &mut slot_from, "from")?,
                "op" => read(&mut map, &mut slot_op, "op")?,
                "path" => read(&mut map, &mut slot_path, "path")?,
                "value" => read(&mut map, &mut slot_value, "value")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            from: slot_from.flatten(),
            op: crate::object::required(slot_op, "op")?,
            path: crate::object::required(slot_path, "path")?,
            value: slot_value.flatten(),
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PatchIdentitiesBody {
    /// The entries, each created on its own; at most 1,000.
    pub identities: Option<Vec<IdentityPatch>>,
}

impl Serialize for PatchIdentitiesBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.identities {
            map.serialize_entry("identities", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for PatchIdentitiesBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for PatchIdentitiesBody {
    const NAME: &'static str = "PatchIdentitiesBody";
    const FIELDS: &'static [&'static str] = &["identities"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_identities = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "identities" => read(&mut map, &mut slot_identities, "identities")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            identities: slot_identities.flatten(),
        })
    }
}

/// A recovery code and the page to enter it at.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecoveryCodeForIdentity {
    /// When the code stops working.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The code the user enters.
    pub recovery_code: String,
    /// The page where the code is entered.
    pub recovery_link: String,
}

impl Serialize for RecoveryCodeForIdentity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        map.serialize_entry("recovery_code", &self.recovery_code)?;
        map.serialize_entry("recovery_link", &self.recovery_link)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for RecoveryCodeForIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for RecoveryCodeForIdentity {
    const NAME: &'static str = "RecoveryCodeForIdentity";
    const FIELDS: &'static [&'static str] = &[
        "expires_at",
        "recovery_code",
        "recovery_link",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_expires_at = None;
        let mut slot_recovery_code = None;
        let mut slot_recovery_link = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "expires_at" => read(&mut map, &mut slot_expires_at, "expires_at")?,
                "recovery_code" => {
                    read(&mut map, &mut slot_recovery_code, "recovery_code")?
                }
                "recovery_link" => {
                    read(&mut map, &mut slot_recovery_link, "recovery_link")?
                }
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            expires_at: slot_expires_at.flatten(),
            recovery_code: crate::object::required(slot_recovery_code, "recovery_code")?,
            recovery_link: crate::object::required(slot_recovery_link, "recovery_link")?,
        })
    }
}

/// An address the identity can recover their account with.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecoveryIdentityAddress {
    /// When the address was added.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address's ID.
    pub id: uuid::Uuid,
    /// When the address was last changed.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address itself.
    pub value: String,
    /// How a recovery address is reached, for example `email`.
    pub via: String,
}

impl Serialize for RecoveryIdentityAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("via", &self.via)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for RecoveryIdentityAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for RecoveryIdentityAddress {
    const NAME: &'static str = "RecoveryIdentityAddress";
    const FIELDS: &'static [&'static str] = &[
        "created_at",
        "id",
        "updated_at",
        "value",
        "via",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_created_at = None;
        let mut slot_id = None;
        let mut slot_updated_at = None;
        let mut slot_value = None;
        let mut slot_via = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "created_at" => read(&mut map, &mut slot_created_at, "created_at")?,
                "id" => read(&mut map, &mut slot_id, "id")?,
                "updated_at" => read(&mut map, &mut slot_updated_at, "updated_at")?,
                "value" => read(&mut map, &mut slot_value, "value")?,
                "via" => read(&mut map, &mut slot_via, "via")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            created_at: slot_created_at.flatten(),
            id: crate::object::required(slot_id, "id")?,
            updated_at: slot_updated_at.flatten(),
            value: crate::object::required(slot_value, "value")?,
            via: crate::object::required(slot_via, "via")?,
        })
    }
}

/// A recovery link.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecoveryLinkForIdentity {
    /// When the link stops working.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The link to send to the user.
    pub recovery_link: String,
}

impl Serialize for RecoveryLinkForIdentity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        map.serialize_entry("recovery_link", &self.recovery_link)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for RecoveryLinkForIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for RecoveryLinkForIdentity {
    const NAME: &'static str = "RecoveryLinkForIdentity";
    const FIELDS: &'static [&'static str] = &["expires_at", "recovery_link"];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_expires_at = None;
        let mut slot_recovery_link = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "expires_at" => read(&mut map, &mut slot_expires_at, "expires_at")?,
                "recovery_link" => {
                    read(&mut map, &mut slot_recovery_link, "recovery_link")?
                }
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            expires_at: slot_expires_at.flatten(),
            recovery_link: crate::object::required(slot_recovery_link, "recovery_link")?,
        })
    }
}

/// How a self-service flow is used, `api` (native apps) or `browser`.
pub type SelfServiceFlowType = String;

/// A signed-in period of an identity, with how it was authenticated.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    /// Whether the session is still usable.
    pub active: Option<bool>,
    /// When the identity last authenticated in this session.
    pub authenticated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The authentication steps of a session, in order.
    pub authentication_methods: Option<Vec<SessionAuthenticationMethod>>,
    /// How strongly the session's holder proved who they are: `aal0` not at all, `aal1` with one factor, `aal2` with a second factor, `aal3` reserved.
    pub authenticator_assurance_level: Option<AuthenticatorAssuranceLevel>,
    /// The devices the session was used from (only with `expand=devices`).
    pub devices: Option<Vec<SessionDevice>>,
    /// When the session ends.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The session's ID.
    pub id: uuid::Uuid,
    /// A person, or a machine, known to the project: their traits, credentials and addresses.
    pub identity: Option<Identity>,
    /// When the session was created.
    pub issued_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The session as a JSON Web Token, when one was asked for.
    pub tokenized: Option<String>,
}

impl Serialize for Session {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.active {
            map.serialize_entry("active", value)?;
        }
        if let Some(value) = &self.authenticated_at {
            map.serialize_entry("authenticated_at", value)?;
        }
        if let Some(value) = &self.authentication_methods {
            map.serialize_entry("authentication_methods", value)?;
        }
        if let Some(value) = &self.authenticator_assurance_level {
            map.serialize_entry("authenticator_assurance_level", value)?;
        }
        if let Some(value) = &self.devices {
            map.serialize_entry("devices", value)?;
        }
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.identity {
            map.serialize_entry("identity", value)?;
        }
        if let Some(value) = &self.issued_at {
            map.serialize_entry("issued_at", value)?;
        }
        if let Some(value) = &self.tokenized {
            map.serialize_entry("tokenized", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for Session {
    const NAME: &'static str = "Session";
    const FIELDS: &'static [&'static str] = &[
        "active",
        "authenticated_at",
        "authentication_methods",
        "authenticator_assurance_level",
        "devices",
        "expires_at",
        "id",
        "identity",
        "issued_at",
        "tokenized",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_active = None;
        let mut slot_authenticated_at = None;
        let mut slot_authentication_methods = None;
        let mut slot_authenticator_assurance_level = None;
        let mut slot_devices = None;
        let mut slot_expires_at = None;
        let mut slot_id = None;
        let mut slot_identity = None;
        let mut slot_issued_at = None;
        let mut slot_tokenized = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "active" => read(&mut map, &mut slot_active, "active")?,
                "authenticated_at" => {
                    read(&mut map, &mut slot_authenticated_at, "authenticated_at")?
                }
                "authentication_methods" => {
                    read(
                        &mut map,
                        &mut slot_authentication_methods,
                        "authentication_methods",
                    )?
                }
                "authenticator_assurance_level" => {
                    read(
                        &mut map,
                        &mut slot_authenticator_assurance_level,
                        "authenticator_assurance_level",
                    )?
                }
                "devices" => read(&mut map, &mut slot_devices, "devices")?,
                "expires_at" => read(&mut map, &mut slot_expires_at, "expires_at")?,
                "id" => read(&mut map, &mut slot_id, "id")?,
                "identity" => read(&mut map, &mut slot_identity, "identity")?,
                "issued_at" => read(&mut map, &mut slot_issued_at, "issued_at")?,
                "tokenized" => read(&mut map, &mut slot_tokenized, "tokenized")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            active: slot_active.flatten(),
            authenticated_at: slot_authenticated_at.flatten(),
            authentication_methods: slot_authentication_methods.flatten(),
            authenticator_assurance_level: slot_authenticator_assurance_level.flatten(),
            devices: slot_devices.flatten(),
            expires_at: slot_expires_at.flatten(),
            id: crate::object::required(slot_id, "id")?,
            identity: slot_identity.flatten(),
            issued_at: slot_issued_at.flatten(),
            tokenized: slot_tokenized.flatten(),
        })
    }
}

/// One step of the authentication that opened the session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionAuthenticationMethod {
    /// How strongly the session's holder proved who they are: `aal0` not at all, `aal1` with one factor, `aal2` with a second factor, `aal3` reserved.
    pub aal: Option<AuthenticatorAssuranceLevel>,
    /// When the step was completed.
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How the step was done.
    pub method: Option<SessionAuthenticationMethodMethod>,
    /// The organization the identity signed in through, for enterprise sign-in.
    pub organization: Option<String>,
    /// The social sign-in provider used, when the method is `oidc`.
    pub provider: Option<String>,
}

impl Serialize for SessionAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.aal {
            map.serialize_entry("aal", value)?;
        }
        if let Some(value) = &self.completed_at {
            map.serialize_entry("completed_at", value)?;
        }
        if let Some(value) = &self.method {
            map.serialize_entry("method", value)?;
        }
        if let Some(value) = &self.organization {
            map.serialize_entry("organization", value)?;
        }
        if let Some(value) = &self.provider {
            map.serialize_entry("provider", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for SessionAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for SessionAuthenticationMethod {
    const NAME: &'static str = "SessionAuthenticationMethod";
    const FIELDS: &'static [&'static str] = &[
        "aal",
        "completed_at",
        "method",
        "organization",
        "provider",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_aal = None;
        let mut slot_completed_at = None;
        let mut slot_method = None;
        let mut slot_organization = None;
        let mut slot_provider = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "aal" => read(&mut map, &mut slot_aal, "aal")?,
                "completed_at" => read(&mut map, &mut slot_completed_at, "completed_at")?,
                "method" => read(&mut map, &mut slot_method, "method")?,
                "organization" => read(&mut map, &mut slot_organization, "organization")?,
                "provider" => read(&mut map, &mut slot_provider, "provider")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            aal: slot_aal.flatten(),
            completed_at: slot_completed_at.flatten(),
            method: slot_method.flatten(),
            organization: slot_organization.flatten(),
            provider: slot_provider.flatten(),
        })
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionDevice {
    /// The device record's ID.
    pub id: uuid::Uuid,
    /// The IP address the device connected from.
    pub ip_address: Option<String>,
    /// Where the device was, as derived from its IP address.
    pub location: Option<String>,
    /// The device's user agent string.
    pub user_agent: Option<String>,
}

impl Serialize for SessionDevice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.ip_address {
            map.serialize_entry("ip_address", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        if let Some(value) = &self.user_agent {
            map.serialize_entry("user_agent", value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for SessionDevice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for SessionDevice {
    const NAME: &'static str = "SessionDevice";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "ip_address",
        "location",
        "user_agent",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_id = None;
        let mut slot_ip_address = None;
        let mut slot_location = None;
        let mut slot_user_agent = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "id" => read(&mut map, &mut slot_id, "id")?,
                "ip_address" => read(&mut map, &mut slot_ip_address, "ip_address")?,
                "location" => read(&mut map, &mut slot_location, "location")?,
                "user_agent" => read(&mut map, &mut slot_user_agent, "user_agent")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            id: crate::object::required(slot_id, "id")?,
            ip_address: slot_ip_address.flatten(),
            location: slot_location.flatten(),
            user_agent: slot_user_agent.flatten(),
        })
    }
}

/// The full new state of an identity.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateIdentityBody {
    /// Credentials to import together with a new identity.
    pub credentials: Option<IdentityWithCredentials>,
    /// Metadata only administrators can read and write.
    pub metadata_admin: Option<serde_json::Value>,
    /// Metadata the identity's owner can read but not change.
    pub metadata_public: Option<serde_json::Value>,
    /// The ID of the identity schema the traits are checked against.
    pub schema_id: String,
    /// Whether the identity may sign in (`active`) or not (`inactive`).
    pub state: UpdateIdentityBodyState,
    /// The identity's traits, shaped by its identity schema.
    pub traits: serde_json::Value,
}

impl Serialize for UpdateIdentityBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.credentials {
            map.serialize_entry("credentials", value)?;
        }
        if let Some(value) = &self.metadata_admin {
            map.serialize_entry("metadata_admin", value)?;
        }
        if let Some(value) = &self.metadata_public {
            map.serialize_entry("metadata_public", value)?;
        }
        map.serialize_entry("schema_id", &self.schema_id)?;
        map.serialize_entry("state", &self.state)?;
        map.serialize_entry("traits", &self.traits)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for UpdateIdentityBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for UpdateIdentityBody {
    const NAME: &'static str = "UpdateIdentityBody";
    const FIELDS: &'static [&'static str] = &[
        "credentials",
        "metadata_admin",
        "metadata_public",
        "schema_id",
        "state",
        "traits",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_credentials = None;
        let mut slot_metadata_admin = None;
        let mut slot_metadata_public = None;
        let mut slot_schema_id = None;
        let mut slot_state = None;
        let mut slot_traits = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "credentials" => read(&mut map, &mut slot_credentials, "credentials")?,
                "metadata_admin" => {
                    read(&mut map, &mut slot_metadata_admin, "metadata_admin")?
                }
                "metadata_public" => {
                    read(&mut map, &mut slot_metadata_public, "metadata_public")?
                }
                "schema_id" => read(&mut map, &mut slot_schema_id, "schema_id")?,
                "state" => read(&mut map, &mut slot_state, "state")?,
                "traits" => read(&mut map, &mut slot_traits, "traits")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            credentials: slot_credentials.flatten(),
            metadata_admin: slot_metadata_admin.flatten(),
            metadata_public: slot_metadata_public.flatten(),
            schema_id: crate::object::required(slot_schema_id, "schema_id")?,
            state: crate::object::required(slot_state, "state")?,
            traits: crate::object::required(slot_traits, "traits")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiableIdentityAddress {
    /// When the address was added.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address's ID.
    pub id: Option<uuid::Uuid>,
    /// Where the verification of an address stands, for example `pending` or `completed`.
    pub status: String,
    /// When the address was last changed.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The address itself.
    pub value: String,
    /// Whether ownership of the address has been proven.
    pub verified: bool,
    /// A point in time that may be unset.
    pub verified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How the address is reached.
    pub via: VerifiableIdentityAddressVia,
}

impl Serialize for VerifiableIdentityAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("status", &self.status)?;
        if let Some(value) = &self.updated_at {
            map.serialize_entry("updated_at", value)?;
        }
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("verified", &self.verified)?;
        if let Some(value) = &self.verified_at {
            map.serialize_entry("verified_at", value)?;
        }
        map.serialize_entry("via", &self.via)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for VerifiableIdentityAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::FromObject for VerifiableIdentityAddress {
    const NAME: &'static str = "VerifiableIdentityAddress";
    const FIELDS: &'static [&'static str] = &[
        "created_at",
        "id",
        "status",
        "updated_at",
        "value",
        "verified",
        "verified_at",
        "via",
    ];
    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut slot_created_at = None;
        let mut slot_id = None;
        let mut slot_status = None;
        let mut slot_updated_at = None;
        let mut slot_value = None;
        let mut slot_verified = None;
        let mut slot_verified_at = None;
        let mut slot_via = None;
        use crate::object::read;
        while let Some(key) = map.next_key::<crate::object::Key<'de>>()? {
            match key.as_str() {
                "created_at" => read(&mut map, &mut slot_created_at, "created_at")?,
                "id" => read(&mut map, &mut slot_id, "id")?,
                "status" => read(&mut map, &mut slot_status, "status")?,
                "updated_at" => read(&mut map, &mut slot_updated_at, "updated_at")?,
                "value" => read(&mut map, &mut slot_value, "value")?,
                "verified" => read(&mut map, &mut slot_verified, "verified")?,
                "verified_at" => read(&mut map, &mut slot_verified_at, "verified_at")?,
                "via" => read(&mut map, &mut slot_via, "via")?,
                _ => crate::object::skip(&mut map)?,
            }
        }
        Ok(Self {
            created_at: slot_created_at.flatten(),
            id: slot_id.flatten(),
            status: crate::object::required(slot_status, "status")?,
            updated_at: slot_updated_at.flatten(),
            value: crate::object::required(slot_value, "value")?,
            verified: crate::object::required(slot_verified, "verified")?,
            verified_at: slot_verified_at.flatten(),
            via: crate::object::required(slot_via, "via")?,
        })
    }
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
/// The same values as [`GetIdentityIncludeCredential`].
pub type DeleteIdentityCredentialsType = GetIdentityIncludeCredential;

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
/// The same values as [`ListSessionsExpand`].
pub type GetSessionExpand = ListSessionsExpand;
