//! Delivery receipts: the provider records what it sent under a grant, the consumer
//! confirms it arrived — or disputes it.

use crate::{pallet::*, types::*};
use civitas_primitives::{support::NextId, AgencyId, AgencyRoles};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Record a delivery under `grant`, whose provider is `agency`.
	pub(crate) fn do_record_delivery(
		agency: AgencyId,
		who: T::AccountId,
		grant: GrantId,
		payload_hash: DocHash,
	) -> DispatchResult {
		let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
		ensure!(entry.provider == agency, Error::<T>::NotProvider);
		ensure!(entry.status != GrantStatus::Ended, Error::<T>::GrantEnded);
		let now = Self::now();
		ensure!(
			entry.status == GrantStatus::Active && now < entry.expires_at,
			Error::<T>::GrantExpired
		);
		ensure!(T::Agencies::is_active(entry.consumer), Error::<T>::InactiveAgency);
		let resource = entry.resource;
		let mut record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;

		let id = NextDeliveryId::<T>::take_next()?;
		entry.deliveries = entry.deliveries.saturating_add(1);
		Grants::<T>::insert(grant, entry);
		Deliveries::<T>::insert(
			id,
			Delivery {
				grant,
				resource,
				version: record.version,
				payload_hash,
				delivered_by: who.clone(),
				delivered_at: now,
				confirmed: None,
			},
		);
		let step = Step::Delivered { delivery: id, grant, payload_hash };
		Self::append(resource, &mut record, step, Some(who), Some(agency));
		Resources::<T>::insert(resource, record);
		Self::deposit_event(Event::DeliveryRecorded { delivery: id, grant, payload_hash });
		Ok(())
	}

	/// Confirm `delivery` arrived at `agency`, its grant's consumer.
	pub(crate) fn do_confirm_delivery(
		agency: AgencyId,
		who: T::AccountId,
		delivery: DeliveryId,
	) -> DispatchResult {
		let (mut entry, mut record) = Self::answerable(agency, delivery)?;
		entry.confirmed = Some(Confirmation { by: who.clone(), at: Self::now() });
		let (grant, resource) = (entry.grant, entry.resource);
		Deliveries::<T>::insert(delivery, entry);
		let step = Step::Confirmed { delivery, grant };
		Self::append(resource, &mut record, step, Some(who), Some(agency));
		Resources::<T>::insert(resource, record);
		Self::deposit_event(Event::DeliveryConfirmed { delivery, grant });
		Ok(())
	}

	/// Dispute `delivery`, recorded under a grant whose consumer is `agency`.
	pub(crate) fn do_dispute_delivery(
		agency: AgencyId,
		who: T::AccountId,
		delivery: DeliveryId,
		reason: DisputeReason,
		evidence_hash: DocHash,
	) -> DispatchResult {
		let (entry, mut record) = Self::answerable(agency, delivery)?;
		let (grant, resource) = (entry.grant, entry.resource);
		let dispute = Dispute { by: who.clone(), at: Self::now(), reason, evidence_hash };
		Disputes::<T>::insert(delivery, dispute);
		let step = Step::Disputed { delivery, grant, reason };
		Self::append(resource, &mut record, step, Some(who), Some(agency));
		Resources::<T>::insert(resource, record);
		Self::deposit_event(Event::DeliveryDisputed { delivery, grant, reason });
		Ok(())
	}

	/// `delivery` and its resource, if `agency` (its grant's consumer) may still answer it: it
	/// is neither confirmed nor disputed.
	fn answerable(
		agency: AgencyId,
		delivery: DeliveryId,
	) -> Result<(DeliveryOf<T>, ResourceOf<T>), DispatchError> {
		let entry = Deliveries::<T>::get(delivery).ok_or(Error::<T>::UnknownDelivery)?;
		let grant = Grants::<T>::get(entry.grant).ok_or(Error::<T>::UnknownGrant)?;
		ensure!(grant.consumer == agency, Error::<T>::NotConsumer);
		ensure!(entry.confirmed.is_none(), Error::<T>::AlreadyConfirmed);
		ensure!(!Disputes::<T>::contains_key(delivery), Error::<T>::AlreadyDisputed);
		let record = Resources::<T>::get(entry.resource).ok_or(Error::<T>::UnknownResource)?;
		Ok((entry, record))
	}
}
