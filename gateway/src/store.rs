//! The gateway's store: documents and payloads encrypted at rest, each under a key of its
//! own, so destroying the key destroys the document (docs/gateway.md, "Documents at rest").
//!
//! Keys and what is known of each document (its blake2-256 hash and length) are in one redb
//! database file; the ciphertexts in a directory beside it (or elsewhere, for large files).
//! We chose redb over SQLite: the store is a few key-value tables, redb is pure Rust (no C
//! library to build or patch), crash-safe (copy-on-write, every commit durable) and embedded.
//!
//! A ciphertext is the plaintext in chunks of [`CHUNK`] bytes, each sealed with
//! XChaCha20-Poly1305 in the STREAM construction (a 19-byte random prefix per document, a
//! 32-bit chunk counter and a last-chunk flag in each nonce): chunks cannot be reordered,
//! dropped or cut short without failing to open, and a document of any size is written and
//! read in constant memory.

use blake2::{digest::consts::U32, Blake2b, Digest};
use chacha20poly1305::{
	aead::{
		stream::{DecryptorBE32, EncryptorBE32},
		KeyInit,
	},
	XChaCha20Poly1305,
};
use rand::RngCore;
use redb::{Database, ReadableDatabase, TableDefinition};
use std::{
	fs::{self, File},
	io::{self, BufReader, BufWriter, Read, Write},
	path::{Path, PathBuf},
	sync::Arc,
};

/// Plaintext bytes per sealed chunk.
pub const CHUNK: usize = 64 * 1024;
/// What sealing adds to each chunk (the Poly1305 tag).
const TAG: usize = 16;

/// Per document: its key (32 bytes) and nonce prefix (19 bytes).
const KEYS: TableDefinition<&str, &[u8]> = TableDefinition::new("keys");
/// Per document: its hash (32 bytes), its length (u64, little-endian) and its blob's name.
const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");

pub type Error = String;

/// What the store knows of a document without opening it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
	/// blake2-256 of the plaintext.
	pub hash: [u8; 32],
	pub len: u64,
}

/// The store of one gateway.
pub struct Store {
	db: Arc<Database>,
	blobs: PathBuf,
}

/// The database's page cache. redb's default (1 GiB) lets a busy gateway's resident memory
/// grow with its message log; the pages a fetch touches (keys, the newest log and queue
/// pages, the marks) fit in far less.
const CACHE_BYTES: usize = 32 << 20;

impl Store {
	/// Open (or create) the store: its database in `dir`, its ciphertexts in `blobs`.
	pub fn open(dir: &Path, blobs: &Path) -> Result<Self, Error> {
		fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
		fs::create_dir_all(blobs).map_err(|e| format!("{}: {e}", blobs.display()))?;
		let db = Database::builder()
			.set_cache_size(CACHE_BYTES)
			.create(dir.join("gateway.redb"))
			.map_err(|e| format!("opening the store: {e}"))?;
		let txn = db.begin_write().map_err(|e| e.to_string())?;
		txn.open_table(KEYS).map_err(|e| e.to_string())?;
		txn.open_table(META).map_err(|e| e.to_string())?;
		txn.commit().map_err(|e| e.to_string())?;
		Ok(Self { db: Arc::new(db), blobs: blobs.to_path_buf() })
	}

	/// The database, shared with the gateway's other tables (receipts, the message log).
	pub fn database(&self) -> Arc<Database> {
		self.db.clone()
	}

	/// Store what `plaintext` yields as document `id` (replacing any document of that id),
	/// reading and writing [`CHUNK`] bytes at a time; returns its hash and length.
	pub fn put(&self, id: &str, plaintext: impl Read) -> Result<Stored, Error> {
		self.put_expecting(id, plaintext, None).map(|kept| kept.unwrap_or_else(|stored| stored))
	}

