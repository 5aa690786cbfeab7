//! Read-only answers for `CitizensApi`.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::{CitizenId, ClaimHash};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// A citizen's record (for `CitizensApi::citizen`).
	pub fn citizen(citizen: CitizenId) -> Option<CitizenOf<T>> {
		Citizens::<T>::get(citizen)
	}

	/// Whether an attestation of `claim_hash` about `citizen` holds now, and if not why
	/// (for `CitizensApi::verify_attestation`); `None` if there is none.
	pub fn verify_attestation(
		citizen: CitizenId,
		claim_hash: ClaimHash,
	) -> Option<AttestationCheck<BlockNumberFor<T>>> {
		let attestation = Attestations::<T>::get(citizen, claim_hash)?;
		let now = frame_system::Pallet::<T>::block_number();
		let status = if attestation.revoked_at.is_some() {
			AttestationStatus::Revoked
		} else if !Self::in_force(attestation.expires_at, now) {
			AttestationStatus::Expired
		} else if !Self::is_active_citizen(&citizen) {
			AttestationStatus::CitizenInactive
		} else {
			AttestationStatus::Valid
		};
		Some(AttestationCheck { status, attestation })
	}

	/// Every consent a citizen holds or held, revoked and expired ones included (for
	/// `CitizensApi::consents`; at most `MaxConsents`).
	pub fn consents(citizen: CitizenId) -> Vec<ConsentView<BlockNumberFor<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		let active = Self::is_active_citizen(&citizen);
		let mut list: Vec<_> = Consents::<T>::iter_prefix(citizen)
			.take(T::MaxConsents::get() as usize)
			.map(|(scope, record)| ConsentView {
				in_force: active
					&& record.revoked_at.is_none()
					&& Self::in_force(record.expires_at, now),
				scope,
				record,
			})
			.collect();
		list.sort_by_key(|view| (view.scope.agency, view.scope.category, view.scope.purpose));
		list
	}

	/// Up to `limit` entries of a citizen's access log from entry `from` on, oldest first
	/// (for `CitizensApi::access_log`). Entries the ring has dropped are skipped.
	pub fn access_log(citizen: CitizenId, from: u64, limit: u32) -> Vec<AccessEntryOf<T>> {
		// Every reader's ring (at most `MaxLogEntries` each), merged in order: read whole,
		// off the chain's hot path.
		let mut entries: Vec<AccessEntryOf<T>> = AccessLogEntries::<T>::iter_prefix_values(citizen)
			.filter(|entry| entry.seq >= from)
			.collect();
		entries.sort_unstable_by_key(|entry| entry.seq);
		entries.truncate(limit.min(T::MaxLogEntries::get()) as usize);
		entries
	}
}
