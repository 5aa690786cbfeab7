//! What each call does once its origin is checked, by feature: the registry of citizens and
//! their accounts, attestations, and consent. (The access log is written by other pallets,
//! through [`civitas_primitives::AccessLog`]: see `impl_access_log.rs`.)

mod attestations;
mod consent;
mod registry;
