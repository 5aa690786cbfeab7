//! civitas-load: pre-sign a workload of extrinsics, submit it to one or more nodes, and
//! measure what the chain made of it.
//!
//! Figures (JSON, stdout): extrinsics included per second of chain time (from the blocks'
//! timestamps, first block carrying the run to last, and in the steady state between them),
//! submission-to-inclusion and submission-to-finality p50/p95/max, extrinsics per block, and
//! the pool's refusals by message. Progress goes to stderr. Set-up (funding, operators,
//! citizens, lots, resources) uses the dev chain's Alice: sudo key, admin and operator of its
//! all-roles agency.

mod endpoints;
mod workload;

use civitas_rpc_client::node::{Error, Node};
use civitas_rpc_client::sign::{sign, Chain, Key, Signed};
use clap::Parser;
use endpoints::{Endpoints, NO_NODE, UNVERIFIED};
use serde_json::json;
use std::{
	collections::{BTreeMap, HashMap},
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};
use workload::{Admin, Size, Workload};

#[derive(Parser, Debug)]
#[command(name = "civitas-load", about = "Load generator for a Civitas dev chain or network")]
struct Args {
	/// WebSocket RPC endpoints; the accounts are shared out among them (each account's
	/// extrinsics all go to one node), blocks are read from the first.
	#[arg(long = "url", default_value = "ws://127.0.0.1:9944")]
	urls: Vec<String>,
	/// What to send.
	#[arg(long, value_enum, default_value = "transfer")]
	workload: Workload,
	/// Extrinsics in the run.
	#[arg(long, default_value_t = 10_000)]
	count: usize,
	/// Accounts signing them (operators of the dev agency for domain workloads, at most 999).
	#[arg(long, default_value_t = 500)]
	accounts: usize,
	/// Lot updates per parking batch (at most 1,000).
	#[arg(long, default_value_t = 1_000)]
	batch: usize,
	/// Agencies asking for resources in the catalog workload.
	#[arg(long, default_value_t = 8)]
	agencies: usize,
	/// At most this many extrinsics submitted and not yet in a block. The default keeps about
	/// a block and a half waiting: with one block's worth (6,000) the author often found the
	/// pool empty before the block was full; with 15,000 the node, validating the queue on
	/// the same two cores, built blocks so slowly that some missed their slot.
	#[arg(long, default_value_t = 9_000)]
	window: usize,
	/// Offer at most this many extrinsics a second, evenly paced (0: as fast as the window
	/// and the nodes allow). A paced run measures latency at a sustained load; an unpaced
	/// one measures capacity, and its latencies include the queue it builds.
	#[arg(long, default_value_t = 0.0)]
	rate: f64,
	/// Submissions in flight at once (RPC requests awaiting an answer).
	#[arg(long, default_value_t = 128)]
	parallel: usize,
	/// Give up when nothing new is included or finalized for this many seconds.
	#[arg(long, default_value_t = 60)]
	stall_secs: u64,
	/// Distinguishes the accounts and records of one run from another's on the same chain.
	#[arg(long, default_value = "0")]
	seed: String,
	/// Act as a client that outlives its node: send again, to its node or the next that
	/// answers, any extrinsic accepted this many seconds ago and still in no block (a node
	/// killed with it in its pool loses it). 0: never. The same signed bytes are sent, so one
	/// that was included after all is refused as stale, never applied twice.
	#[arg(long, default_value_t = 0)]
	resubmit_secs: u64,
	/// Stop submitting this many seconds after the start, sent or not (0: when all are
	/// sent). A run of so many minutes at `--rate` must end on time even where the chain
	/// carries less than is offered.
	#[arg(long, default_value_t = 0)]
	max_secs: u64,
}

/// What became of each extrinsic of the run.
#[derive(Default)]
struct Tracker {
	index: HashMap<[u8; 32], usize>,
	submitted: Vec<Option<Instant>>,
	included: Vec<Option<(Instant, u32)>>,
	finalized: Vec<Option<Instant>>,
	rejected: BTreeMap<String, usize>,
	/// Per best-chain block we read: its timestamp and how many of ours it carried.
	blocks: BTreeMap<u32, (u64, usize)>,
	included_count: usize,
	finalized_count: usize,
	rejected_count: usize,
	/// Submissions the pool turned away for want of room (each retried).
	pool_full: usize,
	/// When each extrinsic was last sent again (`--resubmit-secs`).
	resent: Vec<Option<Instant>>,
	/// Extrinsics sent again at least once, and sends in all.
	resubmitted: usize,
	resubmissions: usize,
}

