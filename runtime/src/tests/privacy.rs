//! No plaintext personal data on chain: a citizen registered through the real
//! runtime from a known test id number — with consent given, a health record anchored, read,
//! amended and erased, a test reported, and a flat registered in their name — leaves no trace
//! of that number anywhere in state — not in any key, not in any value, events included — in
//! any of the forms it could take.

use super::genesis_of;
use crate::{Citizens, Health, Property, RuntimeOrigin, System};
use civitas_primitives::DataCategory;
use codec::Encode;
use frame_support::assert_ok;
use pallet_health::{RecordKind, TestResult};
use pallet_property::{Owner, Share, Usage};
use sp_keyring::Sr25519Keyring::{Alice, Dave};

/// A test id number of the mainland resident-card form (18 digits).
const ID_NUMBER: &str = "110101199003071234";
const SALT: &[u8] = b"a salt the civil-affairs bureau keeps off chain";

/// Every form the id number could take in bytes.
fn forms() -> Vec<(&'static str, Vec<u8>)> {
	let ascii = ID_NUMBER.as_bytes().to_vec();
	let number: u64 = ID_NUMBER.parse().unwrap();
	let utf16 = |big: bool| -> Vec<u8> {
		ID_NUMBER
			.encode_utf16()
			.flat_map(|unit| if big { unit.to_be_bytes() } else { unit.to_le_bytes() })
			.collect()
	};
	let hex_of = |bytes: &[u8]| sp_core::hexdisplay::HexDisplay::from(&bytes).to_string();
	vec![
		("ASCII", ascii.clone()),
		("UTF-16LE", utf16(false)),
		("UTF-16BE", utf16(true)),
		("SCALE string", ID_NUMBER.encode()),
		("SCALE u64", number.encode()),
		("SCALE compact", codec::Compact(number).encode()),
		("big-endian u64", number.to_be_bytes().to_vec()),
		("hex of ASCII", hex_of(&ascii).into_bytes()),
		("HEX of ASCII", hex_of(&ascii).to_uppercase().into_bytes()),
		("hex of u64", format!("{number:x}").into_bytes()),
		("hex of SCALE u64", hex_of(&number.encode()).into_bytes()),
	]
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
	haystack.windows(needle.len()).any(|window| window == needle)
}

/// Every (key, value) of state.
fn entries() -> Vec<(Vec<u8>, Vec<u8>)> {
	let mut all = Vec::new();
	let mut key = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&key) {
		let value = sp_io::storage::get(&next).map(|v| v.to_vec()).unwrap_or_default();
		all.push((next.clone(), value));
		key = next;
	}
	all
}

fn holds(state: &[(Vec<u8>, Vec<u8>)], needle: &[u8]) -> bool {
	state.iter().any(|(key, value)| contains(key, needle) || contains(value, needle))
}

/// Every form of the id number found anywhere in state (one walk of it).
fn leaks() -> Vec<&'static str> {
	let state = entries();
	forms().into_iter().filter(|(_, bytes)| holds(&state, bytes)).map(|(form, _)| form).collect()
}

#[test]
fn a_known_id_number_never_appears_in_state() {
	genesis_of("dev").execute_with(|| {
		// What the registrar computes off chain and sends: the commitment only.
		let citizen = sp_io::hashing::blake2_256(&[ID_NUMBER.as_bytes(), SALT].concat());
		let operator = RuntimeOrigin::signed(Alice.to_account_id());
		assert_ok!(Citizens::register_citizen(
			operator.clone(),
			citizen,
			Some(Dave.to_account_id())
		));
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(Dave.to_account_id()), citizen));
		assert_ok!(Citizens::attest(
			operator,
			citizen,
			1,
			sp_io::hashing::blake2_256(b"resident"),
			None
		));
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(Dave.to_account_id()),
			0,
			DataCategory::Health,
			1,
			None
		));
		// A hospital anchors a record of theirs, reads it (written to their access log),
		// amends and erases it, and reports a positive test.
		let doctor = RuntimeOrigin::signed(Alice.to_account_id());
		assert_ok!(Health::anchor_record(
			doctor.clone(),
			citizen,
			RecordKind::LabResult,
			sp_io::hashing::blake2_256(b"lab result"),
		));
		assert_ok!(Health::access_record(doctor.clone(), 0, 1));
		assert_ok!(Health::amend_record(
			doctor.clone(),
			0,
			sp_io::hashing::blake2_256(b"lab result, corrected"),
		));
		assert_ok!(Health::erase_record(doctor.clone(), 0));
		assert_ok!(Health::report_test(
			doctor.clone(),
			citizen,
			[7u8; 32],
			TestResult::Positive,
			3,
			1
		));
		// ... and the land registry registers a flat they own.
		assert_ok!(Property::register_property(
			doctor,
			b"110105-0042-0301".to_vec().try_into().unwrap(),
			5,
			89,
			Usage::Residential,
			sp_runtime::bounded_vec![Share { owner: Owner::Citizen(citizen), ppm: 1_000_000 }],
			sp_io::hashing::blake2_256(b"title deed")
		));
		assert_eq!(Citizens::citizen(citizen).unwrap().accesses, 1);
		assert!(!System::events().is_empty(), "the events are in state too, and scanned");

		assert_eq!(leaks(), Vec::<&str>::new());
		assert!(entries().len() > 20, "state was walked");
		// The scan finds what is there: the commitment, and each form of the number if a
		// value held it.
		assert!(holds(&entries(), &citizen), "the scan sees the commitment");
		for (form, bytes) in forms() {
			sp_io::storage::set(b"planted", &[b"prefix ".as_slice(), &bytes].concat());
			assert!(leaks().contains(&form), "a planted {form} form is found");
		}
	});
}
