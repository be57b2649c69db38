//! A client for all of Ory Kratos v1.3.1, generated when this crate builds
//! from Kratos's own OpenAPI document (see `build.rs`). The tests sign in with
//! its self-service operations, whose UI nodes are a discriminated union:
//! a real test of the generator on the rest of the API.
//!
//! Empty when the document is not beside the workspace.

#![forbid(unsafe_code)]
#![allow(
    clippy::type_complexity,
    clippy::large_enum_variant,
    clippy::too_many_arguments
)]
// The generated code names the TLS features of the crate it is written for;
// this crate talks plain HTTP and has none of them.
#![allow(unexpected_cfgs)]

include!(concat!(env!("OUT_DIR"), "/root.rs"));
