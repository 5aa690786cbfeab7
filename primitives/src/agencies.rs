//! Agencies and their roles: the vocabulary every domain pallet uses to ask "may this
//! account write this kind of record?" without reading another pallet's storage.

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

/// Identifier of an agency (a bureau of the city), assigned in order of registration.
pub type AgencyId = u32;

/// A node's network identity: the ed25519 public key behind its libp2p peer id (the 32 bytes
/// that follow the `0x00 0x24 0x08 0x01 0x12 0x20` prefix of a `12D3KooW…` peer id's bytes).
/// Only the nodes of active agencies may peer (see [`AgenciesApi::authorized_nodes`]).
pub type NodeId = [u8; 32];

/// What an agency may write, as a set of bits: each bit is one kind of agency of a city, and
/// an agency may hold several. Clients see a `u32`: the bit of each role is documented on its
/// constant.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Roles(u32);

impl Roles {
	/// Bit 0: identity registrar (registers citizens).
	pub const CIVIL_AFFAIRS: Roles = Roles(1 << 0);
	/// Bit 1: police.
	pub const PUBLIC_SECURITY: Roles = Roles(1 << 1);
	/// Bit 2: hospitals and health bureaus (anchor health records).
	pub const HEALTH: Roles = Roles(1 << 2);
	/// Bit 3: disease control (epidemic reporting, break-glass review).
	pub const DISEASE_CONTROL: Roles = Roles(1 << 3);
	/// Bit 4: land registry (titles, transfers).
	pub const LAND_REGISTRY: Roles = Roles(1 << 4);
	/// Bit 5: housing bureau.
	pub const HOUSING: Roles = Roles(1 << 5);
	/// Bit 6: tax bureau (confirms transfer taxes).
	pub const TAX: Roles = Roles(1 << 6);
	/// Bit 7: courts (seizures).
	pub const COURT: Roles = Roles(1 << 7);
	/// Bit 8: banks and lenders (mortgages).
	pub const FINANCE: Roles = Roles(1 << 8);
	/// Bit 9: transport bureau (parking).
	pub const TRANSPORT: Roles = Roles(1 << 9);
	/// Bit 10: the city's data bureau (catalog oversight).
	pub const DATA_BUREAU: Roles = Roles(1 << 10);

	/// Every role there is.
	pub const ALL: Roles = Roles((1 << 11) - 1);

	/// Each role with its name, in bit order.
	pub const NAMED: [(Roles, &'static str); 11] = [
		(Self::CIVIL_AFFAIRS, "CIVIL_AFFAIRS"),
		(Self::PUBLIC_SECURITY, "PUBLIC_SECURITY"),
		(Self::HEALTH, "HEALTH"),
		(Self::DISEASE_CONTROL, "DISEASE_CONTROL"),
		(Self::LAND_REGISTRY, "LAND_REGISTRY"),
		(Self::HOUSING, "HOUSING"),
		(Self::TAX, "TAX"),
		(Self::COURT, "COURT"),
		(Self::FINANCE, "FINANCE"),
		(Self::TRANSPORT, "TRANSPORT"),
		(Self::DATA_BUREAU, "DATA_BUREAU"),
	];

	/// No role at all.
	pub const fn empty() -> Roles {
		Roles(0)
	}

	/// The roles of `bits`, or `None` if a bit names no role.
	pub const fn from_bits(bits: u32) -> Option<Roles> {
		if bits & !Self::ALL.0 == 0 {
			Some(Roles(bits))
		} else {
			None
		}
	}

	/// The raw bits, as clients see them.
	pub const fn bits(self) -> u32 {
		self.0
	}

	/// Whether every role of `other` is among these.
	pub const fn contains(self, other: Roles) -> bool {
		self.0 & other.0 == other.0
	}

	/// These roles and those of `other` (`|` in a `const`).
	pub const fn union(self, other: Roles) -> Roles {
		Roles(self.0 | other.0)
	}

	/// Whether at least one role of `other` is among these.
	pub const fn intersects(self, other: Roles) -> bool {
		self.0 & other.0 != 0
	}

	/// Whether there is no role.
	pub const fn is_empty(self) -> bool {
		self.0 == 0
	}

	/// Whether only known role bits are set (a decoded value may carry unknown ones).
	pub const fn is_valid(self) -> bool {
		Self::from_bits(self.0).is_some()
	}
}

impl core::ops::BitOr for Roles {
	type Output = Roles;
	fn bitor(self, other: Roles) -> Roles {
		Roles(self.0 | other.0)
	}
}

impl core::fmt::Debug for Roles {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		let mut names = Self::NAMED.iter().filter(|(role, _)| self.contains(*role)).map(|(_, n)| n);
		write!(f, "Roles(")?;
		if let Some(first) = names.next() {
			write!(f, "{first}")?;
			for name in names {
				write!(f, " | {name}")?;
			}
		}
		let unknown = self.0 & !Self::ALL.0;
		if unknown != 0 {
			write!(f, " | unknown {unknown:#x}")?;
		}
		write!(f, ")")
	}
}

