//! Each property's title history: an append-only log (`History`, its length in the
//! property). While a transfer is open, one entry stays free for its expiry, which the chain
//! records by itself: a full history refuses the next user's step, never the expiry.

use crate::{pallet::*, types::*};
use civitas_primitives::support::AppendOnlyLog;
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Append `event`, a step someone's call takes, to a property's title history (read
	/// after the call's other changes to the property): refused with `HistoryFull` unless
	/// room stays for the expiry of a transfer still open.
	pub(crate) fn record(property: PropertyId, event: TitleEvent<OwnersOf<T>>) -> DispatchResult {
		Properties::<T>::try_mutate(property, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::UnknownProperty)?;
			let reserved = record.open_transfer.is_some() as u32;
			History::<T>::ensure_room(record.history, 1, reserved, T::MaxHistory::get())
				.map_err(|_| Error::<T>::HistoryFull)?;
			Self::append(property, &mut record.history, event);
			Ok(())
		})
	}

	/// Append `event`, a step the chain takes by itself (an expiry), for which room was kept.
	pub(crate) fn record_by_chain(property: PropertyId, event: TitleEvent<OwnersOf<T>>) {
		Properties::<T>::mutate(property, |record| {
			if let Some(record) = record {
				Self::append(property, &mut record.history, event);
			}
		});
	}

	fn append(property: PropertyId, len: &mut u32, event: TitleEvent<OwnersOf<T>>) {
		let at = frame_system::Pallet::<T>::block_number();
		History::<T>::append_entry(&property, len, |seq| HistoryEntry { seq, event, at });
	}
}
