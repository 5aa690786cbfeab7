//! Agency work is free for an active agency's accounts; everything else is charged
//! (`fees::ChargeFeeUnlessAgency`), run through the runtime's whole transaction extension.

use super::genesis_of;
use crate::{
	configs::CouncilCollective, Agencies, Balance, Balances, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, System, TxExtension,
};
use codec::Encode;
use frame_support::{assert_ok, dispatch::GetDispatchInfo};
use sp_keyring::Sr25519Keyring::{self, *};
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError,
};

/// What happened to a signed call: whether it was accepted, its own result, and the fee the
/// signer paid (from `TransactionFeePaid`, checked against the balance).
struct Outcome {
	accepted: Result<(), TransactionValidityError>,
	result: Result<(), DispatchError>,
	fee: Option<Balance>,
}

/// Sign nothing, but run `call` from `who` through every transaction extension of the
/// runtime and dispatch it, as a block would.
fn send(who: Sr25519Keyring, call: RuntimeCall) -> Outcome {
	let account = who.to_account_id();
	let before = Balances::free_balance(&account);
	let extension = crate::tx_extension(System::account_nonce(&account));
	System::reset_events();
	let info = call.get_dispatch_info();
	let len = call.encoded_size() + 110; // about what address, signature and extensions add
	let outcome =
		extension.dispatch_transaction(RuntimeOrigin::signed(account.clone()), call, &info, len, 0);
	let fee = System::events().into_iter().find_map(|record| match record.event {
		RuntimeEvent::TransactionPayment(
			pallet_transaction_payment::Event::TransactionFeePaid { who, actual_fee, .. },
		) if who == account => Some(actual_fee),
		_ => None,
	});
	match outcome {
		Err(invalid) => {
			assert_eq!(Balances::free_balance(&account), before, "a refused call costs nothing");
			Outcome { accepted: Err(invalid), result: Ok(()), fee }
		},
		Ok(result) => {
			let spent = before - Balances::free_balance(&account);
			if fee.is_none() {
				assert_eq!(spent, 0, "{who:?} paid without a TransactionFeePaid event");
			}
			Outcome { accepted: Ok(()), result: result.map(|_| ()).map_err(|e| e.error), fee }
		},
	}
}

fn add_operator(account: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Agencies(pallet_agencies::Call::add_operator { account: account.to_account_id() })
}

fn transfer(to: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.to_account_id().into(),
		value: crate::UNIT,
	})
}

fn batch(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
}

// The `local` preset: Alice admins the health commission, Dave is its operator; Eve
// operates for the planning commission; the stash accounts belong to no agency.

#[test]
fn an_admin_manages_its_agency_for_free() {
	genesis_of("local").execute_with(|| {
		let outcome = send(Alice, add_operator(BobStash));
		assert_eq!(outcome.accepted, Ok(()));
		assert_eq!(outcome.result, Ok(()));
		assert_eq!(outcome.fee, None);
		assert_eq!(Agencies::acting_agency(&BobStash.to_account_id()), Some(0));
	});
}

#[test]
fn an_agency_call_is_free_even_when_it_fails() {
	genesis_of("local").execute_with(|| {
		let outcome = send(Alice, add_operator(Dave));
		assert_eq!(outcome.result, Err(pallet_agencies::Error::<Runtime>::AlreadyOperator.into()));
		assert_eq!(outcome.fee, None);
	});
}

#[test]
fn a_stranger_pays_for_the_same_call() {
	genesis_of("local").execute_with(|| {
		let outcome = send(AliceStash, add_operator(BobStash));
		assert_eq!(outcome.result, Err(pallet_agencies::Error::<Runtime>::NotAdmin.into()));
		assert!(outcome.fee.is_some_and(|fee| fee > 0), "the stranger paid a fee");
	});
}