/// What domain pallets ask of the agency registry. Implemented by `pallet-agencies`; the
/// domain pallets name it in their `Config` and never read its storage.
pub trait AgencyRoles<AccountId, Origin> {
	/// The agency and account behind `origin`, if it is signed by an operator of an active
	/// agency that holds every role of `roles`; otherwise a named error (bad origin, not an
	/// operator, agency suspended, missing role).
	fn ensure_role(origin: Origin, roles: Roles) -> Result<(AgencyId, AccountId), DispatchError>;

	/// The agency and account behind `origin`, if it is signed by an operator of an active
	/// agency that holds at least one role of `roles` (one lookup, however many roles);
	/// otherwise the same named errors as [`AgencyRoles::ensure_role`].
	fn ensure_any_role(
		origin: Origin,
		roles: Roles,
	) -> Result<(AgencyId, AccountId), DispatchError>;

	/// The agency and account behind `origin`, if it is signed by an operator of an active
	/// agency, whatever its roles: the check of agency work that needs no particular role.
	fn ensure_operator(origin: Origin) -> Result<(AgencyId, AccountId), DispatchError> {
		Self::ensure_role(origin, Roles::empty())
	}

	/// The agency `account` operates for, if any (active or not).
	fn agency_of(account: &AccountId) -> Option<AgencyId>;

	/// Whether `agency` exists and is active.
	fn is_active(agency: AgencyId) -> bool;

	/// Benchmarks of other pallets need an operator of an active agency with `roles`.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_operator(roles: Roles) -> (AgencyId, AccountId) {
		Self::benchmark_agency(0, roles)
	}

	/// Like `benchmark_operator`, but of the `seed`-th of several distinct agencies (for
	/// calls where one agency acts on another's data).
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_agency(seed: u32, roles: Roles) -> (AgencyId, AccountId);
}

/// Who may send a call free of fee, as an agency's work. Every pallet whose calls agencies
/// sign says this of each of its calls ([`AgencyWork`]); the runtime's fee extension checks
/// it before the pool accepts the call, so an account cannot send for free a call that its
/// agency's roles do not allow (it pays, like anyone else).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FreeWork {
	/// Nobody: the call is a citizen's, a decision of the council, or open to anyone.
	Nobody,
	/// An active agency's admin (its own registry, the council's motions and votes).
	Admin,
	/// An operator of an active agency that holds every one of these roles (none: any
	/// operator).
	AllOf(Roles),
	/// An operator of an active agency that holds at least one of these roles.
	AnyOf(Roles),
}

/// Implemented by the `Call` of every pallet that agencies use: which of an agency's accounts
/// may send each call for free. It mirrors the origin check the call itself makes (the call
/// still makes it); the runtime's fee extension reads it, and a call that needs no agency is
/// `Nobody`.
pub trait AgencyWork {
	/// Who may send this call for free.
	fn agency_work(&self) -> FreeWork;
}

/// An agency as [`AgenciesApi::agencies`] answers it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AgencyView<AccountId> {
	/// Its id.
	pub id: AgencyId,
	/// Its name, UTF-8.
	pub name: Vec<u8>,
	/// What it may write.
	pub roles: Roles,
	/// The district it serves, if it is a district bureau.
	pub district: Option<crate::District>,
	/// Whether it is active (not suspended).
	pub active: bool,
	/// Its admin, who sits on the council while it is active.
	pub admin: AccountId,
	/// The validator account of its authority node, if it runs one.
	pub authority: Option<AccountId>,
	/// How many operator accounts it has.
	pub operators: u32,
	/// Its nodes' network identities.
	pub nodes: Vec<NodeId>,
	/// The offence that keeps its authority out of the authority set until the council
	/// restores it (`None`: none proven, or restored).
	pub authority_offence: Option<AuthorityOffence<u32>>,
}

/// An agency as `AgenciesApi::agencies` answered it before version 3 (no `authority_offence`):
/// what a node asks a runtime of an older version for.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AgencyViewV2<AccountId> {
	pub id: AgencyId,
	pub name: Vec<u8>,
	pub roles: Roles,
	pub district: Option<crate::District>,
	pub active: bool,
	pub admin: AccountId,
	pub authority: Option<AccountId>,
	pub operators: u32,
	pub nodes: Vec<NodeId>,
}

