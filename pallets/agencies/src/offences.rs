//! Offences proven against an agency's authority node — two blocks sealed for one slot, two
//! GRANDPA votes in one round. The consensus pallets check the proof; this pallet acts on
//! it: the agency's authority leaves every authority set planned after the proof and is
//! disabled (it authors no block) for what remains of the sessions it is still in, until
//! the council restores it (`restore_authority`). The agency itself stays active: its
//! operators and its admin keep working, only its node stops counting.

use crate::{pallet::*, SessionAuthorities};
use alloc::vec::Vec;
use civitas_primitives::{
	agencies::{AuthorityOffence, OffenceKind},
	AgencyId,
};
use frame_support::pallet_prelude::*;
use sp_staking::{
	offence::{Offence, OffenceError, ReportOffence},
	SessionIndex,
};

/// An offender as a key-ownership proof identifies it: the authority account that signed,
/// and the agency it was the authority of in that session (pallet-session's historical
/// `FullIdentification`).
pub type Offender<AccountId> = (AccountId, AgencyId);

impl<T: Config> Pallet<T> {
	/// Whether `agency`'s authority is kept out of the authority set for a proven offence.
	pub fn authority_offending(agency: AgencyId) -> bool {
		AuthorityOffences::<T>::contains_key(agency)
	}

	/// Act on a proven offence of `agency`'s authority node (`signer` is the authority
	/// account that committed it): note it, take the agency's authority out of the next
	/// sessions' set and disable `signer` for the rest of this session. A second offence
	/// before the council restores the agency changes nothing (false).
	pub(crate) fn note_offence(
		agency: AgencyId,
		signer: &T::AccountId,
		kind: OffenceKind,
		session: SessionIndex,
	) -> bool {
		if AuthorityOffences::<T>::contains_key(agency) {
			return false;
		}
		let Some(record) = Agencies::<T>::get(agency) else { return false };
		AuthorityOffences::<T>::insert(
			agency,
			AuthorityOffence {
				kind,
				session,
				reported_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		if let Some(authority) = &record.authority {
			Self::remove_validator(authority);
			T::Sessions::disable(authority);
		}
		if record.authority.as_ref() != Some(signer) {
			T::Sessions::disable(signer);
		}
		Self::deposit_event(Event::AuthorityOffence { agency, kind, session });
		true
	}

	/// Let `agency`'s authority back into the authority set from the session after next
	/// (if the agency is active and names one).
	pub(crate) fn do_restore_authority(agency: AgencyId) -> DispatchResult {
		let record = Agencies::<T>::get(agency).ok_or(Error::<T>::UnknownAgency)?;
		ensure!(AuthorityOffences::<T>::contains_key(agency), Error::<T>::NoAuthorityOffence);
		if record.status == crate::types::AgencyStatus::Active {
			if let Some(authority) = record.authority {
				Self::add_validator(authority)?;
			}
		}
		AuthorityOffences::<T>::remove(agency);
		Self::deposit_event(Event::AuthorityRestored { agency });
		Ok(())
	}

	/// At the start of a session: disable again every offending agency's authority that is
	/// still in the set (a session's set is planned a session ahead, so the one starting may
	/// have been planned before the offence was proven; disabling lasts one session).
	pub(crate) fn disable_offenders() {
		for agency in AuthorityOffences::<T>::iter_keys() {
			if let Some(authority) = Agencies::<T>::get(agency).and_then(|record| record.authority)
			{
				T::Sessions::disable(&authority);
			}
		}
	}
}

/// The offence sink the runtime gives the consensus pallets' report systems: an offence
/// against agencies' authorities is acted on (see [`Pallet::note_offence`]) after `Inner`
/// (pallet-offences, which records it) has taken it. An offence whose offenders are all
/// kept out already is known, whatever its time slot: a node that equivocates in every
/// slot until its set changes leaves one report, not one per slot, so the reports it can
/// cause are bounded by the council's restorations.
pub struct SuspendOffenders<T, Inner>(core::marker::PhantomData<(T, Inner)>);

impl<T, Reporter, O, Inner> ReportOffence<Reporter, Offender<T::AccountId>, O>
	for SuspendOffenders<T, Inner>
where
	T: Config,
	O: Offence<Offender<T::AccountId>>,
	Inner: ReportOffence<Reporter, Offender<T::AccountId>, O>,
{
	fn report_offence(reporters: Vec<Reporter>, offence: O) -> Result<(), OffenceError> {
		let offenders = offence.offenders();
		if all_offending::<T>(&offenders) {
			return Err(OffenceError::DuplicateReport);
		}
		let session = offence.session_index();
		Inner::report_offence(reporters, offence)?;
		for (signer, agency) in &offenders {
			Pallet::<T>::note_offence(*agency, signer, O::ID, session);
		}
		Ok(())
	}

	fn is_known_offence(offenders: &[Offender<T::AccountId>], time_slot: &O::Slot) -> bool {
		all_offending::<T>(offenders) || Inner::is_known_offence(offenders, time_slot)
	}
}

/// The agency an authority account is the authority of (pallet-session's historical
/// `FullIdentificationOf`: how a key-ownership proof identifies an authority).
pub struct AgencyOfAuthority<T>(core::marker::PhantomData<T>);

impl<T: Config> sp_runtime::traits::Convert<T::AccountId, Option<AgencyId>>
	for AgencyOfAuthority<T>
{
	fn convert(authority: T::AccountId) -> Option<AgencyId> {
		AuthorityOf::<T>::get(&authority)
	}
}

fn all_offending<T: Config>(offenders: &[Offender<T::AccountId>]) -> bool {
	offenders.iter().all(|(_, agency)| Pallet::<T>::authority_offending(*agency))
}
