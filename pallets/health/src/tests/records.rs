use super::{anchor_lab, last_event};
use crate::{mock::*, *};
use civitas_primitives::MAX_PAGE;
use codec::Encode;
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_health_operator_anchors_a_record_of_a_registered_citizen() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		assert_eq!(id, 0);
		assert_eq!(
			last_event(),
			Event::RecordAnchored {
				id,
				citizen: alice,
				kind: RecordKind::LabResult,
				issuer: HOSPITAL,
				hash: doc("lab v0"),
			}
		);
		let record = Records::<Test>::get(id).unwrap();
		assert_eq!(record.citizen, alice);
		assert_eq!(record.issuer, HOSPITAL);
		assert_eq!(record.version, 0);
		assert_eq!(record.status, RecordStatus::Current);
		assert!(record.locator.is_empty(), "nothing on chain locates the document");
		assert_eq!(Health::versions(id, 0, MAX_PAGE).len(), 1);
		assert_eq!(Health::versions(id, 0, MAX_PAGE)[0].operator, DOCTOR);
		assert_eq!(RecordCount::<Test>::get(alice, HOSPITAL), 1);
		// Ids count up.
		assert_eq!(anchor_lab(alice), 1);
		let listed = Health::records(alice, 0, MAX_PAGE);
		assert_eq!(listed.iter().map(|r| r.id).collect::<Vec<_>>(), vec![0, 1]);
		assert_eq!(listed[0].kind, RecordKind::LabResult);
		assert_eq!(listed[0].hash, doc("lab v0"));
	});
}

#[test]
fn anchoring_is_refused_without_the_role_or_the_citizen() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let anchor = |who: u64, citizen: CitizenId| {
			Health::anchor_record(
				RuntimeOrigin::signed(who),
				citizen,
				RecordKind::Diagnosis,
				doc("d"),
			)
		};
		assert_noop!(anchor(STRANGER, alice), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(anchor(CLERK, alice), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(anchor(EPIDEMIOLOGIST, alice), pallet_agencies::Error::<Test>::MissingRole);
		assert_noop!(
			Health::anchor_record(RuntimeOrigin::root(), alice, RecordKind::Diagnosis, doc("d")),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(anchor(DOCTOR, citizen("nobody")), Error::<Test>::UnknownCitizen);
		assert_ok!(anchor(DOCTOR, alice));
	});
}

#[test]
fn a_suspended_hospital_cannot_anchor() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HOSPITAL));
		assert_noop!(
			Health::anchor_record(
				RuntimeOrigin::signed(DOCTOR),
				alice,
				RecordKind::Diagnosis,
				doc("d")
			),
			pallet_agencies::Error::<Test>::AgencySuspended
		);
	});
}

#[test]
fn one_issuers_records_never_stop_another_issuers() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let anchor = |who: u64| {
			Health::anchor_record(RuntimeOrigin::signed(who), alice, RecordKind::Imaging, doc("i"))
		};
		// The hospital fills its own bound (3 in the mock) about Alice...
		let first = anchor_lab(alice);
		anchor_lab(alice);
		anchor_lab(alice);
		assert_noop!(anchor(DOCTOR), Error::<Test>::TooManyRecords);
		// ...and the clinic still anchors hers.
		assert_ok!(anchor(NURSE));
		assert_eq!(RecordCount::<Test>::get(alice, HOSPITAL), 3);
		assert_eq!(RecordCount::<Test>::get(alice, CLINIC), 1);
		// Erasing one of the hospital's records frees its slot.
		assert_ok!(Health::erase_record(RuntimeOrigin::signed(DOCTOR), first));
		assert_eq!(RecordCount::<Test>::get(alice, HOSPITAL), 2);
		assert_ok!(anchor(DOCTOR));
	});
}

#[test]
fn amending_keeps_every_version_in_order() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		System::set_block_number(5);
		assert_ok!(Health::amend_record(RuntimeOrigin::signed(DOCTOR), id, doc("lab v1")));
		assert_eq!(
			last_event(),
			Event::RecordAmended { id, citizen: alice, version: 1, hash: doc("lab v1") }
		);
		System::set_block_number(9);
		assert_ok!(Health::amend_record(RuntimeOrigin::signed(DOCTOR), id, doc("lab v2")));
		let record = Records::<Test>::get(id).unwrap();
		assert_eq!((record.version, record.hash), (2, doc("lab v2")));
		assert_eq!((record.anchored_at, record.updated_at), (1, 9));
		let history: Vec<_> =
			Health::versions(id, 0, MAX_PAGE).into_iter().map(|v| (v.hash, v.at)).collect();
		assert_eq!(history, vec![(doc("lab v0"), 1), (doc("lab v1"), 5), (doc("lab v2"), 9)]);
		// MaxVersions is 3: a fourth version is taken, and the oldest leaves the chain's state
		// (its `RecordAnchored` event keeps it).
		assert_ok!(Health::amend_record(RuntimeOrigin::signed(DOCTOR), id, doc("lab v3")));
		assert_eq!(Records::<Test>::get(id).unwrap().version, 3);
		let history: Vec<_> =
			Health::versions(id, 0, MAX_PAGE).into_iter().map(|v| v.hash).collect();
		assert_eq!(history, vec![doc("lab v1"), doc("lab v2"), doc("lab v3")]);
	});
}