impl<AccountId> From<AgencyViewV2<AccountId>> for AgencyView<AccountId> {
	fn from(old: AgencyViewV2<AccountId>) -> Self {
		AgencyView {
			id: old.id,
			name: old.name,
			roles: old.roles,
			district: old.district,
			active: old.active,
			admin: old.admin,
			authority: old.authority,
			operators: old.operators,
			nodes: old.nodes,
			authority_offence: None,
		}
	}
}

/// The kind of an offence, as `sp_staking::offence::Kind` spells it: 16 ASCII bytes such as
/// `aura:equivocatio` (two blocks sealed for one slot) or `grandpa:equivoca` (two votes in
/// one round).
pub type OffenceKind = [u8; 16];

/// An offence proven on chain against an agency's authority node: it keeps that agency's
/// authority out of every authority set planned after it, until the council restores it.
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
pub struct AuthorityOffence<BlockNumber> {
	/// What was proven.
	pub kind: OffenceKind,
	/// The session in which the authority committed it.
	pub session: u32,
	/// The block whose report proved it.
	pub reported_at: BlockNumber,
}

sp_api::decl_runtime_apis! {
	/// What nodes and clients ask of the agency registry.
	///
	/// Version 2 added `node_addresses`; version 3 the agencies' `authority_offence`.
	#[api_version(3)]
	pub trait AgenciesApi<AccountId>
	where
		AccountId: Codec,
	{
		/// The nodes of the active agencies: the only peers a Civitas node accepts. Empty
		/// means the chain names no node (the `dev` chain) and peering is not restricted.
		fn authorized_nodes() -> Vec<NodeId>;

		/// The agencies, active and suspended, by id from `from` on, at most `limit` (and at
		/// most `MAX_PAGE`).
		fn agencies(from: AgencyId, limit: u32) -> Vec<AgencyView<AccountId>>;

		/// `agencies` before version 3, without `authority_offence`.
		#[changed_in(3)]
		fn agencies(from: AgencyId, limit: u32) -> Vec<AgencyViewV2<AccountId>>;

		/// Where the nodes of `authorized_nodes` listen, as their agencies' admins published
		/// them: each node that has addresses, with its transport multiaddresses (UTF-8, no
		/// `/p2p/` part, e.g. `/dns/node1.health.example.gov/tcp/30333`). Every node dials
		/// these, so the chain, not only the chain spec, is the network's address book.
		/// Since version 2.
		fn node_addresses() -> Vec<(NodeId, Vec<Vec<u8>>)>;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn roles_combine_and_contain() {
		let roles = Roles::HEALTH | Roles::DISEASE_CONTROL;
		assert!(roles.contains(Roles::HEALTH));
		assert!(roles.contains(Roles::HEALTH | Roles::DISEASE_CONTROL));
		assert!(!roles.contains(Roles::TAX));
		assert!(!roles.contains(Roles::HEALTH | Roles::TAX));
		assert!(Roles::ALL.contains(roles));
		assert!(Roles::empty().is_empty());
		assert!(roles.intersects(Roles::HEALTH | Roles::TAX));
		assert!(!roles.intersects(Roles::TAX | Roles::COURT));
		assert!(!roles.intersects(Roles::empty()));
		assert_eq!(format!("{roles:?}"), "Roles(HEALTH | DISEASE_CONTROL)");
	}

	#[test]
	fn unknown_bits_are_refused() {
		assert_eq!(Roles::from_bits(0b101), Some(Roles::CIVIL_AFFAIRS | Roles::HEALTH));
		assert_eq!(Roles::from_bits(1 << 11), None);
		assert_eq!(Roles::from_bits(u32::MAX), None);
		let decoded = Roles::decode(&mut &(1u32 << 20).encode()[..]).unwrap();
		assert!(!decoded.is_valid());
		assert_eq!(format!("{decoded:?}"), "Roles( | unknown 0x100000)");
	}

	#[test]
	fn every_role_has_its_own_bit_and_encodes_as_u32() {
		let mut seen = 0u32;
		for (role, _) in Roles::NAMED {
			assert_eq!(role.bits().count_ones(), 1);
			assert_eq!(seen & role.bits(), 0);
			seen |= role.bits();
			assert_eq!(role.encode(), role.bits().encode());
		}
		assert_eq!(Roles::ALL.bits(), seen);
	}
}
