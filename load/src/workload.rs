//! The workloads: what each needs on chain before the run (set up by the dev chain's sudo key
//! and agency), and the calls of the run itself, each with the account that signs it.

use civitas_primitives::{Roles, MICRO_UNIT, UNIT};
use civitas_rpc_client::{
	node::{Error, Node},
	sign::{sign, Chain, Key},
};
use civitas_runtime::{RuntimeCall, RuntimeEvent};
use codec::Encode;
use sp_io::hashing::blake2_256;
use sp_runtime::{traits::Get, BoundedVec};
use std::{
	collections::HashMap,
	time::{Duration, Instant},
};

/// The workloads the generator knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Workload {
	/// `balances.transferKeepAlive` between funded accounts (each pays its fee).
	Transfer,
	/// `health.anchorRecord` by operators of a `HEALTH` agency, for registered citizens.
	Anchor,
	/// `parking.updateOccupancy` batches by lot operators, each over `--batch` of its lots.
	Parking,
	/// `catalog.requestAccess` by operators of several agencies for another's resources.
	Catalog,
	/// Health anchors and transfers in turn, signed by the run's accounts (all operators of
	/// the admin's agency): a city's writing, part free agency work, part paid.
	Mixed,
}

impl Workload {
	pub fn name(self) -> &'static str {
		match self {
			Workload::Transfer => "transfer",
			Workload::Anchor => "anchor",
			Workload::Parking => "parking",
			Workload::Catalog => "catalog",
			Workload::Mixed => "mixed",
		}
	}
}

/// How large a run is.
#[derive(Clone, Copy, Debug)]
pub struct Size {
	/// Extrinsics in the run.
	pub count: usize,
	/// Accounts signing them.
	pub accounts: usize,
	/// Lots per parking batch.
	pub batch: usize,
	/// Agencies asking for catalog resources.
	pub agencies: usize,
}

/// The calls of a run, in submission order, each with the index of the key that signs it.
pub struct Plan {
	pub keys: Vec<Key>,
	pub calls: Vec<(usize, RuntimeCall)>,
	/// Units of work per extrinsic (lot updates per parking batch, else 1).
	pub units_per_call: usize,
}

/// The account that holds the dev chain's sudo key and administers (and operates for) its
/// agency, which holds every role.
pub struct Admin<'a> {
	pub node: &'a Node,
	pub chain: Chain,
	pub key: Key,
}

/// Calls per set-up batch (one `utility.batchAll` each).
const SETUP_BATCH: usize = 250;

impl Admin<'_> {
	/// Send `calls` signed by `key`, in `utility.batchAll`s of `SETUP_BATCH`, and wait until
	/// every batch is in a block and succeeded.
	pub async fn send_as(&self, key: &Key, calls: Vec<RuntimeCall>) -> Result<(), Error> {
		let mut nonce = self.node.next_nonce(&key.account).await?;
		let start = self.node.best_number().await?;
		let mut hashes = Vec::new();
		for chunk in calls.chunks(SETUP_BATCH) {
			let call =
				RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: chunk.to_vec() });
			let signed = sign(&self.chain, key, nonce, call);
			nonce += 1;
			self.node.submit(&signed.encoded).await.map_err(|e| format!("set-up refused: {e}"))?;
			hashes.push(signed.hash);
		}
		self.wait_ok(start, hashes).await
	}

	/// Send `calls` as the sudo key (root), in batches.
	pub async fn sudo(&self, calls: Vec<RuntimeCall>) -> Result<(), Error> {
		let wrapped = calls
			.into_iter()
			.map(|call| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) }))
			.collect();
		self.send_as(&self.key, wrapped).await
	}

	pub async fn send(&self, calls: Vec<RuntimeCall>) -> Result<(), Error> {
		self.send_as(&self.key, calls).await
	}

	/// Wait for every extrinsic of `hashes` to be in a block after `start`, and check that
	/// none failed.
	async fn wait_ok(&self, start: u32, hashes: Vec<[u8; 32]>) -> Result<(), Error> {
		let mut left: HashMap<[u8; 32], ()> = hashes.into_iter().map(|hash| (hash, ())).collect();
		let mut next = start + 1;
		let deadline = Instant::now() + Duration::from_secs(180);
		while !left.is_empty() {
			if Instant::now() > deadline {
				return Err(format!("{} set-up extrinsics not included in 180 s", left.len()));
			}
			if self.node.best_number().await? < next {
				tokio::time::sleep(Duration::from_millis(200)).await;
				continue;
			}
			let block = self.node.block(next).await?;
			let ours: Vec<u32> = block
				.extrinsics
				.iter()
				.enumerate()
				.filter(|(_, hash)| left.remove(*hash).is_some())
				.map(|(index, _)| index as u32)
				.collect();
			if !ours.is_empty() {
				for record in self.node.events(block.hash).await? {
					let frame_system::Phase::ApplyExtrinsic(index) = record.phase else { continue };
					if !ours.contains(&index) {
						continue;
					}
					let failed = match &record.event {
						RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
							dispatch_error,
							..
						}) => Some(format!("{dispatch_error:?}")),
						RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result: Err(e) }) => {
							Some(format!("{e:?}"))
						},
						_ => None,
					};
					if let Some(error) = failed {
						return Err(format!("set-up failed in block {}: {error}", block.number));
					}
				}
			}
			next += 1;
		}
		Ok(())
	}
}

