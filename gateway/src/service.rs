//! The gateway's two faces (docs/gateway.md): *outward*, HTTPS to other agencies' gateways,
//! answering only what the finalized chain allows; *inward*, HTTP to the agency's own
//! systems, to publish payloads and to fetch from other agencies.

use crate::{
	chain::{Chain, Head, Peer, View},
	config::Config,
	evidence::Entry,
	metrics::Metrics,
	peer::Peers,
	policy::{self, Limits, Nonces, Signed},
	protocol::{self, SignedHeaders, SignedResponse},
	receipts::{self, Journal, Leaf, Write},
	refusal::Refusal,
	statement::{Request, Response},
	store::{Document, Store, Stored},
};
use axum::{
	body::Body,
	extract::{Path, State},
	http::{HeaderMap, StatusCode, Uri},
	response::IntoResponse,
	routing::{get, put},
	Json, Router,
};
use blake2::{digest::consts::U32, Blake2b, Digest};
use bytes::Bytes;
use futures::StreamExt;
use http_body_util::BodyExt;
use redb::Database;
use sp_core::sr25519;
use sp_runtime::AccountId32;
use std::{
	collections::{HashMap, VecDeque},
	io,
	sync::{Arc, Mutex},
	time::{SystemTime, UNIX_EPOCH},
};

/// How long a nonce is remembered: past the clock-skew window on both sides.
const NONCE_MEMORY_MS: u64 = 10 * 60_000;

pub fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |since| since.as_millis() as u64)
}

/// The store id of a catalog resource's payload.
pub fn payload_id(resource: u64) -> String {
	format!("payload/{resource}")
}

/// The store id of a health record's document.
pub fn document_id(record: u64) -> String {
	format!("record/{record}")
}

/// The nonces seen per agency, forgotten after [`NONCE_MEMORY_MS`]. Requests signed before
/// the gateway started are refused as replays: a restart forgets no nonce that could still
/// be accepted.
pub struct NonceBook {
	started_ms: u64,
	seen: HashMap<(u32, [u8; 16]), u64>,
	order: VecDeque<(u64, u32, [u8; 16])>,
}

impl NonceBook {
	pub fn new(started_ms: u64) -> Self {
		Self { started_ms, seen: HashMap::new(), order: VecDeque::new() }
	}
}

impl Nonces for NonceBook {
	fn first_use(&mut self, agency: u32, nonce: [u8; 16], time_ms: u64) -> bool {
		let now = now_ms();
		while let Some(&(at, agency, nonce)) = self.order.front() {
			if now.saturating_sub(at) <= NONCE_MEMORY_MS {
				break;
			}
			self.order.pop_front();
			self.seen.remove(&(agency, nonce));
		}
		if time_ms < self.started_ms || self.seen.contains_key(&(agency, nonce)) {
			return false;
		}
		self.seen.insert((agency, nonce), now);
		self.order.push_back((now, agency, nonce));
		true
	}
}

/// One gateway: the agency it acts for and everything it keeps.
pub struct Gateway {
	pub me: u32,
	pub chain: Arc<Chain>,
	pub key: sr25519::Pair,
	pub account: AccountId32,
	pub store: Store,
	pub db: Arc<Database>,
	pub journal: Journal,
	pub limits: Limits,
	pub nonces: Mutex<NonceBook>,
	pub metrics: Metrics,
	pub peers: Peers,
	pub config: Config,
}

impl Gateway {
	fn stale(&self, head: &Head, error: String) -> Refusal {
		tracing::warn!(%error, "reading the chain");
		Refusal::StaleChainView {
			finalized: head.finalized,
			best: head.best,
			age_secs: head.refreshed.elapsed().as_secs(),
		}
	}

	/// The checks every outward request passes, at `head`; the view they read, for the
	/// checks that follow.
	async fn authorize(
		&self,
		signed: &SignedHeaders,
		method: &str,
		path: &str,
		head: &Head,
	) -> Result<View, Refusal> {
		let mut view = View::at(head);
		view.gather_request(&self.chain, head.hash, signed.requester, &signed.signer)
			.await
			.map_err(|error| self.stale(head, error))?;
		let request = Signed {
			request: signed.request(self.me, method, path),
			signer: signed.signer.clone(),
			signature: signed.signature,
		};
		let mut nonces = self.nonces.lock().expect("not poisoned");
		policy::check_request(&view, &mut *nonces, &self.limits, &request, now_ms())?;
		Ok(view)
	}

