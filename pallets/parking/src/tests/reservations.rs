use super::last_event;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn reserve(who: u64, lot: LotId, starts_at: u64, minutes: u32) -> sp_runtime::DispatchResult {
	Parking::reserve(RuntimeOrigin::signed(who), lot, starts_at, minutes)
}

#[test]
fn a_citizen_reserves_a_space_until_it_ends_and_it_comes_back() {
	new_test_ext().execute_with(|| {
		let lot = lot_at(LAT, LON, 2);
		assert_ok!(reserve(ALICE, lot, 3, 5));
		let ends_at = 3 + 5 * MINUTE;
		assert_eq!(
			last_event(),
			Event::Reserved { reservation: 0, lot, citizen: citizen("alice"), ends_at }
		);
		assert_eq!(Parking::lot(lot).unwrap().free, 1);
		assert_eq!(ReservationCount::<Test>::get(citizen("alice")), 1);
		run_to(ends_at - 1);
		assert_eq!(Parking::lot(lot).unwrap().free, 1);
		run_to(ends_at);
		assert_eq!(last_event(), Event::ReservationEnded { reservation: 0, lot });
		assert_eq!(Parking::lot(lot).unwrap().free, 2);
		assert_eq!(ReservationCount::<Test>::get(citizen("alice")), 0);
		assert!(Reservations::<Test>::get(0).is_none());
	});
}

#[test]
fn a_cancelled_reservation_frees_its_space_at_once_and_is_not_released_twice() {
	new_test_ext().execute_with(|| {
		let lot = lot_at(LAT, LON, 2);
		assert_ok!(reserve(ALICE, lot, 1, 5));
		assert_ok!(reserve(BOB, lot, 1, 5));
		assert_noop!(
			Parking::cancel_reservation(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotYourReservation
		);
		assert_ok!(Parking::cancel_reservation(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(last_event(), Event::ReservationCancelled { reservation: 0, lot });
		assert_eq!(Parking::lot(lot).unwrap().free, 1);
		assert_noop!(
			Parking::cancel_reservation(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::UnknownReservation
		);
		run_to(1 + 5 * MINUTE);
		assert_eq!(Parking::lot(lot).unwrap().reserved, 0, "only Bob's was left to end");
		assert_eq!(Parking::lot(lot).unwrap().free, 2);
	});
}

#[test]
fn reservations_are_refused_when_full_or_out_of_bounds() {
	new_test_ext().execute_with(|| {
		let lot = lot_at(LAT, LON, 1);
		assert_noop!(reserve(STRANGER, lot, 1, 5), Error::<Test>::NotACitizen);
		assert_noop!(reserve(PLANNER, lot, 1, 5), Error::<Test>::NotACitizen);
		assert_noop!(reserve(ALICE, 9, 1, 5), Error::<Test>::UnknownLot);
		assert_noop!(reserve(ALICE, lot, 1, 0), Error::<Test>::BadDuration);
		assert_noop!(reserve(ALICE, lot, 1, 31), Error::<Test>::BadDuration);
		run_to(5);
		assert_noop!(reserve(ALICE, lot, 4, 5), Error::<Test>::BadStart);
		assert_noop!(reserve(ALICE, lot, 26, 5), Error::<Test>::BadStart);
		assert_ok!(reserve(ALICE, lot, 25, 30));
		assert_noop!(reserve(BOB, lot, 5, 5), Error::<Test>::LotFull);
		// Sensors reporting the lot full leave no space either.
		let other = lot_at(LAT + 10_000, LON, 3);
		assert_ok!(Parking::update_occupancy(
			RuntimeOrigin::signed(SENSORS),
			vec![(other, 3)].try_into().unwrap()
		));
		assert_noop!(reserve(BOB, other, 5, 5), Error::<Test>::LotFull);
		// A deceased citizen's account no longer acts.
		assert_ok!(Citizens::set_status(
			RuntimeOrigin::signed(REGISTRAR),
			citizen("bob"),
			pallet_citizens::CitizenStatus::Deceased
		));
		assert_ok!(Parking::update_occupancy(
			RuntimeOrigin::signed(SENSORS),
			vec![(other, 0)].try_into().unwrap()
		));
		assert_noop!(reserve(BOB, other, 5, 5), Error::<Test>::NotACitizen);
	});
}

#[test]
fn a_citizen_holds_at_most_max_reservations_and_a_block_ends_at_most_max() {
	new_test_ext().execute_with(|| {
		let lot = lot_at(LAT, LON, 10);
		assert_ok!(reserve(ALICE, lot, 1, 5));
		assert_ok!(reserve(ALICE, lot, 1, 6));
		assert_noop!(reserve(ALICE, lot, 1, 7), Error::<Test>::TooManyReservations);
		// Two reservations end at block 11 already (Alice's first, and Bob's now).
		assert_ok!(reserve(BOB, lot, 3, 4));
		assert_noop!(
			Parking::cancel_reservation(RuntimeOrigin::signed(ALICE), 2),
			Error::<Test>::NotYourReservation
		);
		assert_ok!(Parking::cancel_reservation(RuntimeOrigin::signed(ALICE), 1));
		assert_noop!(reserve(ALICE, lot, 1, 5), Error::<Test>::TooManyExpiring);
		assert_ok!(reserve(ALICE, lot, 2, 5));
	});
}
