//! Tests of pallet-citizens, one file per feature, against the real pallet-agencies.

mod access_log;
mod accounts;
mod attestations;
mod consent;
mod invariants;
mod registration;

use crate::{mock::*, Event};
use frame_support::assert_ok;

/// The last event pallet-citizens deposited.
pub(crate) fn last_event() -> Event<Test> {
	civitas_test_utils::last_event::<Test, _>()
}

/// Alice, registered with her account.
pub(crate) fn register_alice() -> crate::CitizenId {
	let alice = citizen("alice");
	assert_ok!(Citizens::register_citizen(RuntimeOrigin::signed(REGISTRAR), alice, Some(ALICE)));
	assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(ALICE), alice));
	alice
}