#[test]
fn an_operator_pays_for_what_is_not_agency_work() {
	genesis_of("local").execute_with(|| {
		let outcome = send(Dave, transfer(AliceStash));
		assert_eq!(outcome.result, Ok(()));
		assert!(outcome.fee.is_some_and(|fee| fee > 0));
		// A batch is free only if every call in it is agency work.
		let outcome = send(Alice, batch(vec![add_operator(BobStash), transfer(AliceStash)]));
		assert_eq!(outcome.result, Ok(()));
		assert!(outcome.fee.is_some_and(|fee| fee > 0));
	});
}

#[test]
fn domain_work_is_agency_work() {
	genesis_of("local").execute_with(|| {
		// Dave operates for the health commission, Eve for the planning commission (the land
		// registry), Ferdie for transport; every call fails on purpose, which changes nothing
		// about the fee.
		let flag = RuntimeCall::Health(pallet_health::Call::flag_contact { citizen: [9u8; 32] });
		let encumber = RuntimeCall::Property(pallet_property::Call::encumber {
			property: 7,
			kind: pallet_property::EncumbranceKind::Lease,
			reference_hash: [1u8; 32],
		});
		let register_lot = RuntimeCall::Parking(pallet_parking::Call::register_lot {
			name: b"P1".to_vec().try_into().unwrap(),
			lat_e6: 39_908_700,
			lon_e6: 116_397_500,
			capacity: 0,
			price_per_hour: 600,
			operator: Ferdie.to_account_id(),
		});
		let approve = RuntimeCall::Catalog(pallet_catalog::Call::approve_request { request: 99 });
		let unknown_citizen: DispatchError = pallet_health::Error::<Runtime>::UnknownCitizen.into();
		let unknown_property: DispatchError =
			pallet_property::Error::<Runtime>::UnknownProperty.into();
		let zero_capacity: DispatchError = pallet_parking::Error::<Runtime>::ZeroCapacity.into();
		let unknown_request: DispatchError =
			pallet_catalog::Error::<Runtime>::UnknownRequest.into();
		for (operator, call, error) in [
			(Dave, flag, unknown_citizen),
			(Eve, encumber, unknown_property),
			(Ferdie, register_lot, zero_capacity),
			(Dave, approve, unknown_request),
		] {
			let outcome = send(operator, call.clone());
			assert_eq!(outcome.result, Err(error));
			assert_eq!(outcome.fee, None, "the agency's operator pays nothing");
			let outcome = send(AliceStash, call);
			assert_eq!(outcome.result, Err(pallet_agencies::Error::<Runtime>::NotOperator.into()));
			assert!(outcome.fee.is_some_and(|fee| fee > 0), "a stranger pays");
		}
	});
}

#[test]
fn a_batch_of_agency_work_is_free() {
	genesis_of("local").execute_with(|| {
		let outcome = send(Alice, batch(vec![add_operator(BobStash), add_operator(CharlieStash)]));
		assert_eq!(outcome.result, Ok(()));
		assert_eq!(outcome.fee, None);
		assert_eq!(Agencies::acting_agency(&CharlieStash.to_account_id()), Some(0));
	});
}

#[test]
fn council_votes_are_free_for_admins_only() {
	genesis_of("local").execute_with(|| {
		let motion = RuntimeCall::Agencies(pallet_agencies::Call::set_session_length {
			blocks: 2 * crate::MINUTES,
		});
		let propose = RuntimeCall::Council(pallet_collective::Call::propose {
			threshold: 2,
			proposal: Box::new(motion.clone()),
			length_bound: motion.encoded_size() as u32,
		});
		let outcome = send(Bob, propose.clone());
		assert_eq!(outcome.result, Ok(()));
		assert_eq!(outcome.fee, None);
		let outcome = send(AliceStash, propose);
		assert_eq!(
			outcome.result,
			Err(pallet_collective::Error::<Runtime, CouncilCollective>::NotMember.into())
		);
		assert!(outcome.fee.is_some());
	});
}

#[test]
fn a_suspended_agencys_accounts_pay_again() {
	genesis_of("local").execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), 0));
		for who in [Alice, Dave] {
			let outcome = send(who, add_operator(BobStash));
			assert!(outcome.fee.is_some_and(|fee| fee > 0), "{who:?} paid");
		}
		// Another agency's admin is still free.
		assert_eq!(send(Bob, add_operator(BobStash)).fee, None);
	});
}

