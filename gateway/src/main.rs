//! `civitas-gateway`: an agency's exchange server (docs/gateway.md).

use civitas_gateway::{
	chain::Chain,
	config::Config,
	evidence::Entry,
	metrics::Metrics,
	peer::Peers,
	receipts::Journal,
	service::{self, Gateway, NonceBook},
	store::Store,
	tasks, tls,
};
use clap::{Parser, Subcommand};
use hyper_util::rt::{TokioExecutor, TokioIo};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use std::{
	io::BufRead,
	path::{Path, PathBuf},
	sync::{Arc, Mutex},
};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

#[derive(Parser)]
#[command(
	name = "civitas-gateway",
	version,
	about = "An agency's exchange gateway: serves data to other agencies' gateways only under \
	         what the chain has finalized, with both sides' receipts on chain."
)]
struct Cli {
	/// How log lines are written to stderr: `text` for a person, `json` (one object per line,
	/// with a timestamp, level, message and fields) for a log shipper. RUST_LOG filters them
	/// (default `info`).
	#[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
	log_format: LogFormat,
	#[command(subcommand)]
	command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
	Text,
	Json,
}

#[derive(Subcommand)]
enum Command {
	/// Run the gateway (its faces, its chain follower and its receipts).
	Run {
		/// The TOML configuration (see gateway/gateway.example.toml).
		#[arg(long)]
		config: PathBuf,
	},
	/// Print the gateway's TLS public key, hex, creating its TLS identity if it has none: the
	/// `tlsKey` its agency's admin names with `agencies.setGateway`.
	TlsKey {
		#[arg(long)]
		config: PathBuf,
	},
	/// Measure: fetch URL (a gateway's inward `/v1/fetch/payloads/{resource}`) REQUESTS
	/// times over CONCURRENCY kept-alive connections; print the rate, latencies and throughput
	/// as JSON (scripts/bench-gateway.sh).
	BenchFetch {
		url: String,
		#[arg(long, default_value_t = 1000)]
		requests: usize,
		#[arg(long, default_value_t = 16)]
		concurrency: usize,
	},
	/// Check an exported message log (JSON lines, from the inward `GET /v1/log`): every
	/// entry's signatures, and, at the block each names, that each signer was an operator of
	/// its agency, that each payload was served under a grant that held, and that each health
	/// document served to another agency was read on chain (its `RecordAccessed` or
	/// `EmergencyAccessed`, in the block the request named, within the access window).
	VerifyLog {
		/// A node's JSON-RPC WebSocket; it must still hold the state of the entries' blocks
		/// (an archive node for old entries).
		#[arg(long)]
		node: String,
		/// How many blocks before a document's serving its access on chain may be (the
		/// providers' `limits.access_window`).
		#[arg(long, default_value_t = 100)]
		access_window: u32,
		/// The exported log.
		file: PathBuf,
	},
}