	/// A signed response: `status`, `body` (whose hash is `body_hash`), decided at `head`.
	fn respond(
		&self,
		request: Option<(&SignedHeaders, &str, &str)>,
		status: u16,
		body_hash: [u8; 32],
		head: &Head,
		outcome: (Option<&str>, Option<u64>, Option<u64>),
	) -> (http::response::Builder, Entry) {
		let request_signature = request.map_or([0; 64], |(signed, _, _)| signed.signature);
		let response = Response {
			request_signature,
			status,
			body_hash,
			block_number: head.finalized,
			block_hash: head.hash,
		};
		// Signed once: the same signature goes in the headers and in the log entry.
		let (headers, signature) = protocol::sign_response(&self.key, &response);
		let mut builder = http::Response::builder().status(status);
		for (name, value) in headers {
			builder = builder.header(name, value);
		}
		let (refusal, grant, len) = outcome;
		// A request that could not be read is logged as from no one.
		let unread = SignedHeaders {
			requester: u32::MAX,
			signer: AccountId32::new([0; 32]),
			time_ms: 0,
			nonce: [0; 16],
			signature: [0; 64],
		};
		let (signed, method, path) = request.unwrap_or((&unread, "", ""));
		let entry = Entry::new(
			"provider",
			now_ms(),
			&signed.request(self.me, method, path),
			&signed.signer,
			&response,
			&self.account,
			&signature,
			refusal,
			grant,
			len,
		);
		(builder, entry)
	}

	/// A refusal, signed and logged.
	async fn refuse(
		&self,
		refusal: Refusal,
		request: Option<(&SignedHeaders, &str, &str)>,
		head: &Head,
	) -> axum::response::Response {
		let body = serde_json::to_vec(&refusal.body()).expect("serializes");
		let hash = crate::protocol::blake2_256(&body);
		let (builder, entry) =
			self.respond(request, refusal.status(), hash, head, (Some(refusal.code()), None, None));
		self.metrics.requests.with_label_values(&["outward", "refused"]).inc();
		self.metrics.refusals.with_label_values(&[refusal.code()]).inc();
		tracing::debug!(code = refusal.code(), requester = entry.requester, path = %entry.path, "refused");
		// Refusals are logged unless the request could not be read at all.
		if request.is_some() {
			self.log(&entry).await;
		}
		builder
			.header(http::header::CONTENT_TYPE, "application/json")
			.body(Body::from(body))
			.expect("a valid response")
	}

	async fn log(&self, entry: &Entry) {
		if let Err(error) = self.journal.write(vec![log_write(entry)]).await {
			tracing::error!(%error, "writing the message log");
		}
	}
}

/// The message log's write of `entry`.
fn log_write(entry: &Entry) -> Write {
	Write::Log(serde_json::to_vec(entry).expect("serializes"))
}

/// An outward request's head, path and signed headers, read at the gateway's current view; a
/// signed refusal if the headers cannot be read.
async fn read_request(
	gateway: &Gateway,
	uri: &Uri,
	headers: &HeaderMap,
) -> Result<(Head, String, SignedHeaders), axum::response::Response> {
	let head = gateway.chain.head();
	let path = uri.path_and_query().map_or(uri.path(), |path| path.as_str()).to_string();
	match SignedHeaders::read(headers) {
		Ok(signed) => Ok((head, path, signed)),
		Err(refusal) => Err(gateway.refuse(refusal, None, &head).await),
	}
}

/// The outward face's routes.
pub fn outward(gateway: Arc<Gateway>) -> Router {
	Router::new()
		.route("/v1/payloads/:resource", get(serve_payload))
		.route("/v1/batches/:root", get(serve_batch))
		.route("/v1/documents/:record", get(serve_document))
		.with_state(gateway)
}