#[test]
fn an_account_with_nothing_cannot_send_anything() {
	genesis_of("local").execute_with(|| {
		let outcome = send(Sr25519Keyring::One, add_operator(BobStash));
		assert_eq!(
			outcome.accepted,
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
	});
}

#[test]
fn clients_see_the_standard_fee_extension() {
	let identifiers: Vec<_> = <TxExtension as TransactionExtension<RuntimeCall>>::metadata()
		.into_iter()
		.map(|extension| extension.identifier)
		.collect();
	assert!(identifiers.contains(&"ChargeTransactionPayment"));
	assert_eq!(
		scale_info::meta_type::<crate::fees::ChargeFeeUnlessAgency>(),
		scale_info::meta_type::<pallet_transaction_payment::ChargeTransactionPayment<Runtime>>(),
	);
	// Encoded the same way: the tip, compact.
	assert_eq!(
		crate::fees::ChargeFeeUnlessAgency::with_tip(7).encode(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(7).encode()
	);
}

/// The health commission's citizen registry: a call every HEALTH operator may send, which
/// fails (no such citizen) and so changes nothing but the block's and the agency's use.
fn anchor() -> RuntimeCall {
	RuntimeCall::Health(pallet_health::Call::anchor_record {
		citizen: [9u8; 32],
		kind: pallet_health::RecordKind::LabResult,
		record_hash: [1u8; 32],
	})
}

/// A call of the land registry (agency 1), which Eve operates for; it fails (no property).
fn lease() -> RuntimeCall {
	RuntimeCall::Property(pallet_property::Call::encumber {
		property: 7,
		kind: pallet_property::EncumbranceKind::Lease,
		reference_hash: [1u8; 32],
	})
}

#[test]
fn a_free_call_needs_the_role_it_names() {
	genesis_of("local").execute_with(|| {
		// Eve operates for the land registry, which is no health agency: she pays.
		let outcome = send(Eve, anchor());
		assert_eq!(outcome.result, Err(pallet_agencies::Error::<Runtime>::MissingRole.into()));
		assert!(outcome.fee.is_some_and(|fee| fee > 0), "a missing role pays");
		// Dave operates for the health commission: free.
		assert_eq!(send(Dave, anchor()).fee, None);
		// An operator is no admin: the registry and the council are not his to use for free.
		let outcome = send(Dave, add_operator(BobStash));
		assert_eq!(outcome.result, Err(pallet_agencies::Error::<Runtime>::NotAdmin.into()));
		assert!(outcome.fee.is_some_and(|fee| fee > 0));
		let motion = RuntimeCall::Agencies(pallet_agencies::Call::suspend { agency: 1 });
		let propose = RuntimeCall::Council(pallet_collective::Call::propose {
			threshold: 2,
			proposal: Box::new(motion.clone()),
			length_bound: motion.encoded_size() as u32,
		});
		assert!(send(Dave, propose).fee.is_some_and(|fee| fee > 0));
		// An admin is no operator: domain work is not his to do for free.
		assert!(send(Alice, anchor()).fee.is_some_and(|fee| fee > 0));
		// A council decision sent signed, even by an admin, pays (and fails).
		let outcome = send(Alice, motion);
		assert_eq!(outcome.result, Err(DispatchError::BadOrigin));
		assert!(outcome.fee.is_some_and(|fee| fee > 0));
		// A batch is free only when every call in it is free for the signer.
		assert!(send(Dave, batch(vec![anchor(), lease()])).fee.is_some_and(|fee| fee > 0));
		assert_eq!(send(Dave, batch(vec![anchor(), anchor()])).fee, None);
	});
}

/// Start block `n` as a block author would: the block's weight and length start from nothing.
fn start_block(n: u32) {
	System::initialize(&n, &Default::default(), &Default::default());
}

#[test]
fn an_agency_past_its_share_of_a_full_block_waits() {
	genesis_of("local").execute_with(|| {
		// Dave operates for the health commission, and has funds: he could pay, but never does.
		let nurse = Dave;
		start_block(2);
		let (limit, limit_length) = crate::fees::ChargeFeeUnlessAgency::free_limit();
		// Three active agencies: each may take two thirds of a block for free.
		let (share, share_length) = Agencies::free_share(limit, limit_length);
		assert_eq!(share.ref_time(), limit.ref_time() * 2 / 3);
		assert_eq!(share_length, limit_length * 2 / 3);
		// The health commission has used its share of this block, and the block is half full.
		let used = pallet_agencies::FreeUsage { block: 2, weight: share, length: 0 };
		pallet_agencies::FreeUse::<Runtime>::insert(0, used);
		frame_system::BlockWeight::<Runtime>::mutate(|weight| {
			weight.accrue(limit / 2, frame_support::dispatch::DispatchClass::Normal)
		});
		// Its operator's next call is neither free nor paid (he has the funds): it waits for a
		// later block.
		let outcome = send(nurse, anchor());
		assert_eq!(
			outcome.accepted,
			Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources))
		);
		assert_eq!(pallet_agencies::FreeUse::<Runtime>::get(0), Some(used), "nothing counted");
		// The land registry's share is untouched: Eve's call goes in, free.
		let outcome = send(Eve, lease());
		assert_eq!(outcome.accepted, Ok(()));
		assert_eq!(outcome.fee, None);
		// In the next block the health commission has its share again.
		start_block(3);
		let outcome = send(nurse, anchor());
		assert_eq!(outcome.accepted, Ok(()));
		assert_eq!(outcome.fee, None);
	});
}

