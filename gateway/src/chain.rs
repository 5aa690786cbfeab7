//! The gateway's view of the chain: its node's finalized head, followed over JSON-RPC, and
//! what the checks need read from storage at that head with the runtime's own types (keys
//! from the pallets' `hashed_key_for`, values decoded as the runtime encodes them).
//!
//! Reads are cached per finalized block: every request decided at one head reads each key
//! from the node once. The last [`CACHED_BLOCKS`] blocks' reads are kept, so that requests
//! still deciding at the previous head when the head moves do not evict the new head's reads
//! (and the other way round).

use crate::policy::{ChainView, GrantState, RecordState};
use civitas_rpc_client::node::{Error, Node};
use civitas_runtime::{AccountId, Runtime, RuntimeEvent};
use codec::Decode;
use pallet_catalog::{Grant, GrantStatus};
use sp_core::H256;
use std::{
	collections::{BTreeMap, HashMap, VecDeque},
	sync::{Mutex, RwLock},
	time::Instant,
};

/// Raw storage values (`None`: no value) read at one block.
type Reads = HashMap<Vec<u8>, Option<Vec<u8>>>;

/// How many blocks' reads are kept.
const CACHED_BLOCKS: usize = 4;

/// The reads of the last few blocks, newest last.
type Cache = VecDeque<(H256, Reads)>;

type AccountInfo = frame_system::AccountInfo<u32, pallet_balances::AccountData<u128>>;

/// The finalized head as last seen, and when.
#[derive(Clone, Debug)]
pub struct Head {
	pub finalized: u32,
	pub hash: H256,
	pub best: u32,
	pub refreshed: Instant,
}

/// A finalized block as the gateway acts on it.
pub struct Finalized {
	pub number: u32,
	pub hash: H256,
	pub events: Vec<RuntimeEvent>,
	/// The hash of each extrinsic, in block order.
	pub extrinsics: Vec<[u8; 32]>,
}

/// A health record, as the gateway needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordFacts {
	pub issuer: u32,
	pub erased: bool,
	/// The hash of its current document.
	pub hash: [u8; 32],
}

/// A peer gateway as the chain names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
	pub agency: u32,
	pub endpoint: String,
	pub tls_key: [u8; 32],
}

pub struct Chain {
	pub node: Node,
	/// The agency this gateway acts for.
	pub me: u32,
	head: RwLock<Head>,
	cache: Mutex<Cache>,
}

impl Chain {
	pub async fn connect(url: &str, me: u32) -> Result<Self, Error> {
		let node = Node::connect(url).await?;
		let (finalized, hash) = node.finalized_head().await?;
		let best = node.best_number().await?;
		let head = Head { finalized, hash, best, refreshed: Instant::now() };
		Ok(Self { node, me, head: RwLock::new(head), cache: Mutex::new(VecDeque::new()) })
	}

	pub fn head(&self) -> Head {
		self.head.read().expect("not poisoned").clone()
	}

	/// Ask the node for its heads; the new finalized head if it moved.
	pub async fn refresh(&self) -> Result<Head, Error> {
		let (finalized, hash) = self.node.finalized_head().await?;
		let best = self.node.best_number().await?;
		let head = Head { finalized, hash, best, refreshed: Instant::now() };
		*self.head.write().expect("not poisoned") = head.clone();
		Ok(head)
	}

	/// Finalized block `number`: its events and extrinsics.
	pub async fn finalized_block(&self, number: u32) -> Result<Finalized, Error> {
		let hash = self.node.hash_of(number).await?;
		let events = self.node.events(hash).await?.into_iter().map(|record| record.event).collect();
		let extrinsics = self.node.extrinsic_hashes(hash).await?;
		Ok(Finalized { number, hash, events, extrinsics })
	}

	/// The value at `key` at block `at`, through the cache.
	async fn read<T: Decode>(&self, key: Vec<u8>, at: H256) -> Result<Option<T>, Error> {
		let cached = {
			let cache = self.cache.lock().expect("not poisoned");
			cache
				.iter()
				.rev()
				.find(|(block, _)| *block == at)
				.and_then(|(_, reads)| reads.get(&key).cloned())
		};
		let raw = match cached {
			Some(raw) => raw,
			None => {
				let raw = self.node.read_raw(&key, Some(at)).await?;
				let mut cache = self.cache.lock().expect("not poisoned");
				match cache.iter_mut().find(|(block, _)| *block == at) {
					Some((_, reads)) => {
						reads.insert(key, raw.clone());
					},
					None => {
						if cache.len() == CACHED_BLOCKS {
							cache.pop_front();
						}
						cache.push_back((at, HashMap::from([(key, raw.clone())])));
					},
				}
				raw
			},
		};
		raw.map(|bytes| T::decode(&mut &bytes[..]).map_err(|error| error.to_string())).transpose()
	}

