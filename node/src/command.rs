//! Dispatch of the command line: run the node, or one of the maintenance subcommands.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use civitas_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_network::config::NetworkBackendType;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Civitas Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"the Civitas issue tracker (see README.md)".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// The transaction pool holds this many ready transactions (Substrate's default: 8,192): at
/// 2,000 calls a second a 3 s block takes 6,000, and the pool must hold the next blocks'
/// worth while one is built, plus room for bursts.
const POOL_LIMIT: usize = 32_768;
/// ... and at most this many KiB of them (default 20 MiB): 32,768 transactions of 2 KiB.
const POOL_KBYTES: usize = 65_536;
/// The state cache (Substrate's default: 1 GiB, which a node under load fills). A Civitas
/// node's hot state — accounts, agencies, the records being written — fits in far less:
/// with 16 MiB a dev node takes health anchors as fast as with 1 GiB and stays under 300 MiB
/// resident. BENCHMARKS.md has the figures.
const TRIE_CACHE_BYTES: usize = 16 * 1024 * 1024;

/// Civitas' defaults where Substrate's generic ones do not fit an agency node; a flag given
/// on the command line always wins. The pool is the single-state one: under sustained load
/// the fork-aware pool (Substrate's default, made for chains with many forks) silently
/// dropped a few percent of the transactions it had accepted; a chain with one author per
/// slot and fast finality has few forks to track (BENCHMARKS.md).
fn apply_defaults(cli: &mut Cli) {
	let given = |flag: &str| {
		std::env::args().any(|arg| arg == flag || arg.starts_with(&format!("{flag}=")))
	};
	if !given("--pool-limit") {
		cli.run.pool_config.pool_limit = POOL_LIMIT;
	}
	if !given("--pool-kbytes") {
		cli.run.pool_config.pool_kbytes = POOL_KBYTES;
	}
	if !given("--pool-type") {
		cli.run.pool_config.pool_type = sc_cli::TransactionPoolType::SingleState;
	}
	if !given("--trie-cache-size") {
		cli.run.import_params.trie_cache_size = TRIE_CACHE_BYTES;
	}
}

/// Every address the node will listen on (civitas_node::ports says why they are checked):
/// its peer-to-peer addresses, its JSON-RPC server (the IPv6 loopback one is optional: a
/// machine without IPv6 goes without it) and its Prometheus exporter.
fn listening(config: &sc_service::Configuration) -> Vec<civitas_node::ports::Wanted> {
	use civitas_node::ports::{tcp_address, Wanted};
	let peer_to_peer = config.network.listen_addresses.iter().filter_map(tcp_address);
	let rpc = config.rpc.addr.iter().flatten().filter(|endpoint| !endpoint.is_optional);
	peer_to_peer
		.map(|address| Wanted { address, flag: "--port / --listen-addr" })
		.chain(rpc.map(|endpoint| Wanted { address: endpoint.listen_addr, flag: "--rpc-port" }))
		.chain(
			config
				.prometheus_config
				.iter()
				.map(|prometheus| Wanted { address: prometheus.port, flag: "--prometheus-port" }),
		)
		.collect()
}

/// The JSON-RPC server listens where it is told or the node stops: Substrate's own servers
/// take a random port when theirs is in use (between the check and the start, here).
fn hold_to_rpc_port(config: &mut sc_service::Configuration) {
	for endpoint in config.rpc.addr.iter_mut().flatten() {
		endpoint.retry_random_port = false;
	}
}

/// Parse the command line and run what it asks for.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	apply_defaults(&mut cli);

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				// GRANDPA keeps its own view of the authority set; revert it with the blocks.
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
						config.chain_spec,
					)),
				// Per-block and per-extrinsic base weights (a block of `system.remark`s,
				// signed the way any client signs: the builder reads the metadata).
				BenchmarkCmd::Overhead(cmd) => {
					cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
				},
				// The database's read and write cost, on the node's own ParityDB.
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_cache)
				},
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
				},
				_ => Err("civitas-node runs `benchmark pallet`, `overhead`, `storage` and \
					`machine`; the block and extrinsic benchmarks are not wired in"
					.into()),
			})
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|mut config| async move {
				civitas_node::ports::check(&listening(&config)).map_err(sc_cli::Error::Input)?;
				hold_to_rpc_port(&mut config);
				match config.network.network_backend {
					NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							Block,
							<Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config)
					.map_err(sc_cli::Error::Service),
					NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config)
							.map_err(sc_cli::Error::Service)
					},
				}
			})
		},
	}
}
