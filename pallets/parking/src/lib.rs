//! # pallet-parking
//!
//! Real-time parking for the whole city: the chain's hottest write path and its most-called
//! query.
//!
//! - **Lots**: a `TRANSPORT` operator registers a lot — name, position in micro-degrees,
//!   capacity, price per hour and the account of the system that reports its occupancy. Each
//!   lot goes into a spatial index of fixed grid cells of about 500 m ([`geo`]).
//! - **Occupancy**: a lot's operator reports `(lot, occupied)` for up to `MaxBatch` lots in
//!   one `update_occupancy` call, in O(batch) work; the whole batch is refused if any lot is
//!   not theirs or any count exceeds its capacity. What a report changes is kept apart from
//!   the lot's description, [`LOTS_PER_PAGE`] lots to a storage entry, so a batch over
//!   neighbouring lots reads and writes one entry per page, not one per lot; its weight
//!   counts the pages it touches ([`page_runs`]). A lot with no report for `StaleAfter`
//!   blocks is reported as stale.
//! - **Reservations**: a citizen's own account holds a space (`reserve`) from now until a
//!   bounded time; at that block's start it is released, in work bounded by
//!   `MaxExpiriesPerBlock`. The citizen may cancel sooner.
//! - **Nearby**: [`Pallet::nearby`] reads only the grid cells a circle touches, and answers the
//!   lots within it that have enough free spaces, nearest first.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod geo;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use civitas_primitives::{AgencyId, AgencyRoles, CitizenAccounts, CitizenId, Roles};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// Why `nearby` refused a question.
#[derive(Clone, Copy, PartialEq, Eq, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo)]
pub enum NearbyError {
	/// The latitude is beyond ±80° or the longitude beyond ±180°.
	BadPosition,
	/// The radius is above `MaxRadius` metres.
	RadiusTooLarge,
	/// The limit is zero or above `MaxNearby`.
	BadLimit,
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{collections::BTreeMap, vec::Vec};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Saturating;

	/// A lot's name: at most `MaxNameLen` bytes.
	pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;
	/// A lot as stored.
	pub type LotOf<T> = Lot<NameOf<T>>;
	/// A lot's occupancy entry.
	pub type OccupancyOf<T> = Occupancy<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A page of occupancy entries: lots `64 × page` to `64 × page + 63`.
	pub type PageOf<T> = BoundedVec<OccupancyOf<T>, ConstU32<LOTS_PER_PAGE>>;
	/// A lot as queries answer it.
	pub type LotViewOf<T> = LotView<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// An occupancy batch: (lot, occupied) pairs.
	pub type BatchOf<T> = BoundedVec<(LotId, u32), <T as Config>::MaxBatch>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who acts for which agency, with which roles.
		type Agencies: AgencyRoles<Self::AccountId, Self::RuntimeOrigin>;

		/// Which citizen an account signs for.
		type Citizens: CitizenAccounts<Self::AccountId>;

		/// The most `(lot, occupied)` pairs in one `update_occupancy`.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// The longest lot name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// The most lots in one grid cell.
		#[pallet::constant]
		type MaxLotsPerCell: Get<u32>;

		/// A lot with no occupancy report for this many blocks is stale.
		#[pallet::constant]
		type StaleAfter: Get<BlockNumberFor<Self>>;

		/// Blocks in a minute (reservations are asked for in minutes).
		#[pallet::constant]
		type BlocksPerMinute: Get<BlockNumberFor<Self>>;

		/// The longest reservation, in minutes.
		#[pallet::constant]
		type MaxReservationMinutes: Get<u32>;

		/// How far ahead a reservation may start, in blocks.
		#[pallet::constant]
		type MaxAdvance: Get<BlockNumberFor<Self>>;

		/// The most reservations one citizen may hold at once.
		#[pallet::constant]
		type MaxReservationsPerCitizen: Get<u32>;

		/// The most reservations that may end in one block.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// The largest radius `nearby` searches, in metres.
		#[pallet::constant]
		type MaxRadius: Get<u32>;

		/// The most lots `nearby` answers.
		#[pallet::constant]
		type MaxNearby: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The next lot's number.
	#[pallet::storage]
	pub type NextLotId<T> = StorageValue<_, LotId, ValueQuery>;

	/// Every lot's description and reservations.
	#[pallet::storage]
	pub type Lots<T: Config> = StorageMap<_, Twox64Concat, LotId, LotOf<T>>;

