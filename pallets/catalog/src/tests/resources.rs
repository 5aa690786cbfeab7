//! Publishing, updating and retiring resources.

use super::*;
use crate::{Call, Error, GrantStatus, Resources};
use civitas_primitives::MAX_PAGE;
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn publish_as(who: u64, title: &[u8], category: &[u8]) -> sp_runtime::DispatchResult {
	Catalog::publish_resource(
		RuntimeOrigin::signed(who),
		title.to_vec().try_into().unwrap(),
		category.to_vec().try_into().unwrap(),
		doc("schema"),
		Sensitivity::Internal,
		Level::District,
	)
}

fn update_as(who: u64, resource: ResourceId, title: &[u8]) -> sp_runtime::DispatchResult {
	Catalog::update_resource(
		RuntimeOrigin::signed(who),
		resource,
		title.to_vec().try_into().unwrap(),
		b"epidemic".to_vec().try_into().unwrap(),
		doc("schema v2"),
		Sensitivity::Secret,
		Level::Zone,
	)
}

#[test]
fn publishing_stores_version_one_owned_by_the_signers_agency() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Sensitive);
		let record = Resources::<Test>::get(id).unwrap();
		assert_eq!(record.owner, HEALTH);
		assert_eq!(record.title.to_vec(), b"Case counts".to_vec());
		assert_eq!(record.category.to_vec(), b"epidemic".to_vec());
		assert_eq!(record.schema_hash, doc("schema v1"));
		assert_eq!((record.sensitivity, record.level), (Sensitivity::Sensitive, Level::City));
		assert_eq!((record.version, record.published_at, record.retired_at), (1, 1, None));
		assert_eq!(
			last_event(),
			Event::ResourcePublished {
				resource: id,
				owner: HEALTH,
				sensitivity: Sensitivity::Sensitive
			}
		);
		let listed = Catalog::resources(HEALTH, 0, MAX_PAGE);
		assert_eq!(listed.len(), 1);
		assert_eq!((listed[0].id, listed[0].version), (id, 1));
		assert!(Catalog::resources(TRANSPORT, 0, MAX_PAGE).is_empty());
		let trail = Catalog::trail(id, 0, MAX_PAGE);
		assert_eq!(steps(id), ["Published"]);
		assert_eq!((trail[0].by, trail[0].agency, trail[0].at), (Some(HEALTH_OP), Some(HEALTH), 1));
		// Any operator of an active agency may publish, whatever its roles.
		assert_ok!(publish_as(POLICE_OP, b"Incidents", b"safety"));
		assert_eq!(Catalog::resources(POLICE, 0, MAX_PAGE).len(), 1);
	});
}

#[test]
fn publishing_refuses_bad_labels_strangers_and_a_full_catalog() {
	new_test_ext().execute_with(|| {
		assert_noop!(publish_as(HEALTH_OP, b"", b"epidemic"), Error::<Test>::EmptyTitle);
		assert_noop!(publish_as(HEALTH_OP, b"Case counts", b""), Error::<Test>::EmptyCategory);
		assert_noop!(
			publish_as(STRANGER, b"Case counts", b"epidemic"),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			Catalog::publish_resource(
				RuntimeOrigin::root(),
				b"Case counts".to_vec().try_into().unwrap(),
				b"epidemic".to_vec().try_into().unwrap(),
				doc("schema"),
				Sensitivity::Public,
				Level::City
			),
			DispatchError::BadOrigin
		);
		// Exactly the bounds pass (longer labels do not decode: see below).
		assert_ok!(publish_as(HEALTH_OP, &[b'x'; 16], &[b'c'; 8]));
		assert_ok!(publish_as(HEALTH_OP2, b"Beds", b"capacity"));
		assert_ok!(publish_as(HEALTH_OP, b"Vaccinations", b"vaccine"));
		assert_noop!(publish_as(HEALTH_OP, b"One more", b"misc"), Error::<Test>::TooManyResources);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), TRANSPORT));
		assert_noop!(
			publish_as(TRANSPORT_OP, b"Traffic", b"roads"),
			pallet_agencies::Error::<Test>::AgencySuspended
		);
	});
}