/// A catalog payload, to the holder of an active grant on it.
async fn serve_payload(
	State(gateway): State<Arc<Gateway>>,
	Path(resource): Path<String>,
	uri: Uri,
	headers: HeaderMap,
) -> axum::response::Response {
	let (head, path, signed) = match read_request(&gateway, &uri, &headers).await {
		Ok(read) => read,
		Err(refused) => return refused,
	};
	let path = path.as_str();
	let request = Some((&signed, "GET", path));
	let mut head = head;
	let decided = async {
		let resource: u64 = resource
			.parse()
			.map_err(|_| Refusal::BadRequest("a resource id is a number".into()))?;
		let named = query_number(&uri, "grant")?;
		let mut view = gateway.authorize(&signed, "GET", path, &head).await?;
		// A grant the requester saw finalized may be newer than this gateway's view (it looks
		// every half second): on a miss, it looks again once before refusing.
		let mut looked_again = false;
		let grant = loop {
			let owner = gateway
				.chain
				.resource_owner(resource, head.hash)
				.await
				.map_err(|error| gateway.stale(&head, error))?;
			let grant = view
				.gather_grant(&gateway.chain, head.hash, resource, signed.requester, named)
				.await
				.map_err(|error| gateway.stale(&head, error))?;
			let decision = if owner != Some(gateway.me) {
				Err(Refusal::NotFound)
			} else {
				policy::check_payload(&view, resource, signed.requester)
			};
			match decision {
				Ok(()) => break grant.expect("a grant that holds exists"),
				Err(Refusal::NotFound | Refusal::NoGrant) if !looked_again => {
					looked_again = true;
					head = gateway
						.chain
						.refresh()
						.await
						.map_err(|error| gateway.stale(&head, error))?;
					view.grants.clear();
				},
				Err(refusal) => return Err(refusal),
			}
		};
		let document = gateway
			.store
			.open_document(&payload_id(resource))
			.map_err(|error| Refusal::BadRequest(format!("the payload cannot be read: {error}")))?
			.ok_or(Refusal::NotFound)?;
		Ok::<_, Refusal>((grant, document))
	}
	.await;
	let (grant, document) = match decided {
		Ok(found) => found,
		Err(refusal) => return gateway.refuse(refusal, request, &head).await,
	};
	let stored = document.stored.clone();
	let leaf = Leaf {
		grant,
		request_signature: signed.signature,
		payload_hash: stored.hash,
		len: stored.len,
		decided_at: head.finalized,
	};
	// The receipt and the log entry are durable (one commit) before the first byte goes out:
	// a restart cannot lose them.
	let (builder, entry) =
		gateway.respond(request, 200, stored.hash, &head, (None, Some(grant), Some(stored.len)));
	let writes = vec![Write::Queue { consumer: signed.requester, leaf }, log_write(&entry)];
	if let Err(error) = gateway.journal.write(writes).await {
		tracing::error!(%error, "queueing a receipt");
		gateway.metrics.requests.with_label_values(&["outward", "error"]).inc();
		return (StatusCode::INTERNAL_SERVER_ERROR, "the receipt could not be kept")
			.into_response();
	}
	gateway.metrics.requests.with_label_values(&["outward", "ok"]).inc();
	gateway.metrics.bytes_served.inc_by(stored.len);
	tracing::debug!(resource = %resource, requester = signed.requester, grant, len = stored.len, "served");
	builder
		.header(protocol::GRANT, grant.to_string())
		.header(http::header::CONTENT_LENGTH, stored.len)
		.body(stream_document(document))
		.expect("a valid response")
}

/// The number a request names in its query as `name` (`?grant=N`, `?access=N`), if any; any
/// other query is refused.
fn query_number<N: std::str::FromStr>(uri: &Uri, name: &str) -> Result<Option<N>, Refusal> {
	let Some(query) = uri.query() else { return Ok(None) };
	match query.split_once('=') {
		Some((key, value)) if key == name => {
			value.parse().map(Some).map_err(|_| Refusal::BadRequest(format!("{name} is a number")))
		},
		_ => Err(Refusal::BadRequest(format!("unknown query: {query}"))),
	}
}

/// A document's plaintext as a response body, read and opened a chunk at a time.
fn stream_document(mut document: Document) -> Body {
	let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, io::Error>>(4);
	tokio::task::spawn_blocking(move || {
		while let Some(chunk) = document.next_chunk() {
			let item = chunk.map(Bytes::from).map_err(io::Error::other);
			let failed = item.is_err();
			if sender.blocking_send(item).is_err() || failed {
				break;
			}
		}
	});
	Body::from_stream(futures::stream::unfold(receiver, |mut receiver| async move {
		receiver.recv().await.map(|item| (item, receiver))
	}))
}

/// What a batch's consumer is shown: the leaves behind a root this gateway recorded.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchBody {
	pub grant: u64,
	/// Each leaf, SCALE-encoded, hex.
	pub leaves: Vec<String>,
}

async fn serve_batch(
	State(gateway): State<Arc<Gateway>>,
	Path(root): Path<String>,
	uri: Uri,
	headers: HeaderMap,
) -> axum::response::Response {
	let (head, path, signed) = match read_request(&gateway, &uri, &headers).await {
		Ok(read) => read,
		Err(refused) => return refused,
	};
	let path = path.as_str();
	let request = Some((&signed, "GET", path));
	let found = async {
		let root: [u8; 32] = hex::decode(root.trim_start_matches("0x"))
			.ok()
			.and_then(|bytes| bytes.try_into().ok())
			.ok_or_else(|| Refusal::BadRequest("a root is 32 bytes, hex".into()))?;
		gateway.authorize(&signed, "GET", path, &head).await?;
		let batch = receipts::batch(&gateway.db, &root)
			.map_err(Refusal::BadRequest)?
			.filter(|batch| batch.consumer == signed.requester)
			.ok_or(Refusal::NotFound)?;
		Ok::<_, Refusal>(batch)
	}
	.await;
	let batch = match found {
		Ok(batch) => batch,
		Err(refusal) => return gateway.refuse(refusal, request, &head).await,
	};
	let body = BatchBody {
		grant: batch.grant,
		leaves: batch.leaves.iter().map(|leaf| hex::encode(codec::Encode::encode(leaf))).collect(),
	};
	let body = serde_json::to_vec(&body).expect("serializes");
	let hash = crate::protocol::blake2_256(&body);
	let (builder, entry) =
		gateway.respond(request, 200, hash, &head, (None, Some(batch.grant), None));
	gateway.log(&entry).await;
	gateway.metrics.requests.with_label_values(&["outward", "ok"]).inc();
	builder
		.header(http::header::CONTENT_TYPE, "application/json")
		.body(Body::from(body))
		.expect("a valid response")
}