	/// Every lot's occupancy, [`LOTS_PER_PAGE`] lots to a page: lot `id` is entry
	/// `id % LOTS_PER_PAGE` of page `id / LOTS_PER_PAGE`.
	#[pallet::storage]
	pub type OccupancyPages<T: Config> = StorageMap<_, Twox64Concat, u32, PageOf<T>, ValueQuery>;

	/// The spatial index: the lots in each grid cell (row, column).
	#[pallet::storage]
	pub type Cells<T: Config> =
		StorageMap<_, Twox64Concat, geo::Cell, BoundedVec<LotId, T::MaxLotsPerCell>, ValueQuery>;

	/// The next reservation's number.
	#[pallet::storage]
	pub type NextReservationId<T> = StorageValue<_, ReservationId, ValueQuery>;

	/// Reservations in force.
	#[pallet::storage]
	pub type Reservations<T: Config> =
		StorageMap<_, Twox64Concat, ReservationId, Reservation<BlockNumberFor<T>>>;

	/// How many reservations each citizen holds.
	#[pallet::storage]
	pub type ReservationCount<T: Config> =
		StorageMap<_, Blake2_128Concat, CitizenId, u32, ValueQuery>;

	/// The reservations that end at each block.
	#[pallet::storage]
	pub type EndingAt<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<ReservationId, T::MaxExpiriesPerBlock>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A transport agency registered a lot.
		LotRegistered { lot: LotId, agency: AgencyId, operator: T::AccountId },
		/// An operator reported the occupancy of `count` lots.
		OccupancyUpdated { operator: T::AccountId, count: u32 },
		/// A citizen reserved a space until `ends_at`.
		Reserved {
			reservation: ReservationId,
			lot: LotId,
			citizen: CitizenId,
			ends_at: BlockNumberFor<T>,
		},
		/// The citizen cancelled a reservation.
		ReservationCancelled { reservation: ReservationId, lot: LotId },
		/// A reservation ended and its space is free again.
		ReservationEnded { reservation: ReservationId, lot: LotId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The name is empty or longer than `MaxNameLen`.
		BadName,
		/// The latitude is beyond ±80° or the longitude beyond ±180°.
		BadPosition,
		/// A lot needs at least one space.
		ZeroCapacity,
		/// The lot's grid cell holds `MaxLotsPerCell` lots already.
		CellFull,
		/// No lot has this id.
		UnknownLot,
		/// The signer does not report this lot's occupancy.
		NotLotOperator,
		/// A lot cannot have more occupied spaces than it has.
		OverCapacity,
		/// A batch must name at least one lot.
		EmptyBatch,
		/// The signer is no active citizen's account.
		NotACitizen,
		/// The lot has no free space.
		LotFull,
		/// A reservation lasts from 1 to `MaxReservationMinutes` minutes.
		BadDuration,
		/// A reservation starts now or later, and at most `MaxAdvance` blocks ahead.
		BadStart,
		/// The citizen holds `MaxReservationsPerCitizen` reservations already.
		TooManyReservations,
		/// As many reservations as `MaxExpiriesPerBlock` end in that block already; choose
		/// another time.
		TooManyEnding,
		/// No reservation in force has this id.
		UnknownReservation,
		/// Only the citizen who reserved may cancel.
		NotYourReservation,
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// How many lots share one occupancy page (see [`page_runs`] for what a batch costs).
		#[allow(non_snake_case)]
		fn LotsPerPage() -> u32 {
			LOTS_PER_PAGE
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Release the reservations that end at this block.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let ending = EndingAt::<T>::take(now);
			let count = ending.len() as u32;
			for reservation in ending {
				if let Some(record) = Reservations::<T>::take(reservation) {
					Self::release(&record);
					Self::deposit_event(Event::ReservationEnded { reservation, lot: record.lot });
				}
			}
			T::WeightInfo::on_initialize(count)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a lot and index it by position.
		///
		/// Origin: a `TRANSPORT` operator. Emits `LotRegistered` with the lot's number.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_lot())]
		pub fn register_lot(
			origin: OriginFor<T>,
			name: Vec<u8>,
			lat_e6: i32,
			lon_e6: i32,
			capacity: u32,
			price_per_hour: u32,
			operator: T::AccountId,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::TRANSPORT)?;
			ensure!(!name.is_empty(), Error::<T>::BadName);
			let name: NameOf<T> = name.try_into().map_err(|_| Error::<T>::BadName)?;
			ensure!(geo::valid(lat_e6, lon_e6), Error::<T>::BadPosition);
			ensure!(capacity > 0, Error::<T>::ZeroCapacity);
			let lot = NextLotId::<T>::get();
			Cells::<T>::try_mutate(geo::cell_of(lat_e6, lon_e6), |cell| cell.try_push(lot))
				.map_err(|_| Error::<T>::CellFull)?;
			let (page, _) = page_of(lot);
			// Lots are numbered in order, so the new lot's entry is always the page's next one.
			OccupancyPages::<T>::try_mutate(page, |entries| {
				entries.try_push(Occupancy {
					operator: operator.clone(),
					capacity,
					occupied: 0,
					updated_at: frame_system::Pallet::<T>::block_number(),
				})
			})
			// Unreachable while lots are numbered in order; refused rather than misplaced.
			.map_err(|_| DispatchError::Corruption)?;
			NextLotId::<T>::put(lot + 1);
			Lots::<T>::insert(
				lot,
				Lot { name, lat_e6, lon_e6, reserved: 0, price_per_hour, agency },
			);
			Self::deposit_event(Event::LotRegistered { lot, agency, operator });
			Ok(())
		}

		/// Report how many spaces are occupied in each of up to `MaxBatch` lots. All or
		/// nothing: one lot that is not the signer's, or one count above its capacity, refuses
		/// the whole batch. A lot named twice keeps the later count.
		///
		/// The weight counts the occupancy pages the batch reads and writes — one per run of
		/// consecutive lots on the same page ([`page_runs`]) — so a batch sorted by lot costs
		/// least.
		///
		/// Origin: the lots' operator account.
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::occupancy_weight(updates))]
		pub fn update_occupancy(origin: OriginFor<T>, updates: BatchOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!updates.is_empty(), Error::<T>::EmptyBatch);
			let now = frame_system::Pallet::<T>::block_number();
			// The page being changed: read at the first of a run of its lots, written back when
			// the run ends. A refusal part-way undoes every page written (the call is
			// transactional).
			let mut open: Option<(u32, PageOf<T>)> = None;
			for &(lot, occupied) in updates.iter() {
				let (page, index) = page_of(lot);
				let entries = match open {
					Some((current, ref mut entries)) if current == page => entries,
					_ => {
						if let Some((done, entries)) = open.take() {
							OccupancyPages::<T>::insert(done, entries);
						}
						&mut open.insert((page, OccupancyPages::<T>::get(page))).1
					},
				};
				let entry = entries.get_mut(index).ok_or(Error::<T>::UnknownLot)?;
				ensure!(entry.operator == who, Error::<T>::NotLotOperator);
				ensure!(occupied <= entry.capacity, Error::<T>::OverCapacity);
				entry.occupied = occupied;
				entry.updated_at = now;
			}
			if let Some((page, entries)) = open {
				OccupancyPages::<T>::insert(page, entries);
			}
			Self::deposit_event(Event::OccupancyUpdated {
				operator: who,
				count: updates.len() as u32,
			});
			Ok(())
		}

		/// Hold a space in `lot` for the signer, who means to park from `starts_at` for
		/// `minutes`; it is held from now until then, and released at that block.
		///
		/// Origin: an active citizen's own account.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reserve())]
		pub fn reserve(
			origin: OriginFor<T>,
			lot: LotId,
			starts_at: BlockNumberFor<T>,
			minutes: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let citizen = T::Citizens::citizen_of(&who).ok_or(Error::<T>::NotACitizen)?;
			ensure!(
				(1..=T::MaxReservationMinutes::get()).contains(&minutes),
				Error::<T>::BadDuration
			);
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
			let reservation = NextReservationId::<T>::get();
			EndingAt::<T>::try_mutate(ends_at, |ending| ending.try_push(reservation))
				.map_err(|_| Error::<T>::TooManyEnding)?;
			NextReservationId::<T>::put(reservation + 1);
			record.reserved += 1;
			Lots::<T>::insert(lot, record);
			ReservationCount::<T>::insert(citizen, held + 1);
			Reservations::<T>::insert(
				reservation,
				Reservation { lot, citizen, starts_at, ends_at },
			);
			Self::deposit_event(Event::Reserved { reservation, lot, citizen, ends_at });
			Ok(())
		}

		/// Give a reserved space back before its end.
		///
		/// Origin: the account of the citizen who reserved it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel_reservation())]
		pub fn cancel_reservation(
			origin: OriginFor<T>,
			reservation: ReservationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record =
				Reservations::<T>::get(reservation).ok_or(Error::<T>::UnknownReservation)?;
			ensure!(
				T::Citizens::citizen_of(&who) == Some(record.citizen),
				Error::<T>::NotYourReservation
			);
			Reservations::<T>::remove(reservation);
			Self::release(&record);
			Self::deposit_event(Event::ReservationCancelled { reservation, lot: record.lot });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Give a reservation's space back to its lot and its slot back to its citizen.
		fn release(record: &Reservation<BlockNumberFor<T>>) {
			Lots::<T>::mutate(record.lot, |lot| {
				if let Some(lot) = lot {
					lot.reserved = lot.reserved.saturating_sub(1);
				}
			});
			ReservationCount::<T>::mutate(record.citizen, |held| *held = held.saturating_sub(1));
		}

		/// The weight of an occupancy batch: its pages and the updates beyond one per page.
		pub fn occupancy_weight(updates: &BatchOf<T>) -> Weight {
			let pages = page_runs(updates);
			T::WeightInfo::update_occupancy(pages, (updates.len() as u32).saturating_sub(pages))
		}

		/// A lot's occupancy entry.
		pub fn occupancy(lot: LotId) -> Option<OccupancyOf<T>> {
			let (page, index) = page_of(lot);
			OccupancyPages::<T>::get(page).get(index).cloned()
		}

		fn view(
			id: LotId,
			lot: LotOf<T>,
			occupancy: OccupancyOf<T>,
			now: BlockNumberFor<T>,
		) -> LotViewOf<T> {
			LotView {
				id,
				free: occupancy.free(lot.reserved),
				stale: now.saturating_sub(occupancy.updated_at) > T::StaleAfter::get(),
				name: lot.name.into_inner(),
				lat_e6: lot.lat_e6,
				lon_e6: lot.lon_e6,
				capacity: occupancy.capacity,
				occupied: occupancy.occupied,
				reserved: lot.reserved,
				price_per_hour: lot.price_per_hour,
				operator: occupancy.operator,
				agency: lot.agency,
				updated_at: occupancy.updated_at,
			}
		}

		/// A lot with its free count and staleness (for `ParkingApi::lot`).
		pub fn lot(id: LotId) -> Option<LotViewOf<T>> {
			let lot = Lots::<T>::get(id)?;
			let occupancy = Self::occupancy(id)?;
			Some(Self::view(id, lot, occupancy, frame_system::Pallet::<T>::block_number()))
		}

		/// The lots within `radius_m` metres of a position with at least `min_free` free
		/// spaces, nearest first (ties by id), at most `limit` (for `ParkingApi::nearby`).
		/// Reads only the grid cells the circle touches.
		pub fn nearby(
			lat_e6: i32,
			lon_e6: i32,
			radius_m: u32,
			min_free: u32,
			limit: u32,
		) -> Result<Vec<NearbyLot<T::AccountId, BlockNumberFor<T>>>, NearbyError> {
			ensure!(geo::valid(lat_e6, lon_e6), NearbyError::BadPosition);
			ensure!(radius_m <= T::MaxRadius::get(), NearbyError::RadiusTooLarge);
			ensure!(limit > 0 && limit <= T::MaxNearby::get(), NearbyError::BadLimit);
			let now = frame_system::Pallet::<T>::block_number();
			let ((row0, col0), (row1, col1)) = geo::cells_around(lat_e6, lon_e6, radius_m);
			let mut found = Vec::new();
			// Each occupancy page once, however many of its lots the circle holds.
			let mut pages = BTreeMap::<u32, PageOf<T>>::new();
			for row in row0..=row1 {
				for col in col0..=col1 {
					for id in Cells::<T>::get((row, col)) {
						let Some(lot) = Lots::<T>::get(id) else { continue };
						let distance_m = geo::distance_m(lat_e6, lon_e6, lot.lat_e6, lot.lon_e6);
						if distance_m > radius_m {
							continue;
						}
						let (page, index) = page_of(id);
						let entries =
							pages.entry(page).or_insert_with(|| OccupancyPages::<T>::get(page));
						let Some(occupancy) = entries.get(index).cloned() else { continue };
						if occupancy.free(lot.reserved) >= min_free {
							let lot = Self::view(id, lot, occupancy, now);
							found.push(NearbyLot { distance_m, lot });
						}
					}
				}
			}
			found.sort_by_key(|near| (near.distance_m, near.lot.id));
			found.truncate(limit as usize);
			Ok(found)
		}
	}
}
