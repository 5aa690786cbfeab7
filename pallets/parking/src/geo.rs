//! Positions, grid cells and distances in integer arithmetic (the runtime has no floats).
//!
//! Positions are micro-degrees (`lat_e6`, `lon_e6`). The city is cut into square grid cells
//! of [`CELL_E6`] micro-degrees a side: about 500 m north–south everywhere and 500 m × cos(lat)
//! east–west (about 380 m in Beijing). Distances use the equirectangular projection around the
//! query point, with the cosine from Bhaskara I's rational approximation — within 0.2 % of the
//! great-circle distance for the few kilometres a parking search spans.

/// A grid cell's side, in micro-degrees of latitude and of longitude.
pub const CELL_E6: i32 = 4_500;

/// Metres in one degree of latitude (mean Earth radius 6,371,009 m × π / 180).
pub const METRES_PER_DEGREE: i64 = 111_195;

/// Positions are refused beyond ±80° of latitude, where longitude cells grow too narrow for
/// a bounded search (no city of ours lies there).
pub const MAX_LAT_E6: i32 = 80_000_000;

/// Longitudes lie within ±180°.
pub const MAX_LON_E6: i32 = 180_000_000;

/// A grid cell: (row, column) = (lat_e6, lon_e6) divided by [`CELL_E6`], rounded down.
pub type Cell = (i32, i32);

/// Whether a position is one the chain accepts.
pub fn valid(lat_e6: i32, lon_e6: i32) -> bool {
	(-MAX_LAT_E6..=MAX_LAT_E6).contains(&lat_e6) && (-MAX_LON_E6..=MAX_LON_E6).contains(&lon_e6)
}

/// The cell a position falls in. A position on a cell's edge belongs to the cell north (east)
/// of it.
pub fn cell_of(lat_e6: i32, lon_e6: i32) -> Cell {
	(lat_e6.div_euclid(CELL_E6), lon_e6.div_euclid(CELL_E6))
}

/// cos(latitude) × 1,000,000, by Bhaskara I: cos θ ≈ (32400 − 4θ²) / (32400 + θ²) for θ in
/// degrees within ±90.
pub fn cos_e6(lat_e6: i32) -> i64 {
	let theta = lat_e6 as i128; // micro-degrees
	let square = theta * theta; // micro-degrees squared
	let full = 32_400i128 * 1_000_000_000_000; // 32400 degrees² in micro-degrees²
	((full - 4 * square) * 1_000_000 / (full + square)) as i64
}

/// The distance in metres from (`lat_e6`, `lon_e6`) to (`to_lat_e6`, `to_lon_e6`), rounded
/// down.
pub fn distance_m(lat_e6: i32, lon_e6: i32, to_lat_e6: i32, to_lon_e6: i32) -> u32 {
	let mean_lat = ((lat_e6 as i64 + to_lat_e6 as i64) / 2) as i32;
	let north = (to_lat_e6 as i64 - lat_e6 as i64) as i128 * METRES_PER_DEGREE as i128;
	let east = (to_lon_e6 as i64 - lon_e6 as i64) as i128
		* METRES_PER_DEGREE as i128
		* cos_e6(mean_lat) as i128
		/ 1_000_000;
	// Both are metres × 10^6 here; the distance is the root of the sum of squares.
	let squared = (north * north + east * east) as u128;
	(isqrt(squared) / 1_000_000) as u32
}

/// The cells a circle of `radius_m` around a position may touch, as inclusive ranges of rows
/// and columns.
pub fn cells_around(lat_e6: i32, lon_e6: i32, radius_m: u32) -> (Cell, Cell) {
	// Micro-degrees of latitude the radius spans, rounded up.
	let dlat = div_up(radius_m as i64 * 1_000_000, METRES_PER_DEGREE) as i32 + 1;
	// At the circle's edge farthest from the equator, a degree of longitude is shortest.
	let far = (lat_e6.unsigned_abs() as i64 + dlat as i64).min(MAX_LAT_E6 as i64 + dlat as i64);
	let cos = cos_e6(far.min(89_000_000) as i32).max(1);
	let dlon = div_up(dlat as i64 * 1_000_000, cos).min(MAX_LON_E6 as i64) as i32 + 1;
	(
		cell_of(lat_e6.saturating_sub(dlat), lon_e6.saturating_sub(dlon)),
		cell_of(lat_e6.saturating_add(dlat), lon_e6.saturating_add(dlon)),
	)
}

