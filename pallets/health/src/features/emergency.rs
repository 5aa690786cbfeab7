//! Break-glass: a health agency reads without consent, stating why; another agency's
//! disease control (or the council) reviews it within the review window.

use crate::{pallet::*, types::*, EMERGENCY_PURPOSE};
use civitas_primitives::{support::NextId, AccessLog, AgencyId, DataCategory};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Let `agency`'s `operator` read record `id` without consent, for the reason given.
	pub(crate) fn do_emergency_access(
		agency: AgencyId,
		operator: T::AccountId,
		id: RecordId,
		reason_hash: DocHash,
	) -> DispatchResult {
		let record = Self::current_record(id)?;
		let pending = PendingReviewCount::<T>::get(agency);
		ensure!(pending < T::MaxPendingReviews::get(), Error::<T>::TooManyPendingReviews);
		let citizen = record.citizen;
		T::Citizens::record_access(
			&citizen,
			agency,
			&operator,
			DataCategory::Health,
			EMERGENCY_PURPOSE,
			true,
		)?;
		let access = NextAccessId::<T>::take_next()?;
		let now = frame_system::Pallet::<T>::block_number();
		let review_by = now.saturating_add(ReviewWindow::<T>::get());
		PendingReviews::<T>::insert(access, review_by);
		PendingReviewCount::<T>::insert(agency, pending + 1);
		EmergencyAccesses::<T>::insert(
			access,
			EmergencyAccess {
				record: id,
				citizen,
				agency,
				operator: operator.clone(),
				reason_hash,
				at: now,
				review_by,
				review: None,
			},
		);
		Self::deposit_event(Event::EmergencyAccessed {
			access,
			record: id,
			citizen,
			agency,
			operator,
			reason_hash,
			review_by,
		});
		Ok(())
	}

	/// Record `reviewer`'s judgement of break-glass access `access_id`.
	pub(crate) fn do_review_emergency(
		reviewer: Reviewer,
		access_id: AccessId,
		justified: bool,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let (citizen, late, agency) =
			EmergencyAccesses::<T>::try_mutate(access_id, |access| -> Result<_, DispatchError> {
				let access = access.as_mut().ok_or(Error::<T>::UnknownEmergencyAccess)?;
				ensure!(access.review.is_none(), Error::<T>::AlreadyReviewed);
				ensure!(reviewer != Reviewer::Agency(access.agency), Error::<T>::SelfReview);
				let late = now > access.review_by;
				access.review = Some(Review { justified, reviewer, at: now, late });
				Ok((access.citizen, late, access.agency))
			})?;
		PendingReviews::<T>::remove(access_id);
		PendingReviewCount::<T>::mutate(agency, |count| *count = count.saturating_sub(1));
		Self::deposit_event(Event::EmergencyReviewed {
			access: access_id,
			citizen,
			justified,
			reviewer,
			late,
		});
		Ok(())
	}

	/// Set the review window, in blocks.
	pub(crate) fn do_set_review_window(blocks: BlockNumberFor<T>) -> DispatchResult {
		ensure!(!blocks.is_zero(), Error::<T>::ZeroWindow);
		ReviewWindow::<T>::put(blocks);
		Self::deposit_event(Event::ReviewWindowSet { blocks });
		Ok(())
	}
}
