use super::last_event;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn batch(pairs: &[(LotId, u32)]) -> BatchOf<Test> {
	pairs.to_vec().try_into().unwrap()
}

#[test]
fn an_operator_reports_a_batch_and_every_lot_takes_it() {
	new_test_ext().execute_with(|| {
		let a = lot_at(LAT, LON, 10);
		let b = lot_at(LAT + 5_000, LON, 20);
		System::set_block_number(3);
		assert_ok!(Parking::update_occupancy(
			RuntimeOrigin::signed(SENSORS),
			batch(&[(a, 4), (b, 20)])
		));
		assert_eq!(last_event(), Event::OccupancyUpdated { operator: SENSORS, count: 2 });
		let (a, b) = (Parking::lot(a).unwrap(), Parking::lot(b).unwrap());
		assert_eq!((a.occupied, a.free, a.updated_at), (4, 6, 3));
		assert_eq!((b.occupied, b.free), (20, 0));
	});
}

#[test]
fn one_bad_pair_refuses_the_whole_batch() {
	new_test_ext().execute_with(|| {
		let a = lot_at(LAT, LON, 10);
		let b = lot_at(LAT + 5_000, LON, 20);
		assert_ok!(Parking::register_lot(
			RuntimeOrigin::signed(PLANNER),
			b"other".to_vec(),
			LAT,
			LON + 9_000,
			5,
			100,
			OTHER_SENSORS
		));
		let update = |who: u64, pairs: &[(LotId, u32)]| {
			Parking::update_occupancy(RuntimeOrigin::signed(who), batch(pairs))
		};
		assert_noop!(update(SENSORS, &[(a, 3), (b, 21)]), Error::<Test>::OverCapacity);
		assert_noop!(update(SENSORS, &[(a, 3), (2, 1)]), Error::<Test>::NotLotOperator);
		assert_noop!(update(SENSORS, &[(a, 3), (9, 1)]), Error::<Test>::UnknownLot);
		assert_noop!(update(STRANGER, &[(a, 3)]), Error::<Test>::NotLotOperator);
		assert_noop!(update(SENSORS, &[]), Error::<Test>::EmptyBatch);
		assert_noop!(
			Parking::update_occupancy(RuntimeOrigin::root(), batch(&[(a, 1)])),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_eq!(Parking::lot(a).unwrap().occupied, 0, "nothing of a refused batch stays");
		// The batch bound is in the call's type: a fifth pair does not fit.
		assert!(BatchOf::<Test>::try_from(vec![(a, 1); 5]).is_err());
	});
}

#[test]
fn a_lot_without_reports_goes_stale_and_a_report_freshens_it() {
	new_test_ext().execute_with(|| {
		let a = lot_at(LAT, LON, 10);
		System::set_block_number(1 + STALE_AFTER);
		assert!(!Parking::lot(a).unwrap().stale);
		System::set_block_number(2 + STALE_AFTER);
		assert!(Parking::lot(a).unwrap().stale);
		assert_ok!(Parking::update_occupancy(RuntimeOrigin::signed(SENSORS), batch(&[(a, 1)])));
		assert!(!Parking::lot(a).unwrap().stale);
	});
}