	/// As [`Store::put`], but keep the document only if its hash is `expected` (if given): a
	/// document whose hash is not the one on chain is not kept, and one of that id already
	/// kept stays. `Err(what it was)` then.
	pub fn put_expecting(
		&self,
		id: &str,
		mut plaintext: impl Read,
		expected: Option<[u8; 32]>,
	) -> Result<Result<Stored, Stored>, Error> {
		let mut key = [0u8; 32];
		let mut prefix = [0u8; 19];
		rand::thread_rng().fill_bytes(&mut key);
		rand::thread_rng().fill_bytes(&mut prefix);
		let cipher = XChaCha20Poly1305::new(&key.into());
		let mut sealer = EncryptorBE32::from_aead(cipher, &prefix.into());

		let mut name = [0u8; 16];
		rand::thread_rng().fill_bytes(&mut name);
		let blob = hex::encode(name);
		let path = self.blobs.join(&blob);
		let mut out = BufWriter::new(File::create(&path).map_err(|e| e.to_string())?);
		let mut hasher = Blake2b::<U32>::new();
		let mut len = 0u64;
		// Read one chunk ahead, so that the last chunk is sealed as the last.
		let mut current = read_chunk(&mut plaintext)?;
		loop {
			let next =
				if current.len() == CHUNK { read_chunk(&mut plaintext)? } else { Vec::new() };
			hasher.update(&current);
			len += current.len() as u64;
			if next.is_empty() {
				let sealed =
					sealer.encrypt_last(&current[..]).map_err(|_| "sealing".to_string())?;
				out.write_all(&sealed).map_err(|e| e.to_string())?;
				break;
			}
			let sealed = sealer.encrypt_next(&current[..]).map_err(|_| "sealing".to_string())?;
			out.write_all(&sealed).map_err(|e| e.to_string())?;
			current = next;
		}
		out.into_inner().map_err(|e| e.to_string())?.sync_all().map_err(|e| e.to_string())?;
		let stored = Stored { hash: hasher.finalize().into(), len };
		if expected.is_some_and(|expected| expected != stored.hash) {
			let _ = fs::remove_file(&path);
			return Ok(Err(stored));
		}

		let old_blob = self.meta(id)?.map(|(_, blob)| blob);
		let txn = self.db.begin_write().map_err(|e| e.to_string())?;
		{
			let mut keys = txn.open_table(KEYS).map_err(|e| e.to_string())?;
			keys.insert(id, &[&key[..], &prefix[..]].concat()[..]).map_err(|e| e.to_string())?;
			let mut meta = txn.open_table(META).map_err(|e| e.to_string())?;
			let record = [&stored.hash[..], &len.to_le_bytes()[..], blob.as_bytes()].concat();
			meta.insert(id, &record[..]).map_err(|e| e.to_string())?;
		}
		txn.commit().map_err(|e| e.to_string())?;
		if let Some(old) = old_blob {
			let _ = fs::remove_file(self.blobs.join(old));
		}
		Ok(Ok(stored))
	}

	/// What is stored as `id`, if anything.
	pub fn stored(&self, id: &str) -> Result<Option<Stored>, Error> {
		Ok(self.meta(id)?.map(|(stored, _)| stored))
	}

	fn meta(&self, id: &str) -> Result<Option<(Stored, String)>, Error> {
		let txn = self.db.begin_read().map_err(|e| e.to_string())?;
		let meta = txn.open_table(META).map_err(|e| e.to_string())?;
		let Some(value) = meta.get(id).map_err(|e| e.to_string())? else { return Ok(None) };
		let value = value.value();
		let hash: [u8; 32] = value[..32].try_into().expect("32 bytes written");
		let len = u64::from_le_bytes(value[32..40].try_into().expect("8 bytes written"));
		let blob = String::from_utf8(value[40..].to_vec()).map_err(|e| e.to_string())?;
		Ok(Some((Stored { hash, len }, blob)))
	}

	/// Open document `id` for reading: `None` if there is none, or its key is destroyed.
	pub fn open_document(&self, id: &str) -> Result<Option<Document>, Error> {
		let Some((stored, blob)) = self.meta(id)? else { return Ok(None) };
		let txn = self.db.begin_read().map_err(|e| e.to_string())?;
		let keys = txn.open_table(KEYS).map_err(|e| e.to_string())?;
		let Some(secret) = keys.get(id).map_err(|e| e.to_string())? else { return Ok(None) };
		let secret = secret.value();
		let cipher = XChaCha20Poly1305::new(secret[..32].into());
		let prefix: [u8; 19] = secret[32..51].try_into().expect("19 bytes written");
		let file =
			File::open(self.blobs.join(blob)).map_err(|e| format!("opening a document: {e}"))?;
		let chunks = stored.len.div_ceil(CHUNK as u64).max(1);
		Ok(Some(Document {
			stored,
			input: BufReader::new(file),
			opener: Some(DecryptorBE32::from_aead(cipher, &prefix.into())),
			chunks,
			remaining: chunks,
		}))
	}

