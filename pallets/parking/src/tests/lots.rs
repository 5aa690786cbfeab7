use super::last_event;
use crate::{mock::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};

fn register(
	who: u64,
	name: &[u8],
	lat: i32,
	lon: i32,
	capacity: u32,
) -> sp_runtime::DispatchResult {
	Parking::register_lot(
		RuntimeOrigin::signed(who),
		name.to_vec().try_into().expect("the test's names fit"),
		lat,
		lon,
		capacity,
		600,
		SENSORS,
	)
}

#[test]
fn transport_registers_a_lot_into_its_grid_cell() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(PLANNER, b"Wangfujing P1", LAT, LON, 120));
		assert_eq!(
			last_event(),
			Event::LotRegistered { lot: 0, agency: TRANSPORT, operator: SENSORS }
		);
		let lot = Parking::lot(0).unwrap();
		assert_eq!((lot.lat_e6, lot.lon_e6, lot.capacity, lot.free), (LAT, LON, 120, 120));
		assert_eq!((lot.occupied, lot.reserved, lot.price_per_hour), (0, 0, 600));
		assert_eq!(
			(lot.operator, lot.agency, lot.updated_at, lot.stale),
			(SENSORS, TRANSPORT, 1, false)
		);
		assert_eq!(lot.name, b"Wangfujing P1".to_vec());
		assert_eq!(Cells::<Test>::get(geo::cell_of(LAT, LON)).to_vec(), vec![0]);
		assert_eq!(Parking::lot(1), None);
	});
}

#[test]
fn registration_is_refused_without_the_role_or_with_bad_input() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			register(STRANGER, b"x", LAT, LON, 1),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			register(CLERK, b"x", LAT, LON, 1),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(register(PLANNER, b"", LAT, LON, 1), Error::<Test>::EmptyName);
		assert_noop!(register(PLANNER, b"x", 80_000_001, LON, 1), Error::<Test>::BadPosition);
		assert_noop!(register(PLANNER, b"x", -80_000_001, LON, 1), Error::<Test>::BadPosition);
		assert_noop!(register(PLANNER, b"x", LAT, 180_000_001, 1), Error::<Test>::BadPosition);
		assert_noop!(register(PLANNER, b"x", LAT, LON, 0), Error::<Test>::ZeroCapacity);
		assert_ok!(register(PLANNER, b"x", 80_000_000, -180_000_000, 1));
	});
}

#[test]
fn a_cell_holds_at_most_max_lots() {
	new_test_ext().execute_with(|| {
		for _ in 0..3 {
			lot_at(LAT, LON, 10);
		}
		assert_noop!(register(PLANNER, b"x", LAT + 1, LON + 1, 1), Error::<Test>::CellFull);
		// The next cell north has room.
		assert_ok!(register(PLANNER, b"x", LAT + geo::CELL_E6, LON, 1));
	});
}

#[test]
fn an_over_long_name_is_refused_when_the_call_is_decoded() {
	// MaxNameLen is 16 here.
	civitas_test_utils::assert_bounded_at_decoding::<Call<Test>>(16, |len| {
		(0u8, vec![b'x'; len], LAT, LON, 1u32, 600u32, SENSORS).encode()
	});
}
