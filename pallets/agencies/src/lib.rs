//! # pallet-agencies
//!
//! The agencies that run Civitas: who they are, what each may write (its [`Roles`]), the
//! accounts that act for it, the node it runs, and the council their admins form.
//!
//! - The Agency Council (at least 2/3 of the active agencies' admins, `Config::CouncilOrigin`)
//!   registers agencies, sets their roles, suspends and resumes them, and names their
//!   authority nodes.
//! - An agency's admin manages its operators (officials, systems) and may hand the admin
//!   seat to another account.
//! - The council's membership follows the active agencies' admins automatically
//!   (`Config::CouncilMembers`), and the authority set of each new session is the authority
//!   accounts of the active agencies (this pallet is pallet-session's `SessionManager`).
//! - Other pallets ask [`AgencyRoles::ensure_role`] whether a signer may write something;
//!   they never read this pallet's storage.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod free_work;
mod impl_agency_roles;
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
mod membership;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod offences;
mod queries;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use civitas_primitives::{AgencyId, AgencyRoles, District, FreeWork, NodeId, Roles};
pub use free_work::FreeUsage;
pub use membership::{SessionAuthorities, SessionLengthOf};
pub use offences::{AgencyOfAuthority, Offender, SuspendOffenders};
pub use pallet::*;
pub use types::{is_host_port, is_node_address, Agency, AgencyStatus, Gateway, GenesisAgency};
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{ChangeMembers, EnsureOrigin},
	};
	use frame_system::pallet_prelude::*;

	/// An agency as stored.
	pub type AgencyOf<T> =
		Agency<<T as frame_system::Config>::AccountId, <T as Config>::MaxNameLength>;

	/// A gateway as stored.
	pub type GatewayOf<T> = Gateway<<T as Config>::MaxEndpointLength>;

	/// One address a node listens on (see [`is_node_address`]), as stored.
	pub type NodeAddressOf<T> = BoundedVec<u8, <T as Config>::MaxNodeAddressLength>;

	/// The addresses of one node, as stored.
	pub type NodeAddressesOf<T> = BoundedVec<NodeAddressOf<T>, <T as Config>::MaxAddressesPerNode>;

	/// The storage layout's version (see [`crate::migrations`]).
	#[cfg(not(feature = "upgrade-rehearsal"))]
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);
	/// The upgrade rehearsal's version: see `migrations::v2`.
	#[cfg(feature = "upgrade-rehearsal")]
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Defaults for mock runtimes: `#[derive_impl(pallet_agencies::config_preludes::TestDefaultConfig)]`
	/// gives a root council that records nothing, 12 agencies of 4 operators and one node,
	/// 32-byte names and sessions of 100 blocks (at least 10).
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl,
			traits::{ConstU32, ConstU64},
		};

		/// The defaults of a test runtime whose accounts are `u64`.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeEvent = ();
			type CouncilOrigin = frame_system::EnsureRoot<u64>;
			type CouncilMembers = ();
			type MaxAgencies = ConstU32<12>;
			type MaxOperators = ConstU32<4>;
			type MaxNodesPerAgency = ConstU32<1>;
			type MaxAddressesPerNode = ConstU32<2>;
			type MaxNodeAddressLength = ConstU32<64>;
			type MaxNameLength = ConstU32<32>;
			type MaxEndpointLength = ConstU32<64>;
			type DefaultSessionLength = ConstU64<100>;
			type MinSessionLength = ConstU64<10>;
			type Sessions = ();
			type MaxOpenMotions = ConstU32<4>;
			type CouncilChangeWeight = ();
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		#[pallet::no_default_bounds]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The Agency Council's decision (at least 2/3 of its members): the only origin that
		/// may register, re-role, suspend or resume an agency, or name its authority node.
		#[pallet::no_default_bounds]
		type CouncilOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The council whose members are kept equal to the active agencies' admins.
		#[pallet::no_default_bounds]
		type CouncilMembers: ChangeMembers<Self::AccountId>;

		/// The most agencies active at one time (suspended ones do not count). It bounds the
		/// council and the authority set, so it must not exceed the council's and the
		/// consensus engines' own limits.
		#[pallet::constant]
		type MaxAgencies: Get<u32>;

		/// The most operator accounts one agency may have.
		#[pallet::constant]
		type MaxOperators: Get<u32>;

		/// The most nodes one agency may run (its authority node, RPC nodes, a standby).
		#[pallet::constant]
		type MaxNodesPerAgency: Get<u32>;

		/// The most addresses an agency may publish for one of its nodes.
		#[pallet::constant]
		type MaxAddressesPerNode: Get<u32>;

		/// The longest node address (a multiaddress such as `/dns/node1.health.gov/tcp/30333`),
		/// in bytes.
		#[pallet::constant]
		type MaxNodeAddressLength: Get<u32>;

		/// The longest agency name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// The longest gateway endpoint (`host:port`), in bytes.
		#[pallet::constant]
		type MaxEndpointLength: Get<u32>;

		/// How many blocks a session lasts unless genesis or the council says otherwise.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type DefaultSessionLength: Get<BlockNumberFor<Self>>;

		/// The shortest session the council may set: each session change costs the
		/// consensus engines a set change, so they must not come every block.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type MinSessionLength: Get<BlockNumberFor<Self>>;

		/// What the session pallet knows of the authorities: who has session keys, who
		/// votes in GRANDPA now and who is queued to. The runtime wires pallet-session here.
		#[pallet::no_default_bounds]
		type Sessions: SessionAuthorities<Self::AccountId>;

		/// The most council motions one member may have open at a time (see
		/// [`Pallet::note_motion`]): one admin cannot fill the council's proposal slots, and
		/// the others can always move to suspend its agency.
		#[pallet::constant]
		type MaxOpenMotions: Get<u32>;

		/// What it costs the council to change one member with the most proposals open, each
		/// with the most votes (the council rewrites every open vote): added to every call that
		/// seats or unseats an admin. The runtime takes it from the council's own benchmark.
		#[pallet::no_default_bounds]
		type CouncilChangeWeight: Get<Weight>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The id the next registered agency gets; also how many have ever been registered.
	#[pallet::storage]
	pub type NextAgencyId<T> = StorageValue<_, AgencyId, ValueQuery>;

	/// Every agency, active or suspended.
	#[pallet::storage]
	pub type Agencies<T: Config> = StorageMap<_, Twox64Concat, AgencyId, AgencyOf<T>>;

	/// The operators of each agency (iterate by agency to list them).
	#[pallet::storage]
	pub type Operators<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AgencyId, Blake2_128Concat, T::AccountId, ()>;

	/// The agency an account operates for. An account operates for at most one agency.
	#[pallet::storage]
	pub type OperatorOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, AgencyId>;

	/// The agency an account is the admin of. An account admins at most one agency.
	#[pallet::storage]
	pub type AdminOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, AgencyId>;

	/// The agency whose node uses an account as its authority. One node per account.
	#[pallet::storage]
	pub type AuthorityOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, AgencyId>;

	/// Each agency's exchange gateway, as other agencies' gateways reach and authenticate it.
	#[pallet::storage]
	pub type Gateways<T: Config> = StorageMap<_, Twox64Concat, AgencyId, GatewayOf<T>>;

	/// The nodes each agency runs: while the agency is active, the only peers (with the other
	/// active agencies' nodes) that Civitas nodes accept.
	#[pallet::storage]
	pub type Nodes<T: Config> =
		StorageMap<_, Twox64Concat, AgencyId, BoundedVec<NodeId, T::MaxNodesPerAgency>, ValueQuery>;

	/// Where a node listens, as its agency's admin published it: the addresses the other
	/// nodes dial it at (see `AgenciesApi::node_addresses`). Only nodes an agency names have
	/// an entry; it goes when the node leaves its agency's list.
	#[pallet::storage]
	pub type NodeAddresses<T: Config> = StorageMap<_, Blake2_128Concat, NodeId, NodeAddressesOf<T>>;

	/// The agency that runs a node. A node belongs to at most one agency.
	#[pallet::storage]
	pub type NodeOwner<T: Config> = StorageMap<_, Blake2_128Concat, NodeId, AgencyId>;

	/// The admins of the active agencies, sorted: the council's members.
	#[pallet::storage]
	pub type CouncilSeats<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxAgencies>, ValueQuery>;

	/// The authority accounts of the active agencies, sorted, but for those out for a
	/// proven offence ([`AuthorityOffences`]): the validators that the next session will
	/// have (those with session keys set).
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxAgencies>, ValueQuery>;

	/// How many blocks a session lasts: changes to the authority set take effect at the
	/// session boundaries (see [`SessionLengthOf`]).
	#[pallet::storage]
	pub type SessionLength<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, T::DefaultSessionLength>;

	/// What each agency's free calls have taken of the block they were last sent in (see
	/// [`Pallet::has_free_room`]). One entry per agency ever registered, overwritten.
	#[pallet::storage]
	pub type FreeUse<T: Config> =
		StorageMap<_, Twox64Concat, AgencyId, FreeUsage<BlockNumberFor<T>>>;

	/// The agencies whose authority node was proven to have misbehaved (see
	/// [`crate::offences`]), with the first offence proven: their authority is in no
	/// authority set planned since, until the council restores it. At most one entry per
	/// agency.
	#[pallet::storage]
	pub type AuthorityOffences<T: Config> = StorageMap<
		_,
		Twox64Concat,
		AgencyId,
		civitas_primitives::agencies::AuthorityOffence<BlockNumberFor<T>>,
	>;

	/// The council motions each member proposed that may still be open (pruned of closed
	/// ones whenever the member proposes again): at most `MaxOpenMotions`.
	#[pallet::storage]
	pub type OpenMotions<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::Hash, T::MaxOpenMotions>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The council registered an agency.
		AgencyRegistered { agency: AgencyId, admin: T::AccountId, roles: Roles },
		/// The council changed what an agency may write.
		RolesSet { agency: AgencyId, roles: Roles },
		/// The council suspended an agency: its operators can no longer act, its admin left
		/// the council and its node leaves the authority set at the next session.
		AgencySuspended { agency: AgencyId },
		/// The council resumed a suspended agency.
		AgencyResumed { agency: AgencyId },
		/// The council named (or removed) an agency's authority node account.
		AuthoritySet { agency: AgencyId, authority: Option<T::AccountId> },
		/// An agency's admin added an operator.
		OperatorAdded { agency: AgencyId, account: T::AccountId },
		/// An agency's admin removed an operator.
		OperatorRemoved { agency: AgencyId, account: T::AccountId },
		/// An agency's admin handed the admin seat to another account.
		AdminChanged { agency: AgencyId, old: T::AccountId, new: T::AccountId },
		/// The council replaced an agency's admin (a lost or stolen admin key).
		AdminReplaced { agency: AgencyId, old: T::AccountId, new: T::AccountId },
		/// The council changed the session length.
		SessionLengthSet { blocks: BlockNumberFor<T> },
		/// The council replaced the list of an agency's nodes (the peers it may run).
		NodesSet { agency: AgencyId, nodes: BoundedVec<NodeId, T::MaxNodesPerAgency> },
		/// An agency's admin named its gateway (`None`: it has none now).
		GatewaySet { agency: AgencyId, gateway: Option<GatewayOf<T>> },
		/// An agency's admin published where one of its nodes listens (empty: nowhere now).
		NodeAddressesSet { agency: AgencyId, node: NodeId, addresses: NodeAddressesOf<T> },
		/// An offence of the agency's authority node was proven (`kind`: what, e.g.
		/// `aura:equivocatio`; `session`: when): the authority is out of every authority set
		/// planned from now on, and disabled for the rest of the sessions it is still in,
		/// until the council restores it. The agency itself stays as it was.
		AuthorityOffence {
			agency: AgencyId,
			kind: civitas_primitives::agencies::OffenceKind,
			session: u32,
		},
		/// The council let the agency's authority back into the authority set (from the
		/// session after next).
		AuthorityRestored { agency: AgencyId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No agency has this id.
		UnknownAgency,
		/// The name is empty.
		EmptyName,
		/// The roles are empty or name a bit that is no role.
		InvalidRoles,
		/// `MaxAgencies` agencies are active already: suspend one first.
		TooManyAgencies,
		/// The account is already the admin of an agency.
		AdminInUse,
		/// The account is already some agency's authority node.
		AuthorityInUse,
		/// The agency is suspended already.
		AlreadySuspended,
		/// The agency is not suspended.
		NotSuspended,
		/// The agency is suspended: it cannot act.
		AgencySuspended,
		/// The signer is the admin of no agency.
		NotAdmin,
		/// The account already operates for an agency.
		AlreadyOperator,
		/// The account is not an operator of this agency.
		NotOperator,
		/// The agency has `MaxOperators` operators already.
		TooManyOperators,
		/// The agency does not hold the role this call needs.
		MissingRole,
		/// The member has `MaxOpenMotions` council motions open: close one (or wait until
		/// its voting ends and close it) before proposing another.
		TooManyOpenMotions,
		/// The session length is below `MinSessionLength`.
		SessionTooShort,
		/// The same node is listed twice.
		DuplicateNode,
		/// The node is already another agency's.
		NodeInUse,
		/// The change would take away a node of an agency whose authority votes in GRANDPA
		/// this session, leaving fewer voters reachable than finality needs (more than two
		/// thirds). Change it after the session that takes the authority out of the set.
		WouldHaltFinality,
		/// A gateway endpoint must be `host:port`: a DNS name (letters, digits, `-` and `.`),
		/// an IPv4 address or a bracketed IPv6 address, then a port from 1 to 65535 — no
		/// scheme, no path, no user.
		BadEndpoint,
		/// The node is not one of the signer's agency's nodes (the council names an agency's
		/// nodes: `set_nodes`).
		NotAgencyNode,
		/// A node address must be `/ip4/<a.b.c.d>`, `/ip6/<address>` or `/dns/<name>` (or
		/// `/dns4/`, `/dns6/`), then `/tcp/<port>`, then `/ws` if it speaks WebSocket — no
		/// `/p2p/` part, nothing else.
		BadNodeAddress,
		/// The same address is listed twice.
		DuplicateAddress,
		/// No offence of this agency's authority is on record: there is nothing to restore.
		NoAuthorityOffence,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The agencies at genesis, registered in order (ids 0, 1, ...).
		pub agencies: Vec<GenesisAgency<T::AccountId>>,
		/// The session length in blocks (`None`: `DefaultSessionLength`).
		pub session_length: Option<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(blocks) = self.session_length {
				assert!(
					blocks >= T::MinSessionLength::get(),
					"genesis session length is too short"
				);
				SessionLength::<T>::put(blocks);
			}
			for GenesisAgency { name, roles, admin, district, authority, operators, nodes } in
				&self.agencies
			{
				let roles = Roles::from_bits(*roles).expect("genesis agency roles must be valid");
				let name = name
					.as_bytes()
					.to_vec()
					.try_into()
					.expect("genesis agency names must be within MaxNameLength");
				let agency = Pallet::<T>::do_register_agency(name, roles, admin.clone(), *district)
					.expect("genesis agencies must be valid");
				if let Some(authority) = authority {
					Pallet::<T>::do_set_authority(agency, Some(authority.clone()))
						.expect("genesis authorities must be distinct");
				}
				for operator in operators {
					Pallet::<T>::do_add_operator(agency, operator.clone())
						.expect("genesis operators must be distinct and within MaxOperators");
				}
				let nodes = nodes
					.clone()
					.try_into()
					.expect("genesis nodes must be within MaxNodesPerAgency");
				Pallet::<T>::do_set_nodes(agency, nodes).expect("genesis nodes must be distinct");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Check the pallet's invariants: its counters and indexes against the storage they
		/// count (see `invariants.rs`).
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		/// pallet-session reads `SessionLength` in every block (through [`SessionLengthOf`])
		/// without counting it; count it here.
		fn on_initialize(_now: BlockNumberFor<T>) -> Weight {
			T::DbWeight::get().reads(1)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register an agency, active at once: its admin joins the council.
		///
		/// Origin: the council (`CouncilOrigin`). Emits `AgencyRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(
			T::WeightInfo::register_agency(name.len() as u32, T::MaxAgencies::get())
				.saturating_add(T::CouncilChangeWeight::get())
		)]
		pub fn register_agency(
			origin: OriginFor<T>,
			name: BoundedVec<u8, T::MaxNameLength>,
			roles: Roles,
			admin: T::AccountId,
			district: Option<District>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_register_agency(name, roles, admin, district).map(|_| ())
		}

		/// Replace what an agency may write.
		///
		/// Origin: the council. Emits `RolesSet`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_roles())]
		pub fn set_roles(origin: OriginFor<T>, agency: AgencyId, roles: Roles) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_roles(agency, roles)
		}

		/// Suspend an agency: its operators fail every role check, its admin leaves the
		/// council, its node leaves the authority set at the next session.
		///
		/// Origin: the council. Emits `AgencySuspended`.
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::suspend(T::MaxAgencies::get()).saturating_add(T::CouncilChangeWeight::get())
		)]
		pub fn suspend(origin: OriginFor<T>, agency: AgencyId) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_status(agency, AgencyStatus::Suspended)
		}

		/// Resume a suspended agency: it may act again, its admin rejoins the council and its
		/// node the authority set at the next session.
		///
		/// Origin: the council. Emits `AgencyResumed`.
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::resume(T::MaxAgencies::get()).saturating_add(T::CouncilChangeWeight::get())
		)]
		pub fn resume(origin: OriginFor<T>, agency: AgencyId) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_status(agency, AgencyStatus::Active)
		}

		/// Name the validator account of an agency's node (`None`: it runs none). The node
		/// must also set its session keys; it authors from the session after next.
		///
		/// Origin: the council. Emits `AuthoritySet`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_authority(T::MaxAgencies::get()))]
		pub fn set_authority(
			origin: OriginFor<T>,
			agency: AgencyId,
			authority: Option<T::AccountId>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_authority(agency, authority)
		}

		/// Add an operator (an official or a system) to the signer's agency.
		///
		/// Origin: signed by the agency's admin; the agency must be active. Emits
		/// `OperatorAdded`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::add_operator())]
		pub fn add_operator(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let agency = Self::ensure_admin(origin)?;
			ensure!(Self::is_active(agency), Error::<T>::AgencySuspended);
			Self::do_add_operator(agency, account)
		}

		/// Remove an operator from the signer's agency (allowed while suspended too).
		///
		/// Origin: signed by the agency's admin. Emits `OperatorRemoved`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_operator())]
		pub fn remove_operator(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let agency = Self::ensure_admin(origin)?;
			Self::do_remove_operator(agency, account)
		}

		/// Hand the signer's admin seat (and, if the agency is active, its council seat) to
		/// `new_admin`.
		///
		/// Origin: signed by the agency's admin. Emits `AdminChanged`.
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::set_admin(T::MaxAgencies::get()).saturating_add(T::CouncilChangeWeight::get())
		)]
		pub fn set_admin(origin: OriginFor<T>, new_admin: T::AccountId) -> DispatchResult {
			let agency = Self::ensure_admin(origin)?;
			let old = Self::do_set_admin(agency, new_admin.clone())?;
			Self::deposit_event(Event::AdminChanged { agency, old, new: new_admin });
			Ok(())
		}

		/// Replace an agency's admin: for an admin key that is lost, or stolen (suspend the
		/// agency first, so the thief's seat leaves the council at once, then replace it).
		/// The old key loses the admin seat and its council seat; the new one takes both (the
		/// council seat only while the agency is active).
		///
		/// Origin: the council. Emits `AdminReplaced`.
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::replace_admin(T::MaxAgencies::get())
				.saturating_add(T::CouncilChangeWeight::get())
		)]
		pub fn replace_admin(
			origin: OriginFor<T>,
			agency: AgencyId,
			new_admin: T::AccountId,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			let old = Self::do_set_admin(agency, new_admin.clone())?;
			Self::deposit_event(Event::AdminReplaced { agency, old, new: new_admin });
			Ok(())
		}

		/// Name the signer's agency's exchange gateway: where the other agencies' gateways
		/// reach it, and the ed25519 key its TLS certificate must carry (they pin it, no
		/// certificate authority involved). `None` takes it off. An agency's admin may remove
		/// its gateway while suspended, not name one.
		///
		/// Origin: signed by the agency's admin. Emits `GatewaySet`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_gateway())]
		pub fn set_gateway(origin: OriginFor<T>, gateway: Option<GatewayOf<T>>) -> DispatchResult {
			let agency = Self::ensure_admin(origin)?;
			Self::do_set_gateway(agency, gateway)
		}

		/// Publish where one of the signer's agency's nodes listens: the other agencies' nodes
		/// dial it at these addresses (and at any they learnt otherwise), so a node that
		/// changes its address, or joins after genesis, needs no chain-spec change and no
		/// council motion. The list replaces the last one; an empty list removes it. Which
		/// nodes an agency runs stays the council's decision (`set_nodes`); an address only
		/// says where to find one, and a dialled node must prove its id in the handshake.
		///
		/// Origin: signed by the agency's admin; the agency must be active to publish (a
		/// suspended one may only remove). Emits `NodeAddressesSet`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_node_addresses())]
		pub fn set_node_addresses(
			origin: OriginFor<T>,
			node: NodeId,
			addresses: NodeAddressesOf<T>,
		) -> DispatchResult {
			let agency = Self::ensure_admin(origin)?;
			Self::do_set_node_addresses(agency, node, addresses)
		}

		/// Let an agency's authority back into the authority set after a proven offence
		/// (`AuthorityOffence`): it rejoins from the session after next, if the agency is
		/// active and names an authority. The council decides whether the cause (a node run
		/// twice with one key, a stolen key) is mended; a key that leaked should be replaced
		/// first (`set_authority`, new session keys).
		///
		/// Origin: the council. Emits `AuthorityRestored`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::restore_authority(T::MaxAgencies::get()))]
		pub fn restore_authority(origin: OriginFor<T>, agency: AgencyId) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_restore_authority(agency)
		}

		/// Set how many blocks a session lasts; the next session boundary is the next block
		/// number divisible by it.
		///
		/// Origin: the council. Emits `SessionLengthSet`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_session_length())]
		pub fn set_session_length(
			origin: OriginFor<T>,
			blocks: BlockNumberFor<T>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_session_length(blocks)
		}

		/// Replace the list of an agency's nodes, given by their [`NodeId`]s. While the agency
		/// is active these nodes may peer with the others; an empty list takes its nodes off
		/// the network. Nodes apply the change when they import the block.
		///
		/// Origin: the council. Emits `NodesSet`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_nodes(nodes.len() as u32))]
		pub fn set_nodes(
			origin: OriginFor<T>,
			agency: AgencyId,
			nodes: BoundedVec<NodeId, T::MaxNodesPerAgency>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_nodes(agency, nodes)
		}
	}
}

/// Who may send each call for free (see [`civitas_primitives::FreeWork`]): an admin's
/// management of its own agency; the council's decisions arrive as its origin, never signed.
impl<T: Config> civitas_primitives::AgencyWork for Call<T> {
	fn agency_work(&self) -> civitas_primitives::FreeWork {
		use civitas_primitives::FreeWork;
		match self {
			Call::add_operator { .. }
			| Call::remove_operator { .. }
			| Call::set_admin { .. }
			| Call::set_gateway { .. }
			| Call::set_node_addresses { .. } => FreeWork::Admin,
			Call::register_agency { .. }
			| Call::set_roles { .. }
			| Call::suspend { .. }
			| Call::resume { .. }
			| Call::set_authority { .. }
			| Call::set_session_length { .. }
			| Call::set_nodes { .. }
			| Call::replace_admin { .. }
			| Call::restore_authority { .. }
			| Call::__Ignore(..) => FreeWork::Nobody,
		}
	}
}
