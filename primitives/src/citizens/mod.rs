//! Citizens as the chain knows them — by a salted commitment, never by name or number — and
//! the two questions every domain pallet asks about one: "did they consent?" and "record that
//! we read their data".

mod api;
mod types;

pub use api::*;
pub use types::*;

use crate::agencies::AgencyId;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

/// A citizen: `blake2_256(id_number ++ salt)`, computed off chain by the registering agency.
/// Without the salt the id number cannot be recovered or confirmed from it.
pub type CitizenId = [u8; 32];

/// A hash of a claim an agency attests about a citizen (e.g. of "resides in district 5 since
/// 2019-03-01"), computed off chain; the claim itself stays with the agency and the citizen.
pub type ClaimHash = [u8; 32];

/// Why data is read, as a code agreed between agencies (e.g. 1 = treatment, 2 = epidemic
/// control, 3 = title transfer). The chain does not interpret it; consent names it.
pub type PurposeCode = u16;

/// The kinds of personal data a citizen consents to share.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum DataCategory {
	/// Health records and test results.
	Health,
	/// Property titles and encumbrances.
	Property,
	/// Parking reservations and history.
	Parking,
	/// Identity attributes and attestations.
	Identity,
}

impl DataCategory {
	/// Every category, in order.
	pub const ALL: [DataCategory; 4] = [
		DataCategory::Health,
		DataCategory::Property,
		DataCategory::Parking,
		DataCategory::Identity,
	];

	/// The name clients see (`"Health"`, ...).
	pub const fn name(self) -> &'static str {
		match self {
			DataCategory::Health => "Health",
			DataCategory::Property => "Property",
			DataCategory::Parking => "Parking",
			DataCategory::Identity => "Identity",
		}
	}
}

/// Whether a citizen lets an agency use a category of their data for a purpose. Implemented
/// by `pallet-citizens`; domain pallets name it in their `Config`.
pub trait Consent {
	/// True only if the citizen is active and holds an unexpired, unrevoked consent for
	/// exactly this agency, category and purpose.
	fn has_consent(
		citizen: &CitizenId,
		agency: AgencyId,
		category: DataCategory,
		purpose: PurposeCode,
	) -> bool;
}

/// The citizen-visible log of who read their data. Implemented by `pallet-citizens`; every
/// domain pallet that lets an agency read personal data calls it in the same call.
pub trait AccessLog<AccountId> {
	/// Record that `operator` of `agency` read `category` data of `citizen` for `purpose`
	/// (`emergency`: without consent, under break-glass rules). Fails if the citizen is not
	/// registered.
	fn record_access(
		citizen: &CitizenId,
		agency: AgencyId,
		operator: &AccountId,
		category: DataCategory,
		purpose: PurposeCode,
		emergency: bool,
	) -> Result<(), DispatchError>;
}

/// Whether a citizen is known to the chain, for pallets that keep records about citizens.
/// Implemented by `pallet-citizens`.
pub trait CitizenRegistry {
	/// True if a citizen is registered under this id (of any status: records about a
	/// deceased citizen are still kept and may still be written).
	fn is_registered(citizen: &CitizenId) -> bool;

	/// Benchmarks of other pallets need a registered citizen.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_register(citizen: &CitizenId);

	/// ... holding a consent of `agency` for `category` and `purpose` ...
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_consent(
		citizen: &CitizenId,
		agency: AgencyId,
		category: DataCategory,
		purpose: PurposeCode,
	);

	/// ... whose access log is full, so the next read overwrites the oldest entry.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_fill_log(citizen: &CitizenId);
}

/// Which citizen an account acts for, for pallets where citizens sign for themselves.
/// Implemented by `pallet-citizens`.
pub trait CitizenAccounts<AccountId> {
	/// The active citizen whose linked account `account` is, if any.
	fn citizen_of(account: &AccountId) -> Option<CitizenId>;

	/// Benchmarks of other pallets need a citizen who signs with `account` (registered and
	/// active, if not already).
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_link(citizen: &CitizenId, account: &AccountId);
}
