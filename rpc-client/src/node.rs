//! A node as the load generator and the gateway talk to it: JSON-RPC over one WebSocket, with
//! the few methods they need decoded into runtime types.

use civitas_runtime::{RuntimeEvent, UncheckedExtrinsic};
use codec::Decode;
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::Value;
use sp_core::H256;
use sp_io::hashing::{blake2_256, twox_128};
use std::time::Duration;

pub type Error = String;

/// Why a submission did not go through.
#[derive(Debug)]
pub enum Submission {
	/// The node's pool refused it: a verdict on the extrinsic.
	Refused(String),
	/// The node gave no answer (the connection broke, the request timed out): the extrinsic
	/// may or may not be in its pool.
	Unanswered(String),
}

/// One node's RPC endpoint.
pub struct Node {
	pub url: String,
	client: WsClient,
}

/// What the generator keeps of a block.
pub struct Block {
	pub number: u32,
	pub hash: H256,
	/// Milliseconds since the epoch, from the block's `timestamp.set` inherent.
	pub timestamp: u64,
	/// The hash of each extrinsic, in block order.
	pub extrinsics: Vec<[u8; 32]>,
}

fn hex_bytes(value: &Value, what: &str) -> Result<Vec<u8>, Error> {
	let text =
		value.as_str().ok_or_else(|| format!("{what}: expected a hex string, got {value}"))?;
	sp_core::bytes::from_hex(text).map_err(|error| format!("{what}: {error}"))
}

fn h256(value: &Value, what: &str) -> Result<H256, Error> {
	let bytes = hex_bytes(value, what)?;
	if bytes.len() != 32 {
		return Err(format!("{what}: expected 32 bytes, got {}", bytes.len()));
	}
	Ok(H256::from_slice(&bytes))
}

fn number(value: &Value, what: &str) -> Result<u32, Error> {
	let text = value.as_str().ok_or_else(|| format!("{what}: expected a hex number"))?;
	u32::from_str_radix(text.trim_start_matches("0x"), 16)
		.map_err(|error| format!("{what}: {error}"))
}

/// The key of a plain storage value.
pub fn storage_key(pallet: &str, item: &str) -> Vec<u8> {
	[twox_128(pallet.as_bytes()), twox_128(item.as_bytes())].concat()
}

impl Node {
	pub async fn connect(url: &str) -> Result<Self, Error> {
		let client = WsClientBuilder::default()
			.max_concurrent_requests(1 << 16)
			.max_request_size(64 << 20)
			.max_response_size(256 << 20)
			.request_timeout(Duration::from_secs(120))
			.build(url)
			.await
			.map_err(|error| format!("cannot connect to {url}: {error}"))?;
		Ok(Self { url: url.into(), client })
	}

	/// Whether the WebSocket is still open (a node that was killed closes it).
	pub fn is_connected(&self) -> bool {
		self.client.is_connected()
	}

