//! Fees: an agency at work pays none; everyone else pays as usual.
//!
//! [`ChargeFeeUnlessAgency`] stands where `ChargeTransactionPayment` stands in the
//! transaction extensions. A signed call that is agency work ([`AgencyCalls`]) from the admin
//! or an operator of an active agency is dispatched without a fee; every other signed call is
//! charged exactly as `ChargeTransactionPayment` charges it. So an account that is not an
//! agency's cannot fill the pool for free, and a suspended agency's accounts pay again.
//!
//! On the wire the extension is `ChargeTransactionPayment` (same identifier, same encoding:
//! the tip), so every client signs for it without knowing it exists. A tip on a free call is
//! not taken.

use crate::{Agencies, Runtime, RuntimeCall};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{pallet_prelude::*, traits::Contains};
use pallet_transaction_payment::ChargeTransactionPayment;
use scale_info::{Type, TypeInfo};
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Implication, PostDispatchInfoOf, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{TransactionSource, TransactionValidityError, ValidTransaction},
};

/// The calls that are an agency's work: its own registry (operators, admin seat), the Agency
/// Council, and the domain pallets (citizens, health, property, parking, catalog) — alone or
/// as every call of a utility batch. Transfers, session keys and everything else are not.
pub struct AgencyCalls;

impl AgencyCalls {
	fn is_agency_pallet(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Agencies(_)
				| RuntimeCall::Council(_)
				| RuntimeCall::Citizens(_)
				| RuntimeCall::Health(_)
				| RuntimeCall::Property(_)
				| RuntimeCall::Parking(_)
				| RuntimeCall::Catalog(_)
		)
	}
}

impl Contains<RuntimeCall> for AgencyCalls {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_utility::Call as Utility;
		match call {
			RuntimeCall::Utility(
				Utility::batch { calls }
				| Utility::batch_all { calls }
				| Utility::force_batch { calls },
			) => !calls.is_empty() && calls.iter().all(Self::is_agency_pallet),
			call => Self::is_agency_pallet(call),
		}
	}
}

type Inner = ChargeTransactionPayment<Runtime>;

/// `ChargeTransactionPayment`, except for agency work signed by an active agency's account.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq)]
pub struct ChargeFeeUnlessAgency(Inner);

impl ChargeFeeUnlessAgency {
	/// The extension with a tip (what clients sign; the tip is only taken from payers).
	pub fn with_tip(tip: crate::Balance) -> Self {
		Self(Inner::from(tip))
	}

	/// Whether `origin` is an active agency's account sending agency work.
	fn is_free(origin: &DispatchOriginOf<RuntimeCall>, call: &RuntimeCall) -> bool {
		let Ok(who) = frame_system::ensure_signed(origin.clone()) else { return false };
		AgencyCalls::contains(call) && Agencies::acting_agency(&who).is_some()
	}
}

impl core::fmt::Debug for ChargeFeeUnlessAgency {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "ChargeFeeUnlessAgency({:?})", self.0)
	}
}

/// Described to clients exactly as `ChargeTransactionPayment` (its tip).
impl TypeInfo for ChargeFeeUnlessAgency {
	type Identity = Inner;
	fn type_info() -> Type {
		Inner::type_info()
	}
}

/// What validation found: a free agency call, or what the fee check needs next.
pub enum Val {
	Free { refund: Weight },
	Charge(<Inner as TransactionExtension<RuntimeCall>>::Val),
}

/// What dispatch leaves for after: nothing to settle, or the fee to settle.
pub enum Pre {
	Free { refund: Weight },
	Charge(<Inner as TransactionExtension<RuntimeCall>>::Pre),
}

impl TransactionExtension<RuntimeCall> for ChargeFeeUnlessAgency {
	const IDENTIFIER: &'static str = Inner::IDENTIFIER;
	type Implicit = ();
	type Val = Val;
	type Pre = Pre;

	fn weight(&self, call: &RuntimeCall) -> Weight {
		// Deciding costs two reads (operator or admin, then the agency) on top of the fee
		// check, which is refunded when the call is free.
		self.0
			.weight(call)
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads(3))
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
		_self_implicit: (),
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		if Self::is_free(&origin, call) {
			// Ordered as if it had paid its fee, so agency work is not starved by payers.
			let fee =
				pallet_transaction_payment::Pallet::<Runtime>::compute_fee(len as u32, info, 0);
			let priority = Inner::get_priority(info, len, 0, fee);
			let refund = self.0.weight(call);
			return Ok((
				ValidTransaction { priority, ..Default::default() },
				Val::Free { refund },
				origin,
			));
		}
		let (valid, val, origin) =
			self.0.validate(origin, call, info, len, (), inherited_implication, source)?;
		Ok((valid, Val::Charge(val), origin))
	}

	fn prepare(
		self,
		val: Val,
		origin: &DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<Pre, TransactionValidityError> {
		match val {
			Val::Free { refund } => Ok(Pre::Free { refund }),
			Val::Charge(val) => self.0.prepare(val, origin, call, info, len).map(Pre::Charge),
		}
	}

	fn post_dispatch_details(
		pre: Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		match pre {
			Pre::Free { refund } => Ok(refund),
			Pre::Charge(pre) => Inner::post_dispatch_details(pre, info, post_info, len, result),
		}
	}
}
