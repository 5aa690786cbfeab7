//! Registering a property, and the owner lists and owner index every change of owners uses.

use crate::{pallet::*, types::*};
use civitas_primitives::{support::NextId, AgencyId, AgencyRoles, CitizenRegistry};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Register `parcel` for `owners`, by `agency` (a land registry).
	pub(crate) fn do_register_property(
		agency: AgencyId,
		parcel: Parcel<ParcelRefOf<T>>,
		owners: OwnersOf<T>,
		title_hash: DocHash,
	) -> DispatchResult {
		let parcel_ref = parcel.parcel_ref;
		ensure!(
			parcel_ref.len() >= T::MinParcelRefLen::get() as usize,
			Error::<T>::ParcelRefTooShort
		);
		ensure!(!PropertyByParcel::<T>::contains_key(&parcel_ref), Error::<T>::ParcelRegistered);
		Self::ensure_owner_list(&owners)?;
		Self::ensure_owner_room(&owners, &[], agency)?;

		let id = NextPropertyId::<T>::take_next()?;
		let now = frame_system::Pallet::<T>::block_number();
		PropertyByParcel::<T>::insert(&parcel_ref, id);
		Self::index_owners(id, &[], &owners, agency);
		Properties::<T>::insert(
			id,
			Property {
				parcel_ref,
				district: parcel.district,
				area_m2: parcel.area_m2,
				usage: parcel.usage,
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

	/// Check an owner list (at most `MaxOwners` by its type): at least one, distinct, registered or active owners with
	/// shares above zero summing to exactly 1,000,000 ppm.
	pub(crate) fn ensure_owner_list(owners: &[Share]) -> DispatchResult {
		ensure!(!owners.is_empty(), Error::<T>::NoOwners);
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
		Ok(())
	}

	/// Whether each of `owners` who is not among `leaving` can take one more property of
	/// those `registry` registered.
	pub(crate) fn ensure_owner_room(
		owners: &[Share],
		leaving: &[Share],
		registry: AgencyId,
	) -> DispatchResult {
		for share in owners {
			if leaving.iter().any(|old| old.owner == share.owner) {
				continue;
			}
			ensure!(
				OwnedCount::<T>::get(share.owner, registry) < T::MaxPropertiesPerOwner::get(),
				Error::<T>::TooManyProperties
			);
		}
		Ok(())
	}

	/// Move property `id`, registered by `registry`, in the owners' index from `old` to `new`
	/// owners.
	pub(crate) fn index_owners(id: PropertyId, old: &[Share], new: &[Share], registry: AgencyId) {
		for share in old.iter().filter(|old| new.iter().all(|new| new.owner != old.owner)) {
			PropertiesOf::<T>::remove(share.owner, id);
			OwnedCount::<T>::mutate(share.owner, registry, |count| {
				*count = count.saturating_sub(1)
			});
		}
		for share in new.iter().filter(|new| old.iter().all(|old| old.owner != new.owner)) {
			PropertiesOf::<T>::insert(share.owner, id, ());
			OwnedCount::<T>::mutate(share.owner, registry, |count| *count += 1);
		}
	}
}
