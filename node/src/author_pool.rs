//! The transaction pool as the block author sees it.
//!
//! When the author's block builder finds a transaction invalid at the new block's parent, it
//! reports it to the pool, and the single-state pool removes it together with every
//! transaction that depends on it (the same account's later nonces). Under load an author
//! sometimes builds on a parent its pool has not caught up with, or on one a fork leaves
//! behind: there a transaction the chain already holds is `Stale` and one whose predecessor
//! is missing is `Future`. Neither is invalid on the chain, yet the pool dropped the
//! account's later transactions with it — accepted transactions that no node held any more.
//! A burst of 20,000 transfers on four nodes sharing two cores lost 3 to 2,149 of them in
//! four of nine runs (BENCHMARKS.md). Substrate's fork-aware pool keeps such transactions;
//! [`AuthorPool`] gives the single-state pool the same rule: `Future` and `Stale` reports are
//! not passed on (the pool prunes what blocks include and revalidates the rest on each new
//! best block), every other invalidity is.
//!
//! It also keeps a finality stall from filling every node's memory. Until a block is final,
//! each node keeps every trie node the block wrote in memory (the state database's
//! non-canonical overlay), and a full block writes megabytes: with half the authorities gone
//! under load, the heap grows by the blocks the others still author until the nodes are
//! killed (RESILIENCE.md, "A stall under load"). So once the block being built is more than
//! [`UNFINALIZED_SLACK`] blocks past the last final one, it takes at most
//! [`LAGGING_BLOCK_TRANSACTIONS`] transactions, in the pool's order, and at most
//! [`LAGGING_SIGNER_TRANSACTIONS`] of one signer. Blocks go on at their pace, so the sessions
//! turn and the council can act; what waits stays in the pools. The pool's order puts the
//! council's motions, votes and closes first (the runtime gives them a priority no other
//! signed call reaches, `civitas_runtime::fees::COUNCIL_PRIORITY`), so a backlog of transfers
//! does not hold back what restarts finality; the cap per signer keeps one admin's flood of
//! council calls from taking the few places the others' motions need.
//!
//! The network sees the pool through it too, for one reason: what the node propagates on its
//! own, besides each transaction as it arrives, is the pool's ready transactions (every 2.9 s,
//! to each peer those it has not sent it yet), and litep2p closes a connection when more than
//! 2,048 notifications wait for it — one transaction each. So with more than that waiting in
//! the pool (a stall, a backlog), a new or reconnected peer was sent the whole pool at once,
//! closed, reconnected and sent it again: two nodes left of four under load sat at 0 peers for
//! minutes, and an author with no peer does not author (`scripts/stall.sh`, 2026-12-03). The
//! network is offered at most [`PROPAGATED_AT_ONCE`] of them, the pool's best; the rest go
//! out as they arrive, as before, and every author includes what its own pool holds.