	pub async fn call<T: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: ArrayParams,
	) -> Result<T, Error> {
		self.client
			.request(method, params)
			.await
			.map_err(|error| format!("{} {method}: {error}", self.url))
	}

	pub async fn genesis(&self) -> Result<H256, Error> {
		h256(&self.call::<Value>("chain_getBlockHash", rpc_params![0]).await?, "genesis hash")
	}

	/// The runtime's spec and transaction versions.
	pub async fn versions(&self) -> Result<(u32, u32), Error> {
		let version: Value = self.call("state_getRuntimeVersion", rpc_params![]).await?;
		let field = |name: &str| {
			version[name]
				.as_u64()
				.map(|v| v as u32)
				.ok_or_else(|| format!("no {name} in {version}"))
		};
		Ok((field("specVersion")?, field("transactionVersion")?))
	}

	/// The chain every signature commits to: the genesis hash and the runtime's versions.
	pub async fn chain(&self) -> Result<crate::sign::Chain, Error> {
		let (spec_version, tx_version) = self.versions().await?;
		Ok(crate::sign::Chain { genesis: self.genesis().await?, spec_version, tx_version })
	}

	/// The next nonce of an account, counting its transactions in the pool.
	pub async fn next_nonce(&self, account: &civitas_runtime::AccountId) -> Result<u32, Error> {
		self.call("system_accountNextIndex", rpc_params![account.to_string()]).await
	}

	pub async fn best_number(&self) -> Result<u32, Error> {
		let header: Value = self.call("chain_getHeader", rpc_params![]).await?;
		number(&header["number"], "best header number")
	}

	pub async fn finalized_number(&self) -> Result<u32, Error> {
		Ok(self.finalized_head().await?.0)
	}

	/// The finalized head's number and hash.
	pub async fn finalized_head(&self) -> Result<(u32, H256), Error> {
		let head: Value = self.call("chain_getFinalizedHead", rpc_params![]).await?;
		let hash = h256(&head, "finalized head")?;
		let header: Value = self.call("chain_getHeader", rpc_params![head]).await?;
		Ok((number(&header["number"], "finalized header number")?, hash))
	}

	pub async fn hash_of(&self, number: u32) -> Result<H256, Error> {
		h256(&self.call::<Value>("chain_getBlockHash", rpc_params![number]).await?, "block hash")
	}

	/// The block `number` of the best chain.
	pub async fn block(&self, number: u32) -> Result<Block, Error> {
		let hash = self.hash_of(number).await?;
		let answer: Value = self.call("chain_getBlock", rpc_params![format!("{hash:?}")]).await?;
		let mut timestamp = 0;
		let mut extrinsics = Vec::new();
		for encoded in answer["block"]["extrinsics"].as_array().into_iter().flatten() {
			let bytes = hex_bytes(encoded, "extrinsic")?;
			extrinsics.push(blake2_256(&bytes));
			if timestamp == 0 {
				if let Ok(xt) = UncheckedExtrinsic::decode(&mut &bytes[..]) {
					if let civitas_runtime::RuntimeCall::Timestamp(pallet_timestamp::Call::set {
						now,
					}) = xt.function
					{
						timestamp = now;
					}
				}
			}
		}
		Ok(Block { number, hash, timestamp, extrinsics })
	}

	/// The events of block `hash`, decoded.
	pub async fn events(
		&self,
		hash: H256,
	) -> Result<Vec<frame_system::EventRecord<RuntimeEvent, H256>>, Error> {
		Ok(self.storage_at("System", "Events", Some(hash)).await?.unwrap_or_default())
	}

	/// A plain storage value, decoded, at the best block.
	pub async fn storage<T: Decode>(&self, pallet: &str, item: &str) -> Result<Option<T>, Error> {
		self.storage_at(pallet, item, None).await
	}

	/// A plain storage value, decoded, at block `at` (the best block if none).
	async fn storage_at<T: Decode>(
		&self,
		pallet: &str,
		item: &str,
		at: Option<H256>,
	) -> Result<Option<T>, Error> {
		self.read(&storage_key(pallet, item), at)
			.await
			.map_err(|error| format!("{pallet}.{item}: {error}"))
	}

	/// The value at a storage key (e.g. a map's, from the runtime's own
	/// `hashed_key_for`), decoded, at block `at` (the best block if none).
	pub async fn read<T: Decode>(&self, key: &[u8], at: Option<H256>) -> Result<Option<T>, Error> {
		let Some(bytes) = self.read_raw(key, at).await? else { return Ok(None) };
		T::decode(&mut &bytes[..]).map(Some).map_err(|error| error.to_string())
	}

	/// The encoded value at a storage key, at block `at` (the best block if none).
	pub async fn read_raw(&self, key: &[u8], at: Option<H256>) -> Result<Option<Vec<u8>>, Error> {
		let key = sp_core::bytes::to_hex(key, false);
		let at = at.map(|hash| format!("{hash:?}"));
		let value: Option<String> = self.call("state_getStorage", rpc_params![key, at]).await?;
		value
			.map(|value| sp_core::bytes::from_hex(&value).map_err(|error| error.to_string()))
			.transpose()
	}

	/// The hash of each extrinsic of block `hash`, in block order.
	pub async fn extrinsic_hashes(&self, hash: H256) -> Result<Vec<[u8; 32]>, Error> {
		let answer: Value = self.call("chain_getBlock", rpc_params![format!("{hash:?}")]).await?;
		answer["block"]["extrinsics"]
			.as_array()
			.into_iter()
			.flatten()
			.map(|encoded| hex_bytes(encoded, "extrinsic").map(|bytes| blake2_256(&bytes)))
			.collect()
	}

	/// Submit an encoded extrinsic; the pool's refusal comes back as the error's text.
	pub async fn submit(&self, encoded: &[u8]) -> Result<(), Error> {
		self.submission(encoded).await.map_err(|error| match error {
			Submission::Refused(why) | Submission::Unanswered(why) => why,
		})
	}

	/// Submit `encoded`, telling the pool's refusal (a JSON-RPC error answer: invalid,
	/// banned, already there, pool full) from no answer at all (the connection broke, the
	/// request timed out): only the first is a verdict on the extrinsic.
	pub async fn submission(&self, encoded: &[u8]) -> Result<(), Submission> {
		let hex = sp_core::bytes::to_hex(encoded, false);
		self.client
			.request::<Value, _>("author_submitExtrinsic", rpc_params![hex])
			.await
			.map(|_| ())
			.map_err(|error| match error {
				jsonrpsee::core::ClientError::Call(_) => Submission::Refused(error.to_string()),
				_ => Submission::Unanswered(error.to_string()),
			})
	}
}
