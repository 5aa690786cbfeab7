//! Read-only answers for `CatalogApi`.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::{
	support::{page_of_ids, AppendOnlyLog},
	AgencyId,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// A stored resource as clients see it.
	fn view(id: ResourceId, record: ResourceOf<T>) -> ResourceView<BlockNumberFor<T>> {
		ResourceView {
			id,
			owner: record.owner,
			title: record.title.into_inner(),
			category: record.category.into_inner(),
			schema_hash: record.schema_hash,
			sensitivity: record.sensitivity,
			level: record.level,
			version: record.version,
			published_at: record.published_at,
			updated_at: record.updated_at,
			retired_at: record.retired_at,
			active_grants: record.active_grants,
		}
	}

	/// An agency's resources, retired ones included, by id from `from` on, at most `limit`
	/// (for `CatalogApi::resources`).
	pub fn resources(
		owner: AgencyId,
		from: ResourceId,
		limit: u32,
	) -> Vec<ResourceView<BlockNumberFor<T>>> {
		let ids: Vec<ResourceId> = ResourcesOf::<T>::iter_key_prefix(owner)
			.take(T::MaxResourcesPerAgency::get() as usize)
			.collect();
		page_of_ids(ids, from, limit)
			.into_iter()
			.filter_map(|id| Resources::<T>::get(id).map(|record| Self::view(id, record)))
			.collect()
	}

	/// The active grants an agency is party to, as provider or consumer, by id from `from`
	/// on, at most `limit` (for `CatalogApi::grants_of`).
	pub fn grants_of(
		agency: AgencyId,
		from: GrantId,
		limit: u32,
	) -> Vec<GrantView<BlockNumberFor<T>>> {
		// As consumer an agency holds at most `MaxGrantsPerAgency`; as provider at most one
		// per consumer on each of its resources.
		let ids: Vec<GrantId> = GrantsOf::<T>::iter_key_prefix(agency).collect();
		page_of_ids(ids, from, limit)
			.into_iter()
			.filter_map(|id| Grants::<T>::get(id).map(|grant| GrantView { id, grant }))
			.collect()
	}

	/// A resource's trail from step `from` on (or from the oldest step still on chain, the
	/// newest `MaxTrail` are), oldest first, at most `limit`; empty for an
	/// unknown resource (a published one always has its publication) (for
	/// `CatalogApi::trail`).
	pub fn trail(resource: ResourceId, from: u32, limit: u32) -> Vec<TrailEntryOf<T>> {
		let Some(record) = Resources::<T>::get(resource) else { return Vec::new() };
		Trail::<T>::entries(&resource, record.trail, T::MaxTrail::get(), from, limit)
	}

	/// The pending requests for an agency's resources, by id (for
	/// `CatalogApi::pending_requests`).
	pub fn pending_requests(owner: AgencyId) -> Vec<(RequestId, RequestOf<T>)> {
		let mut ids: Vec<RequestId> = ResourcesOf::<T>::iter_key_prefix(owner)
			.take(T::MaxResourcesPerAgency::get() as usize)
			.flat_map(OpenRequests::<T>::iter_prefix_values)
			.collect();
		ids.sort_unstable();
		ids.into_iter()
			.filter_map(|id| Requests::<T>::get(id).map(|request| (id, request)))
			.collect()
	}
}