/// The inward face's routes.
pub fn inward(gateway: Arc<Gateway>) -> Router {
	Router::new()
		.route("/v1/payloads/:resource", put(publish_payload))
		.route("/v1/fetch/payloads/:resource", get(fetch_payload))
		.route("/v1/documents/:record", put(store_document).get(read_document))
		.route("/v1/fetch/documents/:record", get(fetch_document))
		.route("/v1/log", get(export_log))
		.route("/health", get(health))
		.route("/metrics", get(metrics))
		.with_state(gateway)
}

/// How many message-log entries one read transaction of an export takes.
const LOG_PAGE: usize = 1_000;

/// The message log from entry `?from=N` on (0 if not given), one JSON entry per line, oldest
/// first (for `civitas-gateway verify-log`): streamed a page at a time, so that a log of any
/// length is exported in bounded memory. Line `k` of the answer is entry `N + k`, so an auditor
/// who has exported `n` lines takes the rest later with `?from=N+n`.
async fn export_log(State(gateway): State<Arc<Gateway>>, uri: Uri) -> axum::response::Response {
	let from: u64 = match query_number(&uri, "from") {
		Ok(from) => from.unwrap_or(0),
		Err(refusal) => {
			return inward_error(StatusCode::BAD_REQUEST, "bad-request", refusal.message())
		},
	};
	let pages = futures::stream::unfold(Some(from), move |next| {
		let db = gateway.db.clone();
		async move {
			let from = next?;
			let page =
				tokio::task::spawn_blocking(move || receipts::log_lines(&db, from, LOG_PAGE))
					.await
					.map_err(|error| error.to_string())
					.and_then(|page| page);
			match page {
				Ok(page) if page.is_empty() => None,
				Ok(page) => {
					let lines = page.iter().filter(|byte| **byte == b'\n').count() as u64;
					Some((Ok(Bytes::from(page)), Some(from + lines)))
				},
				Err(error) => Some((Err(io::Error::other(error)), None)),
			}
		}
	});
	([(http::header::CONTENT_TYPE, "application/x-ndjson")], Body::from_stream(pages))
		.into_response()
}

/// An inward error: a JSON body `{ code, message }` like the outward refusals.
fn inward_error(status: StatusCode, code: &str, message: String) -> axum::response::Response {
	(status, Json(serde_json::json!({ "code": code, "message": message }))).into_response()
}

/// Publish (or replace) the payload of a resource this agency owns: the request body, stored
/// encrypted as it streams in.
async fn publish_payload(
	State(gateway): State<Arc<Gateway>>,
	Path(resource): Path<u64>,
	body: Body,
) -> axum::response::Response {
	let head = gateway.chain.head();
	match gateway.chain.resource_owner(resource, head.hash).await {
		Ok(Some(owner)) if owner == gateway.me => {},
		Ok(_) => {
			return inward_error(
				StatusCode::NOT_FOUND,
				"not-found",
				format!(
					"resource {resource} is not an active resource of agency {} at the \
					 finalized block #{}",
					gateway.me, head.finalized
				),
			)
		},
		Err(error) => {
			return inward_error(StatusCode::SERVICE_UNAVAILABLE, "stale-chain-view", error)
		},
	}
	// Nothing is expected of a payload's hash: it is kept whatever it is.
	match store_body(&gateway, payload_id(resource), body, None).await {
		Ok(Ok(stored) | Err(stored)) => {
			gateway.metrics.requests.with_label_values(&["inward", "ok"]).inc();
			tracing::info!(resource, len = stored.len, "payload published");
			Json(serde_json::json!({
				"resource": resource,
				"hash": format!("0x{}", hex::encode(stored.hash)),
				"len": stored.len,
			}))
			.into_response()
		},
		Err(error) => inward_error(StatusCode::BAD_REQUEST, "bad-request", error),
	}
}

/// Stream a request body into the store as `id`, kept only if its hash is `expected` (if
/// given).
async fn store_body(
	gateway: &Arc<Gateway>,
	id: String,
	body: Body,
	expected: Option<[u8; 32]>,
) -> Result<Result<Stored, Stored>, String> {
	let stream = body.into_data_stream().map(|chunk| chunk.map_err(io::Error::other));
	let reader = tokio_util::io::StreamReader::new(stream);
	let writer = gateway.clone();
	tokio::task::spawn_blocking(move || {
		let reader = tokio_util::io::SyncIoBridge::new(reader);
		writer.store.put_expecting(&id, reader, expected)
	})
	.await
	.map_err(|error| error.to_string())?
}

