//! What `try_state` checks: every counter and index the pallet keeps, against the storage it
//! counts or indexes. Run by `try-runtime` on a live chain's state, and at the end of every
//! unit test (the mock's externalities check it after each test body).

use crate::pallet::*;
use civitas_primitives::support::Tally;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the registry's invariants; the first that fails, by name.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let ring = T::MaxLogEntries::get().max(1);
		for (citizen, record) in Citizens::<T>::iter() {
			if let Some(account) = &record.account {
				ensure!(
					CitizenByAccount::<T>::get(account) == Some(citizen),
					"a citizen's account is not indexed to it (CitizenByAccount)"
				);
			}
			// Attestations: the citizen's count, and each issuer's.
			let mut by_issuer = Tally::new();
			let mut attestations = 0u32;
			for attestation in Attestations::<T>::iter_prefix_values(citizen) {
				attestations += 1;
				by_issuer.add(attestation.issuer);
			}
			ensure!(attestations == record.attestations, "a citizen's attestation count is wrong");
			by_issuer
				.at_most(T::MaxAttestations::get(), "an issuer holds more than MaxAttestations")?;
			by_issuer.matches(
				AttestationCount::<T>::iter_prefix(citizen),
				"an issuer's attestation count is not its attestations",
			)?;
			// Consents.
			let consents = Consents::<T>::iter_prefix(citizen).count() as u32;
			ensure!(consents == record.consents, "a citizen's consent count is wrong");
			ensure!(consents <= T::MaxConsents::get(), "a citizen holds more than MaxConsents");
			// The access log: each reader's ring holds its last reads, numbered in the log.
			let mut reads = 0u64;
			for (agency, nth) in ReadsBy::<T>::iter_prefix(citizen) {
				reads = reads.saturating_add(nth);
				let kept = AccessLogEntries::<T>::iter_prefix(citizen)
					.filter(|((reader, _), _)| *reader == agency)
					.count() as u64;
				ensure!(kept == nth.min(ring as u64), "a reader's ring holds the wrong number");
			}
			ensure!(reads == record.accesses, "a citizen's access count is not its reads");
			for ((reader, slot), entry) in AccessLogEntries::<T>::iter_prefix(citizen) {
				ensure!(entry.agency == reader, "an access entry is in another agency's ring");
				ensure!(slot < ring, "an access entry is outside its ring");
				ensure!(entry.seq < record.accesses, "an access entry's number is not yet given");
			}
		}
		for (account, citizen) in CitizenByAccount::<T>::iter() {
			let record = Citizens::<T>::get(citizen).ok_or("CitizenByAccount names no citizen")?;
			ensure!(record.account == Some(account), "CitizenByAccount names a former account");
		}
		for (citizen, _) in LinkOffers::<T>::iter() {
			ensure!(Citizens::<T>::contains_key(citizen), "a link offer for no citizen");
		}
		// Nothing is kept about a citizen who is not registered.
		for citizen in Attestations::<T>::iter_keys().map(|(citizen, _)| citizen) {
			ensure!(Citizens::<T>::contains_key(citizen), "an attestation about no citizen");
		}
		for citizen in Consents::<T>::iter_keys().map(|(citizen, _)| citizen) {
			ensure!(Citizens::<T>::contains_key(citizen), "a consent of no citizen");
		}
		for citizen in ReadsBy::<T>::iter_keys().map(|(citizen, _)| citizen) {
			ensure!(Citizens::<T>::contains_key(citizen), "reads of no citizen");
		}
		Ok(())
	}
}
