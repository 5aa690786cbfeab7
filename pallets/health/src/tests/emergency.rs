use super::{anchor_lab, last_event};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn overdue() -> Vec<AccessId> {
	Health::overdue_reviews().into_iter().map(|(id, _)| id).collect()
}

fn break_glass(who: u64, record: RecordId) -> AccessId {
	let access = NextAccessId::<Test>::get();
	assert_ok!(Health::emergency_access(RuntimeOrigin::signed(who), record, doc("unconscious")));
	access
}

#[test]
fn break_glass_reads_without_consent_is_logged_and_tells_the_citizen() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let access = break_glass(NURSE, id);
		assert_eq!(
			last_event(),
			Event::EmergencyAccessed {
				access,
				record: id,
				citizen: alice,
				agency: CLINIC,
				operator: NURSE,
				reason_hash: doc("unconscious"),
				review_by: 21,
			}
		);
		let log = Citizens::access_log(alice, 0, 10);
		assert_eq!(log.len(), 1);
		assert!(log[0].emergency);
		assert_eq!((log[0].agency, log[0].purpose), (CLINIC, EMERGENCY_PURPOSE));
		let stored = EmergencyAccesses::<Test>::get(access).unwrap();
		assert_eq!((stored.at, stored.review_by, stored.review), (1, 21, None));
		assert_eq!(PendingReviews::<Test>::count(), 1);
	});
}

#[test]
fn break_glass_needs_the_health_role_and_a_readable_record() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let glass = |who: u64, record| {
			Health::emergency_access(RuntimeOrigin::signed(who), record, doc("r"))
		};
		assert_noop!(glass(CLERK, id), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(glass(EPIDEMIOLOGIST, id), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(glass(STRANGER, id), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(glass(NURSE, 9), Error::<Test>::UnknownRecord);
		assert!(Citizens::access_log(alice, 0, 10).is_empty());
	});
}

#[test]
fn an_unreviewed_access_is_overdue_only_after_its_window() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let access = break_glass(NURSE, id);
		System::set_block_number(21);
		assert!(overdue().is_empty(), "block 21 is the last one on time");
		System::set_block_number(22);
		assert_eq!(overdue(), vec![access]);
		System::set_block_number(500);
		assert_eq!(overdue(), vec![access], "it stays listed until reviewed");
	});
}

#[test]
fn disease_control_reviews_in_time_and_the_access_leaves_the_list() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let access = break_glass(NURSE, id);
		System::set_block_number(21);
		assert_ok!(Health::review_emergency(RuntimeOrigin::signed(EPIDEMIOLOGIST), access, true));
		assert_eq!(
			last_event(),
			Event::EmergencyReviewed {
				access,
				citizen: alice,
				justified: true,
				reviewer: Reviewer::Agency(CDC),
				late: false
			}
		);
		let review = EmergencyAccesses::<Test>::get(access).unwrap().review.unwrap();
		assert_eq!(
			review,
			Review { justified: true, reviewer: Reviewer::Agency(CDC), at: 21, late: false }
		);
		System::set_block_number(100);
		assert!(overdue().is_empty());
		assert_eq!(PendingReviews::<Test>::count(), 0);
		assert_noop!(
			Health::review_emergency(RuntimeOrigin::root(), access, false),
			Error::<Test>::AlreadyReviewed
		);
	});
}

#[test]
fn a_review_after_the_window_is_taken_and_marked_late() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let first = break_glass(NURSE, id);
		System::set_block_number(3);
		let second = break_glass(NURSE, id);
		System::set_block_number(40);
		assert_eq!(overdue(), vec![first, second], "most overdue first");
		assert_ok!(Health::review_emergency(RuntimeOrigin::root(), second, false));
		assert_eq!(
			last_event(),
			Event::EmergencyReviewed {
				access: second,
				citizen: alice,
				justified: false,
				reviewer: Reviewer::Council,
				late: true
			}
		);
		assert_eq!(overdue(), vec![first]);
	});
}

#[test]
fn reviews_are_refused_to_others_and_to_the_agency_that_read() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let access = break_glass(BUREAU, id);
		assert_eq!(EmergencyAccesses::<Test>::get(access).unwrap().agency, HEALTH_BUREAU);
		let review = |who: u64| Health::review_emergency(RuntimeOrigin::signed(who), access, true);
		assert_noop!(review(NURSE), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(review(DOCTOR), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(review(STRANGER), pallet_agencies::Error::<Test>::NotOperator);
		// The bureau holds DISEASE_CONTROL, but it made the access.
		assert_noop!(review(BUREAU), Error::<Test>::SelfReview);
		assert_noop!(
			Health::review_emergency(RuntimeOrigin::signed(EPIDEMIOLOGIST), 77, true),
			Error::<Test>::UnknownEmergencyAccess
		);
		assert_eq!(PendingReviews::<Test>::count(), 1);
		assert_ok!(review(EPIDEMIOLOGIST));
	});
}

#[test]
fn break_glass_stops_while_max_reviews_are_pending() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let first = break_glass(NURSE, id);
		break_glass(NURSE, id);
		assert_noop!(
			Health::emergency_access(RuntimeOrigin::signed(NURSE), id, doc("r")),
			Error::<Test>::TooManyPendingReviews
		);
		assert_ok!(Health::review_emergency(RuntimeOrigin::root(), first, true));
		break_glass(NURSE, id);
	});
}

#[test]
fn one_agencys_pending_reviews_never_block_another_hospitals_break_glass() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		// The clinic floods break-glass to its bound (2 in the mock)...
		break_glass(NURSE, id);
		break_glass(NURSE, id);
		assert_noop!(
			Health::emergency_access(RuntimeOrigin::signed(NURSE), id, doc("r")),
			Error::<Test>::TooManyPendingReviews
		);
		// ...and the hospital's own break-glass still goes through, twice.
		break_glass(DOCTOR, id);
		break_glass(DOCTOR, id);
		assert_eq!(crate::PendingReviewCount::<Test>::get(CLINIC), 2);
		assert_eq!(crate::PendingReviewCount::<Test>::get(HOSPITAL), 2);
		assert_eq!(PendingReviews::<Test>::count(), 4);
	});
}

#[test]
fn the_council_sets_the_review_window() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		assert_eq!(ReviewWindow::<Test>::get(), 20);
		assert_noop!(
			Health::set_review_window(RuntimeOrigin::signed(EPIDEMIOLOGIST), 5),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Health::set_review_window(RuntimeOrigin::root(), 0),
			Error::<Test>::ZeroWindow
		);
		assert_ok!(Health::set_review_window(RuntimeOrigin::root(), 5));
		assert_eq!(last_event(), Event::ReviewWindowSet { blocks: 5 });
		let access = break_glass(NURSE, id);
		assert_eq!(EmergencyAccesses::<Test>::get(access).unwrap().review_by, 6);
		System::set_block_number(7);
		assert_eq!(overdue(), vec![access]);
	});
}
