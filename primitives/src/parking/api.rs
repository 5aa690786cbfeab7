//! `ParkingApi`: what clients and the `civitas_*` RPC ask about parking. Callable through
//! `state_call` and described in the metadata (`api.call.parkingApi.*` in @polkadot/api).

use super::{LotId, LotView, NearbyError, NearbyLot};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Lots and the nearby search.
	#[api_version(1)]
	pub trait ParkingApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// A lot with its free spaces and whether its report is stale.
		fn lot(id: LotId) -> Option<LotView<AccountId, BlockNumber>>;

		/// The lots within `radius_m` metres of (`lat_e6`, `lon_e6`) with at least `min_free`
		/// free spaces, nearest first, at most `limit`.
		fn nearby(
			lat_e6: i32,
			lon_e6: i32,
			radius_m: u32,
			min_free: u32,
			limit: u32,
		) -> Result<Vec<NearbyLot<AccountId, BlockNumber>>, NearbyError>;
	}
}
