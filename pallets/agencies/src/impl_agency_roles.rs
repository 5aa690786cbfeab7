//! What this pallet tells the domain pallets through [`AgencyRoles`]: who acts for which
//! active agency, with which roles.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, AgencyRoles, Roles};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// The active agency `who` operates for, if its roles pass `allowed` (one read of each
	/// map): the check of every call an operator makes, and of whether it is free.
	pub(crate) fn acting(
		who: &T::AccountId,
		allowed: impl FnOnce(Roles) -> bool,
	) -> Result<AgencyId, Error<T>> {
		let agency = OperatorOf::<T>::get(who).ok_or(Error::<T>::NotOperator)?;
		let record = Agencies::<T>::get(agency).ok_or(Error::<T>::UnknownAgency)?;
		ensure!(record.status == AgencyStatus::Active, Error::<T>::AgencySuspended);
		ensure!(allowed(record.roles), Error::<T>::MissingRole);
		Ok(agency)
	}

	/// [`Self::acting`] for the signer of `origin`.
	fn ensure_acting(
		origin: OriginFor<T>,
		allowed: impl FnOnce(Roles) -> bool,
	) -> Result<(AgencyId, T::AccountId), DispatchError> {
		let who = ensure_signed(origin)?;
		let agency = Self::acting(&who, allowed)?;
		Ok((agency, who))
	}
}

impl<T: Config> AgencyRoles<T::AccountId, OriginFor<T>> for Pallet<T> {
	fn ensure_role(
		origin: OriginFor<T>,
		roles: Roles,
	) -> Result<(AgencyId, T::AccountId), DispatchError> {
		Self::ensure_acting(origin, |held| held.contains(roles))
	}

	fn ensure_any_role(
		origin: OriginFor<T>,
		roles: Roles,
	) -> Result<(AgencyId, T::AccountId), DispatchError> {
		Self::ensure_acting(origin, |held| held.intersects(roles))
	}

	fn agency_of(account: &T::AccountId) -> Option<AgencyId> {
		OperatorOf::<T>::get(account)
	}

	fn is_active(agency: AgencyId) -> bool {
		Self::is_active(agency)
	}

	/// The operator of a benchmark agency that holds every role, so any `_roles` pass.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_agency(seed: u32, _roles: Roles) -> (AgencyId, T::AccountId) {
		let admin: T::AccountId = frame_benchmarking::account("benchmark-admin", seed, 0);
		let operator: T::AccountId = frame_benchmarking::account("benchmark-operator", seed, 0);
		let agency = match AdminOf::<T>::get(&admin) {
			Some(agency) => agency,
			None => Self::do_register_agency(
				BoundedVec::truncate_from(b"Benchmark agency".to_vec()),
				Roles::ALL,
				admin,
				None,
			)
			.expect("the benchmark agency can be registered"),
		};
		if !Operators::<T>::contains_key(agency, &operator) {
			Self::do_add_operator(agency, operator.clone())
				.expect("the benchmark operator can be added");
		}
		(agency, operator)
	}
}
