//! What pallet-property stores. A property is a parcel reference (public cadastral data), its
//! owners by citizen commitment or agency id, and hashes of the deeds; the deeds themselves
//! stay with the land registry.

use alloc::vec::Vec;
use civitas_primitives::{AgencyId, CitizenId, Roles};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A property's number, in registration order from 0.
pub type PropertyId = u64;

/// A transfer's number, in order from 0.
pub type TransferId = u64;

/// An encumbrance's number, in order from 0.
pub type EncumbranceId = u64;

pub use civitas_primitives::{District, DocHash};

/// What `register_property` says of the land itself: the parcel reference (bounded in the
/// call's type, checked for uniqueness), the district, the area and the usage.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Parcel<ParcelRef> {
	pub parcel_ref: ParcelRef,
	pub district: District,
	pub area_m2: u32,
	pub usage: Usage,
}

/// Shares are in parts per million; an owner list's shares sum to exactly this.
pub const WHOLE: u32 = 1_000_000;

/// Who may own property: a citizen (by commitment) or an agency.
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
pub enum Owner {
	/// A registered citizen, acting through their own account.
	Citizen(CitizenId),
	/// An agency, acting through its operators.
	Agency(AgencyId),
}

/// One owner and their share.
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
pub struct Share {
	/// Who.
	pub owner: Owner,
	/// How much, in parts per million.
	pub ppm: u32,
}

civitas_primitives::named_enum! {
	/// What the land is used for.
	pub enum Usage {
		/// Homes.
		Residential,
		/// Shops and offices.
		Commercial,
		/// Factories and warehouses.
		Industrial,
		/// Farmland.
		Agricultural,
		/// Public facilities.
		Public,
		/// More than one of these.
		Mixed,
	}
}

civitas_primitives::named_enum! {
	/// A claim on a property.
	pub enum EncumbranceKind {
		/// A lender's security, by a `FINANCE` agency; blocks transfers.
		Mortgage,
		/// A court's seizure, by a `COURT` agency; blocks transfers.
		CourtSeizure,
		/// A registered lease, by the `LAND_REGISTRY`; does not block transfers.
		Lease,
	}
}

impl EncumbranceKind {
	/// The role an agency needs to register (and release) a claim of this kind.
	pub const fn role(self) -> Roles {
		match self {
			EncumbranceKind::Mortgage => Roles::FINANCE,
			EncumbranceKind::CourtSeizure => Roles::COURT,
			EncumbranceKind::Lease => Roles::LAND_REGISTRY,
		}
	}

	/// Whether an active encumbrance of this kind blocks finalising a transfer.
	pub const fn blocks_transfer(self) -> bool {
		matches!(self, EncumbranceKind::Mortgage | EncumbranceKind::CourtSeizure)
	}
}

civitas_primitives::named_enum! {
	/// Where a transfer stands.
	pub enum TransferStatus {
		/// Awaiting approvals, the tax confirmation or the registry.
		Open,
		/// The registry finalised it: the buyers own the property.
		Finalized,
		/// The registry rejected it.
		Rejected,
		/// Its time ran out before it was finalised.
		Expired,
		/// A seller (its initiator or another current owner) withdrew it.
		Cancelled,
	}
}

/// A registered property.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Property<BlockNumber, ParcelRef, Owners> {
	/// The cadastral parcel reference (public land data, unique).
	pub parcel_ref: ParcelRef,
	/// The district it lies in.
	pub district: District,
	/// Floor or land area in square metres.
	pub area_m2: u32,
	/// What it is used for.
	pub usage: Usage,
	/// Its owners, whose shares sum to 1,000,000 ppm.
	pub owners: Owners,
	/// The hash of the current title deed.
	pub title_hash: DocHash,
	/// The registry that registered it.
	pub registered_by: AgencyId,
	/// When.
	pub registered_at: BlockNumber,
	/// The transfer under way, if any (at most one).
	pub open_transfer: Option<TransferId>,
	/// How many active encumbrances it carries.
	pub encumbrances: u32,
	/// How many of them block a transfer (mortgages, seizures).
	pub blocking: u32,
	/// How many entries its title history has.
	pub history: u32,
}

