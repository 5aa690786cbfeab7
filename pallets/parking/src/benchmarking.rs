//! Benchmarks of pallet-parking (FRAME benchmarking v2), on the heaviest paths: a lot into
//! a cell one short of full, batches of 1 to `MaxBatch` reports, a reservation into a block
//! one short of `MaxExpiriesPerBlock` endings, and a block ending that many reservations.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	assert_ok,
	traits::{Get, Hooks},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

const LAT: i32 = 39_908_700;
const LON: i32 = 116_397_500;

/// `n` lots reported by `operator`, stored directly (registration is benchmarked on its own).
fn lots<T: Config>(n: u32, operator: &T::AccountId) {
	for id in 0..n {
		Lots::<T>::insert(
			id,
			Lot {
				name: BoundedVec::truncate_from(b"lot".to_vec()),
				lat_e6: LAT,
				lon_e6: LON,
				reserved: 0,
				price_per_hour: 600,
				agency: 0,
			},
		);
	}
	pages::<T>(n.div_ceil(LOTS_PER_PAGE), operator);
	NextLotId::<T>::put(n);
}

/// `count` full occupancy pages of `operator`'s lots (capacity 1,000), and nothing else: an
/// occupancy report reads no more. The pages alternate between two active agencies, so a
/// batch over them reads an agency's status at every page (the most a batch reads).
fn pages<T: Config>(count: u32, operator: &T::AccountId) {
	let agencies = [0, 1].map(|seed| T::Agencies::benchmark_agency(seed, Roles::TRANSPORT).0);
	for page in 0..count {
		let entry = Occupancy {
			operator: operator.clone(),
			capacity: 1_000,
			occupied: 0,
			updated_at: 0u32.into(),
			agency: agencies[page as usize % 2],
		};
		OccupancyPages::<T>::insert(
			page,
			BoundedVec::truncate_from(vec![entry; LOTS_PER_PAGE as usize]),
		);
	}
}

/// A citizen's account, and the citizen.
fn citizen<T: Config>(seed: u32) -> (T::AccountId, CitizenId) {
	let who: T::AccountId = account("citizen", seed, 0);
	let mut id = [7u8; 32];
	id[..4].copy_from_slice(&seed.to_le_bytes());
	T::Citizens::benchmark_link(&id, &who);
	(who, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_lot() {
		let (agency, planner) = T::Agencies::benchmark_agency(0, Roles::TRANSPORT);
		let operator: T::AccountId = account("sensors", 0, 0);
		let full = (0..T::MaxLotsPerCell::get() - 1).map(|i| 1_000_000 + i).collect::<Vec<_>>();
		Cells::<T>::insert(geo::cell_of(LAT, LON), BoundedVec::truncate_from(full));
		let name = BoundedVec::truncate_from(vec![b'n'; T::MaxNameLen::get() as usize]);

		#[extrinsic_call]
		_(RawOrigin::Signed(planner), name, LAT, LON, 500, 600, operator.clone());

		assert_last_event::<T>(Event::LotRegistered { lot: 0, agency, operator });
		assert_eq!(Cells::<T>::get(geo::cell_of(LAT, LON)).len() as u32, T::MaxLotsPerCell::get());
	}

	/// `p` full pages, each named first by one update, then `e` more updates on the last page:
	/// `p` pages read and written and `p + e` lots checked and changed.
	#[benchmark]
	fn update_occupancy(
		p: Linear<1, { T::MaxBatch::get() / 2 }>,
		e: Linear<0, { T::MaxBatch::get() / 2 }>,
	) {
		let operator: T::AccountId = account("sensors", 0, 0);
		pages::<T>(p, &operator);
		let last = (p - 1) * LOTS_PER_PAGE;
		let updates: Vec<(LotId, u32)> = (0..p)
			.map(|page| (page * LOTS_PER_PAGE, page % 1_000))
			.chain((0..e).map(|k| (last + k % LOTS_PER_PAGE, k % 1_000)))
			.collect();
		let updates: BatchOf<T> = BoundedVec::truncate_from(updates);
		assert_eq!(page_runs(&updates), p);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), updates);

		assert_last_event::<T>(Event::OccupancyUpdated { operator, count: p + e });
		let expected = if e == 0 { (p - 1) % 1_000 } else { (e - 1) % 1_000 };
		let lot = if e == 0 { last } else { last + (e - 1) % LOTS_PER_PAGE };
		assert_eq!(Pallet::<T>::occupancy(lot).unwrap().occupied, expected);
	}

	#[benchmark]
	fn reserve() {
		let operator: T::AccountId = account("sensors", 0, 0);
		lots::<T>(1, &operator);
		let (who, citizen) = citizen::<T>(1);
		// The runner moves block 0 to 1 before the call; start there so `now` holds.
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let now = frame_system::Pallet::<T>::block_number();
		let minutes = T::MaxReservationMinutes::get();
		let ends_at: BlockNumberFor<T> = now + T::BlocksPerMinute::get() * minutes.into();
		let others = (0..T::MaxExpiriesPerBlock::get() - 1).map(|i| 1_000_000 + i as u64);
		ExpiringAt::<T>::insert(ends_at, BoundedVec::truncate_from(others.collect::<Vec<_>>()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who), 0, now, minutes);

		assert_last_event::<T>(Event::Reserved { reservation: 0, lot: 0, citizen, ends_at });
	}

	#[benchmark]
	fn cancel_reservation() {
		let operator: T::AccountId = account("sensors", 0, 0);
		lots::<T>(1, &operator);
		let (who, _) = citizen::<T>(1);
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let now = frame_system::Pallet::<T>::block_number();
		let minutes = T::MaxReservationMinutes::get();
		assert_ok!(Pallet::<T>::reserve(RawOrigin::Signed(who.clone()).into(), 0, now, minutes));

		#[extrinsic_call]
		_(RawOrigin::Signed(who), 0);

		assert_last_event::<T>(Event::ReservationCancelled { reservation: 0, lot: 0 });
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxExpiriesPerBlock::get() }>) {
		let operator: T::AccountId = account("sensors", 0, 0);
		lots::<T>(1, &operator);
		let now = frame_system::Pallet::<T>::block_number();
		let ends_at: BlockNumberFor<T> = now + T::BlocksPerMinute::get() * 10u32.into();
		for i in 0..n {
			let (_, citizen) = citizen::<T>(i);
			Reservations::<T>::insert(
				i as u64,
				Reservation { lot: 0, citizen, starts_at: now, ends_at },
			);
			ReservationCount::<T>::insert(citizen, 1);
		}
		Lots::<T>::mutate(0, |lot| lot.as_mut().unwrap().reserved = n);
		ExpiringAt::<T>::insert(
			ends_at,
			BoundedVec::truncate_from((0..n as u64).collect::<Vec<_>>()),
		);

		#[block]
		{
			Pallet::<T>::on_initialize(ends_at);
		}

		assert_eq!(Lots::<T>::get(0).unwrap().reserved, 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext().unchecked(), crate::mock::Test);
}
