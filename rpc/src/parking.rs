//! `civitas_parkingLot` and `civitas_parkingNearby`: the `ParkingApi` runtime API in JSON.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use crate::{best_or, invalid_params, runtime_error};
use civitas_primitives::parking::{LotView, NearbyError, ParkingApi as ParkingRuntimeApi};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// How many lots `civitas_parkingNearby` answers when no limit is given.
pub const DEFAULT_NEARBY_LIMIT: u32 = 20;

/// A lot, as `civitas_parkingLot` answers and `civitas_parkingNearby` lists.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LotJson {
	pub lot: u32,
	/// Metres from the point asked about (`civitas_parkingNearby` only).
	#[serde(skip_serializing_if = "Option::is_none")]
	pub distance_m: Option<u32>,
	pub name: String,
	pub lat_e6: i32,
	pub lon_e6: i32,
	pub capacity: u32,
	pub occupied: u32,
	pub reserved: u32,
	/// Spaces neither occupied nor reserved.
	pub free: u32,
	/// Per hour, in fen.
	pub price_per_hour: u32,
	/// The account that reports the lot's occupancy, SS58.
	pub operator: String,
	pub agency: u32,
	/// The block of the last occupancy report.
	pub updated_at: u64,
	/// No report within the stale time: `free` may be wrong.
	pub stale: bool,
}

fn lot_json<AccountId: Display, BlockNumber: Into<u64>>(
	lot: LotView<AccountId, BlockNumber>,
	distance_m: Option<u32>,
) -> LotJson {
	LotJson {
		lot: lot.id,
		distance_m,
		name: String::from_utf8_lossy(&lot.name).into_owned(),
		lat_e6: lot.lat_e6,
		lon_e6: lot.lon_e6,
		capacity: lot.capacity,
		occupied: lot.occupied,
		reserved: lot.reserved,
		free: lot.free,
		price_per_hour: lot.price_per_hour,
		operator: lot.operator.to_string(),
		agency: lot.agency,
		updated_at: lot.updated_at.into(),
		stale: lot.stale,
	}
}

fn nearby_error(error: NearbyError) -> ErrorObjectOwned {
	invalid_params(match error {
		NearbyError::BadPosition => {
			"latE6 must lie within ±80,000,000 and lonE6 within ±180,000,000 (micro-degrees)"
		},
		NearbyError::RadiusTooLarge => "radiusM is above the largest radius the chain searches",
		NearbyError::BadLimit => "limit must be at least 1 and at most the chain's maximum",
	})
}

/// The parking methods of the `civitas_*` module.
#[rpc(server)]
pub trait ParkingApi<BlockHash> {
	/// A lot with its free spaces; -32602 if there is none.
	#[method(name = "civitas_parkingLot")]
	fn lot(&self, id: u32, at: Option<BlockHash>) -> RpcResult<LotJson>;

	/// The lots within `radiusM` metres of (`latE6`, `lonE6`) with at least `minFree`
	/// (default 1) free spaces, nearest first, at most `limit` (default 20).
	#[method(name = "civitas_parkingNearby")]
	fn nearby(
		&self,
		lat_e6: i32,
		lon_e6: i32,
		radius_m: u32,
		min_free: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<LotJson>>;
}

/// The implementation over a client whose runtime has `ParkingApi`.
pub struct Parking<C, Block, AccountId, BlockNumber> {
	client: Arc<C>,
	_types: PhantomData<(Block, AccountId, BlockNumber)>,
}

impl<C, Block, AccountId, BlockNumber> Parking<C, Block, AccountId, BlockNumber> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: PhantomData }
	}
}

impl<C, Block, AccountId, BlockNumber> ParkingApiServer<Block::Hash>
	for Parking<C, Block, AccountId, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ParkingRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: codec::Codec + Display + Send + Sync + 'static,
	BlockNumber: codec::Codec + Into<u64> + Send + Sync + 'static,
{
	fn lot(&self, id: u32, at: Option<Block::Hash>) -> RpcResult<LotJson> {
		let at = best_or(&*self.client, at);
		let lot = self
			.client
			.runtime_api()
			.lot(at, id)
			.map_err(runtime_error)?
			.ok_or_else(|| invalid_params(format!("no parking lot has id {id}")))?;
		Ok(lot_json(lot, None))
	}

	fn nearby(
		&self,
		lat_e6: i32,
		lon_e6: i32,
		radius_m: u32,
		min_free: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<LotJson>> {
		let at = best_or(&*self.client, at);
		let found = self
			.client
			.runtime_api()
			.nearby(
				at,
				lat_e6,
				lon_e6,
				radius_m,
				min_free.unwrap_or(1),
				limit.unwrap_or(DEFAULT_NEARBY_LIMIT),
			)
			.map_err(runtime_error)?
			.map_err(nearby_error)?;
		Ok(found.into_iter().map(|near| lot_json(near.lot, Some(near.distance_m))).collect())
	}
}
