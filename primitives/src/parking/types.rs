//! What pallet-parking stores: lots (public facilities, no personal data) and reservations
//! (by a citizen's commitment, never a name or a plate).

use alloc::vec::Vec;
use civitas_primitives::{AgencyId, CitizenId};
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A lot's number, in registration order from 0.
pub type LotId = u32;

/// A reservation's number, in order from 0.
pub type ReservationId = u64;

/// How many lots share one page of [`Occupancy`] entries: lot `id` is entry `id % 64` of page
/// `id / 64`. An occupancy batch over neighbouring lots (an operator's lots are registered
/// together, so their numbers are neighbours) reads and writes one page per 64 lots instead of
/// one entry per lot.
pub const LOTS_PER_PAGE: u32 = 64;

/// The page holding a lot's occupancy, and the lot's place in it.
pub fn page_of(lot: LotId) -> (u32, usize) {
	(lot / LOTS_PER_PAGE, (lot % LOTS_PER_PAGE) as usize)
}

/// How many pages a batch of `(lot, occupied)` pairs reads and writes: one for each run of
/// consecutive pairs on the same page. A batch sorted by lot touches each page once.
pub fn page_runs(updates: &[(LotId, u32)]) -> u32 {
	let mut runs = 0;
	let mut last = None;
	for &(lot, _) in updates {
		let page = page_of(lot).0;
		if last != Some(page) {
			runs += 1;
			last = Some(page);
		}
	}
	runs
}

/// A parking lot's fixed description and its reservations. What its sensors report lives in
/// its [`Occupancy`] entry.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Lot<Name> {
	/// Its public name.
	pub name: Name,
	/// Where it is, in micro-degrees.
	pub lat_e6: i32,
	pub lon_e6: i32,
	/// How many spaces are held for reservations.
	pub reserved: u32,
	/// The price of an hour, in the smallest unit of the city's currency (fen).
	pub price_per_hour: u32,
	/// The transport agency that registered it.
	pub agency: AgencyId,
}

/// What an occupancy report checks and changes for one lot: who may report, the lot's size,
/// and the last report.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Occupancy<AccountId, BlockNumber> {
	/// The account whose system reports its occupancy.
	pub operator: AccountId,
	/// How many spaces it has.
	pub capacity: u32,
	/// How many are occupied, as its sensors last reported.
	pub occupied: u32,
	/// When its occupancy was last reported (its registration, before the first report).
	pub updated_at: BlockNumber,
	/// The transport agency that registered the lot: while it is suspended, the lot takes
	/// no reports.
	pub agency: AgencyId,
}

impl<AccountId, BlockNumber> Occupancy<AccountId, BlockNumber> {
	/// Spaces neither occupied nor held for the lot's `reserved` reservations.
	pub fn free(&self, reserved: u32) -> u32 {
		self.capacity.saturating_sub(self.occupied).saturating_sub(reserved)
	}
}

/// A space held for a citizen.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Reservation<BlockNumber> {
	/// The lot.
	pub lot: LotId,
	/// Who holds it.
	pub citizen: CitizenId,
	/// From which block the driver means to park.
	pub starts_at: BlockNumber,
	/// The block at whose start the space is released.
	pub ends_at: BlockNumber,
}

/// A lot as `ParkingApi::lot` and `nearby` answer.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct LotView<AccountId, BlockNumber> {
	pub id: LotId,
	pub name: Vec<u8>,
	pub lat_e6: i32,
	pub lon_e6: i32,
	pub capacity: u32,
	pub occupied: u32,
	pub reserved: u32,
	/// Spaces neither occupied nor reserved.
	pub free: u32,
	pub price_per_hour: u32,
	pub operator: AccountId,
	pub agency: AgencyId,
	pub updated_at: BlockNumber,
	/// No occupancy report within the stale time: `free` may be wrong.
	pub stale: bool,
}

/// One answer of `ParkingApi::nearby`: a lot and how far it is.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct NearbyLot<AccountId, BlockNumber> {
	/// Metres from the point asked about.
	pub distance_m: u32,
	pub lot: LotView<AccountId, BlockNumber>,
}

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
