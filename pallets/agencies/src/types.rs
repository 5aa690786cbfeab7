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
	let host_ok = match host {
		[b'[', inner @ .., b']'] => is_ipv6(inner),
		_ => is_dns_name(host),
	};
	is_port(port) && host_ok
}

/// Whether `address` is where a node listens, as a libp2p multiaddress of its transport
/// only: `/ip4/<a.b.c.d>`, `/ip6/<address>` or `/dns/<name>` (also `/dns4/`, `/dns6/`), then
/// `/tcp/<port>`, then `/ws` if it speaks WebSocket. ASCII, no `/p2p/` part (the node's id
/// is the key the address is filed under; the dialling node adds it and checks it in the
/// handshake), nothing else.
pub fn is_node_address(address: &[u8]) -> bool {
	let mut parts = address.split(|&b| b == b'/');
	if parts.next() != Some(&[][..]) {
		return false;
	}
	let host_ok = match (parts.next(), parts.next()) {
		(Some(b"ip4"), Some(host)) => is_ipv4(host),
		(Some(b"ip6"), Some(host)) => is_ipv6(host),
		(Some(b"dns" | b"dns4" | b"dns6"), Some(host)) => is_dns_name(host),
		_ => false,
	};
	let port_ok = parts.next() == Some(&b"tcp"[..]) && parts.next().is_some_and(is_port);
	let rest_ok = match parts.next() {
		None => true,
		Some(b"ws") => parts.next().is_none(),
		Some(_) => false,
	};
	host_ok && port_ok && rest_ok
}

/// A port from 1 to 65535, in decimal without leading zeros.
fn is_port(port: &[u8]) -> bool {
	!port.is_empty()
		&& port.len() <= 5
		&& port[0] != b'0'
		&& port.iter().all(u8::is_ascii_digit)
		&& port.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')) <= 65535
}

/// A DNS name: labels of ASCII letters, digits and `-` (not first or last), joined by `.`.
fn is_dns_name(host: &[u8]) -> bool {
	!host.is_empty()
		&& host.len() <= 253
		&& host.split(|&b| b == b'.').all(|label| {
			!label.is_empty()
				&& label.len() <= 63
				&& label[0] != b'-'
				&& label[label.len() - 1] != b'-'
				&& label.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
		})
}

/// Four decimal numbers from 0 to 255, without leading zeros, joined by `.`.
fn is_ipv4(host: &[u8]) -> bool {
	let mut octets = 0;
	host.split(|&b| b == b'.').all(|octet| {
		octets += 1;
		!octet.is_empty()
			&& octet.len() <= 3
			&& (octet.len() == 1 || octet[0] != b'0')
			&& octet.iter().all(u8::is_ascii_digit)
			&& octet.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')) <= 255
	}) && octets == 4
}

/// The characters of an IPv6 address (hex digits, `:`, and `.` for an embedded IPv4
/// address), at least one `:`, at most 45 of them. Loose on purpose: the node parses the
/// address before it dials, and an address it cannot parse is skipped.
fn is_ipv6(host: &[u8]) -> bool {
	(2..=45).contains(&host.len())
		&& host.contains(&b':')
		&& host.iter().all(|&b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
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
