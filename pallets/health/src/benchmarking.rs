//! Benchmarks of pallet-health (FRAME benchmarking v2). Every call is O(1); each is measured
//! on its heaviest path: a citizen at the record limit, a record one version short of the
//! limit and holding the longest locator left from before spec 101, a read under consent (not as issuer) into a full access log,
//! a late review by a disease-control agency, a positive test that opens a case.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{
	assert_ok,
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

const CITIZEN: CitizenId = [7u8; 32];
const PURPOSE: PurposeCode = 1;

/// The longest locator a record anchored before spec 101 may still hold.
fn longest_locator<T: Config>() -> LocatorOf<T> {
	BoundedVec::truncate_from(vec![b'x'; T::MaxLocatorLen::get() as usize])
}

/// The issuing hospital's operator and a record of a registered citizen whose access log is
/// full.
fn anchored<T: Config>() -> (T::AccountId, RecordId) {
	let (_, doctor) = T::Agencies::benchmark_agency(0, Roles::HEALTH);
	T::Citizens::benchmark_register(&CITIZEN);
	T::Citizens::benchmark_fill_log(&CITIZEN);
	let id = NextRecordId::<T>::get();
	assert_ok!(Pallet::<T>::anchor_record(
		RawOrigin::Signed(doctor.clone()).into(),
		CITIZEN,
		RecordKind::LabResult,
		[1u8; 32],
	));
	(doctor, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor_record() {
		let (issuer, doctor) = T::Agencies::benchmark_agency(0, Roles::HEALTH);
		T::Citizens::benchmark_register(&CITIZEN);
		RecordCount::<T>::insert(CITIZEN, issuer, T::MaxRecordsPerIssuer::get() - 1);
		let id = NextRecordId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor), CITIZEN, RecordKind::Imaging, [1u8; 32]);

		assert_last_event::<T>(Event::RecordAnchored {
			id,
			citizen: CITIZEN,
			kind: RecordKind::Imaging,
			issuer,
			hash: [1u8; 32],
		});
	}

	#[benchmark]
	fn amend_record() {
		let (doctor, id) = anchored::<T>();
		// Past the versions kept: the new one replaces the oldest on chain.
		let last = T::MaxVersions::get() + 1;
		Records::<T>::mutate(id, |record| {
			if let Some(record) = record {
				record.version = last - 1;
				record.locator = longest_locator::<T>();
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor), id, [2u8; 32]);

		assert_last_event::<T>(Event::RecordAmended {
			id,
			citizen: CITIZEN,
			version: last,
			hash: [2u8; 32],
		});
	}

	#[benchmark]
	fn access_record() {
		let (_, id) = anchored::<T>();
		let (reader, operator) = T::Agencies::benchmark_agency(1, Roles::empty());
		T::Citizens::benchmark_consent(&CITIZEN, reader, DataCategory::Health, PURPOSE);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), id, PURPOSE);

		assert_last_event::<T>(Event::RecordAccessed {
			id,
			citizen: CITIZEN,
			agency: reader,
			operator,
			purpose: PURPOSE,
		});
	}

	#[benchmark]
	fn emergency_access() {
		let (_, id) = anchored::<T>();
		let (agency, operator) = T::Agencies::benchmark_agency(1, Roles::HEALTH);
		let access = NextAccessId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), id, [3u8; 32]);

		// The block the call ran in is the benchmark runner's, not necessarily the setup's.
		let review_by = frame_system::Pallet::<T>::block_number() + ReviewWindow::<T>::get();
		assert_last_event::<T>(Event::EmergencyAccessed {
			access,
			record: id,
			citizen: CITIZEN,
			agency,
			operator,
			reason_hash: [3u8; 32],
			review_by,
		});
	}

	#[benchmark]
	fn review_emergency() {
		let (_, id) = anchored::<T>();
		let (_, nurse) = T::Agencies::benchmark_agency(1, Roles::HEALTH);
		let access = NextAccessId::<T>::get();
		assert_ok!(Pallet::<T>::emergency_access(RawOrigin::Signed(nurse).into(), id, [3u8; 32]));
		let (reviewer, epidemiologist) = T::Agencies::benchmark_agency(2, Roles::DISEASE_CONTROL);
		let late =
			frame_system::Pallet::<T>::block_number() + ReviewWindow::<T>::get() + 1u32.into();
		frame_system::Pallet::<T>::set_block_number(late);

		#[extrinsic_call]
		_(RawOrigin::Signed(epidemiologist), access, true);

		assert_last_event::<T>(Event::EmergencyReviewed {
			access,
			citizen: CITIZEN,
			justified: true,
			reviewer: Reviewer::Agency(reviewer),
			late: true,
		});
	}

	#[benchmark]
	fn erase_record() {
		let (doctor, id) = anchored::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor), id);

		assert_last_event::<T>(Event::RecordErased { id, citizen: CITIZEN });
	}

	#[benchmark]
	fn set_review_window() -> Result<(), BenchmarkError> {
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let blocks = 100u32.into();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, blocks);

		assert_last_event::<T>(Event::ReviewWindowSet { blocks });
		Ok(())
	}

	#[benchmark]
	fn report_test() {
		let (reporter, doctor) = T::Agencies::benchmark_agency(0, Roles::HEALTH);
		T::Citizens::benchmark_register(&CITIZEN);
		let now = frame_system::Pallet::<T>::block_number();

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor), CITIZEN, [9u8; 32], TestResult::Positive, 1, now);

		assert_last_event::<T>(Event::TestReported {
			citizen: CITIZEN,
			result: TestResult::Positive,
			district: 1,
			sampled_at: now,
			reporter,
		});
	}

	#[benchmark]
	fn report_recovery() {
		let (reporter, doctor) = T::Agencies::benchmark_agency(0, Roles::HEALTH);
		T::Citizens::benchmark_register(&CITIZEN);
		let now = frame_system::Pallet::<T>::block_number();
		assert_ok!(Pallet::<T>::report_test(
			RawOrigin::Signed(doctor.clone()).into(),
			CITIZEN,
			[9u8; 32],
			TestResult::Positive,
			1,
			now
		));

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor), CITIZEN);

		assert_last_event::<T>(Event::RecoveryReported { citizen: CITIZEN, district: 1, reporter });
	}

	#[benchmark]
	fn flag_contact() {
		let (agency, epidemiologist) = T::Agencies::benchmark_agency(2, Roles::DISEASE_CONTROL);
		T::Citizens::benchmark_register(&CITIZEN);

		#[extrinsic_call]
		_(RawOrigin::Signed(epidemiologist), CITIZEN);

		assert_last_event::<T>(Event::ContactFlagged { citizen: CITIZEN, agency });
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext().unchecked(), crate::mock::Test);
}
