//! The council's Root: only its origin, only the allow-list, all or nothing.

use crate::{mock::*, Error, Event};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_core::H256;
use sp_runtime::{traits::Hash, DispatchError};

fn authorize(code_hash: H256) -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash }))
}

fn last_event() -> Event<Test> {
	civitas_test_utils::last_event::<Test, _>()
}

#[test]
fn the_council_authorizes_an_upgrade_as_root() {
	new_test_ext().execute_with(|| {
		let code_hash = H256::repeat_byte(7);
		let call = authorize(code_hash);
		let call_hash = <Test as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(Governance::enact(RuntimeOrigin::signed(COUNCIL), call));
		let authorized = System::authorized_upgrade().expect("an upgrade is authorized");
		assert_eq!(authorized.code_hash(), &code_hash);
		assert_eq!(last_event(), Event::Enacted { call_hash });
	});
}

#[test]
fn nobody_but_the_council_enacts() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::signed(STRANGER), RuntimeOrigin::none()] {
			assert_noop!(
				Governance::enact(origin, authorize(H256::repeat_byte(7))),
				DispatchError::BadOrigin
			);
		}
		// Root itself is no council: on a chain with a sudo key, sudo calls directly.
		assert_noop!(
			Governance::enact(RuntimeOrigin::root(), authorize(H256::repeat_byte(7))),
			DispatchError::BadOrigin
		);
		assert!(System::authorized_upgrade().is_none());
	});
}

#[test]
fn a_call_off_the_list_is_refused_however_it_is_asked() {
	new_test_ext().execute_with(|| {
		let refused = [
			RuntimeCall::System(frame_system::Call::set_storage { items: vec![] }),
			RuntimeCall::System(frame_system::Call::kill_prefix { prefix: vec![], subkeys: 0 }),
			RuntimeCall::System(frame_system::Call::remark { remark: vec![1] }),
			// A call that would enact an allowed call is itself not on the list.
			RuntimeCall::Governance(crate::Call::enact { call: authorize(H256::zero()) }),
		];
		for call in refused {
			assert_noop!(
				Governance::enact(RuntimeOrigin::signed(COUNCIL), Box::new(call)),
				Error::<Test>::NotEnactable
			);
		}
	});
}

#[test]
fn a_failing_call_fails_the_enactment_and_changes_nothing() {
	new_test_ext().execute_with(|| {
		// Code applied when no upgrade is authorized: system refuses it, and the error comes
		// through as the enactment's own.
		let code = RuntimeCall::System(frame_system::Call::apply_authorized_upgrade {
			code: vec![1, 2, 3],
		});
		let refused = Governance::enact(RuntimeOrigin::signed(COUNCIL), Box::new(code));
		assert_eq!(
			refused.map_err(|e| e.error),
			Err(frame_system::Error::<Test>::NothingAuthorized.into())
		);
		assert!(System::events().is_empty(), "no Enacted event");
	});
}

#[test]
fn enact_is_weighed_as_its_own_cost_plus_the_calls() {
	let call = authorize(H256::zero());
	let inner = call.get_dispatch_info();
	let outer = crate::Call::<Test>::enact { call }.get_dispatch_info();
	use crate::WeightInfo;
	assert_eq!(outer.call_weight, <() as WeightInfo>::enact() + inner.call_weight);
	assert_eq!(outer.class, inner.class);
}