fn identity(data_dir: &Path) -> Result<tls::Identity, String> {
	let path = data_dir.join("tls-key.pk8");
	if let Ok(pkcs8) = std::fs::read(&path) {
		return tls::Identity::from_pkcs8(&pkcs8);
	}
	std::fs::create_dir_all(data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
	let identity = tls::Identity::generate()?;
	std::fs::write(&path, &identity.private_key)
		.map_err(|e| format!("writing {}: {e}", path.display()))?;
	#[cfg(unix)]
	{
		use std::os::unix::fs::PermissionsExt;
		let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
	}
	Ok(identity)
}

fn operator_key(path: &Path) -> Result<sr25519::Pair, String> {
	let secret = std::fs::read_to_string(path)
		.map_err(|error| format!("reading the operator key {}: {error}", path.display()))?;
	sr25519::Pair::from_string(secret.trim(), None)
		.map_err(|error| format!("the operator key {}: {error:?}", path.display()))
}

async fn run(config: Config) -> Result<(), String> {
	let key = operator_key(&config.operator_key_file)?;
	let account = sp_runtime::AccountId32::from(key.public());
	let chain = Arc::new(Chain::connect(&config.node, config.agency).await?);
	let head = chain.head();
	match chain.operator_of(&account, head.hash).await? {
		Some(agency) if agency == config.agency => {},
		_ => {
			return Err(format!(
				"{} is not an operator of agency {} at the finalized block #{}",
				account.to_ss58check(),
				config.agency,
				head.finalized
			))
		},
	}
	if !chain.account_exists(&account, head.hash).await? {
		return Err(format!(
			"{} does not exist on chain at the finalized block #{}: it must hold the existential \
			 deposit to sign, even the agency's free calls (the admin transfers it)",
			account.to_ss58check(),
			head.finalized
		));
	}
	let identity = identity(&config.data_dir)?;
	match chain.gateway_of(config.agency, head.hash).await? {
		Some(named) if named.tls_key == identity.public_key => {},
		named => tracing::warn!(
			named = ?named,
			tls_key = %hex::encode(identity.public_key),
			"the chain does not (yet) name this gateway's TLS key for its agency: other gateways will not accept it"
		),
	}
	let store = Store::open(&config.data_dir, &config.blob_dir())?;
	let db = store.database();
	let journal = Journal::start(db.clone())?;
	let gateway = Arc::new(Gateway {
		me: config.agency,
		chain,
		key,
		account,
		store,
		db,
		journal,
		limits: (&config.limits).into(),
		nonces: Mutex::new(NonceBook::new(service::now_ms())),
		metrics: Metrics::new(),
		peers: Peers::default(),
		config: config.clone(),
	});
	tokio::spawn(tasks::follow(gateway.clone()));
	tokio::spawn(tasks::submit(gateway.clone()));
	tokio::spawn(tasks::check(gateway.clone()));

	let inward = TcpListener::bind(config.inward)
		.await
		.map_err(|error| format!("the inward face {}: {error}", config.inward))?;
	let inward_app = service::inward(gateway.clone());
	tokio::spawn(async move {
		// No Nagle delay: a body's last small frame goes out at once, not after the
		// caller's delayed ACK (40 ms a fetch otherwise).
		if let Err(error) = axum::serve(inward, inward_app).tcp_nodelay(true).await {
			tracing::error!(%error, "the inward face stopped");
		}
	});

	let outward = TcpListener::bind(config.outward)
		.await
		.map_err(|error| format!("the outward face {}: {error}", config.outward))?;
	let acceptor = TlsAcceptor::from(Arc::new(identity.server_config()?));
	let outward_app = service::outward(gateway.clone());
	tracing::info!(
		agency = config.agency,
		operator = %gateway.account.to_ss58check(),
		outward = %config.outward,
		inward = %config.inward,
		tls_key = %hex::encode(identity.public_key),
		"civitas-gateway running"
	);
	loop {
		let (tcp, from) = match outward.accept().await {
			Ok(accepted) => accepted,
			Err(error) => {
				tracing::warn!(%error, "accepting a connection");
				continue;
			},
		};
		let _ = tcp.set_nodelay(true);
		let (acceptor, app) = (acceptor.clone(), outward_app.clone());
		tokio::spawn(async move {
			let tls = match acceptor.accept(tcp).await {
				Ok(tls) => tls,
				Err(error) => {
					tracing::debug!(%from, %error, "TLS handshake failed");
					return;
				},
			};
			let service = hyper_util::service::TowerToHyperService::new(app);
			let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
				.serve_connection(TokioIo::new(tls), service)
				.await;
		});
	}
}

/// The outcome of `verify-log`.
#[derive(serde::Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Verdict {
	entries: usize,
	verified: usize,
	failures: Vec<serde_json::Value>,
}