	/// Destroy document `id`: its key first (in one commit: from then on it cannot be read,
	/// whatever copy of the ciphertext remains), then its ciphertext. True if there was one.
	pub fn shred(&self, id: &str) -> Result<bool, Error> {
		let blob = self.meta(id)?.map(|(_, blob)| blob);
		let txn = self.db.begin_write().map_err(|e| e.to_string())?;
		let had_key = {
			let mut keys = txn.open_table(KEYS).map_err(|e| e.to_string())?;
			let removed = keys.remove(id).map_err(|e| e.to_string())?.is_some();
			removed
		};
		txn.commit().map_err(|e| e.to_string())?;
		if let Some(blob) = blob {
			let _ = fs::remove_file(self.blobs.join(blob));
		}
		Ok(had_key)
	}
}

impl Store {
	/// Rewrite the database without its free pages, where a destroyed key's bytes may
	/// linger until overwritten.
	/// Only when nothing else holds the database (at start-up, or in tests).
	pub fn compact(&mut self) -> Result<(), Error> {
		Arc::get_mut(&mut self.db)
			.ok_or_else(|| "the store is in use".to_string())?
			.compact()
			.map(|_| ())
			.map_err(|e| format!("compacting the store: {e}"))
	}
}

fn read_chunk(input: &mut impl Read) -> Result<Vec<u8>, Error> {
	let mut chunk = vec![0u8; CHUNK];
	let mut filled = 0;
	while filled < CHUNK {
		match input.read(&mut chunk[filled..]) {
			Ok(0) => break,
			Ok(n) => filled += n,
			Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
			Err(e) => return Err(format!("reading the payload: {e}")),
		}
	}
	chunk.truncate(filled);
	Ok(chunk)
}

/// A document being read: its plaintext, chunk by chunk, each opened and checked.
pub struct Document {
	pub stored: Stored,
	input: BufReader<File>,
	opener: Option<DecryptorBE32<XChaCha20Poly1305>>,
	chunks: u64,
	remaining: u64,
}

impl Document {
	/// The next chunk of plaintext; `None` after the last. An error if the ciphertext was
	/// altered, reordered or cut short.
	pub fn next_chunk(&mut self) -> Option<Result<Vec<u8>, Error>> {
		if self.remaining == 0 {
			return None;
		}
		self.remaining -= 1;
		let last = self.remaining == 0;
		// Every chunk but the last holds CHUNK bytes; the last holds the rest.
		let want = if last {
			(self.stored.len - (self.chunks - 1) * CHUNK as u64) as usize
		} else {
			CHUNK
		};
		let mut sealed = vec![0u8; want + TAG];
		if let Err(e) = self.input.read_exact(&mut sealed) {
			return Some(Err(format!("the document is cut short: {e}")));
		}
		let opened = if last {
			self.opener.take().map(|opener| opener.decrypt_last(&sealed[..]))
		} else {
			self.opener.as_mut().map(|opener| opener.decrypt_next(&sealed[..]))
		};
		Some(match opened {
			Some(Ok(plain)) => Ok(plain),
			_ => Err("the document does not open: altered, reordered or cut".into()),
		})
	}

	/// The whole plaintext (for small documents and tests).
	pub fn read_all(mut self) -> Result<Vec<u8>, Error> {
		let mut all = Vec::new();
		while let Some(chunk) = self.next_chunk() {
			all.extend(chunk?);
		}
		Ok(all)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn store() -> (tempfile::TempDir, Store) {
		let dir = tempfile::tempdir().unwrap();
		let store = Store::open(&dir.path().join("db"), &dir.path().join("blobs")).unwrap();
		(dir, store)
	}

	fn blake2_256(bytes: &[u8]) -> [u8; 32] {
		Blake2b::<U32>::digest(bytes).into()
	}

	#[test]
	fn documents_of_every_size_come_back_as_stored() {
		let (_dir, store) = store();
		for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17] {
			let plain: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
			let id = format!("doc-{len}");
			let stored = store.put(&id, &plain[..]).unwrap();
			assert_eq!(stored, Stored { hash: blake2_256(&plain), len: len as u64 });
			assert_eq!(store.stored(&id).unwrap(), Some(stored));
			let read = store.open_document(&id).unwrap().unwrap().read_all().unwrap();
			assert_eq!(read.len(), len, "length {len}");
			assert!(read == plain, "content of length {len}");
		}
		assert!(store.open_document("nothing").unwrap().is_none());
	}

