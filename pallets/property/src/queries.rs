//! Read-only answers for `PropertyApi`.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::support::{page_of_ids, AppendOnlyLog};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
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

	/// The ids of an owner's properties, ascending, from `from` on, at most `limit` (for
	/// `PropertyApi::properties_of`).
	pub fn properties_of(owner: Owner, from: PropertyId, limit: u32) -> Vec<PropertyId> {
		// At most `MaxPropertiesPerOwner` per registry, read whole (off the hot path).
		let ids: Vec<PropertyId> = PropertiesOf::<T>::iter_key_prefix(owner).collect();
		page_of_ids(ids, from, limit)
	}

	/// A property's title history from step `from` on, oldest first, at most `limit` (for
	/// `PropertyApi::title_history`).
	pub fn title_history(
		id: PropertyId,
		from: u32,
		limit: u32,
	) -> Vec<HistoryEntry<BlockNumberFor<T>, Vec<Share>>> {
		let Some(record) = Properties::<T>::get(id) else { return Vec::new() };
		History::<T>::entries(&id, record.history, T::MaxHistory::get(), from, limit)
			.into_iter()
			.map(|entry| HistoryEntry {
				seq: entry.seq,
				event: entry.event.map_owners(BoundedVec::into_inner),
				at: entry.at,
			})
			.collect()
	}

	/// A transfer (for `PropertyApi::transfer`).
	pub fn transfer(id: TransferId) -> Option<Transfer<BlockNumberFor<T>, Vec<Share>, Vec<Owner>>> {
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
