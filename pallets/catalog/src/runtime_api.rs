//! `CatalogApi`: what clients and the `civitas_*` RPC ask about the catalog. Callable through
//! `state_call` and described in the metadata (`api.call.catalogApi.*` in @polkadot/api).

use crate::{AgencyId, GrantView, Request, RequestId, ResourceId, ResourceView, TrailEntry};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Resources, grants, pending requests and each resource's trail.
	pub trait CatalogApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// An agency's resources, retired ones included, by id.
		fn resources(owner: AgencyId) -> Vec<ResourceView<BlockNumber>>;

		/// The active grants an agency is party to, as provider or consumer, by id.
		fn grants_of(agency: AgencyId) -> Vec<GrantView<BlockNumber>>;

		/// Every step of a resource's trail, oldest first; empty if no such resource.
		fn trail(resource: ResourceId) -> Vec<TrailEntry<AccountId, BlockNumber>>;

		/// The requests awaiting an agency's decision, by id.
		fn pending_requests(owner: AgencyId) -> Vec<(RequestId, Request<AccountId, BlockNumber>)>;
	}
}
