//! The records pallet-agencies keeps, bounded everywhere.

use alloc::{string::String, vec::Vec};
use civitas_primitives::{District, NodeId, Roles};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// Whether an agency may act. A suspended agency's operators fail every role check, its
/// admin leaves the council and its node leaves the authority set at the next session.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum AgencyStatus {
	Active,
	Suspended,
}

/// An agency of the city.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
#[scale_info(skip_type_params(MaxNameLength))]
pub struct Agency<AccountId, MaxNameLength: Get<u32>> {
	/// Its name, UTF-8 (e.g. "Municipal Health Commission"). Public: agencies are not people.
	pub name: BoundedVec<u8, MaxNameLength>,
	/// What it may write.
	pub roles: Roles,
	/// The account that manages its operators and sits on the Agency Council.
	pub admin: AccountId,
	/// The district it serves, if it is a district bureau (`None`: the whole city).
	pub district: Option<District>,
	/// Active or suspended.
	pub status: AgencyStatus,
	/// The validator account of its authority node, if it runs one.
	pub authority: Option<AccountId>,
	/// How many operator accounts it has (at most `MaxOperators`).
	pub operators: u32,
	/// How many nodes it names (storage version 2, in the upgrade rehearsal only: filled by
	/// `migrations::v2` on a chain that had version 1).
	#[cfg(feature = "upgrade-rehearsal")]
	pub named_nodes: u32,
}

/// An agency's exchange gateway (`civitas-gateway`), as the other agencies' gateways reach and
/// authenticate it: its address, and the key its TLS identity is pinned to. Public: it names
/// a server of an agency, nothing of a person.
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxEndpointLength))]
pub struct Gateway<MaxEndpointLength: Get<u32>> {
	/// `host:port` of its outward HTTPS face, e.g. `gw.health.example.gov:8443` or
	/// `10.0.4.7:8443` (ASCII; see [`is_host_port`]).
	pub endpoint: BoundedVec<u8, MaxEndpointLength>,
	/// The ed25519 public key its TLS certificate carries.
	pub tls_key: [u8; 32],
}

/// Whether `endpoint` is `host:port`: a DNS name (labels of ASCII letters, digits and `-`,
/// not starting or ending with `-`, joined by `.`), an IPv4 address or an IPv6 address in
/// brackets, then `:` and a port from 1 to 65535 without leading zeros.
pub fn is_host_port(endpoint: &[u8]) -> bool {
	let Some(colon) = endpoint.iter().rposition(|&b| b == b':') else { return false };
	let (host, port) = (&endpoint[..colon], &endpoint[colon + 1..]);
	let port_ok = !port.is_empty()
		&& port.len() <= 5
		&& port[0] != b'0'
		&& port.iter().all(u8::is_ascii_digit)
		&& port.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')) <= 65535;
	let host_ok = match host {
		[b'[', inner @ .., b']'] => {
			inner.len() >= 2
				&& inner.iter().all(|&b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
		},
		_ => {
			!host.is_empty()
				&& host.len() <= 253
				&& host.split(|&b| b == b'.').all(|label| {
					!label.is_empty()
						&& label.len() <= 63
						&& label[0] != b'-'
						&& label[label.len() - 1] != b'-'
						&& label.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
				})
		},
	};
	port_ok && host_ok
}

/// An agency as a chain spec lists it at genesis (JSON: `name`, `roles`, `admin`,
/// `district`, `authority`, `operators`, `nodes`). Agencies get ids 0, 1, ... in list order.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(
	deny_unknown_fields,
	bound(serialize = "AccountId: Serialize", deserialize = "AccountId: Deserialize<'de>")
)]
pub struct GenesisAgency<AccountId> {
	/// Its name, UTF-8.
	pub name: String,
	/// Its roles as the bits of [`Roles`] (e.g. 12 = HEALTH | DISEASE_CONTROL).
	pub roles: u32,
	/// Its admin, who sits on the council.
	pub admin: AccountId,
	/// The district it serves, if any.
	#[serde(default)]
	pub district: Option<District>,
	/// The validator account of its node, if it runs one.
	#[serde(default)]
	pub authority: Option<AccountId>,
	/// Its operator accounts.
	#[serde(default)]
	pub operators: Vec<AccountId>,
	/// The nodes it runs, as [`NodeId`]s (32-byte arrays): the peers it may connect.
	#[serde(default)]
	pub nodes: Vec<NodeId>,
}

impl<AccountId> GenesisAgency<AccountId> {
	/// An agency with one operator, no district, node or authority: what other pallets'
	/// test runtimes start from.
	pub fn with_operator(name: &str, roles: Roles, admin: AccountId, operator: AccountId) -> Self {
		Self {
			name: name.into(),
			roles: roles.bits(),
			admin,
			district: None,
			authority: None,
			operators: alloc::vec![operator],
			nodes: Vec::new(),
		}
	}
}
