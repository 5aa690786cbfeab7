//! What this pallet tells other pallets through [`CitizenRegistry`] and
//! [`CitizenAccounts`]: who is registered, and which active citizen an account signs for.

use crate::pallet::*;
#[cfg(feature = "runtime-benchmarks")]
use crate::types::*;
#[cfg(feature = "runtime-benchmarks")]
use civitas_primitives::{AccessLog, AgencyId, DataCategory, PurposeCode};
use civitas_primitives::{CitizenAccounts, CitizenId, CitizenRegistry};
#[cfg(feature = "runtime-benchmarks")]
use codec::Decode;
#[cfg(feature = "runtime-benchmarks")]
use frame_support::traits::Get;

impl<T: Config> CitizenAccounts<T::AccountId> for Pallet<T> {
	fn citizen_of(account: &T::AccountId) -> Option<CitizenId> {
		CitizenByAccount::<T>::get(account).filter(|citizen| Self::is_active_citizen(citizen))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_link(citizen: &CitizenId, account: &T::AccountId) {
		<Self as CitizenRegistry>::benchmark_register(citizen);
		Citizens::<T>::mutate(citizen, |record| {
			if let Some(record) = record {
				record.account = Some(account.clone());
			}
		});
		CitizenByAccount::<T>::insert(account, citizen);
	}
}

impl<T: Config> CitizenRegistry for Pallet<T> {
	fn is_registered(citizen: &CitizenId) -> bool {
		Citizens::<T>::contains_key(citizen)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_register(citizen: &CitizenId) {
		if Citizens::<T>::contains_key(citizen) {
			return;
		}
		Citizens::<T>::insert(
			citizen,
			Citizen {
				status: CitizenStatus::Active,
				account: None,
				registered_by: 0,
				registered_at: frame_system::Pallet::<T>::block_number(),
				attestations: 0,
				consents: 0,
				accesses: 0,
			},
		);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_consent(
		citizen: &CitizenId,
		agency: AgencyId,
		category: DataCategory,
		purpose: PurposeCode,
	) {
		Citizens::<T>::mutate(citizen, |record| {
			if let Some(record) = record {
				record.consents += 1;
			}
		});
		Consents::<T>::insert(
			citizen,
			ConsentScope { agency, category, purpose },
			ConsentRecord {
				granted_at: frame_system::Pallet::<T>::block_number(),
				expires_at: None,
				revoked_at: None,
			},
		);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_fill_log(citizen: &CitizenId) {
		let Ok(operator) =
			T::AccountId::decode(&mut sp_runtime::traits::TrailingZeroInput::zeroes())
		else {
			return;
		};
		for _ in 0..T::MaxLogEntries::get() {
			let _ = Self::record_access(citizen, 0, &operator, DataCategory::Health, 0, false);
		}
	}
}
