//! Epidemic reporting: test results, recoveries and contact flags, with per-district
//! counters kept in O(1) per report, and the health code the rules give each citizen.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, CitizenId, CitizenRegistry, Roles};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// The roles that may report tests and recoveries (either is enough).
	pub const REPORTERS: Roles = Roles::HEALTH.union(Roles::DISEASE_CONTROL);

	/// Record a test result of `citizen` reported by `reporter`, for the sample whose id
	/// hash is `sample`: a sample counts once, whoever reports it.
	pub(crate) fn do_report_test(
		reporter: AgencyId,
		citizen: CitizenId,
		sample: DocHash,
		result: TestResult,
		district: District,
		sampled_at: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(district < T::DistrictCount::get(), Error::<T>::UnknownDistrict);
		ensure!(
			sampled_at <= frame_system::Pallet::<T>::block_number(),
			Error::<T>::SampledInFuture
		);
		ensure!(T::Citizens::is_registered(&citizen), Error::<T>::UnknownCitizen);
		ensure!(!Samples::<T>::contains_key(citizen, sample), Error::<T>::SampleAlreadyReported);
		Samples::<T>::insert(citizen, sample, reporter);
		let mut state = Epidemic::<T>::get(citizen);
		let mut stats = Districts::<T>::get(district);
		stats.tests += 1;
		// A positive sample taken before the citizen's last recovery belongs to the case that
		// recovered: it counts as a positive test but opens no new case.
		let before_recovery = state.recovered_at.is_some_and(|recovered| sampled_at <= recovered);
		match result {
			TestResult::Positive => {
				stats.positives += 1;
				if state.case.is_none() && !before_recovery {
					stats.active += 1;
					state.case = Some(Case { district, since: sampled_at });
				}
				state.flagged_at = None;
			},
			TestResult::Negative => {
				state.last_negative = state.last_negative.max(Some(sampled_at));
			},
		}
		Districts::<T>::insert(district, stats);
		Epidemic::<T>::insert(citizen, state);
		Self::deposit_event(Event::TestReported {
			citizen,
			result,
			district,
			sampled_at,
			reporter,
		});
		Ok(())
	}

	/// Record that `citizen`'s active case recovered, as `reporter` says.
	pub(crate) fn do_report_recovery(reporter: AgencyId, citizen: CitizenId) -> DispatchResult {
		let mut state = Epidemic::<T>::get(citizen);
		let case = state.case.take().ok_or(Error::<T>::NotInfected)?;
		state.recovered_at = Some(frame_system::Pallet::<T>::block_number());
		Districts::<T>::mutate(case.district, |stats| {
			stats.active = stats.active.saturating_sub(1);
			stats.recovered += 1;
		});
		Epidemic::<T>::insert(citizen, state);
		Self::deposit_event(Event::RecoveryReported { citizen, district: case.district, reporter });
		Ok(())
	}

	/// Flag `citizen` as a contact, for disease control `agency`.
	pub(crate) fn do_flag_contact(agency: AgencyId, citizen: CitizenId) -> DispatchResult {
		ensure!(T::Citizens::is_registered(&citizen), Error::<T>::UnknownCitizen);
		let now = frame_system::Pallet::<T>::block_number();
		Epidemic::<T>::mutate(citizen, |state| state.flagged_at = Some(now));
		Self::deposit_event(Event::ContactFlagged { citizen, agency });
		Ok(())
	}

	/// The code the rules give `state` at block `now`.
	pub fn code_of(state: &EpidemicState<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> HealthCode {
		if state.case.is_some() {
			return HealthCode::Red;
		}
		match state.flagged_at {
			Some(flagged) => {
				let within_window = now < flagged.saturating_add(T::ContactWindow::get());
				let negative_since = state.last_negative.is_some_and(|at| at >= flagged);
				if within_window || !negative_since {
					HealthCode::Yellow
				} else {
					HealthCode::Green
				}
			},
			None => HealthCode::Green,
		}
	}
}