	pub async fn agency_active(&self, agency: u32, at: H256) -> Result<bool, Error> {
		let key = pallet_agencies::Agencies::<Runtime>::hashed_key_for(agency);
		let record: Option<pallet_agencies::AgencyOf<Runtime>> = self.read(key, at).await?;
		Ok(record.is_some_and(|record| record.status == pallet_agencies::AgencyStatus::Active))
	}

	/// The agency `account` is an operator of, if any.
	pub async fn operator_of(&self, account: &AccountId, at: H256) -> Result<Option<u32>, Error> {
		self.read(pallet_agencies::OperatorOf::<Runtime>::hashed_key_for(account), at).await
	}

	/// The gateway `agency` has named on chain, if any.
	pub async fn gateway_of(&self, agency: u32, at: H256) -> Result<Option<Peer>, Error> {
		let key = pallet_agencies::Gateways::<Runtime>::hashed_key_for(agency);
		let gateway: Option<pallet_agencies::GatewayOf<Runtime>> = self.read(key, at).await?;
		Ok(gateway.map(|gateway| Peer {
			agency,
			endpoint: String::from_utf8_lossy(&gateway.endpoint).into_owned(),
			tls_key: gateway.tls_key,
		}))
	}

	/// The owner of catalog resource `resource`, if it exists and is not retired.
	pub async fn resource_owner(&self, resource: u64, at: H256) -> Result<Option<u32>, Error> {
		let key = pallet_catalog::Resources::<Runtime>::hashed_key_for(resource);
		let record: Option<pallet_catalog::ResourceOf<Runtime>> = self.read(key, at).await?;
		Ok(record.filter(|record| record.retired_at.is_none()).map(|record| record.owner))
	}

	/// The grant `consumer` holds on `resource` (its id and state), if any.
	pub async fn grant_of(
		&self,
		resource: u64,
		consumer: u32,
		at: H256,
	) -> Result<Option<(u64, Grant<u32>)>, Error> {
		let key = pallet_catalog::ConsumerGrant::<Runtime>::hashed_key_for(resource, consumer);
		let Some(id) = self.read::<u64>(key, at).await? else { return Ok(None) };
		let grant = self.grant(id, at).await?;
		Ok(grant.map(|grant| (id, grant)))
	}

	pub async fn grant(&self, id: u64, at: H256) -> Result<Option<Grant<u32>>, Error> {
		self.read(pallet_catalog::Grants::<Runtime>::hashed_key_for(id), at).await
	}

	async fn account(&self, account: &AccountId, at: H256) -> Result<Option<AccountInfo>, Error> {
		let key = frame_system::Account::<Runtime>::hashed_key_for(account);
		self.node.read(&key, Some(at)).await
	}

	/// Health record `id`: its issuer, whether it is erased, and its document's hash.
	pub async fn record(&self, id: u64, at: H256) -> Result<Option<RecordFacts>, Error> {
		let key = pallet_health::Records::<Runtime>::hashed_key_for(id);
		let record: Option<pallet_health::RecordOf<Runtime>> = self.read(key, at).await?;
		Ok(record.map(|record| RecordFacts {
			issuer: record.issuer,
			erased: record.status == pallet_health::RecordStatus::Erased,
			hash: record.hash,
		}))
	}

	/// Whether finalized block `block` holds an access of `agency` to health record
	/// `record`: its `RecordAccessed` or `EmergencyAccessed`.
	pub async fn accessed_in(&self, record: u64, agency: u32, block: u32) -> Result<bool, Error> {
		let hash = self.node.hash_of(block).await?;
		let events = self.node.events(hash).await?;
		Ok(events.iter().any(|event| match &event.event {
			RuntimeEvent::Health(pallet_health::Event::RecordAccessed {
				id,
				agency: reader,
				..
			}) => *id == record && *reader == agency,
			RuntimeEvent::Health(pallet_health::Event::EmergencyAccessed {
				record: id,
				agency: reader,
				..
			}) => *id == record && *reader == agency,
			_ => false,
		}))
	}

	/// The account's nonce at block `at`.
	pub async fn nonce(&self, account: &AccountId, at: H256) -> Result<u32, Error> {
		Ok(self.account(account, at).await?.map_or(0, |info| info.nonce))
	}

