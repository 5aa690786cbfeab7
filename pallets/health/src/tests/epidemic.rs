use super::last_event;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

/// A sample id no other report of the test run has used.
fn new_sample() -> DocHash {
	use core::sync::atomic::{AtomicU32, Ordering};
	static NEXT: AtomicU32 = AtomicU32::new(0);
	sp_io::hashing::blake2_256(&NEXT.fetch_add(1, Ordering::Relaxed).to_le_bytes())
}

fn test(who: u64, citizen: CitizenId, result: TestResult, district: District, sampled_at: u64) {
	assert_ok!(Health::report_test(
		RuntimeOrigin::signed(who),
		citizen,
		new_sample(),
		result,
		district,
		sampled_at
	));
}

fn code(citizen: CitizenId) -> HealthCode {
	Health::health_code(citizen).expect("a registered citizen has a code").code
}

fn stats(district: District) -> (u64, u64, u64, u64) {
	let s = Health::district_stats(district).unwrap();
	(s.tests, s.positives, s.active, s.recovered)
}

#[test]
fn a_positive_test_turns_red_and_a_recovery_green_with_the_counters_in_step() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_eq!(code(alice), HealthCode::Green);
		test(DOCTOR, alice, TestResult::Negative, 3, 1);
		assert_eq!(code(alice), HealthCode::Green);
		assert_eq!(stats(3), (1, 0, 0, 0));

		System::set_block_number(5);
		test(EPIDEMIOLOGIST, alice, TestResult::Positive, 3, 4);
		assert_eq!(
			last_event(),
			Event::TestReported {
				citizen: alice,
				result: TestResult::Positive,
				district: 3,
				sampled_at: 4,
				reporter: CDC
			}
		);
		assert_eq!(code(alice), HealthCode::Red);
		assert_eq!(stats(3), (2, 1, 1, 0));
		// A second positive while the case is open counts as a test and a positive only,
		// and the case stays with the district that opened it.
		test(NURSE, alice, TestResult::Positive, 5, 5);
		assert_eq!(stats(3), (2, 1, 1, 0));
		assert_eq!(stats(5), (1, 1, 0, 0));
		// A negative test does not end a case: a recovery does.
		test(NURSE, alice, TestResult::Negative, 5, 5);
		assert_eq!(code(alice), HealthCode::Red);

		System::set_block_number(30);
		assert_ok!(Health::report_recovery(RuntimeOrigin::signed(DOCTOR), alice));
		assert_eq!(
			last_event(),
			Event::RecoveryReported { citizen: alice, district: 3, reporter: HOSPITAL }
		);
		assert_eq!(code(alice), HealthCode::Green);
		assert_eq!(stats(3), (2, 1, 0, 1));
		let state = Health::health_code(alice).unwrap().state;
		assert_eq!((state.case, state.recovered_at), (None, Some(30)));
		assert_noop!(
			Health::report_recovery(RuntimeOrigin::signed(DOCTOR), alice),
			Error::<Test>::NotInfected
		);
	});
}

#[test]
fn a_flag_is_yellow_for_the_window_and_after_it_until_a_negative_test() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Health::flag_contact(RuntimeOrigin::signed(EPIDEMIOLOGIST), alice));
		assert_eq!(last_event(), Event::ContactFlagged { citizen: alice, agency: CDC });
		assert_eq!(code(alice), HealthCode::Yellow);
		// Flagged at block 1 = day 0. Day 15 without a negative test: still Yellow.
		System::set_block_number(1 + 15 * DAY);
		assert_eq!(code(alice), HealthCode::Yellow);
		// A negative sampled after the flag clears it once the window is over ...
		test(DOCTOR, alice, TestResult::Negative, 0, 2);
		assert_eq!(code(alice), HealthCode::Green);
		// ... but not within it: day 13 is Yellow, the window's last block too.
		System::set_block_number(1 + 13 * DAY);
		assert_eq!(code(alice), HealthCode::Yellow);
		System::set_block_number(14 * DAY);
		assert_eq!(code(alice), HealthCode::Yellow);
		System::set_block_number(1 + 14 * DAY);
		assert_eq!(code(alice), HealthCode::Green);
	});
}

