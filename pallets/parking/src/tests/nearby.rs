use crate::{mock::*, *};
use frame_support::assert_ok;

/// (lot, distance) of a nearby answer.
fn near(lat: i32, lon: i32, radius: u32, min_free: u32, limit: u32) -> Vec<(LotId, u32)> {
	Parking::nearby(lat, lon, radius, min_free, limit)
		.unwrap()
		.into_iter()
		.map(|near| (near.lot.id, near.distance_m))
		.collect()
}

/// Micro-degrees of latitude for `metres` north.
fn north(metres: i32) -> i32 {
	(metres as i64 * 1_000_000 / geo::METRES_PER_DEGREE) as i32
}

#[test]
fn nearby_answers_the_lots_in_the_circle_nearest_first() {
	new_test_ext().execute_with(|| {
		let far = lot_at(LAT + north(900), LON, 10);
		let close = lot_at(LAT + north(100), LON, 10);
		let middle = lot_at(LAT - north(400), LON, 10);
		let outside = lot_at(LAT + north(1_300), LON, 10);
		let answer = near(LAT, LON, 1_000, 0, 5);
		assert_eq!(answer.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![close, middle, far]);
		for ((_, distance), expected) in answer.iter().zip([100, 400, 900]) {
			assert!(distance.abs_diff(expected) <= 1, "{distance} vs {expected}");
		}
		assert!(!answer.iter().any(|(id, _)| *id == outside));
		// The limit keeps the nearest.
		assert_eq!(
			near(LAT, LON, 1_000, 0, 2).iter().map(|(id, _)| *id).collect::<Vec<_>>(),
			vec![close, middle]
		);
		// Free spaces and staleness come with each lot.
		assert_ok!(Parking::update_occupancy(
			RuntimeOrigin::signed(SENSORS),
			vec![(close, 9)].try_into().unwrap()
		));
		let first = &Parking::nearby(LAT, LON, 1_000, 0, 1).unwrap()[0];
		assert_eq!((first.lot.id, first.lot.free, first.lot.stale), (close, 1, false));
		assert_eq!(
			near(LAT, LON, 1_000, 2, 5).iter().map(|(id, _)| *id).collect::<Vec<_>>(),
			vec![middle, far]
		);
	});
}

#[test]
fn the_index_finds_lots_across_cell_edges_in_every_direction() {
	new_test_ext().execute_with(|| {
		// A query point just south-west of a cell corner; lots just across each edge.
		let corner_lat = 8_878 * geo::CELL_E6; // 39.951 N
		let corner_lon = 25_866 * geo::CELL_E6; // 116.397 E
		let (lat, lon) = (corner_lat - 1, corner_lon - 1);
		let ids = [
			lot_at(corner_lat, corner_lon, 1),
			lot_at(corner_lat - 2, corner_lon, 1),
			lot_at(corner_lat, corner_lon - 2, 1),
			lot_at(corner_lat - 2, corner_lon - 2, 1),
		];
		let cells: std::collections::BTreeSet<_> = [(0, 0), (-2, 0), (0, -2), (-2, -2)]
			.iter()
			.map(|(a, b)| geo::cell_of(corner_lat + a, corner_lon + b))
			.collect();
		assert_eq!(cells.len(), 4, "the four lots lie in four cells");
		let mut found: Vec<_> = near(lat, lon, 5, 0, 5).into_iter().map(|(id, _)| id).collect();
		found.sort();
		assert_eq!(found, ids.to_vec());
		// A lot two cells away is outside a small circle and not read into the answer.
		let away = lot_at(corner_lat + 2 * geo::CELL_E6, corner_lon, 1);
		assert!(!near(lat, lon, 600, 0, 5).iter().any(|(id, _)| *id == away));
		assert!(near(lat, lon, 1_100, 0, 5).iter().any(|(id, _)| *id == away));
	});
}

#[test]
fn the_index_works_at_the_edges_of_the_map() {
	new_test_ext().execute_with(|| {
		// Southern and northern limits, the date line and the equator / prime meridian.
		for (lat, lon) in [
			(-80_000_000, 0),
			(80_000_000, 179_999_000),
			(0, -180_000_000),
			(-1, -1),
			(-33_868_800, 151_209_300),
		] {
			let id = lot_at(lat, lon, 3);
			let inside = if lat > 0 { lat - north(50) } else { lat + north(50) };
			let answer = near(inside, lon, 100, 0, 5);
			assert_eq!(answer.len(), 1, "at ({lat}, {lon})");
			assert_eq!(answer[0].0, id);
			assert!(answer[0].1.abs_diff(50) <= 1);
		}
	});
}

#[test]
fn nearby_refuses_questions_beyond_its_bounds() {
	new_test_ext().execute_with(|| {
		assert_eq!(Parking::nearby(80_000_001, LON, 100, 0, 1), Err(NearbyError::BadPosition));
		assert_eq!(Parking::nearby(LAT, -180_000_001, 100, 0, 1), Err(NearbyError::BadPosition));
		assert_eq!(Parking::nearby(LAT, LON, 3_001, 0, 1), Err(NearbyError::RadiusTooLarge));
		assert_eq!(Parking::nearby(LAT, LON, 100, 0, 0), Err(NearbyError::BadLimit));
		assert_eq!(Parking::nearby(LAT, LON, 100, 0, 6), Err(NearbyError::BadLimit));
		assert_eq!(Parking::nearby(LAT, LON, 3_000, 0, 5), Ok(vec![]));
	});
}