/// The run's keys: `//load//<seed>//<i>`.
fn keys(seed: &str, count: usize) -> Vec<Key> {
	(0..count).map(|i| Key::from_uri(&format!("//load//{seed}//{i}"))).collect()
}

fn fund(keys: &[Key], amount: u128) -> Vec<RuntimeCall> {
	keys.iter()
		.map(|key| {
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: key.account.clone().into(),
				value: amount,
			})
		})
		.collect()
}

fn add_operators<'a>(keys: impl Iterator<Item = &'a Key>) -> Vec<RuntimeCall> {
	keys.map(|key| {
		RuntimeCall::Agencies(pallet_agencies::Call::add_operator { account: key.account.clone() })
	})
	.collect()
}

/// Put on chain what `workload` needs, and return its calls.
pub async fn prepare(
	admin: &Admin<'_>,
	workload: Workload,
	size: Size,
	seed: &str,
) -> Result<Plan, Error> {
	let keys = keys(seed, size.accounts);
	eprintln!("set-up: funding {} accounts", keys.len());
	admin.send(fund(&keys, 100 * UNIT)).await?;
	let count = size.count;
	let n = keys.len();
	match workload {
		Workload::Transfer => {
			let calls = (0..count).map(|i| (i % n, transfer(&keys, i))).collect();
			Ok(Plan { keys, calls, units_per_call: 1 })
		},
		Workload::Anchor => {
			let citizens = anchor_set_up(admin, &keys, count, seed).await?;
			let calls = (0..count).map(|i| (i % n, anchor(&citizens, seed, i))).collect();
			Ok(Plan { keys, calls, units_per_call: 1 })
		},
		Workload::Mixed => {
			let citizens = anchor_set_up(admin, &keys, count.div_ceil(2), seed).await?;
			let calls = (0..count)
				.map(|i| {
					let call = if i % 2 == 0 {
						anchor(&citizens, seed, i / 2)
					} else {
						transfer(&keys, i)
					};
					(i % n, call)
				})
				.collect();
			Ok(Plan { keys, calls, units_per_call: 1 })
		},
		Workload::Parking => {
			let first: u32 = admin.node.storage("Parking", "NextLotId").await?.unwrap_or(0);
			let batch = size.batch;
			eprintln!("set-up: registering {} lots ({batch} per account)", n * batch);
			let mut lots = Vec::new();
			for (a, key) in keys.iter().enumerate() {
				for j in 0..batch {
					// One lot per grid cell, on a 0.005° lattice north-east of Beijing's centre.
					let index = (a * batch + j) as i32;
					lots.push(RuntimeCall::Parking(pallet_parking::Call::register_lot {
						name: label(format!("load-{a}-{j}")),
						lat_e6: 39_000_000 + (index / 200) * 5_000,
						lon_e6: 116_000_000 + (index % 200) * 5_000,
						capacity: 500,
						price_per_hour: 600,
						operator: key.account.clone(),
					}));
				}
			}
			admin.send(lots).await?;
			let calls = (0..count)
				.map(|i| {
					let a = i % n;
					let base = first + (a * batch) as u32;
					let updates: Vec<(u32, u32)> =
						(0..batch as u32).map(|j| (base + j, ((i as u32) + j) % 500)).collect();
					let call = RuntimeCall::Parking(pallet_parking::Call::update_occupancy {
						updates: updates.try_into().expect("--batch is at most MaxBatch"),
					});
					(a, call)
				})
				.collect();
			Ok(Plan { keys, calls, units_per_call: batch })
		},
		Workload::Catalog => {
			let agencies = size.agencies.max(1);
			if n < agencies {
				return Err(format!("--accounts ({n}) must be at least --agencies ({agencies})"));
			}
			let admins: Vec<Key> = (0..agencies)
				.map(|k| Key::from_uri(&format!("//load//{seed}//admin//{k}")))
				.collect();
			eprintln!("set-up: {agencies} requesting agencies");
			admin.send(fund(&admins, 100 * UNIT)).await?;
			admin
				.sudo(
					admins
						.iter()
						.enumerate()
						.map(|(k, key)| {
							RuntimeCall::Agencies(pallet_agencies::Call::register_agency {
								name: label(format!("Load bureau {seed}/{k}")),
								roles: Roles::TRANSPORT,
								admin: key.account.clone(),
								district: None,
							})
						})
						.collect(),
				)
				.await?;
			// Operator i works for agency i % agencies.
			for (k, agency_admin) in admins.iter().enumerate() {
				let operators = keys.iter().skip(k).step_by(agencies);
				admin.send_as(agency_admin, add_operators(operators)).await?;
			}
			// One pending request per agency and resource: each agency asks for a resource
			// once, so the run needs count / agencies resources.
			let resources = count.div_ceil(agencies);
			let first: u64 = admin.node.storage("Catalog", "NextResourceId").await?.unwrap_or(0);
			eprintln!("set-up: publishing {resources} resources");
			admin
				.send(
					(0..resources)
						.map(|r| {
							RuntimeCall::Catalog(pallet_catalog::Call::publish_resource {
								title: label(format!("Dataset {r}")),
								category: label("load.test".into()),
								schema_hash: blake2_256(&(seed, "schema", r as u64).encode()),
								sensitivity: pallet_catalog::Sensitivity::Internal,
								level: pallet_catalog::Level::City,
							})
						})
						.collect(),
				)
				.await?;
			let calls = (0..count)
				.map(|i| {
					let k = i % agencies;
					let round = i / agencies;
					// The operators of agency k are keys k, k + agencies, k + 2 × agencies, ...
					let per_agency = n.div_ceil(agencies).max(1);
					let mut signer = k + (round % per_agency) * agencies;
					if signer >= n {
						signer = k;
					}
					let call = RuntimeCall::Catalog(pallet_catalog::Call::request_access {
						resource: first + round as u64,
						purpose: 7,
						justification_hash: blake2_256(&(seed, "why", i as u64).encode()),
						duration: 1_000,
					});
					(signer, call)
				})
				.collect();
			Ok(Plan { keys, calls, units_per_call: 1 })
		},
	}
}