impl Tracker {
	/// The run's extrinsics among a block's.
	fn ours(&self, extrinsics: &[[u8; 32]]) -> Vec<usize> {
		extrinsics.iter().filter_map(|hash| self.index.get(hash).copied()).collect()
	}

	/// A best block `number` we read carries `ours`: included (the first time seen).
	fn include(&mut self, number: u32, ours: &[usize], now: Instant) {
		for &i in ours {
			if self.included[i].is_none() {
				self.included[i] = Some((now, number));
				self.included_count += 1;
			}
		}
	}

	/// Block `number` is finalized. `read` are the run's extrinsics in the block we read at
	/// that height; `canonical`, those in the finalized block when it is another one (a fork
	/// we read lost). What only the lost block carried is in no block after all (unless a
	/// later block we read carries it again): counted as included no longer, it is waited for,
	/// and sent again, like any other.
	fn finalize(
		&mut self,
		number: u32,
		read: Vec<usize>,
		canonical: Option<Vec<usize>>,
		now: Instant,
	) {
		let ours = match canonical {
			None => read,
			Some(ours) => {
				let kept: std::collections::HashSet<usize> = ours.iter().copied().collect();
				for i in read {
					if !kept.contains(&i)
						&& self.finalized[i].is_none()
						&& self.included[i].is_some_and(|(_, at)| at == number)
					{
						self.included[i] = None;
						self.included_count -= 1;
					}
				}
				ours
			},
		};
		self.include(number, &ours, now);
		for i in ours {
			if self.finalized[i].is_none() {
				self.finalized[i] = Some(now);
				self.finalized_count += 1;
			}
		}
	}
}

/// The pool's answer when it has no room (`1016 Immediately Dropped`).
const POOL_FULL: &str = "Immediately Dropped";

fn percentiles(mut values: Vec<f64>) -> serde_json::Value {
	if values.is_empty() {
		return json!(null);
	}
	values.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
	let at = |p: f64| values[((values.len() - 1) as f64 * p).round() as usize];
	json!({ "p50": at(0.5).round(), "p95": at(0.95).round(), "max": values[values.len() - 1].round() })
}

#[tokio::main]
async fn main() {
	let args = Args::parse();
	match run(args).await {
		Ok(report) => println!("{}", serde_json::to_string_pretty(&report).expect("JSON")),
		Err(error) => {
			eprintln!("civitas-load: {error}");
			std::process::exit(1);
		},
	}
}