#[test]
fn only_the_issuer_amends_or_erases() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		assert_noop!(
			Health::amend_record(RuntimeOrigin::signed(NURSE), id, doc("v1")),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			Health::erase_record(RuntimeOrigin::signed(NURSE), id),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			Health::amend_record(RuntimeOrigin::signed(CLERK), id, doc("v1")),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Health::amend_record(RuntimeOrigin::signed(DOCTOR), 42, doc("v1")),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			Health::erase_record(RuntimeOrigin::signed(DOCTOR), 42),
			Error::<Test>::UnknownRecord
		);
	});
}

#[test]
fn erasure_keeps_hash_and_history() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		assert_ok!(Health::amend_record(RuntimeOrigin::signed(DOCTOR), id, doc("lab v1")));
		System::set_block_number(4);
		assert_ok!(Health::erase_record(RuntimeOrigin::signed(DOCTOR), id));
		assert_eq!(last_event(), Event::RecordErased { id, citizen: alice });
		let record = Records::<Test>::get(id).unwrap();
		assert_eq!(record.status, RecordStatus::Erased);
		assert!(record.locator.is_empty());
		assert_eq!(record.hash, doc("lab v1"));
		assert_eq!((record.version, record.updated_at), (1, 4));
		assert_eq!(Health::versions(id, 0, MAX_PAGE).len(), 2);
		assert_eq!(Health::records(alice, 0, MAX_PAGE)[0].status, RecordStatus::Erased);
		assert!(Health::records(alice, 0, MAX_PAGE)[0].locator.is_empty());

		// Amend after erase, erase twice: refused, nothing changes.
		assert_noop!(
			Health::amend_record(RuntimeOrigin::signed(DOCTOR), id, doc("v2")),
			Error::<Test>::RecordErased
		);
		assert_noop!(
			Health::erase_record(RuntimeOrigin::signed(DOCTOR), id),
			Error::<Test>::RecordErased
		);
		// Nobody reads it any more, not even the issuer.
		assert_noop!(
			Health::access_record(RuntimeOrigin::signed(DOCTOR), id, TREATMENT),
			Error::<Test>::RecordErased
		);
		assert_noop!(
			Health::emergency_access(RuntimeOrigin::signed(NURSE), id, doc("why")),
			Error::<Test>::RecordErased
		);
	});
}

#[test]
fn a_locator_left_from_before_is_cleared_by_amendment_or_erasure() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let legacy = |id| {
			Records::<Test>::mutate(id, |record| {
				record.as_mut().unwrap().locator = b"hosp://lab/1".to_vec().try_into().unwrap()
			})
		};
		let (amended, erased) = (anchor_lab(alice), anchor_lab(alice));
		legacy(amended);
		legacy(erased);
		Health::do_try_state().expect("a current record may keep a locator from before");
		assert_ok!(Health::amend_record(RuntimeOrigin::signed(DOCTOR), amended, doc("lab v1")));
		assert!(Records::<Test>::get(amended).unwrap().locator.is_empty());
		assert_ok!(Health::erase_record(RuntimeOrigin::signed(DOCTOR), erased));
		assert!(Records::<Test>::get(erased).unwrap().locator.is_empty());
		// An erased record keeping one breaks an invariant.
		legacy(erased);
		assert!(Health::do_try_state().is_err());
		Records::<Test>::mutate(erased, |record| {
			record.as_mut().unwrap().locator = Default::default()
		});
	});
}

#[test]
fn the_record_calls_take_no_locator() {
	new_test_ext().execute_with(|| {
		use codec::Decode;
		let alice = register_alice();
		// Anchor is call 0, amend call 1: their arguments end with the hash.
		let anchor = (0u8, alice, RecordKind::Diagnosis, doc("d")).encode();
		assert!(matches!(
			crate::Call::<Test>::decode(&mut &anchor[..]),
			Ok(crate::Call::anchor_record { .. })
		));
		let amend = (1u8, 0 as RecordId, doc("d")).encode();
		assert!(matches!(
			crate::Call::<Test>::decode(&mut &amend[..]),
			Ok(crate::Call::amend_record { .. })
		));
	});
}
