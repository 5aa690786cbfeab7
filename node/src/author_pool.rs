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

use sc_transaction_pool_api::{
	ImportNotificationStream, PoolStatus, ReadyTransactions, TransactionFor, TransactionPool,
	TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use std::{collections::HashMap, pin::Pin, sync::Arc, time::Duration};

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
/// reports.
pub struct AuthorPool<P>(pub Arc<P>);

#[async_trait::async_trait]
impl<P: TransactionPool> TransactionPool for AuthorPool<P> {
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
		self.0.submit_at(at, source, xts).await
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		self.0.submit_one(at, source, xt).await
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		self.0.submit_and_watch(at, source, xt).await
	}

	async fn ready_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.0.ready_at(at).await
	}

	fn ready(&self) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.0.ready()
	}

	async fn report_invalid(
		&self,
		at: Option<<Self::Block as BlockT>::Hash>,
		mut invalid_tx_errors: TxInvalidityReportMap<TxHash<Self>>,
	) -> Vec<Arc<Self::InPoolTransaction>> {
		invalid_tx_errors.retain(|_, error| removes(error));
		self.0.report_invalid(at, invalid_tx_errors).await
	}

	fn futures(&self) -> Vec<Self::InPoolTransaction> {
		self.0.futures()
	}

	fn status(&self) -> PoolStatus {
		self.0.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<Self>> {
		self.0.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<Self>, Vec<String>>) {
		self.0.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<Self>) -> TxHash<Self> {
		self.0.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<Self>) -> Option<Arc<Self::InPoolTransaction>> {
		self.0.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(
		&self,
		at: <Self::Block as BlockT>::Hash,
		timeout: Duration,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.0.ready_at_with_timeout(at, timeout).await
	}
}
