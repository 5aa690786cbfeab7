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
			sp_runtime::bounded_vec![b'o'],
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

/// `count` lots of capacity 10, each in its own grid cell (cells hold 3 in the mock).
fn many_lots(count: u32) -> Vec<LotId> {
	(0..count as i32).map(|i| lot_at(LAT + (i / 50) * 5_000, LON + (i % 50) * 5_000, 10)).collect()
}

#[test]
fn occupancy_is_kept_in_pages_of_64_lots() {
	new_test_ext().execute_with(|| {
		let lots = many_lots(LOTS_PER_PAGE + 2);
		assert_eq!(OccupancyPages::<Test>::get(0).len() as u32, LOTS_PER_PAGE);
		assert_eq!(OccupancyPages::<Test>::get(1).len(), 2);
		assert_eq!(OccupancyPages::<Test>::get(2).len(), 0);
		let (last, next) = (lots[LOTS_PER_PAGE as usize + 1], LOTS_PER_PAGE + 2);
		assert_eq!(Parking::occupancy(last).unwrap().capacity, 10);
		assert_eq!(Parking::occupancy(next), None);
		System::set_block_number(4);
		// Across both pages, out of order, one lot twice: every lot takes its last count.
		assert_ok!(Parking::update_occupancy(
			RuntimeOrigin::signed(SENSORS),
			batch(&[(65, 7), (0, 1), (64, 2), (0, 3)])
		));
		let seen = |lot| {
			let view = Parking::lot(lot).unwrap();
			(view.occupied, view.free, view.updated_at)
		};
		assert_eq!((seen(0), seen(64), seen(65)), ((3, 7, 4), (2, 8, 4), (7, 3, 4)));
		assert_eq!((seen(1).0, seen(1).2), (0, 1), "a lot not in the batch keeps its report");
		// One bad pair on the second page undoes what the batch wrote on the first.
		assert_noop!(
			Parking::update_occupancy(
				RuntimeOrigin::signed(SENSORS),
				batch(&[(0, 9), (1, 9), (64, 11)])
			),
			Error::<Test>::OverCapacity
		);
		assert_noop!(
			Parking::update_occupancy(RuntimeOrigin::signed(SENSORS), batch(&[(0, 9), (next, 1)])),
			Error::<Test>::UnknownLot
		);
	});
}

#[test]
fn a_batch_is_weighed_by_the_pages_it_reads_and_writes() {
	use crate::weights::WeightInfo;
	let weigh = |pairs: &[(LotId, u32)]| Parking::occupancy_weight(&batch(pairs));
	let cost = <() as WeightInfo>::update_occupancy;
	assert_eq!(page_runs(&[]), 0);
	assert_eq!(page_runs(&[(0, 1), (63, 1), (64, 1), (130, 1)]), 3);
	assert_eq!(page_runs(&[(0, 1), (64, 1), (1, 1), (65, 1)]), 4, "unsorted: each switch counts");
	assert_eq!(weigh(&[(0, 1), (1, 1), (64, 1), (65, 1)]), cost(2, 2));
	assert_eq!(weigh(&[(0, 1), (64, 1), (1, 1), (65, 1)]), cost(4, 0));
	assert!(cost(2, 2).all_lt(cost(4, 0)), "a sorted batch costs less");
	assert_eq!(weigh(&[(5, 1)]), cost(1, 0));
}

#[test]
fn a_suspended_agencys_lots_take_no_reports() {
	new_test_ext().execute_with(|| {
		let a = lot_at(LAT, LON, 10);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), TRANSPORT));
		// The lot's sensors still hold their account, but their agency is suspended.
		assert_noop!(
			Parking::update_occupancy(RuntimeOrigin::signed(SENSORS), batch(&[(a, 3)])),
			Error::<Test>::InactiveAgency
		);
		assert_eq!(Parking::lot(a).unwrap().occupied, 0);
		// Resumed, it reports again.
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), TRANSPORT));
		assert_ok!(Parking::update_occupancy(RuntimeOrigin::signed(SENSORS), batch(&[(a, 3)])));
		assert_eq!(Parking::lot(a).unwrap().occupied, 3);
	});
}
