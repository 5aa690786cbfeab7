//! The nodes of a run, as a client that outlives any one of them sees them: a node whose
//! connection drops (killed, restarted) is dialled again, at most once a second, and a
//! submission its node cannot take goes to the next node that answers.

use civitas_rpc_client::node::{Error, Node, Submission};
use std::{
	sync::Arc,
	time::{Duration, Instant},
};
use tokio::sync::Mutex;

/// One node: its live connection, if any, and when it was last dialled.
struct Endpoint {
	url: String,
	state: Mutex<(Option<Arc<Node>>, Option<Instant>)>,
}

/// The run's nodes, reconnected as they come and go.
pub struct Endpoints {
	endpoints: Vec<Endpoint>,
}

/// How often a node that is away is dialled again.
const REDIAL: Duration = Duration::from_secs(1);

/// How long a node may take to answer a submission, or to accept a connection, before the
/// next one is asked (a node restarting on its database, or swamped, may hold a request).
pub const ANSWER: Duration = Duration::from_secs(10);

impl Endpoints {
	/// Connect to every node of `urls`; each must answer now.
	pub async fn connect(urls: &[String]) -> Result<Self, Error> {
		let mut endpoints = Vec::new();
		for url in urls {
			let node = Arc::new(Node::connect(url).await?);
			endpoints.push(Endpoint {
				url: url.clone(),
				state: Mutex::new((Some(node), Some(Instant::now()))),
			});
		}
		Ok(Self { endpoints })
	}

	pub fn len(&self) -> usize {
		self.endpoints.len()
	}

	/// Node `k`'s connection, dialled again if it dropped (and not dialled in the last
	/// second); `None` while it does not answer.
	pub async fn node(&self, k: usize) -> Option<Arc<Node>> {
		let endpoint = &self.endpoints[k % self.endpoints.len()];
		let mut state = endpoint.state.lock().await;
		if let Some(node) = &state.0 {
			if node.is_connected() {
				return Some(node.clone());
			}
			eprintln!("{} went away", endpoint.url);
			state.0 = None;
		}
		if state.1.is_some_and(|at| at.elapsed() < REDIAL) {
			return None;
		}
		state.1 = Some(Instant::now());
		match tokio::time::timeout(ANSWER, Node::connect(&endpoint.url)).await {
			Ok(Ok(node)) => {
				eprintln!("{} is back", endpoint.url);
				let node = Arc::new(node);
				state.0 = Some(node.clone());
				Some(node)
			},
			_ => None,
		}
	}

	/// Submit `encoded` to node `k`, or, while it is away, to the next node that answers.
	/// `Err` is the pool's verdict (a refusal), or that no node answers. A request that gets
	/// no answer (the node died under it, or is too slow to answer in [`ANSWER`]) is no
	/// verdict: the next node is tried. Nor are two answers that speak of one node, not of
	/// the extrinsic: a temporary ban (the pool's memory of an extrinsic it dropped to keep
	/// within its limits, or saw in a block of a fork) and a failure to verify it at all (a
	/// node just restarted validates against a block whose state it has discarded). The next
	/// node is asked; such an answer is returned only when every node that answers gives one.
	pub async fn submit(&self, k: usize, encoded: &[u8]) -> Result<(), Error> {
		let mut local = None;
		for offset in 0..self.endpoints.len() {
			let Some(node) = self.node(k + offset).await else { continue };
			match tokio::time::timeout(ANSWER, node.submission(encoded)).await {
				Ok(Ok(())) => return Ok(()),
				// Sent again after a node gave no answer, it may have reached a pool after all
				// (this one's, by gossip): it is in a pool, as asked.
				Ok(Err(Submission::Refused(why))) if why.contains(ALREADY_IMPORTED) => {
					return Ok(())
				},
				Ok(Err(Submission::Refused(why)))
					if why.contains(BANNED) || why.contains(UNVERIFIED) =>
				{
					local = Some(why)
				},
				Ok(Err(Submission::Refused(why))) => return Err(why),
				Ok(Err(Submission::Unanswered(_))) | Err(_) => continue,
			}
		}
		Err(local.unwrap_or_else(|| NO_NODE.into()))
	}

	/// The first node that answers, from `k` on, with its index.
	pub async fn any_from(&self, k: usize) -> Option<(usize, Arc<Node>)> {
		for offset in 0..self.endpoints.len() {
			let index = (k + offset) % self.endpoints.len();
			if let Some(node) = self.node(index).await {
				return Some((index, node));
			}
		}
		None
	}
}

/// How a pool says it holds the extrinsic already (JSON-RPC error 1013).
const ALREADY_IMPORTED: &str = "Transaction Already Imported";

/// How a pool says it dropped the extrinsic recently and will not take it again for a while
/// (JSON-RPC error 1012; `--tx-ban-seconds`, 30 minutes by default).
const BANNED: &str = "Transaction is temporarily banned";

/// How a node says it could not validate the extrinsic (JSON-RPC error 1002), as distinct
/// from finding it invalid (1010) or of unknown validity (1011).
pub const UNVERIFIED: &str = "Verification Error";

/// The error of a submission no node took.
pub const NO_NODE: &str = "no node answers";