async fn run(args: Args) -> Result<serde_json::Value, Error> {
	let nodes = Arc::new(Endpoints::connect(&args.urls).await?);
	let watch = nodes.node(0).await.ok_or("the first node went away during set-up")?;
	let (spec_version, tx_version) = watch.versions().await?;
	let chain = Chain { genesis: watch.genesis().await?, spec_version, tx_version };
	let admin = Admin { node: &watch, chain, key: Key::from_uri("//Alice") };
	let size = Size {
		count: args.count,
		accounts: args.accounts.max(1),
		batch: args.batch,
		agencies: args.agencies,
	};
	let plan = workload::prepare(&admin, args.workload, size, &args.seed).await?;

	// Pre-sign everything before the clock starts.
	let signing = Instant::now();
	let mut nonces = Vec::with_capacity(plan.keys.len());
	for key in &plan.keys {
		nonces.push(watch.next_nonce(&key.account).await?);
	}
	let mut signers = Vec::with_capacity(plan.calls.len());
	let signed: Vec<Signed> = plan
		.calls
		.into_iter()
		.map(|(signer, call)| {
			let nonce = nonces[signer];
			nonces[signer] += 1;
			signers.push(signer);
			sign(&chain, &plan.keys[signer], nonce, call)
		})
		.collect();
	let total_bytes: usize = signed.iter().map(|xt| xt.encoded.len()).sum();
	eprintln!(
		"signed {} extrinsics ({} bytes on average) in {:.1} s",
		signed.len(),
		total_bytes / signed.len().max(1),
		signing.elapsed().as_secs_f64()
	);

	let tracker = Arc::new(Mutex::new(Tracker {
		index: signed.iter().enumerate().map(|(i, xt)| (xt.hash, i)).collect(),
		submitted: vec![None; signed.len()],
		included: vec![None; signed.len()],
		finalized: vec![None; signed.len()],
		resent: vec![None; signed.len()],
		..Default::default()
	}));
	let resubmitter = (args.resubmit_secs > 0).then(|| {
		let encoded: Vec<Vec<u8>> = signed.iter().map(|xt| xt.encoded.clone()).collect();
		tokio::spawn(resubmit(
			nodes.clone(),
			tracker.clone(),
			encoded,
			signers.clone(),
			Duration::from_secs(args.resubmit_secs),
		))
	});
	let start_block = watch.best_number().await?;
	let start_finalized = watch.finalized_number().await?;
	let first = watch.block(start_block).await?;
	tracker.lock().unwrap().blocks.insert(start_block, (first.timestamp, 0));

	let watcher =
		tokio::spawn(follow(nodes.clone(), tracker.clone(), start_block, start_finalized));
	let started = Instant::now();
	let submitted = submit_all(&nodes, &tracker, signed, signers.clone(), &args).await;
	let submit_secs = started.elapsed().as_secs_f64();
	eprintln!("submitted {submitted} in {submit_secs:.1} s; waiting for finality");

	// Wait until everything accepted is finalized, or nothing moves for `stall_secs`.
	let mut last = (0, 0);
	let mut last_change = Instant::now();
	loop {
		let (included, finalized, rejected) = {
			let t = tracker.lock().unwrap();
			(t.included_count, t.finalized_count, t.rejected_count)
		};
		if finalized + rejected >= submitted {
			break;
		}
		if (included, finalized) != last {
			last = (included, finalized);
			last_change = Instant::now();
		} else if last_change.elapsed() > Duration::from_secs(args.stall_secs) {
			eprintln!("stalled: {included} included, {finalized} finalized of {submitted}");
			break;
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	watcher.abort();
	if let Some(resubmitter) = resubmitter {
		resubmitter.abort();
	}

	let t = tracker.lock().unwrap();
	let ours: Vec<(&u32, &(u64, usize))> = t.blocks.iter().filter(|(_, (_, n))| *n > 0).collect();
	let (first_block, last_block) = match (ours.first(), ours.last()) {
		(Some(first), Some(last)) => (*first.0, *last.0),
		_ => return Err("no extrinsic of the run was included".into()),
	};
	// Chain time from the end of the block before the first one carrying the run to the end
	// of the last one: the timestamps of those two blocks.
	let before = t.blocks.range(..first_block).next_back().map(|(_, (ts, _))| *ts);
	let end = t.blocks[&last_block].0;
	let span_ms = before.map(|ts| end.saturating_sub(ts)).unwrap_or(0);
	let in_span: usize = ours.iter().map(|(_, (_, n))| *n).sum();
	let per_sec = if span_ms > 0 { in_span as f64 * 1_000.0 / span_ms as f64 } else { 0.0 };
	// The steady state: the blocks after the first carrying the run and before the last,
	// which are partly filled while the load ramps up and drains.
	let steady: Vec<(u64, usize)> =
		t.blocks.range(first_block..last_block).map(|(_, block)| *block).collect();
	let sustained = match (steady.first(), steady.last()) {
		(Some(&(from, _)), Some(&(to, _))) if steady.len() >= 2 && to > from => {
			let carried: usize = steady[1..].iter().map(|(_, n)| *n).sum();
			Some(carried as f64 * 1_000.0 / (to - from) as f64)
		},
		_ => None,
	};
	let inclusion: Vec<f64> = (0..t.submitted.len())
		.filter_map(|i| Some((t.included[i]?.0 - t.submitted[i]?).as_secs_f64() * 1_000.0))
		.collect();
	let finality: Vec<f64> = (0..t.submitted.len())
		.filter_map(|i| Some((t.finalized[i]? - t.submitted[i]?).as_secs_f64() * 1_000.0))
		.collect();
	let per_block: Vec<usize> = ours.iter().map(|(_, (_, n))| *n).collect();
	let mut lost_by_node = vec![0usize; nodes.len()];
	for i in 0..t.submitted.len() {
		if t.submitted[i].is_some() && t.included[i].is_none() {
			lost_by_node[signers[i] % nodes.len()] += 1;
		}
	}
	Ok(json!({
		"workload": args.workload.name(),
		"nodes": args.urls,
		"count": t.submitted.len(),
		"accounts": plan.keys.len(),
		"unitsPerExtrinsic": plan.units_per_call,
		"submitted": submitted,
		"rejected": t.rejected_count,
		"rejections": t.rejected,
		"poolFullRetries": t.pool_full,
		// Accepted, then in no block after `--resubmit-secs`, so sent again (and sends in
		// all): what a client whose node died had to do.
		"resubmitted": t.resubmitted,
		"resubmissions": t.resubmissions,
		"included": t.included_count,
		// Accepted by a node but never seen in a block (dropped from the pool).
		"lost": submitted - t.rejected_count - t.included_count,
		// ... by the node they were handed to.
		"lostByNode": lost_by_node,
		"finalized": t.finalized_count,
		"submitSeconds": (submit_secs * 10.0).round() / 10.0,
		"offeredPerSecond": (args.rate > 0.0).then_some(args.rate),
		"blocks": { "first": first_block, "last": last_block, "count": last_block - first_block + 1,
			"maxPerBlock": per_block.iter().max(), "chainTimeMs": span_ms },
		"includedPerSecond": per_sec.round(),
		"unitsPerSecond": (per_sec * plan.units_per_call as f64).round(),
		// Null when the run spans fewer than three blocks.
		"sustainedPerSecond": sustained.map(f64::round),
		"sustainedUnitsPerSecond": sustained.map(|rate| (rate * plan.units_per_call as f64).round()),
		"inclusionMs": percentiles(inclusion),
		"finalityMs": percentiles(finality),
	}))
}

/// Submit every extrinsic, at most `window` of them awaiting inclusion and `parallel`
/// awaiting a node's answer, and with `--rate` the i-th not before i / rate seconds after
/// the start. Each account's extrinsics go one after the other, in nonce order (one task per
/// account), and all to the same node (account k to node k mod nodes, as an agency's systems
/// use the agency's node), so none waits in a pool's future queue for a predecessor that is
/// still on the wire or was sent to another node. Returns how many were submitted.
async fn submit_all(
	nodes: &Arc<Endpoints>,
	tracker: &Arc<Mutex<Tracker>>,
	signed: Vec<Signed>,
	signers: Vec<usize>,
	args: &Args,
) -> usize {
	let total = signed.len();
	let mut queues: BTreeMap<usize, Vec<(usize, Signed)>> = BTreeMap::new();
	for (i, (xt, signer)) in signed.into_iter().zip(signers).enumerate() {
		queues.entry(signer).or_default().push((i, xt));
	}
	let permits = Arc::new(tokio::sync::Semaphore::new(args.parallel));
	let sent = Arc::new(AtomicUsize::new(0));
	let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
	let window = args.window;
	let begin = tokio::time::Instant::now();
	let pace = (args.rate > 0.0).then(|| 1.0 / args.rate);
	let mut tasks = Vec::new();
	for (signer, queue) in queues {
		let nodes = nodes.clone();
		let (tracker, permits, sent, stop) =
			(tracker.clone(), permits.clone(), sent.clone(), stop.clone());
		tasks.push(tokio::spawn(async move {
			for (i, xt) in queue {
				if let Some(pace) = pace {
					tokio::time::sleep_until(begin + Duration::from_secs_f64(i as f64 * pace))
						.await;
				}
				// Wait for room in the window.
				loop {
					if stop.load(Ordering::Relaxed) {
						return;
					}
					let done = {
						let t = tracker.lock().unwrap();
						t.included_count + t.rejected_count
					};
					if sent.load(Ordering::Relaxed) < done + window {
						break;
					}
					tokio::time::sleep(Duration::from_millis(20)).await;
				}
				let _permit = permits.acquire().await.expect("never closed");
				sent.fetch_add(1, Ordering::Relaxed);
				tracker.lock().unwrap().submitted[i] = Some(Instant::now());
				let mut outcome = nodes.submit(signer, &xt.encoded).await;
				// A full pool is back-pressure, not a verdict: wait for room and send again
				// (the latency still counts from the first attempt); so is no node answering,
				// and, for a while (10 s), no node able to verify it.
				let mut unverified = 0;
				while let Err(error) = &outcome {
					if error.contains(POOL_FULL) {
						tracker.lock().unwrap().pool_full += 1;
					} else if error.contains(UNVERIFIED) && unverified < 40 {
						unverified += 1;
					} else if error != NO_NODE || stop.load(Ordering::Relaxed) {
						break;
					}
					tokio::time::sleep(Duration::from_millis(250)).await;
					outcome = nodes.submit(signer, &xt.encoded).await;
				}
				if let Err(error) = outcome {
					// The account's later extrinsics wait for this one's nonce: say why.
					eprintln!("refused: account {signer}'s extrinsic {i}: {error}");
					let mut t = tracker.lock().unwrap();
					t.submitted[i] = None;
					t.rejected_count += 1;
					*t.rejected.entry(error).or_default() += 1;
				}
			}
		}));
	}
	// Report progress; stop when the window is full and nothing lands for `stall_secs`
	// (the nodes dropped what they had accepted).
	let mut progress = (0, Instant::now());
	while tasks.iter().any(|task| !task.is_finished()) {
		tokio::time::sleep(Duration::from_secs(1)).await;
		let t = tracker.lock().unwrap();
		let submitted = sent.load(Ordering::Relaxed);
		eprintln!(
			"{submitted}/{total} submitted, {} included, {} finalized, {} refused",
			t.included_count, t.finalized_count, t.rejected_count
		);
		if args.max_secs > 0
			&& begin.elapsed() >= Duration::from_secs(args.max_secs)
			&& !stop.swap(true, Ordering::Relaxed)
		{
			eprintln!("{} s passed: stopping submission", args.max_secs);
		}
		if t.included_count != progress.0 {
			progress = (t.included_count, Instant::now());
		} else if progress.1.elapsed() > Duration::from_secs(args.stall_secs) {
			eprintln!("nothing included for {} s: stopping submission", args.stall_secs);
			stop.store(true, Ordering::Relaxed);
		}
	}
	sent.load(Ordering::Relaxed)
}

/// Read every new best and finalized block and mark the run's extrinsics in them, from the
/// first node, or from the next that answers while it is away.
async fn follow(
	nodes: Arc<Endpoints>,
	tracker: Arc<Mutex<Tracker>>,
	mut best: u32,
	mut finalized: u32,
) {
	// Extrinsics of each best-chain block read, by number, until finalized.
	let mut seen: BTreeMap<u32, (sp_core::H256, Vec<usize>)> = BTreeMap::new();
	let mut from = 0;
	loop {
		if let Some((index, node)) = nodes.any_from(from).await {
			from = index;
			// A node that holds a request (restarting, swamped) must not stop the count:
			// after a while, read from the next one.
			let read = step(&node, &tracker, &mut best, &mut finalized, &mut seen);
			match tokio::time::timeout(endpoints::ANSWER, read).await {
				Ok(Ok(())) => {},
				Ok(Err(error)) => {
					eprintln!("watcher: {error}");
					if !node.is_connected() {
						from += 1;
					}
				},
				Err(_) => {
					eprintln!("watcher: {} did not answer in {:?}", node.url, endpoints::ANSWER);
					from += 1;
				},
			}
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
}

/// Every second, send again (in submission order) each extrinsic that was accepted `after`
/// ago or more and is still in no block, and was not sent again in the last `after`.
async fn resubmit(
	nodes: Arc<Endpoints>,
	tracker: Arc<Mutex<Tracker>>,
	encoded: Vec<Vec<u8>>,
	signers: Vec<usize>,
	after: Duration,
) {
	loop {
		tokio::time::sleep(Duration::from_secs(1)).await;
		let due: Vec<usize> = {
			let mut t = tracker.lock().unwrap();
			let due: Vec<usize> = (0..encoded.len())
				.filter(|&i| {
					t.included[i].is_none()
						&& t.submitted[i].is_some_and(|at| at.elapsed() >= after)
						&& t.resent[i].is_none_or(|at| at.elapsed() >= after)
				})
				.collect();
			for &i in &due {
				if t.resent[i].is_none() {
					t.resubmitted += 1;
				}
				t.resent[i] = Some(Instant::now());
				t.resubmissions += 1;
			}
			due
		};
		if !due.is_empty() {
			eprintln!("sending {} extrinsics again", due.len());
		}
		// The pool's verdict does not decide anything here (one already in a pool or a block
		// is refused, one that was lost is taken), but it says why an extrinsic keeps coming
		// back: the refusals of each round are counted and printed.
		let mut refusals: BTreeMap<String, usize> = BTreeMap::new();
		for i in due {
			if let Err(why) = nodes.submit(signers[i], &encoded[i]).await {
				*refusals.entry(why).or_default() += 1;
			}
		}
		for (why, count) in refusals {
			eprintln!("  sent again, refused {count}: {why}");
		}
	}
}

async fn step(
	node: &Node,
	tracker: &Mutex<Tracker>,
	best: &mut u32,
	finalized: &mut u32,
	seen: &mut BTreeMap<u32, (sp_core::H256, Vec<usize>)>,
) -> Result<(), Error> {
	let head = node.best_number().await?;
	while *best < head {
		let block = node.block(*best + 1).await?;
		let now = Instant::now();
		let mut t = tracker.lock().unwrap();
		let ours = t.ours(&block.extrinsics);
		t.include(block.number, &ours, now);
		t.blocks.insert(block.number, (block.timestamp, ours.len()));
		seen.insert(block.number, (block.hash, ours));
		*best += 1;
	}
	let head = node.finalized_number().await?;
	while *finalized < head {
		let number = *finalized + 1;
		let hash = node.hash_of(number).await?;
		// A block we read on a fork that was not finalized: read the finalized one. (The
		// entry stays in `seen` until this is read: a read cut short is read again.)
		let finalized_block = match seen.get(&number) {
			Some((seen_hash, _)) if *seen_hash == hash => None,
			_ => Some(node.block(number).await?),
		};
		let (_, read) = seen.remove(&number).unwrap_or_default();
		let mut t = tracker.lock().unwrap();
		let canonical = finalized_block.map(|block| t.ours(&block.extrinsics));
		t.finalize(number, read, canonical, Instant::now());
		*finalized = number;
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	fn tracker(n: usize) -> Tracker {
		Tracker {
			submitted: vec![None; n],
			included: vec![None; n],
			finalized: vec![None; n],
			resent: vec![None; n],
			..Default::default()
		}
	}

	#[test]
	fn a_block_finalized_as_read_finalizes_what_it_carried() {
		let mut t = tracker(4);
		t.include(7, &[0, 1], Instant::now());
		t.finalize(7, vec![0, 1], None, Instant::now());
		assert_eq!((t.included_count, t.finalized_count), (2, 2));
		assert!(t.finalized[0].is_some() && t.finalized[1].is_some() && t.finalized[2].is_none());
	}

	#[test]
	fn what_only_a_lost_fork_carried_is_included_no_longer() {
		let mut t = tracker(6);
		// Read at #7: a block carrying 0, 1 and 2; at #8 (on the winning chain): 2 and 3.
		t.include(7, &[0, 1, 2], Instant::now());
		t.include(8, &[2, 3], Instant::now());
		// The block finalized at #7 is another, carrying 1 and 4.
		t.finalize(7, vec![0, 1, 2], Some(vec![1, 4]), Instant::now());
		// 0 is in no block: waited for again. 1 and 4 are final. 2 was in the lost block
		// first: not included until #8 is finalized.
		assert!(t.included[0].is_none() && t.finalized[0].is_none());
		assert!(t.finalized[1].is_some() && t.finalized[4].is_some());
		assert!(t.included[2].is_none());
		assert_eq!((t.included_count, t.finalized_count), (3, 2));
		t.finalize(8, vec![2, 3], None, Instant::now());
		assert_eq!(t.included[2].map(|(_, at)| at), Some(8));
		assert_eq!((t.included_count, t.finalized_count), (4, 4));
		assert!(t.included[5].is_none());
	}

	#[test]
	fn percentiles_pick_the_nearest_rank() {
		let values: Vec<f64> = (1..=100).map(f64::from).collect();
		assert_eq!(percentiles(values), json!({ "p50": 51.0, "p95": 95.0, "max": 100.0 }));
		assert_eq!(percentiles(vec![7.4]), json!({ "p50": 7.0, "p95": 7.0, "max": 7.0 }));
		assert_eq!(percentiles(Vec::new()), json!(null));
	}
}
