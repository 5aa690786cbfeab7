//! What the block limits leave room for, from the measured weights: the parking target of
//! issue 9 (50,000 lot updates a second) must fit the limits before any node can reach it.

use crate::{
	configs::{RuntimeBlockLength, RuntimeBlockWeights},
	Runtime, RuntimeCall, MILLI_SECS_PER_BLOCK,
};
use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use pallet_parking::{BatchOf, Call};

/// An operator's 1,000 lots from `first`, in order, as one batch.
fn batch(first: u32) -> RuntimeCall {
	let updates: BatchOf<Runtime> =
		(first..first + 1_000).map(|lot| (lot, lot % 500)).collect::<Vec<_>>().try_into().unwrap();
	RuntimeCall::Parking(Call::update_occupancy { updates })
}

/// Batches of 1,000 that one block's normal class takes, by weight and by length.
fn per_block(call: &RuntimeCall) -> (u64, u64) {
	let weights = RuntimeBlockWeights::get();
	let normal = weights.get(DispatchClass::Normal);
	let each = call.get_dispatch_info().call_weight + normal.base_extrinsic;
	let by_weight = normal.max_total.unwrap().ref_time() / each.ref_time();
	// A signed extrinsic adds about 150 bytes to its call (address, signature, extensions).
	let length = codec::Encode::encoded_size(call) as u64 + 150;
	let by_length = *RuntimeBlockLength::get().max.get(DispatchClass::Normal) as u64 / length;
	(by_weight, by_length)
}

#[test]
fn a_block_takes_the_parking_batches_of_50_000_updates_a_second() {
	let needed = 50_000 * MILLI_SECS_PER_BLOCK / 1_000 / 1_000;
	assert_eq!(needed, 150);
	// Aligned on a page or not, a sorted batch of 1,000 touches 16 or 17 pages.
	for first in [0, 1_000, 20_032] {
		let (by_weight, by_length) = per_block(&batch(first));
		assert!(by_weight >= needed, "{by_weight} batches of 1,000 a block by weight");
		assert!(by_length >= needed, "{by_length} batches of 1,000 a block by length");
	}
}

#[test]
fn an_unsorted_batch_pays_for_every_page_it_switches_to() {
	let sorted = batch(0);
	let RuntimeCall::Parking(Call::update_occupancy { updates }) = &sorted else { unreachable!() };
	// The same pairs, alternating between the two halves: every pair switches page.
	let mut shuffled = updates.to_vec();
	let (low, high) = shuffled.split_at(500);
	shuffled = low.iter().zip(high).flat_map(|(a, b)| [*a, *b]).collect();
	let shuffled =
		RuntimeCall::Parking(Call::update_occupancy { updates: shuffled.try_into().unwrap() });
	let (sorted, shuffled) =
		(sorted.get_dispatch_info().call_weight, shuffled.get_dispatch_info().call_weight);
	assert!(shuffled.ref_time() > 20 * sorted.ref_time(), "{shuffled:?} vs {sorted:?}");
}