/// The issuer's systems keep the document of a health record the agency issued: kept only if
/// its hash is the record's on chain (anchor first, then store).
async fn store_document(
	State(gateway): State<Arc<Gateway>>,
	Path(record): Path<u64>,
	body: Body,
) -> axum::response::Response {
	let mut head = gateway.chain.head();
	// A record anchored a moment ago may be newer than this gateway's view: look again once.
	if !matches!(gateway.chain.record(record, head.hash).await, Ok(Some(_))) {
		if let Ok(fresh) = gateway.chain.refresh().await {
			head = fresh;
		}
	}
	let facts = match gateway.chain.record(record, head.hash).await {
		Ok(Some(facts)) if facts.issuer == gateway.me && !facts.erased => facts,
		Ok(Some(facts)) if facts.erased => {
			return inward_error(StatusCode::GONE, "erased", format!("record {record} was erased"))
		},
		Ok(_) => {
			return inward_error(
				StatusCode::NOT_FOUND,
				"not-found",
				format!(
					"record {record} is not a record of agency {} at the finalized block #{}",
					gateway.me, head.finalized
				),
			)
		},
		Err(error) => {
			return inward_error(StatusCode::SERVICE_UNAVAILABLE, "stale-chain-view", error)
		},
	};
	match store_body(&gateway, document_id(record), body, Some(facts.hash)).await {
		Ok(Ok(stored)) => {
			gateway.metrics.requests.with_label_values(&["inward", "ok"]).inc();
			tracing::info!(record, len = stored.len, "document stored");
			Json(serde_json::json!({
				"record": record,
				"hash": format!("0x{}", hex::encode(stored.hash)),
				"len": stored.len,
			}))
			.into_response()
		},
		Ok(Err(stored)) => inward_error(
			StatusCode::CONFLICT,
			"hash-mismatch",
			format!(
				"the document's hash 0x{} is not record {record}'s on chain, 0x{}: not kept",
				hex::encode(stored.hash),
				hex::encode(facts.hash)
			),
		),
		Err(error) => inward_error(StatusCode::BAD_REQUEST, "bad-request", error),
	}
}

/// The issuer's systems read a document the gateway keeps: `erased` once its key is gone.
async fn read_document(
	State(gateway): State<Arc<Gateway>>,
	Path(record): Path<u64>,
) -> axum::response::Response {
	let id = document_id(record);
	match gateway.store.open_document(&id) {
		Ok(Some(document)) => http::Response::builder()
			.status(200)
			.header(protocol::BODY_HASH, hex::encode(document.stored.hash))
			.header(http::header::CONTENT_LENGTH, document.stored.len)
			.body(stream_document(document))
			.expect("a valid response"),
		Ok(None) if matches!(gateway.store.stored(&id), Ok(Some(_))) => inward_error(
			StatusCode::GONE,
			"erased",
			format!("record {record} was erased: its document's key is destroyed"),
		),
		Ok(None) => inward_error(
			StatusCode::NOT_FOUND,
			"not-found",
			format!("no document of record {record} is kept here"),
		),
		Err(error) => inward_error(StatusCode::INTERNAL_SERVER_ERROR, "error", error),
	}
}

/// Fetch another agency's document of a health record, against this agency's access to it on
/// chain in the finalized block named as `?access=N`; the document is streamed through and
/// must hash to the record's hash on chain.
async fn fetch_document(
	State(gateway): State<Arc<Gateway>>,
	Path(record): Path<u64>,
	uri: Uri,
) -> axum::response::Response {
	let head = gateway.chain.head();
	let access: Option<u32> = match query_number(&uri, "access") {
		Ok(access) => access,
		Err(refusal) => {
			return inward_error(StatusCode::BAD_REQUEST, "bad-request", refusal.message())
		},
	};
	let unavailable =
		|error: String| inward_error(StatusCode::SERVICE_UNAVAILABLE, "stale-chain-view", error);
	let facts = match gateway.chain.record(record, head.hash).await {
		Ok(Some(facts)) => facts,
		Ok(None) => {
			return inward_error(StatusCode::NOT_FOUND, "not-found", format!("no record {record}"))
		},
		Err(error) => return unavailable(error),
	};
	let peer = match gateway.chain.gateway_of(facts.issuer, head.hash).await {
		Ok(Some(peer)) => peer,
		Ok(None) => {
			return inward_error(
				StatusCode::BAD_GATEWAY,
				"no-gateway",
				format!("agency {} names no gateway on chain", facts.issuer),
			)
		},
		Err(error) => return unavailable(error),
	};
	let path = match access {
		Some(block) => format!("/v1/documents/{record}?access={block}"),
		None => format!("/v1/documents/{record}"),
	};
	let exchange = match Exchange::send(&gateway, &peer, &path, &head).await {
		Ok(exchange) => exchange,
		Err(error) => return inward_error(StatusCode::BAD_GATEWAY, "provider-unreachable", error),
	};
	if exchange.status != 200 {
		let (status, body) = exchange.refusal(&gateway).await;
		return (status, body).into_response();
	}
	let expected = exchange.signed.response.body_hash;
	if expected != facts.hash {
		let mut record_of = exchange.record;
		record_of.mismatch = true;
		gateway.log(&record_of.entry(&gateway, None)).await;
		return inward_error(
			StatusCode::BAD_GATEWAY,
			"bad-response",
			format!("the issuer offers a document that is not record {record}'s on chain"),
		);
	}
	http::Response::builder()
		.status(200)
		.header(protocol::BODY_HASH, hex::encode(expected))
		.body(relay(gateway, exchange.answer.into_body(), exchange.record, expected, |_, _, _| {
			Vec::new()
		}))
		.expect("a valid response")
}