	#[test]
	fn the_ciphertext_holds_no_plaintext_and_tampering_is_caught() {
		let (dir, store) = store();
		let plain = b"blood type AB, allergic to penicillin ".repeat(4000);
		store.put("record/5", &plain[..]).unwrap();
		let blobs: Vec<_> =
			fs::read_dir(dir.path().join("blobs")).unwrap().map(|e| e.unwrap().path()).collect();
		assert_eq!(blobs.len(), 1);
		let mut sealed = fs::read(&blobs[0]).unwrap();
		assert!(!sealed.windows(11).any(|w| w == b"penicillin "), "no plaintext at rest");
		// One flipped bit in the second chunk: reading fails there.
		sealed[CHUNK + TAG + 5] ^= 1;
		fs::write(&blobs[0], &sealed).unwrap();
		let mut document = store.open_document("record/5").unwrap().unwrap();
		assert!(document.next_chunk().unwrap().is_ok());
		assert!(document.next_chunk().unwrap().is_err());
		// Cut short after the first chunk: fails too.
		fs::write(&blobs[0], &sealed[..CHUNK + TAG]).unwrap();
		assert!(store.open_document("record/5").unwrap().unwrap().read_all().is_err());
	}

	#[test]
	fn a_shredded_document_cannot_be_read_and_its_key_is_gone() {
		let (dir, store) = store();
		store.put("record/5", &b"x-ray report"[..]).unwrap();
		let key = {
			let txn = store.db.begin_read().unwrap();
			let keys = txn.open_table(KEYS).unwrap();
			let key = keys.get("record/5").unwrap().unwrap().value().to_vec();
			key
		};
		assert!(store.shred("record/5").unwrap());
		assert!(store.open_document("record/5").unwrap().is_none());
		assert!(!store.shred("record/5").unwrap(), "nothing left to shred");
		assert_eq!(fs::read_dir(dir.path().join("blobs")).unwrap().count(), 0);
		// Compacted, the database file holds the key's bytes nowhere.
		let mut store = store;
		store.compact().unwrap();
		drop(store);
		let file = fs::read(dir.path().join("db").join("gateway.redb")).unwrap();
		assert!(!file.windows(32).any(|w| w == &key[..32]), "the key is gone from the file");
	}

	#[test]
	fn a_document_whose_hash_is_not_the_expected_one_is_not_kept() {
		let (dir, store) = store();
		let good = b"discharge summary v0".to_vec();
		store.put("record/1", &good[..]).unwrap();
		let wrong =
			store.put_expecting("record/1", &b"forged"[..], Some(blake2_256(&good))).unwrap();
		assert_eq!(wrong.unwrap_err().hash, blake2_256(b"forged"));
		assert_eq!(store.open_document("record/1").unwrap().unwrap().read_all().unwrap(), good);
		assert_eq!(
			fs::read_dir(dir.path().join("blobs")).unwrap().count(),
			1,
			"no blob left behind"
		);
		let kept = store.put_expecting("record/2", &good[..], Some(blake2_256(&good))).unwrap();
		assert_eq!(kept.unwrap().len, good.len() as u64);
	}

	#[test]
	fn a_replaced_document_leaves_one_ciphertext() {
		let (dir, store) = store();
		store.put("resource/7", &b"version 1"[..]).unwrap();
		let stored = store.put("resource/7", &b"version 2"[..]).unwrap();
		assert_eq!(stored.hash, blake2_256(b"version 2"));
		assert_eq!(
			store.open_document("resource/7").unwrap().unwrap().read_all().unwrap(),
			b"version 2"
		);
		assert_eq!(fs::read_dir(dir.path().join("blobs")).unwrap().count(), 1);
	}
}