#[test]
fn an_agency_past_its_share_may_use_a_quiet_blocks_spare_half() {
	genesis_of("local").execute_with(|| {
		// Dave operates for the health commission, and has funds: he could pay, but never does.
		let nurse = Dave;
		start_block(2);
		let (limit, limit_length) = crate::fees::ChargeFeeUnlessAgency::free_limit();
		let (share, _) = Agencies::free_share(limit, limit_length);
		pallet_agencies::FreeUse::<Runtime>::insert(
			0,
			pallet_agencies::FreeUsage { block: 2, weight: share, length: 0 },
		);
		// Past its share, but the block is empty: the call goes in, free, and counts.
		let outcome = send(nurse, anchor());
		assert_eq!(outcome.accepted, Ok(()));
		assert_eq!(outcome.fee, None);
		let used = pallet_agencies::FreeUse::<Runtime>::get(0).unwrap();
		assert!(used.weight.ref_time() > share.ref_time());
		assert!(used.length > 0);
	});
}

#[test]
fn one_agencys_flood_at_five_times_its_share_does_not_delay_another_agency() {
	genesis_of("local").execute_with(|| {
		// Dave operates for the health commission, and has funds: he could pay, but never does.
		let nurse = Dave;
		// The flood: batches of 100 failing health calls from the health commission, five
		// times its share of a block; then one call of the land registry. The author takes
		// them in that order (the worst for the land registry), skipping a call that waits.
		let flood_batch = batch((0..100).map(|_| anchor()).collect());
		let (limit, limit_length) = crate::fees::ChargeFeeUnlessAgency::free_limit();
		let (share, _) = Agencies::free_share(limit, limit_length);
		let per_batch = crate::fees::ChargeFeeUnlessAgency::with_tip(0)
			.weight(&flood_batch)
			.saturating_add(flood_batch.get_dispatch_info().call_weight);
		let flood = (5 * share.ref_time() / per_batch.ref_time() + 1) as usize;
		let mut pool: Vec<(Sr25519Keyring, RuntimeCall)> =
			(0..flood).map(|_| (nurse, flood_batch.clone())).collect();
		pool.push((Eve, lease()));
		let mut included_in = None;
		let mut flood_included = 0;
		for block in 2..8u32 {
			start_block(block);
			let mut waiting = Vec::new();
			for (who, call) in pool.drain(..) {
				let outcome = send(who, call.clone());
				match outcome.accepted {
					Ok(()) => {
						assert_eq!(outcome.fee, None, "{who:?} sent it free");
						if who == Eve {
							included_in = Some(block);
						} else {
							flood_included += 1;
						}
					},
					Err(TransactionValidityError::Invalid(
						InvalidTransaction::ExhaustsResources,
					)) => waiting.push((who, call)),
					Err(refused) => panic!("{who:?}'s call was refused: {refused:?}"),
				}
			}
			pool = waiting;
			if block == 2 {
				// The flood took at most its share or half the block, whichever is more,
				// plus the one call that crossed the line.
				let used = frame_system::BlockWeight::<Runtime>::get();
				let used = used.get(frame_support::dispatch::DispatchClass::Normal).ref_time();
				assert!(
					used <= share.ref_time().max(limit.ref_time() / 2) + 2 * per_batch.ref_time()
				);
				assert!(flood_included < flood, "the flood did not all go in");
			}
		}
		assert_eq!(included_in, Some(2), "the land registry's call went into the first block");
		assert!(flood_included > 0, "the flood is served, at its share per block");
	});
}

