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
fn an_operators_agency_call_is_free_even_when_it_fails() {
	genesis_of("local").execute_with(|| {
		let outcome = send(Dave, add_operator(BobStash));
		assert_eq!(outcome.result, Err(pallet_agencies::Error::<Runtime>::NotAdmin.into()));
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
			name: b"P1".to_vec(),
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
		// Another agency's operator is still free.
		assert_eq!(send(Eve, add_operator(BobStash)).fee, None);
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
