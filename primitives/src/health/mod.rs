//! Health records, break-glass accesses and epidemic state as clients see them, and
//! `HealthApi`.
//!
//! Shared by the pallet (which stores these types), the runtime (which implements the API)
//! and the RPC and clients (which call it) — none of which needs the pallet for them.

mod api;
mod types;

pub use api::*;
pub use types::*;