/// ⌈a / b⌉ for a ≥ 0 and b > 0.
fn div_up(a: i64, b: i64) -> i64 {
	(a + b - 1) / b
}

/// ⌊√n⌋ by Newton's method.
fn isqrt(n: u128) -> u128 {
	if n < 2 {
		return n;
	}
	let mut x = 1u128 << ((128 - n.leading_zeros()).div_ceil(2));
	loop {
		let y = (x + n / x) / 2;
		if y >= x {
			return x;
		}
		x = y;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn cosine_is_close_over_the_whole_range() {
		for degrees in [0, 10, 30, 39, 40, 45, 60, 80, -40] {
			let exact = ((degrees as f64).to_radians().cos() * 1e6) as i64;
			let ours = cos_e6(degrees * 1_000_000);
			assert!((exact - ours).abs() <= 1_700, "{degrees}°: {ours} vs {exact}");
		}
		assert_eq!(cos_e6(0), 1_000_000);
		assert_eq!(cos_e6(90_000_000), 0);
	}

	#[test]
	fn distances_match_the_haversine_within_a_fifth_of_a_percent() {
		// Tiananmen to a few points around Beijing.
		let (lat, lon) = (39_908_700, 116_397_500);
		for (to_lat, to_lon) in [
			(39_915_000, 116_404_000),
			(39_990_000, 116_310_000),
			(39_820_000, 116_500_000),
			(39_908_700, 116_420_000),
			(39_930_000, 116_397_500),
		] {
			let haversine = {
				let (p1, p2) =
					((lat as f64 / 1e6).to_radians(), (to_lat as f64 / 1e6).to_radians());
				let dp = p2 - p1;
				let dl = ((to_lon - lon) as f64 / 1e6).to_radians();
				let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
				2.0 * 6_371_009.0 * a.sqrt().asin()
			};
			let ours = distance_m(lat, lon, to_lat, to_lon) as f64;
			assert!((ours - haversine).abs() <= haversine * 0.002 + 1.0, "{ours} vs {haversine}");
		}
		assert_eq!(distance_m(lat, lon, lat, lon), 0);
	}

	#[test]
	fn cells_split_on_edges_and_below_zero() {
		assert_eq!(cell_of(0, 0), (0, 0));
		assert_eq!(cell_of(CELL_E6 - 1, CELL_E6 - 1), (0, 0));
		assert_eq!(cell_of(CELL_E6, CELL_E6), (1, 1));
		assert_eq!(cell_of(-1, -1), (-1, -1));
		assert_eq!(cell_of(-CELL_E6, -CELL_E6), (-1, -1));
		assert_eq!(cell_of(-CELL_E6 - 1, 0), (-2, 0));
	}

	#[test]
	fn the_cells_around_a_point_cover_its_circle() {
		let (lat, lon) = (39_908_700, 116_397_500);
		for radius in [1, 499, 500, 1_000, 3_000] {
			let ((r0, c0), (r1, c1)) = cells_around(lat, lon, radius);
			// Every point on the circle (sampled) falls in a listed cell.
			for step in 0..360 {
				let angle = (step as f64).to_radians();
				let north = radius as f64 * angle.sin();
				let east = radius as f64 * angle.cos();
				let to_lat = lat + (north / 111_195.0 * 1e6) as i32;
				let to_lon =
					lon + (east / (111_195.0 * (lat as f64 / 1e6).to_radians().cos()) * 1e6) as i32;
				let (r, c) = cell_of(to_lat, to_lon);
				assert!((r0..=r1).contains(&r) && (c0..=c1).contains(&c), "radius {radius}");
			}
			assert!((r1 - r0 + 1) * (c1 - c0 + 1) <= 4 * (radius as i32 / 380 + 3).pow(2));
		}
	}

	#[test]
	fn square_roots_are_exact_floors() {
		for n in [0u128, 1, 2, 3, 4, 15, 16, 17, 1 << 64, u64::MAX as u128 * 3] {
			let r = isqrt(n);
			assert!(r * r <= n && (r + 1) * (r + 1) > n, "{n}");
		}
	}
}
