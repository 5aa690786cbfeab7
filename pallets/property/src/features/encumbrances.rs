//! Mortgages, court seizures and leases: registered and released by the agency holding them.

use crate::{pallet::*, types::*};
use civitas_primitives::{support::NextId, AgencyId};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Register a claim of `kind` held by `holder` on `property`.
	pub(crate) fn do_encumber(
		holder: AgencyId,
		property: PropertyId,
		kind: EncumbranceKind,
		reference_hash: DocHash,
	) -> DispatchResult {
		let mut record = Properties::<T>::get(property).ok_or(Error::<T>::UnknownProperty)?;
		ensure!(record.encumbrances < T::MaxEncumbrances::get(), Error::<T>::TooManyEncumbrances);
		let id = NextEncumbranceId::<T>::take_next()?;
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

	/// Release `claim`, if `holder` holds it.
	pub(crate) fn do_release(
		holder: AgencyId,
		encumbrance: EncumbranceId,
		mut claim: Encumbrance<frame_system::pallet_prelude::BlockNumberFor<T>>,
	) -> DispatchResult {
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
