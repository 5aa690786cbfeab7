//! Fees: an agency at work pays none, within its share of each block; everyone else pays as
//! usual.
//!
//! [`ChargeFeeUnlessAgency`] stands where `ChargeTransactionPayment` stands in the
//! transaction extensions. A signed call is free when its signer holds what the call needs
//! ([`AgencyCalls`]: the admin of an active agency for its registry and the council, an
//! operator of an active agency with the call's roles for the domain pallets) — checked in
//! validation, before the pool takes the call — and when the agency's free calls of this
//! block leave room for it (`2 / active agencies` of the block's weight and length; a failed
//! call counts too) or the block is still less than half full. Past both, the call waits in
//! the pool for a later block (`ExhaustsResources` in the block being built): it is never
//! turned into a paid call, which would still push the other agencies' calls out.
//! Every other signed call is charged exactly as `ChargeTransactionPayment` charges it. So
//! no account can fill blocks for free, and no agency can take a block from the others.
//!
//! The council's own calls — a member's motion, vote, close — go ahead of every other signed
//! call in the pool and in the block ([`COUNCIL_PRIORITY`]; no fee or tip reaches it), so a
//! backlog of transfers never holds back what the council needs to act on: a stalled
//! finality is restarted by a motion, and while finality lags the authors take only a few
//! transactions a block (the node's `author_pool`).
//!
//! On the wire the extension is `ChargeTransactionPayment` (same identifier, same encoding:
//! the tip), so every client signs for it without knowing it exists. A tip on a free call is
//! not taken.

use crate::{configs::RuntimeBlockLength, AccountId, Agencies, Runtime, RuntimeCall};
use civitas_primitives::{AgencyId, AgencyWork, FreeWork};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{dispatch::DispatchClass, pallet_prelude::*};
use pallet_transaction_payment::ChargeTransactionPayment;
use scale_info::{Type, TypeInfo};
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Implication, PostDispatchInfoOf, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionSource, TransactionValidityError,
		ValidTransaction,
	},
};

/// The pool priority of a council member's motion, vote or close: above every other signed
/// call's, whose priority (fee and tip per share of the block) is held below it.
pub const COUNCIL_PRIORITY: TransactionPriority = TransactionPriority::MAX;

/// Which calls are an agency's work, and for whom: each pallet's `Call` says of itself who may
/// send it for free ([`AgencyWork`]); the council's motions and votes are its members'
/// (the admins'); a utility batch is free when every call in it is, for the same agency.
/// Transfers, session keys and everything else are nobody's.
pub struct AgencyCalls;

impl AgencyCalls {
	/// Who may send `call` (not a batch) for free.
	fn work(call: &RuntimeCall) -> FreeWork {
		use pallet_collective::Call as Collective;
		match call {
			RuntimeCall::Agencies(call) => call.agency_work(),
			RuntimeCall::Citizens(call) => call.agency_work(),
			RuntimeCall::Health(call) => call.agency_work(),
			RuntimeCall::Property(call) => call.agency_work(),
			RuntimeCall::Parking(call) => call.agency_work(),
			RuntimeCall::Catalog(call) => call.agency_work(),
			RuntimeCall::Council(
				Collective::propose { .. }
				| Collective::vote { .. }
				| Collective::close { .. }
				| Collective::execute { .. }
				| Collective::release_proposal_cost { .. },
			) => FreeWork::Admin,
			_ => FreeWork::Nobody,
		}
	}

	/// Whether `call` is the council's own business: a motion, vote or close (a member's, when
	/// it is free). A batch is not: it goes at its fee's priority.
	pub fn is_council(call: &RuntimeCall) -> bool {
		matches!(call, RuntimeCall::Council(_)) && Self::work(call) == FreeWork::Admin
	}

