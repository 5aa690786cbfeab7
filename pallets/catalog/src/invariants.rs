//! What `try_state` checks: every counter and index the pallet keeps, against the storage it
//! counts or indexes. Run by `try-runtime` on a live chain's state, and at the end of every
//! unit test (the mock's externalities check it after each test body).

use crate::{pallet::*, types::*};
use civitas_primitives::support::Tally;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the catalog's invariants; the first that fails, by name.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		// Resources: indexed under their owner, counted, their grants and trail in step.
		let next = NextResourceId::<T>::get();
		let mut owned = Tally::new();
		for (id, resource) in Resources::<T>::iter() {
			ensure!(id < next, "a resource's id is not below NextResourceId");
			ensure!(
				ResourcesOf::<T>::contains_key(resource.owner, id),
				"a resource is not indexed under its owner"
			);
			owned.add(resource.owner);
			let active = ActiveGrants::<T>::iter_prefix(id).count() as u32;
			ensure!(active == resource.active_grants, "a resource's active grant count is wrong");
			ensure!(active <= T::MaxGrantsPerResource::get(), "a resource has too many grants");
			ensure!(
				resource.retired_at.is_none() || active == 0,
				"a retired resource has active grants"
			);
			let kept = Trail::<T>::iter_prefix(id).count() as u32;
			ensure!(
				kept == resource.trail.min(T::MaxTrail::get()),
				"a trail keeps the wrong number of entries"
			);
		}
		owned.at_most(T::MaxResourcesPerAgency::get(), "an agency has too many resources")?;
		owned.matches(
			ResourceCount::<T>::iter(),
			"an agency's resource count is not its resources",
		)?;
		for (owner, id, ()) in ResourcesOf::<T>::iter() {
			let resource = Resources::<T>::get(id).ok_or("ResourcesOf names no resource")?;
			ensure!(resource.owner == owner, "ResourcesOf names another's resource");
		}

		// Grants: an active grant is indexed everywhere, queued to expire, counted once.
		let next = NextGrantId::<T>::get();
		let mut consuming = Tally::new();
		for (id, grant) in Grants::<T>::iter() {
			ensure!(id < next, "a grant's id is not below NextGrantId");
			let active = grant.status == GrantStatus::Active;
			ensure!(
				ActiveGrants::<T>::contains_key(grant.resource, id) == active,
				"a grant is listed on its resource exactly while it is active"
			);
			ensure!(
				GrantsOf::<T>::contains_key(grant.provider, id) == active
					&& GrantsOf::<T>::contains_key(grant.consumer, id) == active,
				"a grant is listed for its parties exactly while it is active"
			);
			if active {
				ensure!(
					ConsumerGrant::<T>::get(grant.resource, grant.consumer) == Some(id),
					"an active grant is not its consumer's grant on the resource"
				);
				ensure!(
					ExpiringAt::<T>::get(grant.expires_at).contains(&id),
					"an active grant is not queued to expire"
				);
				consuming.add(grant.consumer);
			}
		}
		consuming.at_most(T::MaxGrantsPerAgency::get(), "an agency holds too many grants")?;
		consuming.matches(
			GrantCount::<T>::iter(),
			"an agency's grant count is not the grants it holds",
		)?;
		for (resource, consumer, id) in ConsumerGrant::<T>::iter() {
			let grant = Grants::<T>::get(id).ok_or("ConsumerGrant names no grant")?;
			ensure!(
				grant.resource == resource
					&& grant.consumer == consumer
					&& grant.status == GrantStatus::Active,
				"ConsumerGrant names a grant that is not the agency's active one"
			);
		}

		// Requests: a pending request is its agency's open one on the resource.
		let next = NextRequestId::<T>::get();
		for (id, request) in Requests::<T>::iter() {
			ensure!(id < next, "a request's id is not below NextRequestId");
			let open = OpenRequests::<T>::get(request.resource, request.requester) == Some(id);
			ensure!(
				open == (request.status == RequestStatus::Pending),
				"a request is open exactly while it is pending"
			);
		}
		for (resource, requester, id) in OpenRequests::<T>::iter() {
			let request = Requests::<T>::get(id).ok_or("OpenRequests names no request")?;
			ensure!(
				request.resource == resource && request.requester == requester,
				"OpenRequests names another's request"
			);
		}
		let next = NextDeliveryId::<T>::get();
		for (id, delivery) in Deliveries::<T>::iter() {
			ensure!(id < next, "a delivery's id is not below NextDeliveryId");
			ensure!(Grants::<T>::contains_key(delivery.grant), "a delivery under no grant");
		}
		for (id, _) in Disputes::<T>::iter() {
			let delivery = Deliveries::<T>::get(id).ok_or("a dispute of no delivery")?;
			ensure!(delivery.confirmed.is_none(), "a delivery both confirmed and disputed");
		}
		Ok(())
	}
}
