//! What `try_state` checks: every counter and index the pallet keeps, against the storage it
//! counts or indexes. Run by `try-runtime` on a live chain's state, and at the end of every
//! unit test (the mock's externalities check it after each test body).

use crate::{pallet::*, types::*};
use civitas_primitives::support::Tally;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the register's invariants; the first that fails, by name.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextPropertyId::<T>::get();
		let mut owned = Tally::new();
		for (id, property) in Properties::<T>::iter() {
			ensure!(id < next, "a property's id is not below NextPropertyId");
			ensure!(
				PropertyByParcel::<T>::get(&property.parcel_ref) == Some(id),
				"a property is not indexed under its parcel"
			);
			let mut whole = 0u64;
			for share in property.owners.iter() {
				whole += share.ppm as u64;
				ensure!(
					PropertiesOf::<T>::contains_key(share.owner, id),
					"a property is not indexed under its owner"
				);
				owned.add((share.owner, property.registered_by));
			}
			ensure!(whole == WHOLE as u64, "a property's shares do not sum to the whole");
			let (mut active, mut blocking) = (0u32, 0u32);
			for encumbrance in ActiveEncumbrances::<T>::iter_key_prefix(id) {
				let record = Encumbrances::<T>::get(encumbrance).ok_or("an unknown encumbrance")?;
				ensure!(record.property == id, "an encumbrance is active on another property");
				ensure!(record.released_at.is_none(), "a released encumbrance is active");
				active += 1;
				blocking += record.kind.blocks_transfer() as u32;
			}
			ensure!(active == property.encumbrances, "a property's encumbrance count is wrong");
			ensure!(blocking == property.blocking, "a property's blocking count is wrong");
			ensure!(active <= T::MaxEncumbrances::get(), "a property has too many encumbrances");
			let kept = History::<T>::iter_prefix(id).count() as u32;
			ensure!(
				kept == property.history.min(T::MaxHistory::get()),
				"a title history keeps the wrong number of entries"
			);
			if let Some(transfer) = property.open_transfer {
				let transfer = Transfers::<T>::get(transfer).ok_or("an unknown open transfer")?;
				ensure!(transfer.property == id, "a property's open transfer is another's");
				ensure!(transfer.status == TransferStatus::Open, "a closed transfer is open");
			}
		}
		owned.at_most(T::MaxPropertiesPerOwner::get(), "an owner holds too many")?;
		owned.matches(
			OwnedCount::<T>::iter().map(|(owner, registry, count)| ((owner, registry), count)),
			"an owner's count is not the properties it holds of that registry",
		)?;
		for (owner, id, ()) in PropertiesOf::<T>::iter() {
			let property = Properties::<T>::get(id).ok_or("PropertiesOf names no property")?;
			ensure!(
				property.owners.iter().any(|share| share.owner == owner),
				"PropertiesOf names a former owner"
			);
		}
		for (parcel, id) in PropertyByParcel::<T>::iter() {
			let property = Properties::<T>::get(id).ok_or("PropertyByParcel names no property")?;
			ensure!(property.parcel_ref == parcel, "PropertyByParcel names another parcel");
		}
		let next = NextTransferId::<T>::get();
		for (id, transfer) in Transfers::<T>::iter() {
			ensure!(id < next, "a transfer's id is not below NextTransferId");
			if transfer.status == TransferStatus::Open {
				let property = Properties::<T>::get(transfer.property).ok_or("no property")?;
				ensure!(
					property.open_transfer == Some(id),
					"an open transfer is not its property's"
				);
			}
		}
		let next = NextEncumbranceId::<T>::get();
		for (id, encumbrance) in Encumbrances::<T>::iter() {
			ensure!(id < next, "an encumbrance's id is not below NextEncumbranceId");
			ensure!(
				encumbrance.released_at.is_none()
					== ActiveEncumbrances::<T>::contains_key(encumbrance.property, id),
				"an encumbrance is active exactly when it is not released"
			);
		}
		Ok(())
	}
}