use civitas_primitives::{AccountId, Nonce};
use sc_transaction_pool_api::{
	ImportNotificationStream, InPoolTransaction, PoolStatus, ReadyTransactions, TransactionFor,
	TransactionPool, TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_blockchain::HeaderBackend;
use sp_runtime::{
	traits::{Block as BlockT, Header as _, UniqueSaturatedInto},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use std::{collections::HashMap, pin::Pin, sync::Arc, time::Duration};

/// Blocks past the last final one beyond which a new block takes only a few transactions.
pub const UNFINALIZED_SLACK: u32 = 32;
/// How many transactions a block takes while finality lags more than [`UNFINALIZED_SLACK`].
pub const LAGGING_BLOCK_TRANSACTIONS: usize = 64;
/// How many of one signer's transactions such a block takes.
pub const LAGGING_SIGNER_TRANSACTIONS: usize = 4;
/// How many of the pool's ready transactions the network propagates in one round (litep2p
/// closes a connection with more than 2,048 notifications waiting).
pub const PROPAGATED_AT_ONCE: usize = 512;

/// How many transactions a block at `number` may take when `finalized` is the last final
/// block: no limit (`None`) within the slack.
pub fn transaction_limit(number: u32, finalized: u32) -> Option<usize> {
	(number.saturating_sub(finalized) > UNFINALIZED_SLACK).then_some(LAGGING_BLOCK_TRANSACTIONS)
}

/// The signer of a signed transaction as the pool knows it: the runtime's nonce check tags
/// what a signed transaction provides `(account, nonce)`, SCALE-encoded, so its first tag of
/// that length begins with the account. Unsigned transactions (equivocation reports) have
/// tags of their own and no signer.
fn signer(provides: &[Vec<u8>]) -> Option<&[u8]> {
	const ACCOUNT: usize = core::mem::size_of::<AccountId>();
	const TAG: usize = ACCOUNT + core::mem::size_of::<Nonce>();
	provides.first().filter(|tag| tag.len() == TAG).map(|tag| &tag[..ACCOUNT])
}

fn signer_of<T: InPoolTransaction>(tx: &Arc<T>) -> Option<Vec<u8>> {
	signer(tx.provides()).map(<[u8]>::to_vec)
}

/// At most `left` more of the pool's ready transactions, and at most
/// [`LAGGING_SIGNER_TRANSACTIONS`] of one signer (`signer` tells who signed one). A signer's
/// transaction past its cap is reported to the iterator (not the pool): it and the same
/// signer's later nonces are skipped in this block only.
struct Limited<I> {
	inner: Box<dyn ReadyTransactions<Item = I> + Send>,
	left: usize,
	signer: fn(&I) -> Option<Vec<u8>>,
	taken: HashMap<Vec<u8>, usize>,
}

impl<I> Limited<I> {
	fn new(
		inner: Box<dyn ReadyTransactions<Item = I> + Send>,
		left: usize,
		signer: fn(&I) -> Option<Vec<u8>>,
	) -> Self {
		Self { inner, left, signer, taken: HashMap::new() }
	}
}

impl<I> Iterator for Limited<I> {
	type Item = I;
	fn next(&mut self) -> Option<I> {
		if self.left == 0 {
			return None;
		}
		loop {
			let tx = self.inner.next()?;
			if let Some(signer) = (self.signer)(&tx) {
				let taken = self.taken.entry(signer).or_default();
				if *taken == LAGGING_SIGNER_TRANSACTIONS {
					self.inner.report_invalid(&tx);
					continue;
				}
				*taken += 1;
			}
			self.left -= 1;
			return Some(tx);
		}
	}
}

impl<I> ReadyTransactions for Limited<I> {
	fn report_invalid(&mut self, tx: &I) {
		self.inner.report_invalid(tx)
	}
}

/// Whether an author's report of a transaction invalid at its block's parent should remove
/// it from the pool: not when it only is too early or too late for that parent.
fn removes(error: &Option<TransactionValidityError>) -> bool {
	!matches!(
		error,
		Some(TransactionValidityError::Invalid(
			InvalidTransaction::Future | InvalidTransaction::Stale
		))
	)
}

/// A transaction pool that passes everything on to `P` but the author's `Future` and `Stale`
/// reports, gives a block built past the finality slack only a few transactions, and offers
/// the network a round of at most [`PROPAGATED_AT_ONCE`].
pub struct AuthorPool<P, C> {
	pub pool: Arc<P>,
	pub chain: Arc<C>,
}

impl<P: TransactionPool, C: HeaderBackend<P::Block>> AuthorPool<P, C> {
	/// The limit for a block built on `parent`.
	fn limit(&self, parent: <P::Block as BlockT>::Hash) -> Option<usize> {
		let finalized: u32 = self.chain.info().finalized_number.unique_saturated_into();
		let parent: u32 =
			(*self.chain.header(parent).ok().flatten()?.number()).unique_saturated_into();
		let number = parent.saturating_add(1);
		let limit = transaction_limit(number, finalized)?;
		log::warn!(
			target: "civitas",
			"finality lags: block #{number} is {} past the last final block #{finalized}; it takes at most {limit} transactions",
			number - finalized,
		);
		Some(limit)
	}
}

#[async_trait::async_trait]
impl<P, C> TransactionPool for AuthorPool<P, C>
where
	P: TransactionPool,
	P::InPoolTransaction: 'static,
	C: HeaderBackend<P::Block> + Send + Sync + 'static,
{
	type Block = P::Block;
	type Hash = P::Hash;
	type InPoolTransaction = P::InPoolTransaction;
	type Error = P::Error;

	async fn submit_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xts: Vec<TransactionFor<Self>>,
	) -> Result<Vec<Result<TxHash<Self>, Self::Error>>, Self::Error> {
		self.pool.submit_at(at, source, xts).await
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		self.pool.submit_one(at, source, xt).await
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		self.pool.submit_and_watch(at, source, xt).await
	}

	async fn ready_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.pool.ready_at(at).await
	}

	/// What the network propagates in one round: the pool's best [`PROPAGATED_AT_ONCE`].
	fn ready(&self) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		Box::new(Limited::new(self.pool.ready(), PROPAGATED_AT_ONCE, |_| None))
	}

	async fn report_invalid(
		&self,
		at: Option<<Self::Block as BlockT>::Hash>,
		mut invalid_tx_errors: TxInvalidityReportMap<TxHash<Self>>,
	) -> Vec<Arc<Self::InPoolTransaction>> {
		invalid_tx_errors.retain(|_, error| removes(error));
		self.pool.report_invalid(at, invalid_tx_errors).await
	}

	fn futures(&self) -> Vec<Self::InPoolTransaction> {
		self.pool.futures()
	}

	fn status(&self) -> PoolStatus {
		self.pool.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<Self>> {
		self.pool.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<Self>, Vec<String>>) {
		self.pool.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<Self>) -> TxHash<Self> {
		self.pool.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<Self>) -> Option<Arc<Self::InPoolTransaction>> {
		self.pool.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(
		&self,
		at: <Self::Block as BlockT>::Hash,
		timeout: Duration,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		let ready = self.pool.ready_at_with_timeout(at, timeout).await;
		match self.limit(at) {
			Some(left) => Box::new(Limited::new(ready, left, signer_of::<P::InPoolTransaction>)),
			None => ready,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_block_within_the_slack_takes_what_fits() {
		assert_eq!(transaction_limit(1, 0), None);
		assert_eq!(transaction_limit(100 + UNFINALIZED_SLACK, 100), None);
		// A finalized number ahead of the block (a node catching up) is no lag.
		assert_eq!(transaction_limit(5, 9), None);
	}

	#[test]
	fn a_block_past_the_slack_takes_a_few() {
		assert_eq!(
			transaction_limit(101 + UNFINALIZED_SLACK, 100),
			Some(LAGGING_BLOCK_TRANSACTIONS)
		);
		assert_eq!(transaction_limit(u32::MAX, 0), Some(LAGGING_BLOCK_TRANSACTIONS));
	}

	/// Ready "transactions" numbered, in the pool's order; `n`'s signer is `n % 3` (none for
	/// numbers past 1,000, as for unsigned transactions). What is reported is recorded.
	struct Queue(Box<dyn Iterator<Item = u32> + Send>, Arc<std::sync::Mutex<Vec<u32>>>);
	impl Iterator for Queue {
		type Item = u32;
		fn next(&mut self) -> Option<u32> {
			self.0.next()
		}
	}
	impl ReadyTransactions for Queue {
		fn report_invalid(&mut self, tx: &u32) {
			self.1.lock().unwrap().push(*tx);
		}
	}
	fn signer_of_number(n: &u32) -> Option<Vec<u8>> {
		(*n < 1_000).then(|| vec![(n % 3) as u8])
	}
	fn capped(
		queue: impl Iterator<Item = u32> + Send + 'static,
		left: usize,
	) -> (Limited<u32>, Arc<std::sync::Mutex<Vec<u32>>>) {
		let reported = Arc::new(std::sync::Mutex::new(vec![]));
		let queue = Queue(Box::new(queue), reported.clone());
		(Limited::new(Box::new(queue), left, signer_of_number), reported)
	}

	#[test]
	fn the_limited_iterator_stops_at_its_limit_and_passes_reports_on() {
		let (mut limited, reported) = capped(0..100, 3);
		assert_eq!(limited.next(), Some(0));
		limited.report_invalid(&0);
		assert_eq!(*reported.lock().unwrap(), vec![0]);
		assert_eq!(limited.by_ref().collect::<Vec<_>>(), vec![1, 2]);
		assert_eq!(limited.next(), None);
		let (mut none, _) = capped(0..100, 0);
		assert_eq!(none.next(), None);
	}

	#[test]
	fn one_signer_takes_at_most_its_cap_and_the_rest_of_its_queue_is_skipped() {
		// Signer 0 holds 0, 3, 6, …: only its first four go in; each one past the cap is
		// reported to the iterator, so its later nonces are skipped in this block.
		let (limited, reported) = capped(0..30, LAGGING_BLOCK_TRANSACTIONS);
		let taken: Vec<u32> = limited.collect();
		for signer in 0..3 {
			let of_signer: Vec<u32> = taken.iter().copied().filter(|n| n % 3 == signer).collect();
			assert_eq!(of_signer.len(), LAGGING_SIGNER_TRANSACTIONS, "signer {signer}");
			assert_eq!(of_signer[0], signer, "a signer's first ones are taken");
		}
		assert_eq!(taken.len(), 3 * LAGGING_SIGNER_TRANSACTIONS);
		assert_eq!(reported.lock().unwrap().len(), 30 - 3 * LAGGING_SIGNER_TRANSACTIONS);
	}

	#[test]
	fn a_flood_from_one_signer_leaves_room_for_the_others() {
		// The first 500 in the pool's order are signer 0's (a flood of one admin's council
		// calls at the council's priority); the others' calls come after.
		let flood = (0..500u32).map(|_| 0u32).chain([1, 2, 1, 2]);
		let (limited, _) = capped(flood, 8);
		let taken: Vec<u32> = limited.collect();
		assert_eq!(taken.iter().filter(|&&n| n == 0).count(), LAGGING_SIGNER_TRANSACTIONS);
		assert_eq!(taken.iter().filter(|&&n| n != 0).count(), 4, "every other call goes in");
	}

	#[test]
	fn unsigned_transactions_count_only_against_the_block() {
		let (limited, reported) = capped(1_000..1_100, 10);
		assert_eq!(limited.collect::<Vec<_>>(), (1_000..1_010).collect::<Vec<_>>());
		assert!(reported.lock().unwrap().is_empty());
	}

	#[test]
	fn the_signer_is_read_from_the_nonce_checks_tag() {
		use sp_runtime::codec::Encode;
		let account = AccountId::from([7u8; 32]);
		let tag = (&account, 5 as Nonce).encode();
		assert_eq!(signer(&[tag, vec![1, 2]]), Some(&[7u8; 32][..]));
		// A tag of another length (an unsigned report's) names no signer.
		assert_eq!(signer(&[vec![0u8; 40]]), None);
		assert_eq!(signer(&[]), None);
	}
}
