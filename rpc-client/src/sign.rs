//! Signing extrinsics natively with the runtime's own types: the same bytes any client
//! signs (the transaction extensions of `civitas_runtime::TxExtension`, immortal era).

use civitas_runtime::{
	AccountId, Address, RuntimeCall, Signature, SignedPayload, UncheckedExtrinsic,
};
use codec::Encode;
use sp_core::{sr25519, Pair, H256};
use sp_io::hashing::blake2_256;

/// What every signature of one chain commits to.
#[derive(Clone, Copy)]
pub struct Chain {
	pub genesis: H256,
	pub spec_version: u32,
	pub tx_version: u32,
}

/// An account the generator signs for.
pub struct Key {
	pub pair: sr25519::Pair,
	pub account: AccountId,
}

impl Key {
	/// The development key derived as `//Name` or any other secret URI.
	pub fn from_uri(uri: &str) -> Self {
		let pair = sr25519::Pair::from_string(uri, None).expect("a valid secret URI");
		let account = AccountId::from(pair.public());
		Self { pair, account }
	}
}

/// An encoded signed extrinsic and its hash (the pool's and the block's).
pub struct Signed {
	pub encoded: Vec<u8>,
	pub hash: [u8; 32],
}

/// Sign `call` by `key` with `nonce`.
pub fn sign(chain: &Chain, key: &Key, nonce: u32, call: RuntimeCall) -> Signed {
	let extension = civitas_runtime::tx_extension(nonce);
	let implicit = (
		(),
		(),
		chain.spec_version,
		chain.tx_version,
		chain.genesis,
		chain.genesis,
		(),
		(),
		(),
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| key.pair.sign(bytes));
	let xt = UncheckedExtrinsic::new_signed(
		call,
		Address::Id(key.account.clone()),
		Signature::Sr25519(signature),
		extension,
	);
	let encoded = xt.encode();
	let hash = blake2_256(&encoded);
	Signed { encoded, hash }
}