#[test]
fn a_negative_sampled_before_the_flag_does_not_count() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		System::set_block_number(10);
		test(DOCTOR, alice, TestResult::Negative, 0, 9);
		assert_ok!(Health::flag_contact(RuntimeOrigin::signed(EPIDEMIOLOGIST), alice));
		System::set_block_number(10 + 15 * DAY);
		assert_eq!(code(alice), HealthCode::Yellow);
		// An older sample reported late does not move the latest negative back.
		test(DOCTOR, alice, TestResult::Negative, 0, 11);
		test(DOCTOR, alice, TestResult::Negative, 0, 8);
		assert_eq!(Health::health_code(alice).unwrap().state.last_negative, Some(11));
		assert_eq!(code(alice), HealthCode::Green);
	});
}

#[test]
fn a_positive_test_supersedes_a_flag() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Health::flag_contact(RuntimeOrigin::signed(BUREAU), alice));
		test(DOCTOR, alice, TestResult::Positive, 1, 1);
		assert_eq!(code(alice), HealthCode::Red);
		assert_ok!(Health::report_recovery(RuntimeOrigin::signed(EPIDEMIOLOGIST), alice));
		assert_eq!(code(alice), HealthCode::Green);
		// Flagged again after recovery: Yellow.
		assert_ok!(Health::flag_contact(RuntimeOrigin::signed(EPIDEMIOLOGIST), alice));
		assert_eq!(code(alice), HealthCode::Yellow);
	});
}

#[test]
fn reports_need_a_health_role_a_known_citizen_and_sane_input() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let report = |who: u64, citizen, district, sampled_at| {
			Health::report_test(
				RuntimeOrigin::signed(who),
				citizen,
				new_sample(),
				TestResult::Positive,
				district,
				sampled_at,
			)
		};
		assert_noop!(report(CLERK, alice, 0, 1), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(report(STRANGER, alice, 0, 1), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(report(DOCTOR, alice, 16, 1), Error::<Test>::UnknownDistrict);
		assert_noop!(report(DOCTOR, alice, 0, 2), Error::<Test>::SampledInFuture);
		assert_noop!(report(DOCTOR, citizen("nobody"), 0, 1), Error::<Test>::UnknownCitizen);
		assert_noop!(
			Health::report_recovery(RuntimeOrigin::signed(CLERK), alice),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Health::flag_contact(RuntimeOrigin::signed(DOCTOR), alice),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Health::flag_contact(RuntimeOrigin::signed(EPIDEMIOLOGIST), citizen("nobody")),
			Error::<Test>::UnknownCitizen
		);
		assert_eq!(stats(0), (0, 0, 0, 0));
		assert_eq!(code(alice), HealthCode::Green);
		assert_eq!(Health::health_code(citizen("nobody")), None);
		assert_eq!(Health::district_stats(16), None);
	});
}

#[test]
fn a_sample_reported_by_two_agencies_counts_once() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let sample = doc("swab 0042");
		let report = |who: u64| {
			Health::report_test(
				RuntimeOrigin::signed(who),
				alice,
				sample,
				TestResult::Positive,
				3,
				1,
			)
		};
		assert_ok!(report(DOCTOR));
		// Disease control reports the same swab: refused, the counters count it once.
		assert_noop!(report(EPIDEMIOLOGIST), Error::<Test>::SampleAlreadyReported);
		assert_noop!(report(DOCTOR), Error::<Test>::SampleAlreadyReported);
		assert_eq!(stats(3), (1, 1, 1, 0));
		assert_eq!(Samples::<Test>::get(alice, sample), Some(HOSPITAL));
	});
}

#[test]
fn a_positive_sampled_before_a_recovery_does_not_reopen_the_case() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		test(DOCTOR, alice, TestResult::Positive, 3, 1);
		frame_system::Pallet::<Test>::set_block_number(10);
		assert_ok!(Health::report_recovery(RuntimeOrigin::signed(DOCTOR), alice));
		assert_eq!(code(alice), HealthCode::Green);
		// A lab reports late a positive swab taken at block 5, before the recovery at 10:
		// a positive test, but of the case that recovered.
		frame_system::Pallet::<Test>::set_block_number(12);
		test(EPIDEMIOLOGIST, alice, TestResult::Positive, 3, 5);
		assert_eq!(code(alice), HealthCode::Green);
		assert_eq!(stats(3), (2, 2, 0, 1));
		// A positive taken after the recovery is a new case.
		test(EPIDEMIOLOGIST, alice, TestResult::Positive, 3, 11);
		assert_eq!(code(alice), HealthCode::Red);
		assert_eq!(stats(3), (3, 3, 1, 1));
	});
}
