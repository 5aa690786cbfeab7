//! The pallets' invariants (`try_state`) and the runtime's migrations on a chain with data: a
//! `dev` genesis on which every domain pallet has been used through its calls — a citizen
//! registered and linked, a consent and an attestation, a record anchored, read and amended,
//! a positive test and a contact flag, a property registered, encumbered and offered for sale, a lot with a
//! reservation, a resource published, then requested by a second agency, granted and
//! delivered.

use super::genesis_of;
use crate::{
	genesis_config_presets::DEV_PRESET, Agencies, Catalog, Citizens, Health, Migrations, Parking,
	Property, RuntimeOrigin, System,
};
use civitas_primitives::DataCategory;
use frame_support::{assert_ok, traits::OnRuntimeUpgrade};
use pallet_property::{EncumbranceKind, Owner, Share, Usage};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};

/// Use every domain pallet on `dev`, whose one agency (Alice's) holds every role.
pub(crate) fn a_chain_with_data() {
	let official = || RuntimeOrigin::signed(Alice.to_account_id());
	let citizen = sp_io::hashing::blake2_256(b"a citizen of the test");
	let hash = |what: &[u8]| sp_io::hashing::blake2_256(what);
	System::set_block_number(2);

	assert_ok!(Citizens::register_citizen(official(), citizen, Some(Bob.to_account_id())));
	assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(Bob.to_account_id()), citizen));
	assert_ok!(Citizens::grant_consent(
		RuntimeOrigin::signed(Bob.to_account_id()),
		0,
		DataCategory::Health,
		1,
		None
	));
	assert_ok!(Citizens::attest(official(), citizen, 1, hash(b"resident"), None));

	assert_ok!(Health::anchor_record(
		official(),
		citizen,
		pallet_health::RecordKind::LabResult,
		hash(b"lab result"),
	));
	assert_ok!(Health::access_record(official(), 0, 1));
	assert_ok!(Health::amend_record(official(), 0, hash(b"lab result, corrected"),));
	assert_ok!(Health::report_test(
		official(),
		citizen,
		hash(b"sample 1"),
		pallet_health::TestResult::Positive,
		3,
		1
	));
	assert_ok!(Health::flag_contact(official(), citizen));

	assert_ok!(Property::register_property(
		official(),
		b"110105-0001".to_vec().try_into().unwrap(),
		5,
		89,
		Usage::Residential,
		sp_runtime::bounded_vec![Share { owner: Owner::Citizen(citizen), ppm: 1_000_000 }],
		hash(b"title deed")
	));
	assert_ok!(Property::encumber(official(), 0, EncumbranceKind::Lease, hash(b"lease")));
	assert_ok!(Property::initiate_transfer(
		RuntimeOrigin::signed(Bob.to_account_id()),
		0,
		sp_runtime::bounded_vec![Share { owner: Owner::Agency(0), ppm: 1_000_000 }],
		hash(b"contract")
	));

	assert_ok!(Parking::register_lot(
		official(),
		b"P1".to_vec().try_into().unwrap(),
		39_908_700,
		116_397_500,
		20,
		600,
		Eve.to_account_id()
	));
	assert_ok!(Parking::reserve(RuntimeOrigin::signed(Bob.to_account_id()), 0, 2, 30));

	assert_ok!(Catalog::publish_resource(
		official(),
		b"Case counts".to_vec().try_into().unwrap(),
		b"epidemic".to_vec().try_into().unwrap(),
		hash(b"schema"),
		pallet_catalog::Sensitivity::Public,
		pallet_catalog::Level::City
	));
	// A second agency (registered by root, which sudo reaches on `dev`) asks for it.
	assert_ok!(Agencies::register_agency(
		RuntimeOrigin::root(),
		b"Transport".to_vec().try_into().unwrap(),
		civitas_primitives::Roles::TRANSPORT,
		Charlie.to_account_id(),
		None
	));
	assert_ok!(Agencies::add_operator(
		RuntimeOrigin::signed(Charlie.to_account_id()),
		Dave.to_account_id()
	));
	assert_ok!(Catalog::request_access(
		RuntimeOrigin::signed(Dave.to_account_id()),
		0,
		1,
		hash(b"why"),
		100
	));
	assert_ok!(Catalog::record_delivery(official(), 0, hash(b"payload")));
	assert_ok!(Catalog::record_delivery(official(), 0, hash(b"another payload")));
	assert_ok!(Catalog::confirm_delivery(RuntimeOrigin::signed(Dave.to_account_id()), 0));
	assert_ok!(Catalog::dispute_delivery(
		RuntimeOrigin::signed(Dave.to_account_id()),
		1,
		pallet_catalog::DisputeReason::NotReceived,
		hash(b"the consumer's log")
	));
}

/// Every domain pallet's invariants.
fn invariants_hold() {
	assert_ok!(Agencies::do_try_state());
	assert_ok!(Citizens::do_try_state());
	assert_ok!(Health::do_try_state());
	assert_ok!(Property::do_try_state());
	assert_ok!(Parking::do_try_state());
	assert_ok!(Catalog::do_try_state());
}

#[test]
fn every_pallets_invariants_hold_on_a_chain_with_data_and_after_its_migrations() {
	genesis_of(DEV_PRESET).execute_with(|| {
		invariants_hold();
		a_chain_with_data();
		invariants_hold();
		Migrations::on_runtime_upgrade();
		invariants_hold();
	});
}

/// What a try-runtime tool runs before an upgrade, on the same state: every migration with
/// its pre- and post-checks, the whole state decoded, every pallet's `try_state` — on a chain
/// whose genesis wrote the storage versions and on one started before they existed.
#[cfg(feature = "try-runtime")]
#[test]
fn try_runtime_upgrade_passes_on_a_chain_with_data() {
	use frame_try_runtime::UpgradeCheckSelect;
	genesis_of(DEV_PRESET).execute_with(|| {
		a_chain_with_data();
		assert_ok!(crate::Executive::try_runtime_upgrade(UpgradeCheckSelect::All));
		super::migrations::forget_versions();
		assert_ok!(crate::Executive::try_runtime_upgrade(UpgradeCheckSelect::All));
	});
}
