//! Each resource's trail: an append-only log (`Trail`, its length in the resource) whose
//! newest `MaxTrail` steps stay on chain. A step is never refused for want of room, so no
//! one can freeze a resource by filling its trail; every step is also in its call's event.

use crate::{pallet::*, types::*};
use civitas_primitives::{support::AppendOnlyLog, AgencyId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
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
		Trail::<T>::append_entry(&resource, &mut record.trail, T::MaxTrail::get(), |seq| {
			TrailEntry { seq, step, by, agency, at }
		});
	}
}
