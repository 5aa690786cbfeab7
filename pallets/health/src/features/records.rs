//! Records: anchored by a health agency, amended and erased by their issuer alone. Each
//! version's hash goes into an append-only log (`Versions`; the log's length is the current
//! version + 1) whose newest `MaxVersions` stay on chain: an amendment is never refused for
//! want of room, and every version is also in its `RecordAnchored`/`RecordAmended` event.

use crate::{pallet::*, types::*};
use civitas_primitives::{
	support::{AppendOnlyLog, NextId},
	AgencyId, CitizenId, CitizenRegistry,
};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Anchor a record of `citizen` issued by `issuer`.
	pub(crate) fn do_anchor_record(
		issuer: AgencyId,
		operator: T::AccountId,
		citizen: CitizenId,
		kind: RecordKind,
		record_hash: DocHash,
	) -> DispatchResult {
		ensure!(T::Citizens::is_registered(&citizen), Error::<T>::UnknownCitizen);
		let count = RecordCount::<T>::get(citizen, issuer);
		ensure!(count < T::MaxRecordsPerIssuer::get(), Error::<T>::TooManyRecords);

		let id = NextRecordId::<T>::take_next()?;
		let now = frame_system::Pallet::<T>::block_number();
		RecordCount::<T>::insert(citizen, issuer, count + 1);
		CitizenRecords::<T>::insert(citizen, id, ());
		let mut versions = 0;
		Versions::<T>::append_entry(&id, &mut versions, T::MaxVersions::get(), |_| RecordVersion {
			hash: record_hash,
			operator,
			at: now,
		});
		Records::<T>::insert(
			id,
			HealthRecord {
				citizen,
				kind,
				issuer,
				hash: record_hash,
				locator: Default::default(),
				version: versions - 1,
				status: RecordStatus::Current,
				anchored_at: now,
				updated_at: now,
			},
		);
		Self::deposit_event(Event::RecordAnchored { id, citizen, kind, issuer, hash: record_hash });
		Ok(())
	}

	/// Amend record `id`, issued by `agency`, to a new version.
	pub(crate) fn do_amend_record(
		agency: AgencyId,
		operator: T::AccountId,
		id: RecordId,
		new_hash: DocHash,
	) -> DispatchResult {
		let mut record = Self::issued_record(id, agency)?;
		let mut versions = record.version.saturating_add(1);
		let now = frame_system::Pallet::<T>::block_number();
		Versions::<T>::append_entry(&id, &mut versions, T::MaxVersions::get(), |_| RecordVersion {
			hash: new_hash,
			operator,
			at: now,
		});
		record.version = versions - 1;
		record.hash = new_hash;
		// A locator left from before spec 101 does not describe the new version: it goes.
		record.locator = Default::default();
		record.updated_at = now;
		let (citizen, version) = (record.citizen, record.version);
		Records::<T>::insert(id, record);
		Self::deposit_event(Event::RecordAmended { id, citizen, version, hash: new_hash });
		Ok(())
	}

	/// Erase record `id`, issued by `agency`.
	pub(crate) fn do_erase_record(agency: AgencyId, id: RecordId) -> DispatchResult {
		let mut record = Self::issued_record(id, agency)?;
		record.status = RecordStatus::Erased;
		record.locator = Default::default();
		record.updated_at = frame_system::Pallet::<T>::block_number();
		let citizen = record.citizen;
		Records::<T>::insert(id, record);
		RecordCount::<T>::mutate(citizen, agency, |count| *count = count.saturating_sub(1));
		Self::deposit_event(Event::RecordErased { id, citizen });
		Ok(())
	}

	/// The record, if it exists and is not erased.
	pub(crate) fn current_record(id: RecordId) -> Result<RecordOf<T>, DispatchError> {
		let record = Records::<T>::get(id).ok_or(Error::<T>::UnknownRecord)?;
		ensure!(record.status == RecordStatus::Current, Error::<T>::RecordErased);
		Ok(record)
	}

	/// The record, if it exists, is not erased and `agency` issued it.
	fn issued_record(id: RecordId, agency: AgencyId) -> Result<RecordOf<T>, DispatchError> {
		let record = Records::<T>::get(id).ok_or(Error::<T>::UnknownRecord)?;
		ensure!(record.issuer == agency, Error::<T>::NotIssuer);
		ensure!(record.status == RecordStatus::Current, Error::<T>::RecordErased);
		Ok(record)
	}
}
