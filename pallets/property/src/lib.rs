//! # pallet-property
//!
//! The city's title registry.
//!
//! - **Registration** by a `LAND_REGISTRY` operator: a parcel reference (unique), district,
//!   area, usage, the hash of the title deed and up to `MaxOwners` owners — citizens or
//!   agencies — whose shares sum to exactly 1,000,000 ppm.
//! - **Transfer**: an owner initiates (`initiate_transfer`, new owners and the contract's
//!   hash); every other seller and every buyer approves; a `TAX` operator confirms the tax
//!   was paid; a `LAND_REGISTRY` operator finalises (the owners change at once, with a new
//!   title deed) or rejects. One open transfer per property; an open transfer expires
//!   `TransferTimeout` blocks after it was initiated, handled at that block's start in work
//!   bounded by `MaxExpiriesPerBlock`.
//! - **Encumbrances**: mortgages (`FINANCE`), court seizures (`COURT`) and leases
//!   (`LAND_REGISTRY`), released by the agency holding them; an active mortgage or seizure
//!   blocks finalisation (`Encumbered`).
//! - **History**: every step — registration, each step of each transfer, encumbrances and
//!   releases — is kept per property, in order.
//!
//! Citizens act through their own accounts (pallet-citizens links them), agencies through
//! their operators.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
/// The records this pallet stores, shared with the runtime API: [`civitas_primitives::property`].
pub use civitas_primitives::property as types;
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
pub mod weights;