async fn verify_log(node: &str, file: &Path, access_window: u32) -> Result<Verdict, String> {
	let chain = Chain::connect(node, 0).await?;
	let text = std::fs::File::open(file).map_err(|e| format!("{}: {e}", file.display()))?;
	let mut verdict = Verdict::default();
	for (index, line) in std::io::BufReader::new(text).lines().enumerate() {
		let line = line.map_err(|e| e.to_string())?;
		if line.trim().is_empty() {
			continue;
		}
		verdict.entries += 1;
		let outcome = async {
			let entry: Entry =
				serde_json::from_str(&line).map_err(|e| format!("not an entry: {e}"))?;
			entry.signatures_verify()?;
			// A request that could not be read has no signer to check.
			if entry.refusal.as_deref() == Some("bad-request") {
				return Ok(());
			}
			let at: sp_core::H256 = entry.block_hash.parse().map_err(|_| "a bad block hash")?;
			if chain.node.hash_of(entry.block_number).await? != at {
				return Err(format!(
					"block #{} is not {} on this chain",
					entry.block_number, entry.block_hash
				));
			}
			let operator = |who: &str| {
				sp_runtime::AccountId32::from_ss58check(who).map_err(|_| "SS58".to_string())
			};
			if chain.operator_of(&operator(&entry.response_signer)?, at).await?
				!= Some(entry.provider)
			{
				return Err("the response's signer was no operator of the provider".into());
			}
			// A refused request's signer may be anyone (that may be why it was refused).
			if entry.status == 200
				&& chain.operator_of(&operator(&entry.request_signer)?, at).await?
					!= Some(entry.requester)
			{
				return Err("the request's signer was no operator of the requester".into());
			}
			let document = civitas_gateway::evidence::document_request(&entry.path);
			if let (200, Some(document)) = (entry.status, document) {
				let (record, access) = document?;
				let facts = chain.record(record, at).await?.ok_or("no such health record")?;
				if facts.issuer != entry.provider || facts.erased {
					return Err(format!(
						"record {record} was not a live record of the provider at that block"
					));
				}
				// The issuer reads its own documents without an access on chain.
				if entry.requester != entry.provider {
					let block =
						access.ok_or("a document served to another agency names no access")?;
					if block > entry.block_number || entry.block_number - block > access_window {
						return Err(format!(
							"the access named, block #{block}, is not within {access_window} \
							 blocks before #{}",
							entry.block_number
						));
					}
					if !chain.accessed_in(record, entry.requester, block).await? {
						return Err(format!(
							"block #{block} holds no access of agency {} to record {record}",
							entry.requester
						));
					}
				}
			}
			if let (200, Some(grant)) = (entry.status, entry.grant) {
				let record = chain.grant(grant, at).await?.ok_or("no such grant")?;
				if record.consumer != entry.requester
					|| record.provider != entry.provider
					|| record.status != pallet_catalog::GrantStatus::Active
				{
					return Err(format!(
						"grant {grant} did not hold for the requester at that block"
					));
				}
			}
			Ok::<_, String>(())
		}
		.await;
		match outcome {
			Ok(()) => verdict.verified += 1,
			Err(error) => {
				verdict.failures.push(serde_json::json!({ "line": index + 1, "error": error }))
			},
		}
	}
	Ok(verdict)
}

#[tokio::main]
async fn main() {
	let cli = Cli::parse();
	let filter = || {
		tracing_subscriber::EnvFilter::try_from_default_env()
			.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"))
	};
	match cli.log_format {
		LogFormat::Text => tracing_subscriber::fmt()
			.with_env_filter(filter())
			.with_writer(std::io::stderr)
			.with_target(false)
			.init(),
		LogFormat::Json => {
			use tracing_subscriber::{layer::SubscriberExt, util::SubscriberInitExt};
			tracing_subscriber::registry()
				.with(filter())
				.with(civitas_gateway::logging::JsonLines::new(std::io::stderr))
				.init()
		},
	}
	let outcome = match cli.command {
		Command::Run { config } => match Config::load(&config) {
			Ok(config) => run(config).await,
			Err(error) => Err(error),
		},
		Command::TlsKey { config } => Config::load(&config)
			.and_then(|config| identity(&config.data_dir))
			.map(|identity| println!("0x{}", hex::encode(identity.public_key))),
		Command::BenchFetch { url, requests, concurrency } => {
			civitas_gateway::bench::fetch(&url, requests, concurrency)
				.await
				.map(|report| println!("{}", serde_json::to_string(&report).expect("serializes")))
		},
		Command::VerifyLog { node, access_window, file } => {
			match verify_log(&node, &file, access_window).await {
				Ok(verdict) => {
					println!("{}", serde_json::to_string_pretty(&verdict).expect("serializes"));
					if verdict.failures.is_empty() {
						Ok(())
					} else {
						Err(format!(
							"{} of {} entries failed",
							verdict.failures.len(),
							verdict.entries
						))
					}
				},
				Err(error) => Err(error),
			}
		},
	};
	if let Err(error) = outcome {
		eprintln!("civitas-gateway: {error}");
		std::process::exit(1);
	}
}
