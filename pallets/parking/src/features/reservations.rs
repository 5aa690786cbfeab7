//! Reservations: a citizen holds a space from now until the end of the time they mean to
//! park; it is released then (through the expiry queue), or sooner if they cancel.

use crate::{pallet::*, types::*};
use civitas_primitives::{
	support::{ExpiryQueue, NextId},
	CitizenAccounts, CitizenId,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Hold a space in `lot` for `citizen` from now until `minutes` after `starts_at`.
	pub(crate) fn do_reserve(
		citizen: CitizenId,
		lot: LotId,
		starts_at: BlockNumberFor<T>,
		minutes: u32,
	) -> DispatchResult {
		ensure!((1..=T::MaxReservationMinutes::get()).contains(&minutes), Error::<T>::BadDuration);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			starts_at >= now && starts_at <= now.saturating_add(T::MaxAdvance::get()),
			Error::<T>::BadStart
		);
		let held = ReservationCount::<T>::get(citizen);
		ensure!(held < T::MaxReservationsPerCitizen::get(), Error::<T>::TooManyReservations);
		let mut record = Lots::<T>::get(lot).ok_or(Error::<T>::UnknownLot)?;
		let occupancy = Self::occupancy(lot).ok_or(Error::<T>::UnknownLot)?;
		ensure!(occupancy.free(record.reserved) > 0, Error::<T>::LotFull);

		let ends_at =
			starts_at.saturating_add(T::BlocksPerMinute::get().saturating_mul(minutes.into()));
		let reservation = NextReservationId::<T>::take_next()?;
		ExpiringAt::<T>::schedule(ends_at, reservation).map_err(|_| Error::<T>::TooManyExpiring)?;
		record.reserved += 1;
		Lots::<T>::insert(lot, record);
		ReservationCount::<T>::insert(citizen, held + 1);
		Reservations::<T>::insert(reservation, Reservation { lot, citizen, starts_at, ends_at });
		Self::deposit_event(Event::Reserved { reservation, lot, citizen, ends_at });
		Ok(())
	}

	/// Cancel `reservation`, if `who` is the account of the citizen who holds it.
	pub(crate) fn do_cancel_reservation(
		who: T::AccountId,
		reservation: ReservationId,
	) -> DispatchResult {
		let record = Reservations::<T>::get(reservation).ok_or(Error::<T>::UnknownReservation)?;
		ensure!(
			T::Citizens::citizen_of(&who) == Some(record.citizen),
			Error::<T>::NotYourReservation
		);
		Reservations::<T>::remove(reservation);
		Self::release(&record);
		Self::deposit_event(Event::ReservationCancelled { reservation, lot: record.lot });
		Ok(())
	}

	/// End `reservation` if it is still in force (run at its end block's start).
	pub(crate) fn expire(reservation: ReservationId) {
		if let Some(record) = Reservations::<T>::take(reservation) {
			Self::release(&record);
			Self::deposit_event(Event::ReservationEnded { reservation, lot: record.lot });
		}
	}

	/// Give a reservation's space back to its lot and its slot back to its citizen.
	fn release(record: &Reservation<BlockNumberFor<T>>) {
		Lots::<T>::mutate(record.lot, |lot| {
			if let Some(lot) = lot {
				lot.reserved = lot.reserved.saturating_sub(1);
			}
		});
		ReservationCount::<T>::mutate(record.citizen, |held| *held = held.saturating_sub(1));
	}
}
