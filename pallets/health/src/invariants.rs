//! What `try_state` checks: every counter and index the pallet keeps, against the storage it
//! counts or indexes. Run by `try-runtime` on a live chain's state, and at the end of every
//! unit test (the mock's externalities check it after each test body).

use crate::{pallet::*, types::*};
use civitas_primitives::support::Tally;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the records', the reviews' and the epidemic counters' invariants; the first
	/// that fails, by name.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		// Records: their versions, their citizen's index, their issuer's count.
		let next = NextRecordId::<T>::get();
		let mut current = Tally::new();
		for (id, record) in Records::<T>::iter() {
			ensure!(id < next, "a record's id is not below NextRecordId");
			// The newest `MaxVersions` versions are kept, version `v` in slot `v % MaxVersions`.
			let keep = T::MaxVersions::get().max(1);
			let kept = Versions::<T>::iter_prefix(id).count() as u32;
			ensure!(
				kept == record.version.saturating_add(1).min(keep),
				"a record keeps the wrong number of versions"
			);
			let latest =
				Versions::<T>::get(id, record.version % keep).ok_or("no current version")?;
			ensure!(latest.hash == record.hash, "a record's hash is not its latest version's");
			ensure!(
				CitizenRecords::<T>::contains_key(record.citizen, id),
				"a record is not indexed under its citizen"
			);
			match record.status {
				// A current record may still hold a locator from before spec 101.
				RecordStatus::Current => current.add((record.citizen, record.issuer)),
				RecordStatus::Erased => {
					ensure!(record.locator.is_empty(), "an erased record keeps its locator")
				},
			}
		}
		current.at_most(T::MaxRecordsPerIssuer::get(), "an issuer holds too many records")?;
		current.matches(
			RecordCount::<T>::iter().map(|(citizen, issuer, held)| ((citizen, issuer), held)),
			"an issuer's record count is not its current records",
		)?;
		for (citizen, id, ()) in CitizenRecords::<T>::iter() {
			let record = Records::<T>::get(id).ok_or("CitizenRecords names no record")?;
			ensure!(record.citizen == citizen, "CitizenRecords names another's record");
		}
		for (id, _) in Versions::<T>::iter_keys() {
			ensure!(Records::<T>::contains_key(id), "a version of no record");
		}

		// Break-glass accesses: every unreviewed one awaits review, counted by its agency.
		let next = NextAccessId::<T>::get();
		let mut pending = Tally::new();
		for (id, access) in EmergencyAccesses::<T>::iter() {
			ensure!(id < next, "an access's id is not below NextAccessId");
			let queued = PendingReviews::<T>::get(id);
			match access.review {
				None => {
					ensure!(queued == Some(access.review_by), "an unreviewed access is not queued");
					pending.add(access.agency);
				},
				Some(_) => ensure!(queued.is_none(), "a reviewed access is still queued"),
			}
		}
		for (id, _) in PendingReviews::<T>::iter() {
			ensure!(EmergencyAccesses::<T>::contains_key(id), "a queued review of no access");
		}
		pending.at_most(T::MaxPendingReviews::get(), "an agency has too many pending reviews")?;
		pending.matches(
			PendingReviewCount::<T>::iter(),
			"an agency's pending review count is not its unreviewed accesses",
		)?;

		// Epidemic counters: each sample counted once, each active case held by its district.
		let mut active = Tally::new();
		for (_, state) in Epidemic::<T>::iter() {
			if let Some(case) = state.case {
				active.add(case.district);
			}
		}
		let mut tests = 0u64;
		for (district, stats) in Districts::<T>::iter() {
			ensure!(district < T::DistrictCount::get(), "counters for a district that is none");
			ensure!(stats.positives <= stats.tests, "a district has more positives than tests");
			ensure!(
				active.take(&district) == stats.active,
				"a district's active count is not its open cases"
			);
			tests = tests.saturating_add(stats.tests);
		}
		ensure!(active.is_empty(), "an open case is in no district's counters");
		ensure!(tests == Samples::<T>::iter().count() as u64, "a sample is not counted once");
		Ok(())
	}
}
