//! `CatalogApi`: what clients and the `civitas_*` RPC ask about the catalog. Callable through
//! `state_call` and described in the metadata (`api.call.catalogApi.*` in @polkadot/api).

use super::{GrantId, GrantView, Request, RequestId, ResourceId, ResourceView, TrailEntry};
use crate::AgencyId;
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Resources, grants, pending requests and each resource's trail.
	#[api_version(1)]
	pub trait CatalogApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// An agency's resources, retired ones included, by id: those from id `from` on, at
		/// most `limit` (and at most `MAX_PAGE`).
		fn resources(owner: AgencyId, from: ResourceId, limit: u32) -> Vec<ResourceView<BlockNumber>>;

		/// The active grants an agency is party to, as provider or consumer, by id: those
		/// from id `from` on, at most `limit` (and at most `MAX_PAGE`).
		fn grants_of(agency: AgencyId, from: GrantId, limit: u32) -> Vec<GrantView<BlockNumber>>;

		/// The steps of a resource's trail from step `from` on, oldest first, at most `limit`
		/// (and at most `MAX_PAGE`); empty if no such resource.
		fn trail(resource: ResourceId, from: u32, limit: u32) -> Vec<TrailEntry<AccountId, BlockNumber>>;

		/// The requests awaiting an agency's decision, by id.
		fn pending_requests(owner: AgencyId) -> Vec<(RequestId, Request<AccountId, BlockNumber>)>;
	}
}