/// A health record's document, to its issuer's own agency, or to an agency whose access to it
/// is in the finalized block the request names (`?access=N`, within `access_window`).
async fn serve_document(
	State(gateway): State<Arc<Gateway>>,
	Path(record): Path<String>,
	uri: Uri,
	headers: HeaderMap,
) -> axum::response::Response {
	let (head, path, signed) = match read_request(&gateway, &uri, &headers).await {
		Ok(read) => read,
		Err(refused) => return refused,
	};
	let path = path.as_str();
	let request = Some((&signed, "GET", path));
	let mut head = head;
	let decided = async {
		let record: u64 =
			record.parse().map_err(|_| Refusal::BadRequest("a record id is a number".into()))?;
		let access: Option<u32> = query_number(&uri, "access")?;
		let mut view = gateway.authorize(&signed, "GET", path, &head).await?;
		// An access the requester saw finalized may be newer than this gateway's view: on a
		// miss, it looks again once before refusing.
		let mut looked_again = false;
		loop {
			let facts = view
				.gather_document(
					&gateway.chain,
					head.hash,
					record,
					signed.requester,
					access,
					gateway.limits.access_window,
				)
				.await
				.map_err(|error| gateway.stale(&head, error))?;
			let decision = match facts {
				Some(facts) if facts.issuer != gateway.me => Err(Refusal::NotFound),
				_ => {
					policy::check_document(&view, &gateway.limits, record, signed.requester, access)
				},
			};
			match decision {
				Ok(()) => break,
				Err(Refusal::NotFound | Refusal::NoAccessOnChain { .. }) if !looked_again => {
					looked_again = true;
					head = gateway
						.chain
						.refresh()
						.await
						.map_err(|error| gateway.stale(&head, error))?;
					view =
						View { active: view.active, operators: view.operators, ..View::at(&head) };
				},
				Err(refusal) => return Err(refusal),
			}
		}
		let id = document_id(record);
		let unreadable =
			|error: String| Refusal::BadRequest(format!("the document cannot be read: {error}"));
		match gateway.store.open_document(&id).map_err(unreadable)? {
			Some(document) => Ok(document),
			// Its key is gone: the record was erased (the chain says so too, checked above,
			// unless this gateway's view is behind its own shredding).
			None if gateway.store.stored(&id).map_err(unreadable)?.is_some() => {
				Err(Refusal::Erased)
			},
			None => Err(Refusal::NotFound),
		}
	}
	.await;
	let document = match decided {
		Ok(document) => document,
		Err(refusal) => return gateway.refuse(refusal, request, &head).await,
	};
	let stored = document.stored.clone();
	let (builder, entry) =
		gateway.respond(request, 200, stored.hash, &head, (None, None, Some(stored.len)));
	gateway.log(&entry).await;
	gateway.metrics.requests.with_label_values(&["outward", "ok"]).inc();
	gateway.metrics.bytes_served.inc_by(stored.len);
	builder
		.header(http::header::CONTENT_LENGTH, stored.len)
		.body(stream_document(document))
		.expect("a valid response")
}

/// Fetch another agency's payload under this agency's grant: the request is signed here, the
/// provider found and authenticated from the chain, and the payload streamed through while
/// its hash is checked; a payload whose hash is not the signed one is cut off.
async fn fetch_payload(
	State(gateway): State<Arc<Gateway>>,
	Path(resource): Path<u64>,
) -> axum::response::Response {
	let head = gateway.chain.head();
	let peer = match provider_of(&gateway, resource, &head).await {
		Ok(peer) => peer,
		Err(response) => return response,
	};
	// Name the grant: the one held at this gateway's head, or else the last one used — so that
	// once it has ended the provider answers `grant-expired` rather than `no-grant`.
	let held = match gateway.chain.grant_of(resource, gateway.me, head.hash).await {
		Ok(held) => held.map(|(id, _)| id),
		Err(error) => {
			return inward_error(StatusCode::SERVICE_UNAVAILABLE, "stale-chain-view", error)
		},
	};
	let path = match held.or_else(|| receipts::last_grant(&gateway.db, resource).ok().flatten()) {
		Some(grant) => format!("/v1/payloads/{resource}?grant={grant}"),
		None => format!("/v1/payloads/{resource}"),
	};
	let exchange = match Exchange::send(&gateway, &peer, &path, &head).await {
		Ok(exchange) => exchange,
		Err(error) => return inward_error(StatusCode::BAD_GATEWAY, "provider-unreachable", error),
	};
	if exchange.status != 200 {
		let (status, body) = exchange.refusal(&gateway).await;
		return (status, body).into_response();
	}
	let grant: Option<u64> = exchange
		.answer
		.headers()
		.get(protocol::GRANT)
		.and_then(|value| value.to_str().ok())
		.and_then(|value| value.parse().ok());
	let Some(grant) = grant else {
		return inward_error(StatusCode::BAD_GATEWAY, "bad-response", "no grant named".into());
	};
	let expected = exchange.signed.response.body_hash;
	let mut record = exchange.record;
	record.grant = Some(grant);
	let kept = move |record: &Record, hash: [u8; 32], len: u64| {
		let leaf = Leaf {
			grant,
			request_signature: record.request_signature,
			payload_hash: hash,
			len,
			decided_at: record.signed.response.block_number,
		};
		vec![Write::Received { resource, leaf }]
	};
	http::Response::builder()
		.status(200)
		.header(protocol::GRANT, grant.to_string())
		.header(protocol::BODY_HASH, hex::encode(expected))
		.body(relay(gateway, exchange.answer.into_body(), record, expected, kept))
		.expect("a valid response")
}