pub use civitas_primitives::{
	AgencyId, AgencyRoles, CitizenAccounts, CitizenId, CitizenRegistry, District, Roles,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use civitas_primitives::support::ExpiryQueue;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// An owner list: at most `MaxOwners` shares.
	pub type OwnersOf<T> = BoundedVec<Share, <T as Config>::MaxOwners>;
	/// A parcel reference: at most `MaxParcelRefLen` bytes.
	pub type ParcelRefOf<T> = BoundedVec<u8, <T as Config>::MaxParcelRefLen>;
	/// The parties whose approval a transfer awaits: sellers and buyers, at most twice
	/// `MaxOwners`.
	pub type PartiesOf<T> = BoundedVec<Owner, PartiesBound<T>>;
	/// A property as stored.
	pub type PropertyOf<T> = Property<BlockNumberFor<T>, ParcelRefOf<T>, OwnersOf<T>>;
	/// A transfer as stored.
	pub type TransferOf<T> = Transfer<BlockNumberFor<T>, OwnersOf<T>, PartiesOf<T>>;
	/// A history entry as stored.
	pub type HistoryEntryOf<T> = HistoryEntry<BlockNumberFor<T>, OwnersOf<T>>;

	/// Twice `MaxOwners`: every seller and every buyer of a transfer.
	pub struct PartiesBound<T>(PhantomData<T>);
	impl<T: Config> Get<u32> for PartiesBound<T> {
		fn get() -> u32 {
			T::MaxOwners::get().saturating_mul(2)
		}
	}

	/// The storage layout's version (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who acts for which agency, with which roles.
		type Agencies: AgencyRoles<Self::AccountId, Self::RuntimeOrigin>;

		/// The citizens: who exists, and which account signs for whom.
		type Citizens: CitizenRegistry + CitizenAccounts<Self::AccountId>;

		/// The most owners a property may have.
		#[pallet::constant]
		type MaxOwners: Get<u32>;

		/// The shortest parcel reference, in bytes: a cadastral reference names a district and
		/// a parcel in it, so a reference shorter than this is a typing error, refused before
		/// it takes a parcel's place in the register.
		#[pallet::constant]
		type MinParcelRefLen: Get<u32>;

		/// The longest parcel reference, in bytes.
		#[pallet::constant]
		type MaxParcelRefLen: Get<u32>;

		/// How many blocks an open transfer lives.
		#[pallet::constant]
		type TransferTimeout: Get<BlockNumberFor<Self>>;

		/// The most transfers that may expire in one block (and so be initiated in one).
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// The most active encumbrances one property may carry.
		#[pallet::constant]
		type MaxEncumbrances: Get<u32>;

		/// How many of a property's newest title-history steps stay on chain (older ones are in
		/// the events of the blocks that made them).
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// The most properties one owner may hold of those one land registry registered.
		/// Each registry has its own: one registry's junk registrations for an owner never
		/// stop another registry's.
		#[pallet::constant]
		type MaxPropertiesPerOwner: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The next property's number.
	#[pallet::storage]
	pub type NextPropertyId<T> = StorageValue<_, PropertyId, ValueQuery>;

	/// Every registered property.
	#[pallet::storage]
	pub type Properties<T: Config> = StorageMap<_, Twox64Concat, PropertyId, PropertyOf<T>>;

	/// The property registered under each parcel reference.
	#[pallet::storage]
	pub type PropertyByParcel<T: Config> =
		StorageMap<_, Blake2_128Concat, ParcelRefOf<T>, PropertyId>;

	/// The properties of each owner (the value is unused).
	#[pallet::storage]
	pub type PropertiesOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Owner, Twox64Concat, PropertyId, ()>;

	/// How many properties each owner holds of each registry's registrations, at most
	/// `MaxPropertiesPerOwner`.
	#[pallet::storage]
	pub type OwnedCount<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Owner, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// The next transfer's number.
	#[pallet::storage]
	pub type NextTransferId<T> = StorageValue<_, TransferId, ValueQuery>;

	/// Every transfer, open or closed.
	#[pallet::storage]
	pub type Transfers<T: Config> = StorageMap<_, Twox64Concat, TransferId, TransferOf<T>>;

	/// The transfers that expire at each block (if still open then).
	#[pallet::storage]
	pub type ExpiringAt<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<TransferId, T::MaxExpiriesPerBlock>,
		ValueQuery,
	>;

	/// The next encumbrance's number.
	#[pallet::storage]
	pub type NextEncumbranceId<T> = StorageValue<_, EncumbranceId, ValueQuery>;

	/// Every encumbrance, active or released.
	#[pallet::storage]
	pub type Encumbrances<T: Config> =
		StorageMap<_, Twox64Concat, EncumbranceId, Encumbrance<BlockNumberFor<T>>>;

	/// The active encumbrances of each property (the value is unused).
	#[pallet::storage]
	pub type ActiveEncumbrances<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PropertyId, Twox64Concat, EncumbranceId, ()>;

	/// Each property's title history, by entry number.
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PropertyId, Twox64Concat, u32, HistoryEntryOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A land registry registered a property.
		PropertyRegistered { id: PropertyId, agency: AgencyId, owners: OwnersOf<T> },
		/// An owner initiated a transfer; it expires at `expires_at` unless finalised.
		TransferInitiated {
			transfer: TransferId,
			property: PropertyId,
			initiator: Owner,
			expires_at: BlockNumberFor<T>,
		},
		/// A seller or buyer approved a transfer; `remaining` approvals are still awaited.
		TransferApproved { transfer: TransferId, party: Owner, remaining: u32 },
		/// A tax bureau confirmed the tax of a transfer was paid.
		TaxConfirmed { transfer: TransferId, agency: AgencyId },
		/// A land registry finalised a transfer: the property has its new owners.
		TransferFinalized { transfer: TransferId, property: PropertyId, owners: OwnersOf<T> },
		/// A land registry rejected a transfer.
		TransferRejected { transfer: TransferId, property: PropertyId, reason_hash: DocHash },
		/// A transfer ran out of time.
		TransferExpired { transfer: TransferId, property: PropertyId },
		/// An agency registered a claim on a property.
		Encumbered {
			encumbrance: EncumbranceId,
			property: PropertyId,
			kind: EncumbranceKind,
			holder: AgencyId,
		},
		/// The holder released its claim.
		Released { encumbrance: EncumbranceId, property: PropertyId },
		/// A seller withdrew an open transfer; the property is free for another.
		TransferCancelled {
			transfer: TransferId,
			property: PropertyId,
			by: Owner,
			reason_hash: DocHash,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No property has this id.
		UnknownProperty,
		/// A property is registered under this parcel reference already.
		ParcelRegistered,
		/// The parcel reference is shorter than `MinParcelRefLen` bytes: a cadastral reference
		/// names a district and a parcel in it (such as `110105-0042-0301`).
		ParcelRefTooShort,
		/// An owner list must name at least one owner.
		NoOwners,
		/// A transfer would have more than twice `MaxOwners` parties (its owner lists are
		/// bounded in the call, so only a change of the bounds could make this happen).
		TooManyParties,
		/// An owner is named twice.
		DuplicateOwner,
		/// Every share must be more than zero.
		ZeroShare,
		/// The shares do not sum to exactly 1,000,000 ppm.
		SharesNotWhole,
		/// An owner is a citizen nobody registered.
		UnknownCitizen,
		/// An owner is an agency that does not exist or is suspended.
		InactiveAgency,
		/// An owner holds `MaxPropertiesPerOwner` properties of this land registry's
		/// registrations already.
		TooManyProperties,
		/// The signer is no owner of the property (neither a citizen owner's account nor an
		/// operator of an agency owner).
		NotAnOwner,
		/// The property has an open transfer already.
		TransferOpen,
		/// As many transfers as `MaxExpiriesPerBlock` were initiated in this block; try in
		/// the next one.
		TooManyExpiring,
		/// No transfer has this id.
		UnknownTransfer,
		/// The transfer is finalised, rejected or expired.
		TransferClosed,
		/// The signer is neither a seller nor a buyer of the transfer.
		NotAParty,
		/// Only a seller (a current owner of the property) may cancel its transfer.
		NotASeller,
		/// The signer's party approved (or initiated) the transfer already.
		AlreadyApproved,
		/// Some sellers or buyers have not approved yet.
		ApprovalsPending,
		/// The tax of this transfer is confirmed already.
		TaxAlreadyConfirmed,
		/// No tax bureau has confirmed the tax of this transfer.
		TaxNotConfirmed,
		/// An active mortgage or court seizure blocks the transfer.
		Encumbered,
		/// The property carries `MaxEncumbrances` active encumbrances already.
		TooManyEncumbrances,
		/// No encumbrance has this id.
		UnknownEncumbrance,
		/// Only the agency holding an encumbrance may release it.
		NotHolder,
		/// The encumbrance is released already.
		AlreadyReleased,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Check the pallet's invariants: its counters and indexes against the storage they
		/// count (see `invariants.rs`).
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		/// Expire the transfers due at this block that are still open.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = ExpiringAt::<T>::due(now);
			let count = due.len() as u32;
			for transfer in due {
				Self::expire(transfer);
			}
			T::WeightInfo::on_initialize(count)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a property: its parcel reference, district, area, usage, owners (shares in
		/// ppm summing to 1,000,000) and the hash of its title deed.
		///
		/// Origin: a `LAND_REGISTRY` operator. Emits `PropertyRegistered` (with the new id).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_property(owners.len() as u32))]
		pub fn register_property(
			origin: OriginFor<T>,
			parcel_ref: ParcelRefOf<T>,
			district: District,
			area_m2: u32,
			usage: Usage,
			owners: OwnersOf<T>,
			title_hash: DocHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::LAND_REGISTRY)?;
			let parcel = Parcel { parcel_ref, district, area_m2, usage };
			Self::do_register_property(agency, parcel, owners, title_hash)
		}

		/// Start selling a property to `new_owners` under the contract whose hash is given.
		/// Every other current owner and every new owner must then approve.
		///
		/// Origin: an owner — a citizen owner's account or an operator of an agency owner.
		/// Emits `TransferInitiated` (with the new transfer id and its expiry block).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::initiate_transfer())]
		pub fn initiate_transfer(
			origin: OriginFor<T>,
			property: PropertyId,
			new_owners: OwnersOf<T>,
			contract_hash: DocHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_initiate_transfer(who, property, new_owners, contract_hash)
		}

		/// Approve a transfer as one of its sellers or buyers.
		///
		/// Origin: a party's account — a citizen's own, or an operator of an agency party.
		/// Emits `TransferApproved` (with the approvals still awaited).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::approve_transfer())]
		pub fn approve_transfer(origin: OriginFor<T>, transfer: TransferId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve_transfer(who, transfer)
		}

		/// Confirm that the tax of a transfer was paid, once every party has approved.
		///
		/// Origin: a `TAX` operator. Emits `TaxConfirmed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::confirm_tax())]
		pub fn confirm_tax(origin: OriginFor<T>, transfer: TransferId) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::TAX)?;
			Self::do_confirm_tax(agency, transfer)
		}

		/// Finalise a transfer: the property passes to its new owners at once, under the new
		/// title deed whose hash is given. Refused while a mortgage or seizure stands.
		///
		/// Origin: a `LAND_REGISTRY` operator. Emits `TransferFinalized`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::finalize_transfer())]
		pub fn finalize_transfer(
			origin: OriginFor<T>,
			transfer: TransferId,
			title_hash: DocHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::LAND_REGISTRY)?;
			Self::do_finalize_transfer(agency, transfer, title_hash)
		}

		/// Reject a transfer, for the reason whose hash is given; the property is free for
		/// another.
		///
		/// Origin: a `LAND_REGISTRY` operator. Emits `TransferRejected`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_transfer())]
		pub fn reject_transfer(
			origin: OriginFor<T>,
			transfer: TransferId,
			reason_hash: DocHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::LAND_REGISTRY)?;
			Self::do_reject_transfer(agency, transfer, reason_hash)
		}

		/// Register a claim on a property, with the hash of its deed or order.
		///
		/// Origin: an operator of an agency with the claim's role: `FINANCE` for a mortgage,
		/// `COURT` for a seizure, `LAND_REGISTRY` for a lease. Emits `Encumbered` (with the
		/// new encumbrance id).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::encumber())]
		pub fn encumber(
			origin: OriginFor<T>,
			property: PropertyId,
			kind: EncumbranceKind,
			reference_hash: DocHash,
		) -> DispatchResult {
			let (holder, _) = T::Agencies::ensure_role(origin, kind.role())?;
			Self::do_encumber(holder, property, kind, reference_hash)
		}

		/// Release a claim.
		///
		/// Origin: an operator of the holding agency (still with the role of the claim).
		/// Emits `Released`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::release())]
		pub fn release(origin: OriginFor<T>, encumbrance: EncumbranceId) -> DispatchResult {
			let claim =
				Encumbrances::<T>::get(encumbrance).ok_or(Error::<T>::UnknownEncumbrance)?;
			let (holder, _) = T::Agencies::ensure_role(origin, claim.kind.role())?;
			Self::do_release(holder, encumbrance, claim)
		}

		/// Withdraw an open transfer, for the reason whose hash is given; the property is free
		/// for another. Its initiator can always take back what it started, and any other
		/// seller can refuse to sell, so no co-owner holds the property's one transfer slot
		/// until it expires.
		///
		/// Origin: a seller — a current owner's account, or an operator of an agency owner.
		/// Emits `TransferCancelled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_transfer())]
		pub fn cancel_transfer(
			origin: OriginFor<T>,
			transfer: TransferId,
			reason_hash: DocHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_transfer(who, transfer, reason_hash)
		}
	}
}

/// Who may send each call for free (see [`civitas_primitives::FreeWork`]): the registry's,
/// the tax bureau's and the claim holders' work; the owners' own steps pay. (`release` is
/// free for any role that can hold a claim; the call itself checks the claim's.)
impl<T: Config> civitas_primitives::AgencyWork for Call<T> {
	fn agency_work(&self) -> civitas_primitives::FreeWork {
		use civitas_primitives::{property::EncumbranceKind, FreeWork, Roles};
		match self {
			Call::register_property { .. }
			| Call::finalize_transfer { .. }
			| Call::reject_transfer { .. } => FreeWork::AllOf(Roles::LAND_REGISTRY),
			Call::confirm_tax { .. } => FreeWork::AllOf(Roles::TAX),
			Call::encumber { kind, .. } => FreeWork::AllOf(kind.role()),
			Call::release { .. } => FreeWork::AnyOf(
				EncumbranceKind::Mortgage.role()
					| EncumbranceKind::CourtSeizure.role()
					| EncumbranceKind::Lease.role(),
			),
			Call::initiate_transfer { .. }
			| Call::approve_transfer { .. }
			| Call::cancel_transfer { .. }
			| Call::__Ignore(..) => FreeWork::Nobody,
		}
	}
}
