//! Free agency work: who may send a call for free, and each agency's share of a block.

use crate::{mock::*, FreeUsage, FreeUse, FreeWork, Roles};
use frame_support::{assert_ok, weights::Weight};

/// A transport bureau beside the mock's two agencies: three active agencies.
fn register_a_third_agency() {
	assert_ok!(Agencies::register_agency(
		RuntimeOrigin::root(),
		sp_runtime::bounded_vec![b'T'],
		Roles::TRANSPORT,
		12,
		None
	));
}

#[test]
fn free_work_needs_the_role_the_call_names() {
	new_test_ext().execute_with(|| {
		// The nurse operates for the health bureau (HEALTH | DISEASE_CONTROL).
		assert_eq!(Agencies::free_agency(&NURSE, FreeWork::AllOf(Roles::HEALTH)), Some(HEALTH));
		assert_eq!(Agencies::free_agency(&NURSE, FreeWork::AllOf(Roles::empty())), Some(HEALTH));
		assert_eq!(
			Agencies::free_agency(&NURSE, FreeWork::AnyOf(Roles::TAX | Roles::DISEASE_CONTROL)),
			Some(HEALTH)
		);
		assert_eq!(Agencies::free_agency(&NURSE, FreeWork::AllOf(Roles::LAND_REGISTRY)), None);
		assert_eq!(
			Agencies::free_agency(&NURSE, FreeWork::AllOf(Roles::HEALTH | Roles::TAX)),
			None,
			"every role of AllOf"
		);
		assert_eq!(Agencies::free_agency(&NURSE, FreeWork::AnyOf(Roles::TAX)), None);
		// An operator is no admin, an admin no operator.
		assert_eq!(Agencies::free_agency(&NURSE, FreeWork::Admin), None);
		assert_eq!(Agencies::free_agency(&HEALTH_ADMIN, FreeWork::Admin), Some(HEALTH));
		assert_eq!(Agencies::free_agency(&HEALTH_ADMIN, FreeWork::AllOf(Roles::empty())), None);
		// Nobody's calls, strangers and the node's account are never free.
		assert_eq!(Agencies::free_agency(&HEALTH_ADMIN, FreeWork::Nobody), None);
		assert_eq!(Agencies::free_agency(&STRANGER, FreeWork::AllOf(Roles::empty())), None);
		assert_eq!(Agencies::free_agency(&HEALTH_NODE, FreeWork::Admin), None);
		// A suspended agency's accounts send nothing for free.
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(Agencies::free_agency(&NURSE, FreeWork::AllOf(Roles::HEALTH)), None);
		assert_eq!(Agencies::free_agency(&HEALTH_ADMIN, FreeWork::Admin), None);
	});
}

#[test]
fn an_agencys_share_is_two_over_the_active_agencies() {
	new_test_ext().execute_with(|| {
		let block = Weight::from_parts(3_000, 600);
		// Two active agencies: each may take the whole block (at most all of it).
		assert_eq!(Agencies::free_share(block, 900), (block, 900));
		register_a_third_agency();
		assert_eq!(Agencies::free_share(block, 900), (Weight::from_parts(2_000, 400), 600));
		// A suspended agency does not count.
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), LAND));
		assert_eq!(Agencies::free_share(block, 900), (block, 900));
	});
}

#[test]
fn an_agency_past_its_share_has_no_room_until_the_next_block() {
	new_test_ext().execute_with(|| {
		register_a_third_agency();
		let limit = (Weight::from_parts(3_000, 3_000), 300);
		// The share is 2000 of weight and 200 bytes.
		assert!(Agencies::has_free_room(HEALTH, Weight::from_parts(2_000, 0), 200, limit));
		assert!(!Agencies::has_free_room(HEALTH, Weight::from_parts(2_001, 0), 1, limit));
		assert!(!Agencies::has_free_room(HEALTH, Weight::from_parts(1, 0), 201, limit));
		Agencies::use_free_room(HEALTH, Weight::from_parts(1_500, 0), 50);
		Agencies::use_free_room(HEALTH, Weight::from_parts(400, 0), 50);
		assert_eq!(
			FreeUse::<Test>::get(HEALTH),
			Some(FreeUsage { block: 1, weight: Weight::from_parts(1_900, 0), length: 100 })
		);
		assert!(Agencies::has_free_room(HEALTH, Weight::from_parts(100, 0), 100, limit));
		assert!(!Agencies::has_free_room(HEALTH, Weight::from_parts(101, 0), 1, limit));
		// The land registry's share is its own.
		assert!(Agencies::has_free_room(LAND, Weight::from_parts(2_000, 0), 200, limit));
		// The next block starts from nothing.
		System::set_block_number(2);
		assert!(Agencies::has_free_room(HEALTH, Weight::from_parts(2_000, 0), 200, limit));
		Agencies::use_free_room(HEALTH, Weight::from_parts(10, 0), 1);
		assert_eq!(
			FreeUse::<Test>::get(HEALTH),
			Some(FreeUsage { block: 2, weight: Weight::from_parts(10, 0), length: 1 })
		);
	});
}