/// Pass a provider's answer body on to the inward caller as it arrives, hashing it. At its
/// end, if the hash is `expected` (the signed one), make `kept`'s writes and the log entry
/// durable before the caller sees the end; if not, log the mismatch and cut the stream off
/// with an error, so that the caller cannot take a wrong body for a whole one.
fn relay(
	gateway: Arc<Gateway>,
	body: hyper::body::Incoming,
	record: Record,
	expected: [u8; 32],
	kept: impl Fn(&Record, [u8; 32], u64) -> Vec<Write> + Send + Sync + 'static,
) -> Body {
	let kept = Arc::new(kept);
	let state = (Blake2b::<U32>::new(), 0u64, body, Some(record));
	let stream = futures::stream::unfold(state, move |(mut hasher, mut len, mut body, record)| {
		let (gateway, kept) = (gateway.clone(), kept.clone());
		async move {
			let mut record = record?;
			loop {
				match body.frame().await {
					Some(Ok(frame)) => {
						let Ok(data) = frame.into_data() else { continue };
						hasher.update(&data);
						len += data.len() as u64;
						return Some((Ok(data), (hasher, len, body, Some(record))));
					},
					Some(Err(error)) => {
						let error =
							io::Error::other(format!("the provider's stream broke: {error}"));
						return Some((Err(error), (hasher, len, body, None)));
					},
					None => {
						let hash: [u8; 32] = hasher.clone().finalize().into();
						if hash != expected {
							tracing::warn!(provider = record.provider, path = %record.path, "body hash mismatch");
							record.mismatch = true;
							gateway.log(&record.entry(&gateway, Some(len))).await;
							let error = io::Error::other("the body is not the one signed for");
							return Some((Err(error), (hasher, len, body, None)));
						}
						let mut writes = kept(&record, hash, len);
						writes.push(log_write(&record.entry(&gateway, Some(len))));
						if let Err(error) = gateway.journal.write(writes).await {
							tracing::error!(%error, "keeping what was received");
						}
						gateway.metrics.requests.with_label_values(&["inward", "ok"]).inc();
						return None;
					},
				}
			}
		}
	});
	Body::from_stream(stream)
}

/// The gateway of the agency that owns `resource`, as the chain names it at `head`.
async fn provider_of(
	gateway: &Gateway,
	resource: u64,
	head: &Head,
) -> Result<Peer, axum::response::Response> {
	let unavailable =
		|error: String| inward_error(StatusCode::SERVICE_UNAVAILABLE, "stale-chain-view", error);
	let owner = gateway.chain.resource_owner(resource, head.hash).await.map_err(unavailable)?;
	let Some(owner) = owner else {
		return Err(inward_error(
			StatusCode::NOT_FOUND,
			"not-found",
			format!("no active resource {resource} at the finalized block #{}", head.finalized),
		));
	};
	let peer = gateway.chain.gateway_of(owner, head.hash).await.map_err(unavailable)?;
	peer.ok_or_else(|| {
		inward_error(
			StatusCode::BAD_GATEWAY,
			"no-gateway",
			format!("agency {owner} names no gateway on chain"),
		)
	})
}

/// A request sent to a peer and the signed answer's head.
pub struct Exchange {
	pub status: u16,
	pub signed: SignedResponse,
	pub answer: http::Response<hyper::body::Incoming>,
	pub record: Record,
}

/// What the consumer logs of an exchange.
pub struct Record {
	pub provider: u32,
	pub path: String,
	pub time_ms: u64,
	pub nonce: [u8; 16],
	pub request_signature: [u8; 64],
	pub signed: SignedResponse,
	pub refusal: Option<String>,
	pub grant: Option<u64>,
	pub mismatch: bool,
}