/// The `i`-th transfer: key `i` pays a micro-unit to the next key.
fn transfer(keys: &[Key], i: usize) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: keys[(i + 1) % keys.len()].account.clone().into(),
		value: MICRO_UNIT,
	})
}

/// Records held per citizen in the anchor workloads (a citizen holds at most 1,024).
const RECORDS_PER_CITIZEN: usize = 1_000;

/// Make `keys` operators of the admin's agency and register the citizens `anchors` records
/// need; returns the citizens.
async fn anchor_set_up(
	admin: &Admin<'_>,
	keys: &[Key],
	anchors: usize,
	seed: &str,
) -> Result<Vec<[u8; 32]>, Error> {
	eprintln!("set-up: {} operators of the admin's agency", keys.len());
	admin.send(add_operators(keys.iter())).await?;
	let citizens: Vec<[u8; 32]> = (0..anchors.div_ceil(RECORDS_PER_CITIZEN))
		.map(|c| blake2_256(&(seed, "citizen", c as u64).encode()))
		.collect();
	eprintln!("set-up: registering {} citizens", citizens.len());
	admin
		.send(
			citizens
				.iter()
				.map(|citizen| {
					RuntimeCall::Citizens(pallet_citizens::Call::register_citizen {
						citizen: *citizen,
						account: None,
					})
				})
				.collect(),
		)
		.await?;
	Ok(citizens)
}

/// The `j`-th health anchor: a lab result of citizen `j / RECORDS_PER_CITIZEN`.
fn anchor(citizens: &[[u8; 32]], seed: &str, j: usize) -> RuntimeCall {
	RuntimeCall::Health(pallet_health::Call::anchor_record {
		citizen: citizens[j / RECORDS_PER_CITIZEN],
		kind: pallet_health::RecordKind::LabResult,
		record_hash: blake2_256(&(seed, j as u64).encode()),
	})
}

/// A name or title for a call whose argument is bounded in its type; the load
/// generator's own labels are short, so one that does not fit is a bug here.
fn label<S: Get<u32>>(text: String) -> BoundedVec<u8, S> {
	let len = text.len();
	text.into_bytes()
		.try_into()
		.unwrap_or_else(|_| panic!("a label of {len} bytes is longer than the runtime allows"))
}
