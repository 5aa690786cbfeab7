//! `PropertyApi`: what clients and the `civitas_*` RPC ask about titles. Callable through
//! `state_call` and described in the metadata (`api.call.propertyApi.*` in @polkadot/api).

use super::{HistoryEntry, Owner, PropertyId, PropertyView, Share, Transfer, TransferId};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Properties, their owners, transfers and title histories.
	#[api_version(1)]
	pub trait PropertyApi<BlockNumber>
	where
		BlockNumber: Codec,
	{
		/// A property with its owners and active encumbrances, if registered.
		fn property(id: PropertyId) -> Option<PropertyView<BlockNumber>>;

		/// The ids of the properties an owner holds, ascending, from id `from` on, at most
		/// `limit` (and at most `MAX_PAGE`).
		fn properties_of(owner: Owner, from: PropertyId, limit: u32) -> Vec<PropertyId>;

		/// The steps of a property's title history from step `from` on, oldest first, at
		/// most `limit` (and at most `MAX_PAGE`).
		fn title_history(id: PropertyId, from: u32, limit: u32) -> Vec<HistoryEntry<BlockNumber, Vec<Share>>>;

		/// A transfer, open or closed.
		fn transfer(id: TransferId) -> Option<Transfer<BlockNumber, Vec<Share>, Vec<Owner>>>;
	}
}