impl Record {
	fn entry(&self, gateway: &Gateway, len: Option<u64>) -> Entry {
		let request = Request {
			provider: self.provider,
			requester: gateway.me,
			method: "GET",
			path: &self.path,
			body_hash: protocol::empty_hash(),
			time_ms: self.time_ms,
			nonce: self.nonce,
		};
		let refusal =
			if self.mismatch { Some("payload-mismatch") } else { self.refusal.as_deref() };
		Entry::new(
			"consumer",
			now_ms(),
			&request,
			&gateway.account,
			&self.signed.response,
			&self.signed.signer,
			&self.signed.signature,
			refusal,
			self.grant,
			len,
		)
	}
}

impl Exchange {
	/// Sign a GET of `path` for `peer`, send it, and check the answer's signature: by an
	/// operator of the peer's agency at `head`.
	pub async fn send(
		gateway: &Gateway,
		peer: &Peer,
		path: &str,
		head: &Head,
	) -> Result<Self, String> {
		let mut nonce = [0u8; 16];
		rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut nonce);
		let time_ms = now_ms();
		let (headers, request_signature) = protocol::sign_request(
			&gateway.key,
			peer.agency,
			gateway.me,
			"GET",
			path,
			time_ms,
			nonce,
		);
		let answer = gateway.peers.get(peer, path, &headers).await?;
		let status = answer.status().as_u16();
		let signed = SignedResponse::read(answer.headers(), request_signature, status)
			.map_err(|error| format!("agency {}'s answer: {error}", peer.agency))?;
		let signer_agency = gateway.chain.operator_of(&signed.signer, head.hash).await?;
		if !signed.verifies() || signer_agency != Some(peer.agency) {
			return Err(format!(
				"agency {}'s answer is not signed by one of its operators",
				peer.agency
			));
		}
		let record = Record {
			provider: peer.agency,
			path: path.into(),
			time_ms,
			nonce,
			request_signature,
			signed: signed.clone(),
			refusal: None,
			grant: None,
			mismatch: false,
		};
		Ok(Self { status, signed, answer, record })
	}

	/// A refusal's status and body, passed on to the inward caller (and logged), after its
	/// body is checked against the signed hash.
	pub async fn refusal(self, gateway: &Gateway) -> (StatusCode, Bytes) {
		let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_GATEWAY);
		let mut record = self.record;
		let body = match self.answer.into_body().collect().await {
			Ok(body) => body.to_bytes(),
			Err(error) => {
				Bytes::from(format!("{{\"code\":\"bad-response\",\"message\":\"{error}\"}}"))
			},
		};
		if crate::protocol::blake2_256(&body) != self.signed.response.body_hash {
			record.mismatch = true;
		} else {
			record.refusal = serde_json::from_slice::<serde_json::Value>(&body)
				.ok()
				.and_then(|value| value["code"].as_str().map(Into::into));
		}
		gateway.log(&record.entry(gateway, None)).await;
		gateway.metrics.requests.with_label_values(&["inward", "refused"]).inc();
		(status, body)
	}
}

async fn health(State(gateway): State<Arc<Gateway>>) -> axum::response::Response {
	let head = gateway.chain.head();
	let age_secs = head.refreshed.elapsed().as_secs();
	let lag = head.best.saturating_sub(head.finalized);
	let fresh = lag <= gateway.limits.max_lag && age_secs <= gateway.limits.max_age_secs;
	let queued = receipts::queued_count(&gateway.db).unwrap_or(u64::MAX);
	let inflight = receipts::inflight(&gateway.db).map_or(usize::MAX, |all| all.len());
	let status = if fresh { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
	let body = serde_json::json!({
		"agency": gateway.me,
		"operator": sp_core::crypto::Ss58Codec::to_ss58check(&gateway.account),
		"finalized": head.finalized,
		"finalizedHash": format!("{:?}", head.hash),
		"best": head.best,
		"ageSecs": age_secs,
		"fresh": fresh,
		"receiptsQueued": queued,
		"receiptsInflight": inflight,
	});
	(status, Json(body)).into_response()
}

async fn metrics(State(gateway): State<Arc<Gateway>>) -> String {
	gateway.metrics.render()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_nonce_is_taken_once_per_agency_and_nothing_signed_before_the_start_passes() {
		let started = now_ms();
		let mut book = NonceBook::new(started);
		assert!(book.first_use(1, [7; 16], started + 5));
		assert!(!book.first_use(1, [7; 16], started + 5), "a replay");
		assert!(book.first_use(2, [7; 16], started + 5), "another agency's nonce is its own");
		// Signed before this gateway started: its nonce may have been used before a restart.
		assert!(!book.first_use(1, [8; 16], started - 1));
		// Nonces are forgotten only after the memory, well past the clock-skew window.
		let old = now_ms() - NONCE_MEMORY_MS - 1;
		book.seen.insert((3, [9; 16]), old);
		book.order.push_front((old, 3, [9; 16]));
		assert!(book.first_use(4, [1; 16], started + 6));
		assert!(!book.seen.contains_key(&(3, [9; 16])));
		assert!(book.seen.contains_key(&(1, [7; 16])));
	}
}
