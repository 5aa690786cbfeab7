//! Each property's title history: an append-only log (`History`, its length in the
//! property) whose newest `MaxHistory` steps stay on chain. A step is never refused for want
//! of room — free encumbrances and releases cannot freeze a title — and every step is also
//! in its call's event.

use crate::{pallet::*, types::*};
use civitas_primitives::support::AppendOnlyLog;
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Append `event` to a property's title history (read after the call's other changes to
	/// the property).
	pub(crate) fn record(property: PropertyId, event: TitleEvent<OwnersOf<T>>) -> DispatchResult {
		Properties::<T>::try_mutate(property, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::UnknownProperty)?;
			Self::append(property, &mut record.history, event);
			Ok(())
		})
	}

	fn append(property: PropertyId, len: &mut u32, event: TitleEvent<OwnersOf<T>>) {
		let at = frame_system::Pallet::<T>::block_number();
		History::<T>::append_entry(&property, len, T::MaxHistory::get(), |seq| HistoryEntry {
			seq,
			event,
			at,
		});
	}
}
