//! Requests for a resource, the owner's decisions, and the grants they lead to — until a
//! grant expires or its resource is retired.

use crate::{pallet::*, types::*};
use civitas_primitives::{
	support::{ExpiryQueue, NextId},
	AgencyId, AgencyRoles, PurposeCode,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Ask for `resource` for `agency`; whether it was granted at once (a public resource).
	pub(crate) fn do_request_access(
		agency: AgencyId,
		who: T::AccountId,
		resource: ResourceId,
		purpose: PurposeCode,
		justification_hash: DocHash,
		duration: BlockNumberFor<T>,
	) -> Result<bool, DispatchError> {
		let mut record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;
		ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
		ensure!(record.owner != agency, Error::<T>::OwnResource);
		Self::ensure_terms(&record, duration, &justification_hash)?;
		ensure!(!OpenRequests::<T>::contains_key(resource, agency), Error::<T>::RequestPending);
		let automatic = record.sensitivity.is_open();

		let id = NextRequestId::<T>::take_next()?;
		let mut request = Request {
			resource,
			requester: agency,
			requested_by: who.clone(),
			purpose,
			justification_hash,
			duration,
			requested_at: Self::now(),
			status: RequestStatus::Pending,
		};
		Self::append(
			resource,
			&mut record,
			Step::Requested { request: id, agency, purpose, justification_hash },
			Some(who),
			Some(agency),
		);
		Self::deposit_event(Event::AccessRequested { request: id, resource, agency, purpose });
		if automatic {
			Self::grant(id, &mut request, resource, &mut record, None)?;
		} else {
			OpenRequests::<T>::insert(resource, agency, id);
		}
		Requests::<T>::insert(id, request);
		Resources::<T>::insert(resource, record);
		Ok(automatic)
	}

	/// Grant a pending request on a resource `agency` owns.
	pub(crate) fn do_approve_request(
		agency: AgencyId,
		who: T::AccountId,
		request: RequestId,
	) -> DispatchResult {
		let (mut entry, mut record) = Self::pending(agency, request)?;
		ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
		ensure!(T::Agencies::is_active(entry.requester), Error::<T>::InactiveAgency);
		// The owner may have raised the resource's sensitivity since the request was made:
		// what is granted must meet the terms of now.
		Self::ensure_terms(&record, entry.duration, &entry.justification_hash)?;
		let resource = entry.resource;
		OpenRequests::<T>::remove(resource, entry.requester);
		Self::grant(request, &mut entry, resource, &mut record, Some((who, agency)))?;
		Requests::<T>::insert(request, entry);
		Resources::<T>::insert(resource, record);
		Ok(())
	}

	/// Refuse a pending request on a resource `agency` owns.
	pub(crate) fn do_reject_request(
		agency: AgencyId,
		who: T::AccountId,
		request: RequestId,
		reason_hash: DocHash,
	) -> DispatchResult {
		let (mut entry, mut record) = Self::pending(agency, request)?;
		let resource = entry.resource;
		OpenRequests::<T>::remove(resource, entry.requester);
		entry.status = RequestStatus::Rejected { reason_hash };
		Requests::<T>::insert(request, entry);
		let step = Step::Rejected { request, reason_hash };
		Self::append(resource, &mut record, step, Some(who), Some(agency));
		Resources::<T>::insert(resource, record);
		Self::deposit_event(Event::RequestRejected { request, resource, reason_hash });
		Ok(())
	}

	/// Whether a grant of `duration` with this justification meets the resource's terms as
	/// they are now: a secret resource's grants last at most `MaxSecretDuration`, every other
	/// at most `MaxGrantDuration`; a restricted or secret one needs a justification.
	fn ensure_terms(
		record: &ResourceOf<T>,
		duration: BlockNumberFor<T>,
		justification_hash: &DocHash,
	) -> DispatchResult {
		let limit = if record.sensitivity == Sensitivity::Secret {
			T::MaxSecretDuration::get()
		} else {
			T::MaxGrantDuration::get()
		};
		ensure!(!duration.is_zero() && duration <= limit, Error::<T>::BadDuration);
		ensure!(
			!record.sensitivity.needs_justification() || *justification_hash != [0u8; 32],
			Error::<T>::MissingJustification
		);
		Ok(())
	}

	/// A pending request and its resource, if `agency` owns the resource.
	fn pending(
		agency: AgencyId,
		request: RequestId,
	) -> Result<(RequestOf<T>, ResourceOf<T>), DispatchError> {
		let entry = Requests::<T>::get(request).ok_or(Error::<T>::UnknownRequest)?;
		let record = Self::owned(agency, entry.resource)?;
		ensure!(entry.status == RequestStatus::Pending, Error::<T>::RequestDecided);
		Ok((entry, record))
	}

	/// Grant `request` (pending, its resource active and room checked): store the grant,
	/// index it, queue its expiry, and mark the request and the trail. `decider` is the
	/// owner's operator and agency, or none when a public resource is granted at once.
	fn grant(
		request: RequestId,
		entry: &mut RequestOf<T>,
		resource: ResourceId,
		record: &mut ResourceOf<T>,
		decider: Option<(T::AccountId, AgencyId)>,
	) -> DispatchResult {
		let automatic = decider.is_none();
		let (by, agency) = decider.map_or((None, None), |(who, agency)| (Some(who), Some(agency)));
		let (provider, consumer) = (record.owner, entry.requester);
		// The consumer's grant on this resource, if it has one: the new grant renews it and
		// takes its slot, so asking again never takes a second one.
		let previous = ConsumerGrant::<T>::get(resource, consumer);
		if previous.is_none() {
			ensure!(
				record.active_grants < T::MaxGrantsPerResource::get()
					&& GrantCount::<T>::get(consumer) < T::MaxGrantsPerAgency::get(),
				Error::<T>::TooManyGrants
			);
		}
		let now = Self::now();
		let expires_at = now.saturating_add(entry.duration);
		let id = NextGrantId::<T>::take_next()?;
		ExpiringAt::<T>::schedule(expires_at, id).map_err(|_| Error::<T>::TooManyExpiring)?;
		if let Some(old) = previous {
			Self::renew(old, id, resource, record);
		}
		for party in [provider, consumer] {
			GrantsOf::<T>::insert(party, id, ());
		}
		GrantCount::<T>::mutate(consumer, |count| *count += 1);
		ConsumerGrant::<T>::insert(resource, consumer, id);
		ActiveGrants::<T>::insert(resource, id, ());
		record.active_grants += 1;
		Grants::<T>::insert(
			id,
			Grant {
				resource,
				request,
				provider,
				consumer,
				purpose: entry.purpose,
				granted_at: now,
				expires_at,
				status: GrantStatus::Active,
				deliveries: 0,
			},
		);
		entry.status = RequestStatus::Granted { grant: id };
		let step = Step::Granted { request, grant: id, expires_at, automatic };
		Self::append(resource, record, step, by, agency);
		Self::deposit_event(Event::AccessGranted {
			request,
			grant: id,
			resource,
			consumer,
			expires_at,
			automatic,
		});
		Ok(())
	}

	/// End active grant `old` because grant `by` renews it (same resource and consumer).
	fn renew(old: GrantId, by: GrantId, resource: ResourceId, record: &mut ResourceOf<T>) {
		let Some(entry) = Grants::<T>::get(old) else { return };
		ActiveGrants::<T>::remove(resource, old);
		record.active_grants = record.active_grants.saturating_sub(1);
		Self::close_grant(old, entry, GrantStatus::Renewed);
		Self::append(resource, record, Step::Renewed { grant: old, by }, None, None);
		Self::deposit_event(Event::GrantRenewed { grant: old, by, resource });
	}

	/// End an active grant with `status`: out of its parties' indexes and its consumer's
	/// count, stored as ended. (The resource's own index and count are the caller's.)
	pub(crate) fn close_grant(
		grant: GrantId,
		mut entry: Grant<BlockNumberFor<T>>,
		status: GrantStatus,
	) {
		for party in [entry.provider, entry.consumer] {
			GrantsOf::<T>::remove(party, grant);
		}
		GrantCount::<T>::mutate(entry.consumer, |count| *count = count.saturating_sub(1));
		if ConsumerGrant::<T>::get(entry.resource, entry.consumer) == Some(grant) {
			ConsumerGrant::<T>::remove(entry.resource, entry.consumer);
		}
		entry.status = status;
		Grants::<T>::insert(grant, entry);
	}

	/// Expire `grant` if it is still active (run at its expiry block's start).
	pub(crate) fn expire(grant: GrantId) {
		let Some(entry) = Grants::<T>::get(grant) else { return };
		if entry.status != GrantStatus::Active {
			return;
		}
		let resource = entry.resource;
		ActiveGrants::<T>::remove(resource, grant);
		Self::close_grant(grant, entry, GrantStatus::Expired);
		Resources::<T>::mutate(resource, |record| {
			if let Some(record) = record {
				record.active_grants = record.active_grants.saturating_sub(1);
				Self::append(resource, record, Step::Expired { grant }, None, None);
			}
		});
		Self::deposit_event(Event::GrantExpired { grant, resource });
	}
}