	/// Whether the account exists at block `at` (holds a provider reference: its existential
	/// deposit): an account that does not cannot sign, not even free calls.
	pub async fn account_exists(&self, account: &AccountId, at: H256) -> Result<bool, Error> {
		Ok(self
			.account(account, at)
			.await?
			.is_some_and(|info| info.providers > 0 || info.sufficients > 0))
	}
}

/// What one request's checks read, gathered at one finalized block before they run (the
/// checks themselves are synchronous, [`ChainView`]). Anything not gathered reads as absent,
/// which refuses.
#[derive(Clone, Debug, Default)]
pub struct View {
	pub finalized: u32,
	pub best: u32,
	pub age_secs: u64,
	pub active: BTreeMap<u32, bool>,
	pub operators: BTreeMap<AccountId, u32>,
	pub grants: BTreeMap<(u64, u32), GrantState>,
	pub records: BTreeMap<u64, RecordState>,
	/// (record, agency, block) of accesses found on chain.
	pub accesses: Vec<(u64, u32, u32)>,
}

impl View {
	pub fn at(head: &Head) -> Self {
		Self {
			finalized: head.finalized,
			best: head.best,
			age_secs: head.refreshed.elapsed().as_secs(),
			..Default::default()
		}
	}

	/// Gather what [`crate::policy::check_request`] reads: the requester's state and the
	/// signer's agency.
	pub async fn gather_request(
		&mut self,
		chain: &Chain,
		at: H256,
		requester: u32,
		signer: &AccountId,
	) -> Result<(), Error> {
		self.active.insert(requester, chain.agency_active(requester, at).await?);
		if let Some(agency) = chain.operator_of(signer, at).await? {
			self.operators.insert(signer.clone(), agency);
		}
		Ok(())
	}

	/// Gather what [`crate::policy::check_payload`] reads: the requester's grant on
	/// `resource` — the one it names (`named`: it may have ended), or else the one it holds.
	/// A named grant of another agency or resource counts as none.
	pub async fn gather_grant(
		&mut self,
		chain: &Chain,
		at: H256,
		resource: u64,
		requester: u32,
		named: Option<u64>,
	) -> Result<Option<u64>, Error> {
		let found = match named {
			Some(id) => chain.grant(id, at).await?.map(|grant| (id, grant)),
			None => chain.grant_of(resource, requester, at).await?,
		};
		let Some((id, grant)) =
			found.filter(|(_, grant)| grant.consumer == requester && grant.resource == resource)
		else {
			return Ok(None);
		};
		let state = GrantState {
			consumer: grant.consumer,
			resource: grant.resource,
			holds: grant.status == GrantStatus::Active,
		};
		self.grants.insert((resource, requester), state);
		Ok(Some(id))
	}
}

impl View {
	/// Gather what [`crate::policy::check_document`] reads: the record, and the requester's
	/// access to it in the block it names (if that block is finalized and within `window`).
	pub async fn gather_document(
		&mut self,
		chain: &Chain,
		at: H256,
		record: u64,
		requester: u32,
		access_block: Option<u32>,
		window: u32,
	) -> Result<Option<RecordFacts>, Error> {
		let facts = chain.record(record, at).await?;
		if let Some(facts) = &facts {
			let state = RecordState { issuer: facts.issuer, erased: facts.erased };
			self.records.insert(record, state);
		}
		if let Some(block) = access_block {
			if block <= self.finalized
				&& self.finalized - block <= window
				&& chain.accessed_in(record, requester, block).await?
			{
				self.accesses.push((record, requester, block));
			}
		}
		Ok(facts)
	}
}

impl ChainView for View {
	fn finalized(&self) -> u32 {
		self.finalized
	}
	fn best(&self) -> u32 {
		self.best
	}
	fn age_secs(&self) -> u64 {
		self.age_secs
	}
	fn is_active(&self, agency: u32) -> bool {
		self.active.get(&agency).copied().unwrap_or(false)
	}
	fn is_operator(&self, agency: u32, account: &AccountId) -> bool {
		self.operators.get(account) == Some(&agency)
	}
	fn grant(&self, resource: u64, consumer: u32) -> Option<GrantState> {
		self.grants.get(&(resource, consumer)).cloned()
	}
	fn record(&self, record: u64) -> Option<RecordState> {
		self.records.get(&record).cloned()
	}
	fn accessed_in(&self, record: u64, agency: u32, block: u32) -> bool {
		self.accesses.contains(&(record, agency, block))
	}
}
