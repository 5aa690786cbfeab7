//! civitas-gateway: an agency's exchange server (docs/gateway.md). What it signs
//! ([`statement`], on the wire [`protocol`]), why it refuses ([`refusal`]), what it checks
//! ([`policy`]) against its view of the chain ([`chain`]), where it keeps documents
//! ([`store`]), receipts ([`receipts`]) and its message log ([`evidence`]), how gateways reach
//! each other ([`tls`], [`peer`]), its two faces ([`service`]), its background work
//! ([`tasks`]) and its load tool ([`bench`]).

pub mod bench;
pub mod chain;
pub mod config;
pub mod evidence;
pub mod logging;
pub mod metrics;
pub mod peer;
pub mod policy;
pub mod protocol;
pub mod receipts;
pub mod refusal;
pub mod service;
pub mod statement;
pub mod store;
pub mod tasks;
pub mod tls;
