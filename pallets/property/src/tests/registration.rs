use super::{flat, last_event, register};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Property`).
use crate::mock::Property;
use civitas_primitives::MAX_PAGE;
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::bounded_vec;

#[test]
fn a_land_registry_registers_a_flat_of_two_citizens() {
	new_test_ext().execute_with(|| {
		let id = flat();
		assert_eq!(id, 0);
		let owners = vec![of("alice", 500_000), of("bob", 500_000)];
		assert_eq!(
			last_event(),
			Event::PropertyRegistered {
				id,
				agency: LAND,
				owners: owners.clone().try_into().unwrap()
			}
		);
		let view = Property::property(id).unwrap();
		assert_eq!(view.owners, owners);
		assert_eq!(view.parcel_ref, b"110105-0042-0301".to_vec());
		assert_eq!((view.district, view.area_m2, view.usage), (5, 89, Usage::Residential));
		assert_eq!(view.registered_by, LAND);
		assert_eq!(view.open_transfer, None);
		assert_eq!(
			Property::properties_of(Owner::Citizen(citizen("alice")), 0, MAX_PAGE),
			vec![id]
		);
		assert_eq!(Property::properties_of(Owner::Citizen(citizen("bob")), 0, MAX_PAGE), vec![id]);
		assert_eq!(
			Property::properties_of(Owner::Citizen(citizen("carol")), 0, MAX_PAGE),
			Vec::<u64>::new()
		);
		assert_eq!(super::steps(id), vec!["Registered"]);
		// An agency may own too.
		let public =
			register("110105-0001-0001", vec![Share { owner: Owner::Agency(HOUSING), ppm: WHOLE }]);
		assert_eq!(Property::properties_of(Owner::Agency(HOUSING), 0, MAX_PAGE), vec![public]);
	});
}

#[test]
fn registration_refuses_bad_owner_lists_and_leaves_nothing() {
	new_test_ext().execute_with(|| {
		let try_register = |who: u64, parcel: &[u8], owners: Vec<Share>| {
			Property::register_property(
				RuntimeOrigin::signed(who),
				parcel.to_vec().try_into().unwrap(),
				1,
				50,
				Usage::Commercial,
				owners.try_into().expect("the test's owner lists fit"),
				doc("t"),
			)
		};
		let whole = || vec![of("alice", WHOLE)];
		assert_noop!(
			try_register(STRANGER, b"110105-p", whole()),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			try_register(TAXMAN, b"110105-p", whole()),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(try_register(CLERK, b"110105-p", vec![]), Error::<Test>::NoOwners);
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![of("alice", 600_000), of("bob", 300_000)]),
			Error::<Test>::SharesNotWhole
		);
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![of("alice", 600_000), of("bob", 500_000)]),
			Error::<Test>::SharesNotWhole
		);
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![of("alice", WHOLE), of("bob", 0)]),
			Error::<Test>::ZeroShare
		);
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![of("alice", 500_000), of("alice", 500_000)]),
			Error::<Test>::DuplicateOwner
		);
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![of("nobody", WHOLE)]),
			Error::<Test>::UnknownCitizen
		);
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![Share { owner: Owner::Agency(42), ppm: WHOLE }]),
			Error::<Test>::InactiveAgency
		);
		assert_noop!(try_register(CLERK, b"", whole()), Error::<Test>::ParcelRefTooShort);
		assert_noop!(try_register(CLERK, b"1101", whole()), Error::<Test>::ParcelRefTooShort);
		assert_noop!(try_register(CLERK, b"11010", whole()), Error::<Test>::ParcelRefTooShort);
		assert_ok!(try_register(CLERK, b"110105-p", whole()));
		assert_noop!(
			try_register(CLERK, b"110105-p", vec![of("bob", WHOLE)]),
			Error::<Test>::ParcelRegistered
		);
		// Alice may hold two properties in the mock, not three.
		assert_ok!(try_register(CLERK, b"110105-q", whole()));
		assert_noop!(try_register(CLERK, b"110105-r", whole()), Error::<Test>::TooManyProperties);
	});
}

#[test]
fn one_registrys_junk_registrations_never_stop_another_registrys() {
	new_test_ext().execute_with(|| {
		let try_register = |who: u64, parcel: &[u8]| {
			Property::register_property(
				RuntimeOrigin::signed(who),
				parcel.to_vec().try_into().unwrap(),
				1,
				50,
				Usage::Residential,
				bounded_vec![of("alice", WHOLE)],
				doc("t"),
			)
		};
		// The land registry registers Alice's limit (two in the mock) of junk flats...
		assert_ok!(try_register(CLERK, b"junk 1"));
		assert_ok!(try_register(CLERK, b"junk 2"));
		assert_noop!(try_register(CLERK, b"junk 3"), Error::<Test>::TooManyProperties);
		// ...and a second registry (the housing bureau, given the role) still registers hers.
		assert_ok!(Agencies::set_roles(
			RuntimeOrigin::root(),
			HOUSING,
			Roles::HOUSING | Roles::LAND_REGISTRY
		));
		assert_ok!(try_register(HOUSING_OFFICER, b"her flat"));
		let alice = Owner::Citizen(citizen("alice"));
		assert_eq!(crate::OwnedCount::<Test>::get(alice, LAND), 2);
		assert_eq!(crate::OwnedCount::<Test>::get(alice, HOUSING), 1);
		assert_eq!(Property::properties_of(alice, 0, 10).len(), 3);
	});
}

#[test]
fn over_long_parcel_references_and_owner_lists_are_refused_when_the_call_is_decoded() {
	new_test_ext().execute_with(|| {
		use civitas_test_utils::assert_bounded_at_decoding;
		// MaxParcelRefLen is 16 and MaxOwners 3 in the mock.
		let register = |parcel: usize, owners: usize| {
			let owners = vec![of("alice", WHOLE); owners];
			(0u8, vec![b'p'; parcel], 1u16, 50u32, Usage::Commercial, owners, doc("t")).encode()
		};
		assert_bounded_at_decoding::<Call<Test>>(16, |len| register(len, 1));
		assert_bounded_at_decoding::<Call<Test>>(3, |n| register(1, n));
		assert_bounded_at_decoding::<Call<Test>>(3, |n| {
			(1u8, 0 as PropertyId, vec![of("carol", WHOLE); n], doc("c")).encode()
		});
	});
}
