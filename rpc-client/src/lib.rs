//! A Rust client of a Civitas node, shared by the load generator and the gateway: JSON-RPC
//! over one WebSocket with answers decoded into the runtime's own types ([`node`]), and
//! extrinsics signed natively with the runtime's transaction extensions ([`sign`]).

pub mod node;
pub mod sign;
