//! The council's Root on a `local` genesis (three agencies; Alice, Bob and Charlie their
//! admins): a two-thirds motion authorizes a runtime upgrade or restarts a stalled finality
//! through `governance.enact`; fewer ayes, a single admin, or a call off the allow-list do not.

use super::genesis_of;
use crate::{
	configs::CouncilCollective, genesis_config_presets::LOCAL_PRESET, Council, Governance, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo, weights::Weight};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave};
use sp_runtime::{traits::Hash as _, DispatchError};

/// `call`, enacted as Root by the council.
fn enact(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Governance(pallet_governance::Call::enact { call: Box::new(call) })
}

fn authorize_upgrade(code: &[u8]) -> RuntimeCall {
	let code_hash = <Runtime as frame_system::Config>::Hashing::hash(code);
	RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash })
}

/// Alice proposes `call` as a two-thirds motion (2 of 3), the `ayes` vote for it, the rest
/// stay silent; Charlie closes it once its time is up. Returns the motion's result, if it
/// was executed.
fn motion(
	call: RuntimeCall,
	ayes: &[sp_keyring::Sr25519Keyring],
) -> Option<Result<(), DispatchError>> {
	let length = codec::Encode::encoded_size(&call) as u32;
	let weight = call.get_dispatch_info().call_weight + Weight::from_parts(1, 0);
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilCollective>::get();
	assert_ok!(Council::propose(
		RuntimeOrigin::signed(Alice.to_account_id()),
		2,
		Box::new(call),
		length
	));
	for who in ayes {
		assert_ok!(Council::vote(RuntimeOrigin::signed(who.to_account_id()), hash, index, true));
	}
	System::set_block_number(System::block_number() + crate::configs::CouncilMotionDuration::get());
	assert_ok!(Council::close(
		RuntimeOrigin::signed(Charlie.to_account_id()),
		hash,
		index,
		weight,
		length
	));
	System::events().into_iter().rev().find_map(|record| match record.event {
		RuntimeEvent::Council(pallet_collective::Event::Executed { proposal_hash, result })
			if proposal_hash == hash =>
		{
			Some(result)
		},
		_ => None,
	})
}

#[test]
fn two_thirds_of_the_council_authorize_an_upgrade_that_anyone_then_applies() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let code = b"the next runtime".to_vec();
		assert_eq!(motion(enact(authorize_upgrade(&code)), &[Alice, Bob]), Some(Ok(())));
		let authorized = System::authorized_upgrade().expect("the council authorized it");
		assert_eq!(
			authorized.code_hash(),
			&<Runtime as frame_system::Config>::Hashing::hash(&code)
		);
		// Anyone may apply it, but only with the code whose hash was authorized.
		assert_noop!(
			System::apply_authorized_upgrade(
				RuntimeOrigin::signed(Dave.to_account_id()),
				b"other code".to_vec()
			)
			.map_err(|e| e.error),
			frame_system::Error::<Runtime>::Unauthorized
		);
	});
}

#[test]
fn one_aye_of_three_authorizes_nothing() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		// Alice alone, Bob and Charlie silent: silence is nay, the motion is not executed.
		assert_eq!(motion(enact(authorize_upgrade(b"code")), &[Alice]), None);
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::Council(pallet_collective::Event::Disapproved { .. })
		)));
		assert!(System::authorized_upgrade().is_none());
	});
}

#[test]
fn no_single_admin_or_stranger_enacts() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		for who in [Alice, Dave] {
			assert_noop!(
				Governance::enact(
					RuntimeOrigin::signed(who.to_account_id()),
					Box::new(authorize_upgrade(b"code"))
				),
				DispatchError::BadOrigin
			);
		}
		// Nor does a council motion reach Root without `enact`: system's calls need Root.
		assert_eq!(
			motion(authorize_upgrade(b"code"), &[Alice, Bob]),
			Some(Err(DispatchError::BadOrigin))
		);
		assert!(System::authorized_upgrade().is_none());
	});
}

#[test]
fn a_passed_motion_for_a_call_off_the_list_changes_nothing() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let dave_had = pallet_balances::Pallet::<Runtime>::free_balance(Dave.to_account_id());
		let not_enactable: DispatchError = pallet_governance::Error::<Runtime>::NotEnactable.into();
		let off_the_list = [
			RuntimeCall::System(frame_system::Call::set_code { code: b"code".to_vec() }),
			RuntimeCall::System(frame_system::Call::set_storage {
				items: vec![(b":code".to_vec(), b"code".to_vec())],
			}),
			RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
				who: Dave.to_account_id().into(),
				new_free: 1,
			}),
			RuntimeCall::Sudo(pallet_sudo::Call::set_key { new: Dave.to_account_id().into() }),
		];
		for call in off_the_list {
			assert_eq!(motion(enact(call), &[Alice, Bob, Charlie]), Some(Err(not_enactable)));
		}
		assert!(pallet_sudo::Key::<Runtime>::get().is_none());
		assert_eq!(
			pallet_balances::Pallet::<Runtime>::free_balance(Dave.to_account_id()),
			dave_had
		);
		assert!(System::authorized_upgrade().is_none());
	});
}

#[test]
fn two_thirds_of_the_council_restart_a_stalled_finality() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let stalled = RuntimeCall::Grandpa(pallet_grandpa::Call::note_stalled {
			delay: 10,
			best_finalized_block_number: 1,
		});
		assert_eq!(motion(enact(stalled), &[Alice, Bob]), Some(Ok(())));
		assert_eq!(pallet_grandpa::Stalled::<Runtime>::get(), Some((10, 1)));
	});
}
