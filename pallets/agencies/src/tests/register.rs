use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::bounded_vec;
use sp_runtime::DispatchError;

const TAX_ADMIN: u64 = 12;

fn register(name: &[u8], roles: Roles, admin: u64) -> sp_runtime::DispatchResult {
	let name = name.to_vec().try_into().expect("the test's names fit");
	Agencies::register_agency(RuntimeOrigin::root(), name, roles, admin, Some(3))
}

#[test]
fn the_council_registers_an_active_agency_whose_admin_joins_the_council() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(b"Tax Bureau", Roles::TAX, TAX_ADMIN));
		let tax = crate::Agencies::<Test>::get(2).unwrap();
		assert_eq!((tax.roles, tax.admin, tax.district), (Roles::TAX, TAX_ADMIN, Some(3)));
		assert_eq!(tax.status, AgencyStatus::Active);
		assert_eq!((tax.authority, tax.operators), (None, 0));
		assert_eq!(NextAgencyId::<Test>::get(), 3);
		assert_eq!(AdminOf::<Test>::get(TAX_ADMIN), Some(2));
		assert_eq!(council(), vec![HEALTH_ADMIN, LAND_ADMIN, TAX_ADMIN]);
		assert_eq!(
			last_event(),
			Event::AgencyRegistered { agency: 2, admin: TAX_ADMIN, roles: Roles::TAX }
		);
	});
}

#[test]
fn only_the_council_registers() {
	new_test_ext().execute_with(|| {
		for origin in [
			RuntimeOrigin::signed(HEALTH_ADMIN),
			RuntimeOrigin::signed(STRANGER),
			RuntimeOrigin::none(),
		] {
			assert_noop!(
				Agencies::register_agency(origin, bounded_vec![b'T'], Roles::TAX, TAX_ADMIN, None),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn bad_names_and_roles_are_refused() {
	new_test_ext().execute_with(|| {
		assert_noop!(register(b"", Roles::TAX, TAX_ADMIN), Error::<Test>::EmptyName);
		// Exactly MaxNameLength bytes is fine (a longer name does not decode: see below).
		assert_ok!(register(&[b'x'; 16], Roles::TAX, TAX_ADMIN));
		assert_noop!(register(b"No roles", Roles::empty(), 13), Error::<Test>::InvalidRoles);
		let unknown = Roles::decode(&mut &(1u32 << 30).encode()[..]).unwrap();
		assert_noop!(register(b"Unknown", unknown, 13), Error::<Test>::InvalidRoles);
	});
}

#[test]
fn an_admin_admins_one_agency() {
	new_test_ext().execute_with(|| {
		assert_noop!(register(b"Second", Roles::TAX, HEALTH_ADMIN), Error::<Test>::AdminInUse);
	});
}

#[test]
fn no_more_than_max_agencies() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(b"Third", Roles::TAX, 12));
		assert_ok!(register(b"Fourth", Roles::COURT, 13));
		assert_noop!(register(b"Fifth", Roles::FINANCE, 14), Error::<Test>::TooManyAgencies);
		assert_eq!(council().len(), 4);
	});
}

#[test]
fn max_agencies_counts_the_active_ones() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(b"Third", Roles::TAX, 12));
		assert_ok!(register(b"Fourth", Roles::COURT, 13));
		// A suspended agency holds no seat: its room goes to the next agency.
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), 3));
		assert_ok!(register(b"Fifth", Roles::FINANCE, 14));
		assert_eq!(council().len(), 4);
		// Resuming it would make five active: refused until another is suspended.
		assert_noop!(Agencies::resume(RuntimeOrigin::root(), 3), Error::<Test>::TooManyAgencies);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), 4));
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), 3));
		assert_eq!(council().len(), 4);
	});
}

#[test]
fn over_long_arguments_are_refused_when_the_call_is_decoded() {
	// A call is its index, then its arguments: a name past MaxNameLength (16 here) or a node
	// list past MaxNodesPerAgency (2) does not decode, so it is refused before it is weighed,
	// charged or dispatched, and decoding reads no further than the length prefix.
	let register = |len: usize| (0u8, vec![b'x'; len], Roles::TAX, TAX_ADMIN, None::<u16>).encode();
	assert!(Call::<Test>::decode(&mut &register(16)[..]).is_ok());
	assert!(Call::<Test>::decode(&mut &register(17)[..]).is_err());
	let set_nodes = |n: usize| (9u8, LAND, vec![[7u8; 32]; n]).encode();
	assert!(Call::<Test>::decode(&mut &set_nodes(2)[..]).is_ok());
	assert!(Call::<Test>::decode(&mut &set_nodes(3)[..]).is_err());
	let huge = (0u8, codec::Compact(u32::MAX)).encode();
	assert!(Call::<Test>::decode(&mut &huge[..]).is_err());
}
