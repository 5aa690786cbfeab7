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
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use civitas_primitives::{
	AgencyId, AgencyRoles, CitizenAccounts, CitizenId, CitizenRegistry, Roles,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Saturating;

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

	#[pallet::pallet]
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

		/// The most entries one property's title history may hold.
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// The most properties one owner may hold.
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

	/// How many properties each owner holds, at most `MaxPropertiesPerOwner`.
	#[pallet::storage]
	pub type OwnedCount<T: Config> = StorageMap<_, Blake2_128Concat, Owner, u32, ValueQuery>;

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
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No property has this id.
		UnknownProperty,
		/// A property is registered under this parcel reference already.
		ParcelRegistered,
		/// The parcel reference is empty or longer than `MaxParcelRefLen`.
		BadParcelRef,
		/// An owner list must name at least one owner.
		NoOwners,
		/// An owner list may name at most `MaxOwners` owners.
		TooManyOwners,
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
		/// An owner holds `MaxPropertiesPerOwner` properties already.
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
		/// The property's title history holds `MaxHistory` entries.
		HistoryFull,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Expire the transfers due at this block that are still open.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = ExpiringAt::<T>::take(now);
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
		/// Origin: a `LAND_REGISTRY` operator.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_property(owners.len() as u32))]
		pub fn register_property(
			origin: OriginFor<T>,
			parcel_ref: Vec<u8>,
			district: u16,
			area_m2: u32,
			usage: Usage,
			owners: Vec<Share>,
			title_hash: DocHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::LAND_REGISTRY)?;
			ensure!(!parcel_ref.is_empty(), Error::<T>::BadParcelRef);
			let parcel_ref: ParcelRefOf<T> =
				parcel_ref.try_into().map_err(|_| Error::<T>::BadParcelRef)?;
			ensure!(
				!PropertyByParcel::<T>::contains_key(&parcel_ref),
				Error::<T>::ParcelRegistered
			);
			let owners = Self::owner_list(owners)?;
			Self::ensure_room(&owners, &[])?;

			let id = NextPropertyId::<T>::get();
			NextPropertyId::<T>::put(id + 1);
			let now = frame_system::Pallet::<T>::block_number();
			PropertyByParcel::<T>::insert(&parcel_ref, id);
			Self::index_owners(id, &[], &owners);
			Properties::<T>::insert(
				id,
				Property {
					parcel_ref,
					district,
					area_m2,
					usage,
					owners: owners.clone(),
					title_hash,
					registered_by: agency,
					registered_at: now,
					open_transfer: None,
					encumbrances: 0,
					blocking: 0,
					history: 0,
				},
			);
			Self::record(id, TitleEvent::Registered { owners: owners.clone(), title_hash })?;
			Self::deposit_event(Event::PropertyRegistered { id, agency, owners });
			Ok(())
		}

		/// Start selling a property to `new_owners` under the contract whose hash is given.
		/// Every other current owner and every new owner must then approve.
		///
		/// Origin: an owner — a citizen owner's account or an operator of an agency owner.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::initiate_transfer())]
		pub fn initiate_transfer(
			origin: OriginFor<T>,
			property: PropertyId,
			new_owners: Vec<Share>,
			contract_hash: DocHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Properties::<T>::get(property).ok_or(Error::<T>::UnknownProperty)?;
			let initiator = Self::party_among(&who, record.owners.iter().map(|share| &share.owner))
				.ok_or(Error::<T>::NotAnOwner)?;
			ensure!(record.open_transfer.is_none(), Error::<T>::TransferOpen);
			let new_owners = Self::owner_list(new_owners)?;

			let mut pending: Vec<Owner> = record
				.owners
				.iter()
				.chain(new_owners.iter())
				.map(|share| share.owner)
				.filter(|party| *party != initiator)
				.collect();
			pending.sort();
			pending.dedup();
			let pending: PartiesOf<T> =
				pending.try_into().map_err(|_| Error::<T>::TooManyOwners)?;

			let id = NextTransferId::<T>::get();
			let now = frame_system::Pallet::<T>::block_number();
			let expires_at = now.saturating_add(T::TransferTimeout::get());
			ExpiringAt::<T>::try_mutate(expires_at, |due| due.try_push(id))
				.map_err(|_| Error::<T>::TooManyExpiring)?;
			NextTransferId::<T>::put(id + 1);
			record.open_transfer = Some(id);
			Properties::<T>::insert(property, record);
			Transfers::<T>::insert(
				id,
				Transfer {
					property,
					new_owners,
					contract_hash,
					initiator,
					pending,
					tax_confirmed_by: None,
					status: TransferStatus::Open,
					initiated_at: now,
					expires_at,
				},
			);
			Self::record(
				property,
				TitleEvent::TransferInitiated { transfer: id, initiator, contract_hash },
			)?;
			Self::deposit_event(Event::TransferInitiated {
				transfer: id,
				property,
				initiator,
				expires_at,
			});
			Ok(())
		}

		/// Approve a transfer as one of its sellers or buyers.
		///
		/// Origin: a party's account — a citizen's own, or an operator of an agency party.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::approve_transfer())]
		pub fn approve_transfer(origin: OriginFor<T>, transfer: TransferId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::open_transfer(transfer)?;
			let party = match Self::party_among(&who, record.pending.iter()) {
				Some(party) => party,
				None => {
					let parties = record
						.new_owners
						.iter()
						.map(|share| &share.owner)
						.chain(core::iter::once(&record.initiator));
					let property =
						Properties::<T>::get(record.property).ok_or(Error::<T>::UnknownProperty)?;
					let sellers = property.owners.iter().map(|share| &share.owner);
					ensure!(
						Self::party_among(&who, parties.chain(sellers)).is_some(),
						Error::<T>::NotAParty
					);
					return Err(Error::<T>::AlreadyApproved.into());
				},
			};
			record.pending.retain(|pending| *pending != party);
			let remaining = record.pending.len() as u32;
			let property = record.property;
			Transfers::<T>::insert(transfer, record);
			Self::record(property, TitleEvent::TransferApproved { transfer, party })?;
			Self::deposit_event(Event::TransferApproved { transfer, party, remaining });
			Ok(())
		}

		/// Confirm that the tax of a transfer was paid, once every party has approved.
		///
		/// Origin: a `TAX` operator.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::confirm_tax())]
		pub fn confirm_tax(origin: OriginFor<T>, transfer: TransferId) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::TAX)?;
			let mut record = Self::open_transfer(transfer)?;
			ensure!(record.pending.is_empty(), Error::<T>::ApprovalsPending);
			ensure!(record.tax_confirmed_by.is_none(), Error::<T>::TaxAlreadyConfirmed);
			record.tax_confirmed_by = Some(agency);
			let property = record.property;
			Transfers::<T>::insert(transfer, record);
			Self::record(property, TitleEvent::TaxConfirmed { transfer, agency })?;
			Self::deposit_event(Event::TaxConfirmed { transfer, agency });
			Ok(())
		}

		/// Finalise a transfer: the property passes to its new owners at once, under the new
		/// title deed whose hash is given. Refused while a mortgage or seizure stands.
		///
		/// Origin: a `LAND_REGISTRY` operator.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::finalize_transfer())]
		pub fn finalize_transfer(
			origin: OriginFor<T>,
			transfer: TransferId,
			title_hash: DocHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::LAND_REGISTRY)?;
			let mut record = Self::open_transfer(transfer)?;
			ensure!(record.tax_confirmed_by.is_some(), Error::<T>::TaxNotConfirmed);
			let id = record.property;
			let mut property = Properties::<T>::get(id).ok_or(Error::<T>::UnknownProperty)?;
			ensure!(property.blocking == 0, Error::<T>::Encumbered);
			Self::ensure_room(&record.new_owners, &property.owners)?;

			Self::index_owners(id, &property.owners, &record.new_owners);
			property.owners = record.new_owners.clone();
			property.title_hash = title_hash;
			property.open_transfer = None;
			Properties::<T>::insert(id, property);
			record.status = TransferStatus::Finalized;
			let owners = record.new_owners.clone();
			Transfers::<T>::insert(transfer, record);
			Self::record(
				id,
				TitleEvent::TransferFinalized { transfer, owners: owners.clone(), agency },
			)?;
			Self::deposit_event(Event::TransferFinalized { transfer, property: id, owners });
			Ok(())
		}

		/// Reject a transfer, for the reason whose hash is given; the property is free for
		/// another.
		///
		/// Origin: a `LAND_REGISTRY` operator.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_transfer())]
		pub fn reject_transfer(
			origin: OriginFor<T>,
			transfer: TransferId,
			reason_hash: DocHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::LAND_REGISTRY)?;
			let record = Self::open_transfer(transfer)?;
			let property = record.property;
			Self::close(transfer, record, TransferStatus::Rejected);
			Self::record(property, TitleEvent::TransferRejected { transfer, agency, reason_hash })?;
			Self::deposit_event(Event::TransferRejected { transfer, property, reason_hash });
			Ok(())
		}

		/// Register a claim on a property: a mortgage (by a `FINANCE` operator), a court
		/// seizure (`COURT`) or a lease (`LAND_REGISTRY`), with the hash of its deed or order.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::encumber())]
		pub fn encumber(
			origin: OriginFor<T>,
			property: PropertyId,
			kind: EncumbranceKind,
			reference_hash: DocHash,
		) -> DispatchResult {
			let (holder, _) = T::Agencies::ensure_role(origin, Self::role_for(kind))?;
			let mut record = Properties::<T>::get(property).ok_or(Error::<T>::UnknownProperty)?;
			ensure!(
				record.encumbrances < T::MaxEncumbrances::get(),
				Error::<T>::TooManyEncumbrances
			);
			let id = NextEncumbranceId::<T>::get();
			NextEncumbranceId::<T>::put(id + 1);
			record.encumbrances += 1;
			if kind.blocks_transfer() {
				record.blocking += 1;
			}
			Properties::<T>::insert(property, record);
			ActiveEncumbrances::<T>::insert(property, id, ());
			Encumbrances::<T>::insert(
				id,
				Encumbrance {
					property,
					kind,
					holder,
					reference_hash,
					created_at: frame_system::Pallet::<T>::block_number(),
					released_at: None,
				},
			);
			Self::record(property, TitleEvent::Encumbered { encumbrance: id, kind, holder })?;
			Self::deposit_event(Event::Encumbered { encumbrance: id, property, kind, holder });
			Ok(())
		}

		/// Release a claim.
		///
		/// Origin: an operator of the holding agency (still with the role of the claim).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::release())]
		pub fn release(origin: OriginFor<T>, encumbrance: EncumbranceId) -> DispatchResult {
			let mut claim =
				Encumbrances::<T>::get(encumbrance).ok_or(Error::<T>::UnknownEncumbrance)?;
			let (holder, _) = T::Agencies::ensure_role(origin, Self::role_for(claim.kind))?;
			ensure!(claim.holder == holder, Error::<T>::NotHolder);
			ensure!(claim.released_at.is_none(), Error::<T>::AlreadyReleased);
			let property = claim.property;
			Properties::<T>::try_mutate(property, |record| -> DispatchResult {
				let record = record.as_mut().ok_or(Error::<T>::UnknownProperty)?;
				record.encumbrances = record.encumbrances.saturating_sub(1);
				if claim.kind.blocks_transfer() {
					record.blocking = record.blocking.saturating_sub(1);
				}
				Ok(())
			})?;
			claim.released_at = Some(frame_system::Pallet::<T>::block_number());
			Encumbrances::<T>::insert(encumbrance, claim);
			ActiveEncumbrances::<T>::remove(property, encumbrance);
			Self::record(property, TitleEvent::Released { encumbrance, holder })?;
			Self::deposit_event(Event::Released { encumbrance, property });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Check an owner list: 1..=MaxOwners distinct, registered or active owners with
		/// shares above zero summing to exactly 1,000,000 ppm.
		fn owner_list(owners: Vec<Share>) -> Result<OwnersOf<T>, DispatchError> {
			ensure!(!owners.is_empty(), Error::<T>::NoOwners);
			let owners: OwnersOf<T> = owners.try_into().map_err(|_| Error::<T>::TooManyOwners)?;
			let mut total: u64 = 0;
			for (index, share) in owners.iter().enumerate() {
				ensure!(share.ppm > 0, Error::<T>::ZeroShare);
				total += share.ppm as u64;
				ensure!(
					owners[..index].iter().all(|earlier| earlier.owner != share.owner),
					Error::<T>::DuplicateOwner
				);
				match share.owner {
					Owner::Citizen(citizen) => {
						ensure!(T::Citizens::is_registered(&citizen), Error::<T>::UnknownCitizen)
					},
					Owner::Agency(agency) => {
						ensure!(T::Agencies::is_active(agency), Error::<T>::InactiveAgency)
					},
				}
			}
			ensure!(total == WHOLE as u64, Error::<T>::SharesNotWhole);
			Ok(owners)
		}

		/// Whether each of `owners` who is not among `leaving` can take one more property.
		fn ensure_room(owners: &[Share], leaving: &[Share]) -> DispatchResult {
			for share in owners {
				if leaving.iter().any(|old| old.owner == share.owner) {
					continue;
				}
				ensure!(
					OwnedCount::<T>::get(share.owner) < T::MaxPropertiesPerOwner::get(),
					Error::<T>::TooManyProperties
				);
			}
			Ok(())
		}

		/// Move property `id` in the owners' index from `old` to `new` owners.
		fn index_owners(id: PropertyId, old: &[Share], new: &[Share]) {
			for share in old.iter().filter(|old| new.iter().all(|new| new.owner != old.owner)) {
				PropertiesOf::<T>::remove(share.owner, id);
				OwnedCount::<T>::mutate(share.owner, |count| *count = count.saturating_sub(1));
			}
			for share in new.iter().filter(|new| old.iter().all(|old| old.owner != new.owner)) {
				PropertiesOf::<T>::insert(share.owner, id, ());
				OwnedCount::<T>::mutate(share.owner, |count| *count += 1);
			}
		}

		/// The first of `parties` that `who` acts for: as that citizen's account, or as an
		/// operator of that (active) agency.
		fn party_among<'a>(
			who: &T::AccountId,
			parties: impl Iterator<Item = &'a Owner>,
		) -> Option<Owner> {
			let citizen = T::Citizens::citizen_of(who);
			let agency =
				T::Agencies::agency_of(who).filter(|agency| T::Agencies::is_active(*agency));
			parties
				.into_iter()
				.find(|party| match party {
					Owner::Citizen(id) => citizen.as_ref() == Some(id),
					Owner::Agency(id) => agency == Some(*id),
				})
				.copied()
		}

		/// The transfer, if it exists and is open.
		fn open_transfer(transfer: TransferId) -> Result<TransferOf<T>, DispatchError> {
			let record = Transfers::<T>::get(transfer).ok_or(Error::<T>::UnknownTransfer)?;
			ensure!(record.status == TransferStatus::Open, Error::<T>::TransferClosed);
			Ok(record)
		}

		/// Close an open transfer without a change of owners.
		fn close(transfer: TransferId, mut record: TransferOf<T>, status: TransferStatus) {
			Properties::<T>::mutate(record.property, |property| {
				if let Some(property) = property {
					property.open_transfer = None;
				}
			});
			record.status = status;
			Transfers::<T>::insert(transfer, record);
		}

		/// Expire `transfer` if it is still open (run at its expiry block's start).
		fn expire(transfer: TransferId) {
			let Ok(record) = Self::open_transfer(transfer) else { return };
			let property = record.property;
			Self::close(transfer, record, TransferStatus::Expired);
			// A full history cannot stop an expiry; the event still records it.
			let _ = Self::record(property, TitleEvent::TransferExpired { transfer });
			Self::deposit_event(Event::TransferExpired { transfer, property });
		}

		/// The role an agency needs to register (and release) a claim of `kind`.
		fn role_for(kind: EncumbranceKind) -> Roles {
			match kind {
				EncumbranceKind::Mortgage => Roles::FINANCE,
				EncumbranceKind::CourtSeizure => Roles::COURT,
				EncumbranceKind::Lease => Roles::LAND_REGISTRY,
			}
		}

		/// Append `event` to a property's title history.
		fn record(property: PropertyId, event: TitleEvent<OwnersOf<T>>) -> DispatchResult {
			Properties::<T>::try_mutate(property, |record| -> DispatchResult {
				let record = record.as_mut().ok_or(Error::<T>::UnknownProperty)?;
				ensure!(record.history < T::MaxHistory::get(), Error::<T>::HistoryFull);
				let seq = record.history;
				record.history += 1;
				History::<T>::insert(
					property,
					seq,
					HistoryEntry { seq, event, at: frame_system::Pallet::<T>::block_number() },
				);
				Ok(())
			})
		}

		/// A property with its owners and active encumbrances (for `PropertyApi::property`).
		pub fn property(id: PropertyId) -> Option<PropertyView<BlockNumberFor<T>>> {
			let record = Properties::<T>::get(id)?;
			let mut encumbrances: Vec<_> = ActiveEncumbrances::<T>::iter_key_prefix(id)
				.take(T::MaxEncumbrances::get() as usize)
				.filter_map(|claim| Some((claim, Encumbrances::<T>::get(claim)?)))
				.collect();
			encumbrances.sort_by_key(|(claim, _)| *claim);
			Some(PropertyView {
				id,
				parcel_ref: record.parcel_ref.into_inner(),
				district: record.district,
				area_m2: record.area_m2,
				usage: record.usage,
				owners: record.owners.into_inner(),
				title_hash: record.title_hash,
				registered_by: record.registered_by,
				registered_at: record.registered_at,
				open_transfer: record.open_transfer,
				encumbrances,
			})
		}

		/// The ids of an owner's properties, ascending (for `PropertyApi::properties_of`).
		pub fn properties_of(owner: Owner) -> Vec<PropertyId> {
			let mut ids: Vec<PropertyId> = PropertiesOf::<T>::iter_key_prefix(owner)
				.take(T::MaxPropertiesPerOwner::get() as usize)
				.collect();
			ids.sort_unstable();
			ids
		}

		/// A property's title history, oldest first (for `PropertyApi::title_history`).
		pub fn title_history(id: PropertyId) -> Vec<HistoryEntry<BlockNumberFor<T>, Vec<Share>>> {
			let Some(record) = Properties::<T>::get(id) else { return Vec::new() };
			(0..record.history)
				.filter_map(|seq| History::<T>::get(id, seq))
				.map(|entry| HistoryEntry {
					seq: entry.seq,
					event: entry.event.map_owners(BoundedVec::into_inner),
					at: entry.at,
				})
				.collect()
		}

		/// A transfer (for `PropertyApi::transfer`).
		pub fn transfer(
			id: TransferId,
		) -> Option<Transfer<BlockNumberFor<T>, Vec<Share>, Vec<Owner>>> {
			let record = Transfers::<T>::get(id)?;
			Some(Transfer {
				property: record.property,
				new_owners: record.new_owners.into_inner(),
				contract_hash: record.contract_hash,
				initiator: record.initiator,
				pending: record.pending.into_inner(),
				tax_confirmed_by: record.tax_confirmed_by,
				status: record.status,
				initiated_at: record.initiated_at,
				expires_at: record.expires_at,
			})
		}
	}
}
