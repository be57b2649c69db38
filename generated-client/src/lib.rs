//! # Ory Identity Administration API
//!
//! Manage the identities, credentials, sessions and identity schemas of an Ory
//! project. Administrative calls need a project API key sent as a bearer token.
//!
//! Generated from version `v1.1.11` of the API description by `openapi-rust-generator`; do not edit by hand.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
pub mod models;

mod enums;

mod nullable;
