//! Benchmarks of pallet-citizens (FRAME benchmarking v2). Every call is O(1); each is
//! measured on the path that writes the most (a new attestation or consent, a replaced link).

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{assert_ok, traits::Get};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// A civil-affairs operator and a registered, active citizen with an account.
fn registered<T: Config>() -> (T::AccountId, CitizenId, T::AccountId) {
	let (_, operator) = T::Agencies::benchmark_operator(Roles::CIVIL_AFFAIRS);
	let citizen = [7u8; 32];
	let account: T::AccountId = account("citizen", 0, 0);
	assert_ok!(Pallet::<T>::register_citizen(
		RawOrigin::Signed(operator.clone()).into(),
		citizen,
		Some(account.clone())
	));
	assert_ok!(Pallet::<T>::accept_link(RawOrigin::Signed(account.clone()).into(), citizen));
	(operator, citizen, account)
}

/// A registered citizen's operator and id, their current account, and a new account the
/// operator has offered them in its place.
fn offered<T: Config>() -> (T::AccountId, CitizenId, T::AccountId, T::AccountId) {
	let (operator, citizen, current) = registered::<T>();
	let new: T::AccountId = account("citizen", 1, 0);
	assert_ok!(Pallet::<T>::link_account(
		RawOrigin::Signed(operator.clone()).into(),
		citizen,
		new.clone()
	));
	(operator, citizen, current, new)
}

fn far_future<T: Config>() -> Option<BlockNumberFor<T>> {
	Some(1_000_000u32.into())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_citizen() {
		let (agency, operator) = T::Agencies::benchmark_operator(Roles::CIVIL_AFFAIRS);
		let citizen = [1u8; 32];
		let account: T::AccountId = account("citizen", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), citizen, Some(account.clone()));

		let now = frame_system::Pallet::<T>::block_number();
		assert_last_event::<T>(Event::LinkOffered { citizen, account, by: agency, ready_at: now });
	}

	#[benchmark]
	fn set_status() {
		let (operator, citizen, _) = registered::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), citizen, CitizenStatus::Deceased);

		assert_last_event::<T>(Event::StatusSet { citizen, status: CitizenStatus::Deceased });
	}

	#[benchmark]
	fn link_account() {
		let (operator, citizen, _) = registered::<T>();
		let agency = T::Agencies::agency_of(&operator).expect("an operator");
		let new: T::AccountId = account("citizen", 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), citizen, new.clone());

		let ready_at = frame_system::Pallet::<T>::block_number() + T::RelinkDelay::get();
		assert_last_event::<T>(Event::LinkOffered { citizen, account: new, by: agency, ready_at });
	}

	/// The most work: a relink (the lost key is unlinked), seconded by a second agency.
	#[benchmark]
	fn accept_link() {
		let (_, citizen, _, new) = offered::<T>();
		let (_, second) = T::Agencies::benchmark_agency(1, Roles::CIVIL_AFFAIRS);
		assert_ok!(Pallet::<T>::second_link(RawOrigin::Signed(second).into(), citizen));

		#[extrinsic_call]
		_(RawOrigin::Signed(new.clone()), citizen);

		assert_last_event::<T>(Event::AccountLinked { citizen, account: new });
	}

	#[benchmark]
	fn veto_link() {
		let (_, citizen, current, new) = offered::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(current));

		assert_last_event::<T>(Event::LinkVetoed { citizen, account: new });
	}

	#[benchmark]
	fn second_link() {
		let (_, citizen, _, _) = offered::<T>();
		let (agency, second) = T::Agencies::benchmark_agency(1, Roles::CIVIL_AFFAIRS);

		#[extrinsic_call]
		_(RawOrigin::Signed(second), citizen);

		assert_last_event::<T>(Event::LinkSeconded { citizen, by: agency });
	}

	#[benchmark]
	fn rotate_account() {
		let (_, citizen, old) = registered::<T>();
		let new: T::AccountId = account("citizen", 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(old.clone()), new.clone());

		assert_last_event::<T>(Event::AccountRotated { citizen, old, new });
	}

	#[benchmark]
	fn attest() {
		let (operator, citizen, _) = registered::<T>();
		let (issuer, _) = T::Agencies::benchmark_operator(Roles::empty());
		let claim_hash = [9u8; 32];

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), citizen, 1, claim_hash, far_future::<T>());

		assert_last_event::<T>(Event::Attested {
			citizen,
			claim_hash,
			issuer,
			schema: 1,
			expires_at: far_future::<T>(),
		});
	}

	#[benchmark]
	fn revoke_attestation() {
		let (operator, citizen, _) = registered::<T>();
		let (issuer, _) = T::Agencies::benchmark_operator(Roles::empty());
		let claim_hash = [9u8; 32];
		assert_ok!(Pallet::<T>::attest(
			RawOrigin::Signed(operator.clone()).into(),
			citizen,
			1,
			claim_hash,
			None
		));

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), citizen, claim_hash);

		assert_last_event::<T>(Event::AttestationRevoked { citizen, claim_hash, issuer });
	}

	/// The heaviest grant: the citizen holds `MaxConsents` consents, all revoked, so every
	/// one is read and cleared to make room.
	#[benchmark]
	fn grant_consent() {
		let (_, citizen, account) = registered::<T>();
		let (agency, _) = T::Agencies::benchmark_operator(Roles::empty());
		let full = T::MaxConsents::get() as u16;
		for purpose in 100..100 + full {
			let signed = || RawOrigin::Signed(account.clone()).into();
			assert_ok!(Pallet::<T>::grant_consent(
				signed(),
				agency,
				DataCategory::Health,
				purpose,
				None
			));
			assert_ok!(Pallet::<T>::revoke_consent(
				signed(),
				agency,
				DataCategory::Health,
				purpose
			));
		}
		let scope = ConsentScope { agency, category: DataCategory::Health, purpose: 1 };

		#[extrinsic_call]
		_(RawOrigin::Signed(account), agency, DataCategory::Health, 1, far_future::<T>());

		assert_eq!(Consents::<T>::iter_prefix(citizen).count(), 1);
		assert_last_event::<T>(Event::ConsentGranted {
			citizen,
			scope,
			expires_at: far_future::<T>(),
		});
	}

	#[benchmark]
	fn revoke_consent() {
		let (_, citizen, account) = registered::<T>();
		let (agency, _) = T::Agencies::benchmark_operator(Roles::empty());
		assert_ok!(Pallet::<T>::grant_consent(
			RawOrigin::Signed(account.clone()).into(),
			agency,
			DataCategory::Health,
			1,
			None
		));

		#[extrinsic_call]
		_(RawOrigin::Signed(account), agency, DataCategory::Health, 1);

		let scope = ConsentScope { agency, category: DataCategory::Health, purpose: 1 };
		assert_last_event::<T>(Event::ConsentRevoked { citizen, scope });
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext().unchecked(), crate::mock::Test);
}
