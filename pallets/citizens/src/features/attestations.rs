//! Attestations: an agency vouches for a claim (by its hash) about a citizen, and may revoke
//! what it attested.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, CitizenId, ClaimHash};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Attest `claim_hash` about `citizen`, for `issuer`.
	pub(crate) fn do_attest(
		issuer: AgencyId,
		citizen: CitizenId,
		schema: u32,
		claim_hash: ClaimHash,
		expires_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		Self::ensure_future(expires_at, now)?;
		let mut record = Self::active_citizen(&citizen)?;
		// Each issuer has its own `MaxAttestations` slots per citizen: one agency's junk
		// claims never stop another's. A revoked claim may be attested again (by anyone),
		// taking the slot of its former issuer.
		let previous = Attestations::<T>::get(citizen, claim_hash);
		if let Some(existing) = &previous {
			ensure!(existing.revoked_at.is_some(), Error::<T>::AlreadyAttested);
		}
		if previous.as_ref().map(|existing| existing.issuer) != Some(issuer) {
			let held = AttestationCount::<T>::get(citizen, issuer);
			ensure!(held < T::MaxAttestations::get(), Error::<T>::TooManyAttestations);
			AttestationCount::<T>::insert(citizen, issuer, held + 1);
			match previous {
				Some(existing) => AttestationCount::<T>::mutate(citizen, existing.issuer, |n| {
					*n = n.saturating_sub(1)
				}),
				None => {
					record.attestations += 1;
					Citizens::<T>::insert(citizen, record);
				},
			}
		}
		Attestations::<T>::insert(
			citizen,
			claim_hash,
			Attestation { issuer, schema, issued_at: now, expires_at, revoked_at: None },
		);
		Self::deposit_event(Event::Attested { citizen, claim_hash, issuer, schema, expires_at });
		Ok(())
	}

	/// Revoke `agency`'s attestation of `claim_hash` about `citizen`.
	pub(crate) fn do_revoke_attestation(
		agency: AgencyId,
		citizen: CitizenId,
		claim_hash: ClaimHash,
	) -> DispatchResult {
		Attestations::<T>::try_mutate(citizen, claim_hash, |attestation| -> DispatchResult {
			let attestation = attestation.as_mut().ok_or(Error::<T>::UnknownAttestation)?;
			ensure!(attestation.issuer == agency, Error::<T>::NotIssuer);
			ensure!(attestation.revoked_at.is_none(), Error::<T>::AlreadyRevoked);
			attestation.revoked_at = Some(frame_system::Pallet::<T>::block_number());
			Ok(())
		})?;
		Self::deposit_event(Event::AttestationRevoked { citizen, claim_hash, issuer: agency });
		Ok(())
	}
}