/// The pool priority validation gives `call` from `who` with `tip`, through every transaction
/// extension of the runtime.
fn priority(
	who: Sr25519Keyring,
	call: RuntimeCall,
	tip: Balance,
) -> Result<sp_runtime::transaction_validity::TransactionPriority, TransactionValidityError> {
	use sp_runtime::transaction_validity::TransactionSource;
	let account = who.to_account_id();
	let mut extension = crate::tx_extension(System::account_nonce(&account));
	extension.8 = crate::fees::ChargeFeeUnlessAgency::with_tip(tip);
	let info = call.get_dispatch_info();
	let len = call.encoded_size() + 110;
	extension
		.validate_only(
			RuntimeOrigin::signed(account),
			&call,
			&info,
			len,
			TransactionSource::External,
			0,
		)
		.map(|(valid, ..)| valid.priority)
}

#[test]
fn the_councils_calls_go_ahead_of_every_other_call() {
	use crate::fees::COUNCIL_PRIORITY;
	genesis_of("local").execute_with(|| {
		let motion = RuntimeCall::Agencies(pallet_agencies::Call::suspend { agency: 2 });
		let propose = RuntimeCall::Council(pallet_collective::Call::propose {
			threshold: 2,
			proposal: Box::new(motion.clone()),
			length_bound: motion.encoded_size() as u32,
		});
		let vote = RuntimeCall::Council(pallet_collective::Call::vote {
			proposal: <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(
				&motion,
			),
			index: 0,
			approve: true,
		});
		// An admin's motion and vote: the council's band.
		assert_eq!(priority(Bob, propose.clone(), 0), Ok(COUNCIL_PRIORITY));
		assert_eq!(priority(Alice, vote.clone(), 0), Ok(COUNCIL_PRIORITY));
		// A stranger's motion pays, at a payer's priority.
		let strangers = priority(AliceStash, propose, 0).unwrap();
		assert!(strangers < COUNCIL_PRIORITY);
		// Other agency work, free, is ordered as if paid: below the council.
		let work = priority(Dave, anchor(), 0).unwrap();
		assert!(work > 0 && work < COUNCIL_PRIORITY);
		// A transfer: a tip moves it ahead of other payers, but a tip of half the signer's
		// funds, whose priority would reach the top, is held just below the council.
		let plain = priority(AliceStash, transfer(Bob), 0).unwrap();
		let tipped = priority(AliceStash, transfer(Bob), crate::UNIT).unwrap();
		assert!(plain < tipped);
		let rich = Balances::free_balance(AliceStash.to_account_id()) / 2;
		assert_eq!(priority(AliceStash, transfer(Bob), rich), Ok(COUNCIL_PRIORITY - 1));
		// A batch of council calls is not the council's business: it goes at its fee's
		// priority.
		assert!(priority(Alice, batch(vec![vote]), 0).unwrap() < COUNCIL_PRIORITY);
	});
}