	/// The active agency for which `who` may send `call` for free, if any: `who` holds what
	/// the call (every call of a batch) needs. A few reads, most of them the same keys.
	pub fn free_agency(who: &AccountId, call: &RuntimeCall) -> Option<AgencyId> {
		use pallet_utility::Call as Utility;
		match call {
			RuntimeCall::Utility(
				Utility::batch { calls }
				| Utility::batch_all { calls }
				| Utility::force_batch { calls },
			) => {
				let mut agency = None;
				for call in calls {
					let this = Agencies::free_agency(who, Self::work(call))?;
					// An account may be one agency's admin and another's operator: a batch
					// is free for one agency, whose share it uses.
					if agency.is_some_and(|first| first != this) {
						return None;
					}
					agency = Some(this);
				}
				agency
			},
			call => Agencies::free_agency(who, Self::work(call)),
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

	/// What agencies' free calls share of a block: the weight and length normal calls may
	/// take (each agency gets `2 / active agencies` of it, see `pallet_agencies::free_work`).
	pub fn free_limit() -> (Weight, u32) {
		let weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let weight = weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block);
		(weight, *RuntimeBlockLength::get().max.get(DispatchClass::Normal))
	}

	/// `priority`, held below the council's: a large tip buys a place ahead of other payers,
	/// never ahead of the council.
	pub fn below_council(priority: TransactionPriority) -> TransactionPriority {
		priority.min(COUNCIL_PRIORITY - 1)
	}

	/// Whether the block would stay at most half full of normal calls with one more of
	/// `weight` and `length` (of `limit`): an agency past its share may still use a quiet
	/// block's spare half, so one agency alone is not held to its share of an empty chain,
	/// and the other half stays for the agencies within theirs.
	fn block_is_half_empty(weight: Weight, length: u32, limit: (Weight, u32)) -> bool {
		let used = frame_system::BlockWeight::<Runtime>::get();
		let used_length = frame_system::Pallet::<Runtime>::block_size();
		used.get(DispatchClass::Normal).saturating_add(weight).all_lte(limit.0 / 2)
			&& used_length.saturating_add(length) <= limit.1 / 2
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

/// What validation found: a free agency call (to count against its agency's share of the
/// block), or what the fee check needs next.
pub enum Val {
	Free { agency: AgencyId, weight: Weight, length: u32, refund: Weight },
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
		// Deciding reads the signer's agency and its record, the number of active agencies,
		// the agency's use of this block (then written) and the block's own use. Counted: the
		// signer's agency and the agency's use, read and written. Not counted again: the
		// agency's record (the call itself reads it, for its role check), the number of active
		// agencies (one key for every call of the block, read once from the database) and
		// the block's use (read by `CheckWeight`, whose weight counts it). The fee check is
		// refunded when the call is free.
		self.0
			.weight(call)
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads_writes(2, 1))
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
		let free = frame_system::ensure_signed(origin.clone())
			.ok()
			.and_then(|who| AgencyCalls::free_agency(&who, call));
		if let Some(agency) = free {
			let weight = info.total_weight();
			let length = len as u32;
			let limit = Self::free_limit();
			if !Agencies::has_free_room(agency, weight, length, limit)
				&& !Self::block_is_half_empty(weight, length, limit)
			{
				// Past its agency's share, and the block is half full: the call waits in the
				// pool for a later block (it is not paid for: a paid excess would still
				// push the other agencies' calls out).
				return Err(InvalidTransaction::ExhaustsResources.into());
			}
			// The council's business first; other agency work is ordered as if it had paid its
			// fee, so it is not starved by payers.
			let priority = if AgencyCalls::is_council(call) {
				COUNCIL_PRIORITY
			} else {
				let fee =
					pallet_transaction_payment::Pallet::<Runtime>::compute_fee(length, info, 0);
				Self::below_council(Inner::get_priority(info, len, 0, fee))
			};
			let refund = self.0.weight(call);
			return Ok((
				ValidTransaction { priority, ..Default::default() },
				Val::Free { agency, weight, length, refund },
				origin,
			));
		}
		let (mut valid, val, origin) =
			self.0.validate(origin, call, info, len, (), inherited_implication, source)?;
		valid.priority = Self::below_council(valid.priority);
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
			Val::Free { agency, weight, length, refund } => {
				// Counted before dispatch: a free call that fails has used its share too.
				Agencies::use_free_room(agency, weight, length);
				Ok(Pre::Free { refund })
			},
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
