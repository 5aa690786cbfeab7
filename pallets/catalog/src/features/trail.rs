//! Each resource's trail: an append-only log (`Trail`, its length in the resource) that
//! keeps room for the steps the chain records by itself.

use crate::{pallet::*, types::*};
use civitas_primitives::{support::AppendOnlyLog, AgencyId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Whether a resource's trail has room for `steps` more entries and `new_grants` more
	/// active grants while keeping one entry free for each active grant's expiry and one
	/// for the resource's retirement — the steps the chain records without asking.
	pub(crate) fn ensure_room(
		record: &ResourceOf<T>,
		steps: u32,
		new_grants: u32,
	) -> DispatchResult {
		let reserved = record.active_grants.saturating_add(new_grants).saturating_add(1);
		Trail::<T>::ensure_room(record.trail, steps, reserved, T::MaxTrail::get())
			.map_err(|_| Error::<T>::TrailFull.into())
	}

	/// Append a step to a resource's trail (the caller stores `record` afterwards).
	pub(crate) fn append(
		resource: ResourceId,
		record: &mut ResourceOf<T>,
		step: Step<BlockNumberFor<T>>,
		by: Option<T::AccountId>,
		agency: Option<AgencyId>,
	) {
		let at = Self::now();
		Trail::<T>::append_entry(&resource, &mut record.trail, |seq| TrailEntry {
			seq,
			step,
			by,
			agency,
			at,
		});
	}
}
