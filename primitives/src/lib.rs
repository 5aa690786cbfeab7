//! Types shared by every part of Civitas: the runtime, the node, the pallets and the RPC.
//!
//! Keeping them here means a pallet never has to depend on the runtime (or on another
//! pallet) to learn what an account, a balance or a block number is.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;
// The domain types name this crate by its name, as every other crate does.
extern crate self as civitas_primitives;

pub mod agencies;
pub mod catalog;
pub mod citizens;
pub mod equivocation;
pub mod health;
pub mod parking;
#[cfg(feature = "std")]
pub mod peering;
pub mod property;
pub mod support;

/// How the views the `civitas_*` RPC answers with write bytes in JSON: `0x` and hex (std
/// only; the RPC serializes them with serde).
#[cfg(feature = "std")]
pub mod json {
	/// Serialize bytes as `0x…` hex (`"0x"` when empty).
	pub fn hex<S: serde::Serializer>(bytes: &impl AsRef<[u8]>, s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&sp_core::bytes::to_hex(bytes.as_ref(), false))
	}
}
pub use agencies::{AgencyId, AgencyRoles, AgencyWork, FreeWork, NodeId, Roles};
pub use citizens::{
	AccessLog, CitizenAccounts, CitizenId, CitizenRegistry, ClaimHash, Consent, DataCategory,
	PurposeCode,
};

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// A field-less enum of a call or a query, with the derives every pallet needs for it and a
/// `name()` giving each variant's name as clients see it (`"LabResult"`, `"Mortgage"`, ...).
/// The derive macros (`Encode`, `Decode`, `DecodeWithMemTracking`, `MaxEncodedLen`,
/// `TypeInfo`) must be in scope where it is used.
#[macro_export]
macro_rules! named_enum {
	($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)* }) => {
		$(#[$meta])*
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
		#[cfg_attr(feature = "std", derive(serde::Serialize))]
		pub enum $name { $($(#[$vmeta])* $variant,)* }

		impl $name {
			/// The name clients see.
			pub const fn name(self) -> &'static str {
				match self { $($name::$variant => stringify!($variant),)* }
			}
		}
	};
}

/// The hash (blake2-256, computed off chain) of a document the chain refers to but never
/// holds: a title deed, a health record, a schema, a contract, a written reason.
pub type DocHash = [u8; 32];

/// A district of the city, numbered from 0 (health counts cases by district; properties
/// and agencies name theirs).
pub type District = u16;

/// The most entries one page of a list query answers. Every runtime API that lists
/// (`trail`, `title_history`, `versions`, `records`, `resources`, `grants_of`,
/// `properties_of`) takes `from` and `limit` and answers at most this many; the `civitas_*`
/// RPC refuses a larger `limit` with `-32602` and uses this one when none is given.
pub const MAX_PAGE: u32 = 1_000;

/// Number of a block in the chain.
pub type BlockNumber = u32;

/// Signature scheme of extrinsics: sr25519, ed25519 or ecdsa, as Polkadot.js signs them.
pub type Signature = MultiSignature;

/// An account on chain: an agency admin, an operator, a citizen's own account.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account (12 decimals: one unit = `UNIT` planck).
pub type Balance = u128;

/// Index of a transaction sent by an account.
pub type Nonce = u32;

/// Hash of a block or a record.
pub type Hash = sp_core::H256;

/// Smallest to largest: 1 `UNIT` of the chain's fee token is 10^12 of the base unit.
pub const UNIT: Balance = 1_000_000_000_000;
/// One thousandth of a unit.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// One millionth of a unit.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// The least an account must hold to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The one block-time setting of the chain: an authority's slot, and so the target time
/// between two blocks, in milliseconds. Everything measured in blocks derives from it.
pub const MILLI_SECS_PER_BLOCK: u64 = 3_000;

/// Aura's slot duration equals the block time: one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Blocks in a minute, an hour and a day at the target block time.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn block_time_is_three_seconds_and_derived_units_follow() {
		assert_eq!(MILLI_SECS_PER_BLOCK, 3_000);
		assert_eq!(SLOT_DURATION, MILLI_SECS_PER_BLOCK);
		assert_eq!(MINUTES, 20);
		assert_eq!(HOURS, 1_200);
		assert_eq!(DAYS, 28_800);
	}
}