#[test]
fn an_update_raises_the_version_and_keeps_grants() {
	new_test_ext().execute_with(|| {
		let (id, grant) = granted(50);
		run_to(5);
		assert_ok!(update_as(HEALTH_OP2, id, b"Case counts v2"));
		let record = Resources::<Test>::get(id).unwrap();
		assert_eq!((record.version, record.updated_at, record.published_at), (2, 5, 1));
		assert_eq!(record.title.to_vec(), b"Case counts v2".to_vec());
		assert_eq!((record.sensitivity, record.level), (Sensitivity::Secret, Level::Zone));
		assert_eq!(record.schema_hash, doc("schema v2"));
		assert_eq!(last_event(), Event::ResourceUpdated { resource: id, version: 2 });
		assert_eq!(crate::Grants::<Test>::get(grant).unwrap().status, GrantStatus::Active);
		assert_eq!(steps(id).last(), Some(&"Updated"));
		// The next delivery names the new version.
		let delivery = deliver(grant, "payload");
		assert_eq!(crate::Deliveries::<Test>::get(delivery).unwrap().version, 2);
	});
}

#[test]
fn only_the_owner_updates_an_active_resource() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Internal);
		assert_noop!(update_as(TRANSPORT_OP, id, b"Mine now"), Error::<Test>::NotOwner);
		assert_noop!(
			update_as(STRANGER, id, b"Mine now"),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(update_as(HEALTH_OP, 9, b"Nothing"), Error::<Test>::UnknownResource);
		assert_noop!(update_as(HEALTH_OP, id, b""), Error::<Test>::EmptyTitle);
		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id));
		assert_noop!(update_as(HEALTH_OP, id, b"Revived"), Error::<Test>::ResourceRetired);
	});
}

#[test]
fn retiring_ends_every_active_grant_at_once() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Public);
		let first = crate::NextGrantId::<Test>::get();
		request(id, 30);
		assert_ok!(Catalog::request_access(
			RuntimeOrigin::signed(PLANNING_OP),
			id,
			3,
			[0u8; 32],
			40
		));
		let other = publish(Sensitivity::Public);
		let kept = crate::NextGrantId::<Test>::get();
		request(other, 30);
		assert_eq!(grant_ids(HEALTH), vec![first, first + 1, kept]);
		run_to(4);

		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP2), id));
		assert_eq!(last_event(), Event::ResourceRetired { resource: id, grants_ended: 2 });
		for grant in [first, first + 1] {
			assert_eq!(crate::Grants::<Test>::get(grant).unwrap().status, GrantStatus::Ended);
		}
		let record = Resources::<Test>::get(id).unwrap();
		assert_eq!((record.retired_at, record.active_grants), (Some(4), 0));
		assert_eq!(grant_ids(HEALTH), vec![kept]);
		assert_eq!(grant_ids(TRANSPORT), vec![kept]);
		assert!(grant_ids(PLANNING).is_empty());
		// Counted against the consumers' own slots, not the provider's.
		assert_eq!(crate::GrantCount::<Test>::get(TRANSPORT), 1);
		assert_eq!(crate::GrantCount::<Test>::get(PLANNING), 0);
		assert_eq!(crate::GrantCount::<Test>::get(HEALTH), 0);
		assert_eq!(steps(id).last(), Some(&"Retired"));
		// Still listed, as retired; the ended grants do not expire later.
		assert_eq!(Catalog::resources(HEALTH, 0, MAX_PAGE)[0].retired_at, Some(4));
		run_to(41);
		assert_eq!(crate::Grants::<Test>::get(first).unwrap().status, GrantStatus::Ended);
		assert_eq!(steps(id).last(), Some(&"Retired"));
	});
}

#[test]
fn only_the_owner_retires_and_only_once() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Internal);
		assert_noop!(
			Catalog::retire_resource(RuntimeOrigin::signed(TRANSPORT_OP), id),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), 7),
			Error::<Test>::UnknownResource
		);
		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id));
		assert_noop!(
			Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id),
			Error::<Test>::ResourceRetired
		);
	});
}

#[test]
fn over_long_labels_are_refused_when_the_call_is_decoded() {
	use civitas_test_utils::assert_bounded_at_decoding;
	// MaxTitleLen is 16 and MaxCategoryLen 8 in the mock; publish is call 0, update call 1.
	let rest = (doc("schema"), Sensitivity::Public, Level::City);
	let publish = |title: usize, category: usize| {
		(0u8, vec![b't'; title], vec![b'c'; category], &rest).encode()
	};
	assert_bounded_at_decoding::<Call<Test>>(16, |len| publish(len, 1));
	assert_bounded_at_decoding::<Call<Test>>(8, |len| publish(1, len));
	let update = |title: usize, category: usize| {
		(1u8, 0 as ResourceId, vec![b't'; title], vec![b'c'; category], &rest).encode()
	};
	assert_bounded_at_decoding::<Call<Test>>(16, |len| update(len, 1));
	assert_bounded_at_decoding::<Call<Test>>(8, |len| update(1, len));
}
