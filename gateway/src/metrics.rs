//! What `/metrics` shows Prometheus: requests by face and outcome, refusals by reason,
//! receipts waiting for the chain, and how far behind the chain view is.

use prometheus::{Encoder, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};

pub struct Metrics {
	registry: Registry,
	/// Requests answered, by face (`outward`, `inward`) and outcome (`ok`, `refused`, `error`).
	pub requests: IntCounterVec,
	/// Refusals, by code.
	pub refusals: IntCounterVec,
	/// Payload bytes sent to other gateways.
	pub bytes_served: IntCounter,
	/// Receipts answered and not yet batched.
	pub receipts_queued: IntGauge,
	/// Extrinsics submitted and not yet seen finalized.
	pub receipts_inflight: IntGauge,
	/// Deliveries recorded on this agency's grants, checked and not yet answered.
	pub confirmations_pending: IntGauge,
	/// Deliveries this gateway found not to hold (each is disputed on chain), by reason.
	pub disputes: IntCounterVec,
	/// Documents whose key was destroyed because their record was erased on chain.
	pub documents_shredded: IntCounter,
	/// Blocks between the best and the finalized head.
	pub chain_lag: IntGauge,
	/// The finalized head's number.
	pub finalized: IntGauge,
}

impl Metrics {
	pub fn new() -> Self {
		let registry =
			Registry::new_custom(Some("civitas_gateway".into()), None).expect("a valid prefix");
		let requests = IntCounterVec::new(
			Opts::new("requests_total", "Requests answered, by face and outcome"),
			&["face", "outcome"],
		)
		.expect("valid");
		let refusals = IntCounterVec::new(
			Opts::new("refusals_total", "Requests refused, by reason code"),
			&["code"],
		)
		.expect("valid");
		let bytes_served =
			IntCounter::new("bytes_served_total", "Payload bytes sent to other gateways")
				.expect("valid");
		let receipts_queued =
			IntGauge::new("receipts_queued", "Deliveries answered and not yet batched")
				.expect("valid");
		let receipts_inflight =
			IntGauge::new("receipts_inflight", "Extrinsics submitted and not yet finalized")
				.expect("valid");
		let confirmations_pending = IntGauge::new(
			"confirmations_pending",
			"Deliveries recorded on this agency's grants, checked and not yet confirmed or disputed",
		)
		.expect("valid");
		let disputes = IntCounterVec::new(
			Opts::new("disputes_total", "Deliveries found not to hold and disputed, by reason"),
			&["reason"],
		)
		.expect("valid");
		let documents_shredded = IntCounter::new(
			"documents_shredded_total",
			"Documents whose key was destroyed after their record was erased on chain",
		)
		.expect("valid");
		let chain_lag =
			IntGauge::new("chain_lag_blocks", "Best block minus finalized block").expect("valid");
		let finalized =
			IntGauge::new("finalized_block", "The finalized head's number").expect("valid");
		for collector in [
			Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
			Box::new(refusals.clone()),
			Box::new(bytes_served.clone()),
			Box::new(receipts_queued.clone()),
			Box::new(receipts_inflight.clone()),
			Box::new(confirmations_pending.clone()),
			Box::new(disputes.clone()),
			Box::new(documents_shredded.clone()),
			Box::new(chain_lag.clone()),
			Box::new(finalized.clone()),
		] {
			registry.register(collector).expect("registered once");
		}
		Self {
			registry,
			requests,
			refusals,
			bytes_served,
			receipts_queued,
			receipts_inflight,
			confirmations_pending,
			disputes,
			documents_shredded,
			chain_lag,
			finalized,
		}
	}

	/// The text exposition format.
	pub fn render(&self) -> String {
		let mut out = Vec::new();
		TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("encodes");
		String::from_utf8(out).expect("UTF-8")
	}
}

impl Default for Metrics {
	fn default() -> Self {
		Self::new()
	}
}
