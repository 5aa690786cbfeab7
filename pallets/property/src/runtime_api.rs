//! `PropertyApi`: what clients and the `civitas_*` RPC ask about titles. Callable through
//! `state_call` and described in the metadata (`api.call.propertyApi.*` in @polkadot/api).

use crate::{HistoryEntry, Owner, PropertyId, PropertyView, Share, Transfer, TransferId};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Properties, their owners, transfers and title histories.
	pub trait PropertyApi<BlockNumber>
	where
		BlockNumber: Codec,
	{
		/// A property with its owners and active encumbrances, if registered.
		fn property(id: PropertyId) -> Option<PropertyView<BlockNumber>>;

		/// The ids of the properties an owner holds, ascending.
		fn properties_of(owner: Owner) -> Vec<PropertyId>;

		/// Every step in a property's title history, oldest first.
		fn title_history(id: PropertyId) -> Vec<HistoryEntry<BlockNumber, Vec<Share>>>;

		/// A transfer, open or closed.
		fn transfer(id: TransferId) -> Option<Transfer<BlockNumber, Vec<Share>, Vec<Owner>>>;
	}
}
