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
mod features;
pub mod geo;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
/// The records this pallet stores, shared with the runtime API: [`civitas_primitives::parking`].
pub use civitas_primitives::parking as types;
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
pub mod weights;

pub use civitas_primitives::{AgencyId, AgencyRoles, CitizenAccounts, CitizenId, Roles};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use civitas_primitives::support::ExpiryQueue;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

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
	/// A lot as `nearby` answers it, with its distance.
	pub type NearbyLotOf<T> = NearbyLot<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// An occupancy batch: (lot, occupied) pairs.
	pub type BatchOf<T> = BoundedVec<(LotId, u32), <T as Config>::MaxBatch>;

	/// The storage layout's version (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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

	/// The reservations that end at each block (if still in force then).
	#[pallet::storage]
	pub type ExpiringAt<T: Config> = StorageMap<
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
		/// The lot's name is empty.
		EmptyName,
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
		/// The lot's agency is suspended: its lots take no reports until it is resumed.
		InactiveAgency,
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
		TooManyExpiring,
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
		/// Check the pallet's invariants: its counters and indexes against the storage they
		/// count (see `invariants.rs`).
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		/// Release the reservations that end at this block.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = ExpiringAt::<T>::due(now);
			let count = due.len() as u32;
			for reservation in due {
				Self::expire(reservation);
			}
			T::WeightInfo::on_initialize(count)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a lot and index it by position (micro-degrees), with its capacity, its
		/// price per hour and the account that reports its occupancy.
		///
		/// Origin: a `TRANSPORT` operator. Emits `LotRegistered` (with the new lot id).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_lot())]
		pub fn register_lot(
			origin: OriginFor<T>,
			name: NameOf<T>,
			lat_e6: i32,
			lon_e6: i32,
			capacity: u32,
			price_per_hour: u32,
			operator: T::AccountId,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::TRANSPORT)?;
			Self::do_register_lot(agency, name, lat_e6, lon_e6, capacity, price_per_hour, operator)
		}

		/// Report how many spaces are occupied in each of up to `MaxBatch` lots. All or
		/// nothing: one lot that is not the signer's, one count above its capacity, or one lot
		/// of a suspended agency refuses the whole batch. A lot named twice keeps the later count.
		///
		/// The weight counts the occupancy pages the batch reads and writes — one per run of
		/// consecutive lots on the same page ([`page_runs`]) — so a batch sorted by lot costs
		/// least.
		///
		/// Origin: the lots' operator account. Emits `OccupancyUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::occupancy_weight(updates))]
		pub fn update_occupancy(origin: OriginFor<T>, updates: BatchOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_occupancy(who, updates)
		}

		/// Hold a space in `lot` for the signer, who means to park from block `starts_at` for
		/// `minutes`; it is held from now until then, and released at that block.
		///
		/// Origin: an active citizen's own account. Emits `Reserved` (with the new
		/// reservation id and its end block).
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
			Self::do_reserve(citizen, lot, starts_at, minutes)
		}

		/// Give a reserved space back before its end.
		///
		/// Origin: the account of the citizen who reserved it. Emits `ReservationCancelled`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel_reservation())]
		pub fn cancel_reservation(
			origin: OriginFor<T>,
			reservation: ReservationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_reservation(who, reservation)
		}
	}
}

/// Who may send each call for free (see [`civitas_primitives::FreeWork`]): a transport
/// bureau's lots and its sensors' reports (the call checks the lot's own operator); drivers'
/// reservations pay.
impl<T: Config> civitas_primitives::AgencyWork for Call<T> {
	fn agency_work(&self) -> civitas_primitives::FreeWork {
		use civitas_primitives::{FreeWork, Roles};
		match self {
			Call::register_lot { .. } | Call::update_occupancy { .. } => {
				FreeWork::AllOf(Roles::TRANSPORT)
			},
			Call::reserve { .. } | Call::cancel_reservation { .. } | Call::__Ignore(..) => {
				FreeWork::Nobody
			},
		}
	}
}