/// A transfer of a property to new owners.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Transfer<BlockNumber, Owners, Parties> {
	/// The property.
	pub property: PropertyId,
	/// The owners after it, shares summing to 1,000,000 ppm.
	pub new_owners: Owners,
	/// The hash of the sale contract.
	pub contract_hash: DocHash,
	/// The owner who initiated it (their approval is implied).
	pub initiator: Owner,
	/// Every seller and buyer whose approval it needs (the initiator excluded).
	pub pending: Parties,
	/// The tax bureau that confirmed the tax was paid, once it has.
	pub tax_confirmed_by: Option<AgencyId>,
	/// Open, finalised, rejected or expired.
	pub status: TransferStatus,
	/// When it was initiated.
	pub initiated_at: BlockNumber,
	/// The block from which it is expired if still open.
	pub expires_at: BlockNumber,
}

/// A claim on a property.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Encumbrance<BlockNumber> {
	/// The property.
	pub property: PropertyId,
	/// Mortgage, seizure or lease.
	pub kind: EncumbranceKind,
	/// The agency that holds it, and alone releases it.
	pub holder: AgencyId,
	/// The hash of the deed, order or lease.
	pub reference_hash: DocHash,
	/// When it was registered.
	pub created_at: BlockNumber,
	/// When it was released, if it was.
	pub released_at: Option<BlockNumber>,
}

/// One step in a property's title history.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub enum TitleEvent<Owners> {
	/// Registered with these owners and title deed.
	Registered { owners: Owners, title_hash: DocHash },
	/// An owner initiated a transfer.
	TransferInitiated { transfer: TransferId, initiator: Owner, contract_hash: DocHash },
	/// A seller or buyer approved it.
	TransferApproved { transfer: TransferId, party: Owner },
	/// A tax bureau confirmed the tax was paid.
	TaxConfirmed { transfer: TransferId, agency: AgencyId },
	/// The registry finalised it: these are the new owners.
	TransferFinalized { transfer: TransferId, owners: Owners, agency: AgencyId },
	/// The registry rejected it, for the reason whose hash is given.
	TransferRejected { transfer: TransferId, agency: AgencyId, reason_hash: DocHash },
	/// It ran out of time.
	TransferExpired { transfer: TransferId },
	/// An agency registered a claim on the property.
	Encumbered { encumbrance: EncumbranceId, kind: EncumbranceKind, holder: AgencyId },
	/// The holder released it.
	Released { encumbrance: EncumbranceId, holder: AgencyId },
	/// A seller withdrew the open transfer, for the reason whose hash is given.
	TransferCancelled { transfer: TransferId, by: Owner, reason_hash: DocHash },
}

impl<O> TitleEvent<O> {
	/// The same event with its owner lists converted by `f`.
	pub fn map_owners<P>(self, f: impl Fn(O) -> P) -> TitleEvent<P> {
		use TitleEvent::*;
		match self {
			Registered { owners, title_hash } => Registered { owners: f(owners), title_hash },
			TransferInitiated { transfer, initiator, contract_hash } => {
				TransferInitiated { transfer, initiator, contract_hash }
			},
			TransferApproved { transfer, party } => TransferApproved { transfer, party },
			TaxConfirmed { transfer, agency } => TaxConfirmed { transfer, agency },
			TransferFinalized { transfer, owners, agency } => {
				TransferFinalized { transfer, owners: f(owners), agency }
			},
			TransferRejected { transfer, agency, reason_hash } => {
				TransferRejected { transfer, agency, reason_hash }
			},
			TransferExpired { transfer } => TransferExpired { transfer },
			Encumbered { encumbrance, kind, holder } => Encumbered { encumbrance, kind, holder },
			Released { encumbrance, holder } => Released { encumbrance, holder },
			TransferCancelled { transfer, by, reason_hash } => {
				TransferCancelled { transfer, by, reason_hash }
			},
		}
	}
}

/// A title-history entry: what happened and when.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct HistoryEntry<BlockNumber, Owners> {
	/// Its number in the property's history, from 0.
	pub seq: u32,
	/// What happened.
	pub event: TitleEvent<Owners>,
	/// In which block.
	pub at: BlockNumber,
}

/// A property as `PropertyApi::property` answers: the property with its id, its owners as a
/// plain list, and its active encumbrances.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PropertyView<BlockNumber> {
	pub id: PropertyId,
	pub parcel_ref: Vec<u8>,
	pub district: District,
	pub area_m2: u32,
	pub usage: Usage,
	pub owners: Vec<Share>,
	pub title_hash: DocHash,
	pub registered_by: AgencyId,
	pub registered_at: BlockNumber,
	pub open_transfer: Option<TransferId>,
	/// Active encumbrances, by id.
	pub encumbrances: Vec<(EncumbranceId, Encumbrance<BlockNumber>)>,
}
