//! The Civitas runtime.
//!
//! Civitas is a permissioned chain on which a city's agencies share citizens' data under
//! audit. This crate assembles the runtime: consensus (Aura blocks, GRANDPA finality),
//! accounts and fees, the agency registry and its council, and the domain pallets of
//! `pallets/` (citizens, health, property, parking, catalog).
//!
//! Layout: `configs/` holds each pallet's configuration, `apis.rs` the runtime APIs that the
//! node and clients call, `genesis_config_presets.rs` the `dev` and `local` genesis.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` makes a large enum of calls; the recursion limit has to fit it.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

// Before `apis`: the benchmark macros it uses are defined here (textual scope).
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
mod configs;
pub mod fees;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{generic, impl_opaque_keys};
use sp_version::RuntimeVersion;

pub use civitas_primitives::{
	AccountId, Balance, BlockNumber, Hash, Nonce, Signature, DAYS, EXISTENTIAL_DEPOSIT, HOURS,
	MICRO_UNIT, MILLI_SECS_PER_BLOCK, MILLI_UNIT, MINUTES, SLOT_DURATION, UNIT,
};
pub use frame_support::{construct_runtime, parameter_types};
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;

/// Opaque types: what the node needs to know of the runtime's types without knowing its
/// calls, so that it can sync and author blocks across runtime upgrades.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::{BlakeTwo256, Hash as HashT};
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block of opaque extrinsics.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block id.
	pub type BlockId = generic::BlockId<Block>;
	/// Block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys an agency's authority node holds: Aura to author blocks, GRANDPA to vote.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// What the chain announces about its code. `spec_version` goes up with every runtime
/// upgrade that changes behaviour; `transaction_version` when call encodings change.
#[cfg(not(feature = "upgrade-rehearsal"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("civitas"),
	impl_name: Cow::Borrowed("civitas-node"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// The upgrade rehearsal's runtime (the `upgrade-rehearsal` feature) is the next version: keep
/// its `spec_version` one above the one above (the `runtime_version` macro takes literals only,
/// so the whole constant is repeated; the upgrade e2e test fails if it is not higher).
#[cfg(feature = "upgrade-rehearsal")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("civitas"),
	impl_name: Cow::Borrowed("civitas-node"),
	authoring_version: 1,
	spec_version: 102,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// How accounts are addressed in calls: by id, index or raw bytes.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, sp_runtime::traits::BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block id.
pub type BlockId = generic::BlockId<Block>;

/// The checks every signed transaction passes before it is dispatched. Order matters:
/// the cheap stateless checks first, the fee last before weight reclaim.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// `ChargeTransactionPayment` on the wire; agency work by an active agency is free.
	fees::ChargeFeeUnlessAgency,
	frame_system::WeightReclaim<Runtime>,
);

/// The transaction extensions of an immortal transaction with `nonce` and no tip: the one
/// way native clients (the load generator) and the runtime's own tests build them.
pub fn tx_extension(nonce: Nonce) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		fees::ChargeFeeUnlessAgency::with_tip(0),
		frame_system::WeightReclaim::new(),
	)
}

/// Unchecked extrinsic: what arrives in the pool and in blocks.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations, run by the executive when a runtime upgrade is applied, before the
/// first block of the new runtime. Each is versioned (`VersionedMigration`): it runs only on a
/// chain whose pallet is at its `FROM` version and writes the `TO` version, so one that is not
/// needed is a no-op (`tests::migrations`). Add a pallet's next migration here; remove one once
/// every chain has taken it.
pub type Migrations = (
	// Version 1, the first declared: a chain started before storage versions existed gets its
	// versions written, nothing else (the layout is the same).
	pallet_agencies::migrations::v1::MigrateToV1<Runtime>,
	pallet_citizens::migrations::v1::MigrateToV1<Runtime>,
	pallet_health::migrations::v1::MigrateToV1<Runtime>,
	pallet_property::migrations::v1::MigrateToV1<Runtime>,
	pallet_parking::migrations::v1::MigrateToV1<Runtime>,
	pallet_catalog::migrations::v1::MigrateToV1<Runtime>,
	Rehearsal,
);

/// The upgrade rehearsal's migration (pallet-agencies' version 2), in its runtime only.
#[cfg(feature = "upgrade-rehearsal")]
type Rehearsal = pallet_agencies::migrations::v2::MigrateToV2<Runtime>;
#[cfg(not(feature = "upgrade-rehearsal"))]
type Rehearsal = ();

/// Executive: dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// Declaration order is genesis order: balances before the session takes its accounts,
	// agencies before the session asks them for its first authority set.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(4)]
	pub type Agencies = pallet_agencies;

	#[runtime::pallet_index(5)]
	pub type Council = pallet_collective<Instance1>;

	#[runtime::pallet_index(6)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(7)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(8)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(9)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(10)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(11)]
	pub type Citizens = pallet_citizens;

	#[runtime::pallet_index(12)]
	pub type Health = pallet_health;

	#[runtime::pallet_index(13)]
	pub type Property = pallet_property;

	#[runtime::pallet_index(14)]
	pub type Parking = pallet_parking;

	#[runtime::pallet_index(15)]
	pub type Catalog = pallet_catalog;

	#[runtime::pallet_index(16)]
	pub type Governance = pallet_governance;

	/// The block author, whom GRANDPA's equivocation reports name as reporter.
	#[runtime::pallet_index(17)]
	pub type Authorship = pallet_authorship;

	/// The roots of past sessions' authority sets: what equivocation reports' key-ownership
	/// proofs are checked against.
	#[runtime::pallet_index(18)]
	pub type Historical = pallet_session::historical;

	/// The record of proven offences (equivocations).
	#[runtime::pallet_index(19)]
	pub type Offences = pallet_offences;

	/// Reports of an Aura authority that sealed two blocks for one slot.
	#[runtime::pallet_index(20)]
	pub type AuraEquivocation = pallet_aura_equivocation;
}
