//! civitas-node: the authority node each Civitas agency runs.

// The node's functions return Substrate's own error types (`sc_cli::Error`,
// `sc_service::Error`), as the CLI and service builders they call do; they are large, and
// boxing them at every call would buy nothing on a path taken once per start.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod equivocation;
mod peering;
mod rpc;
mod service;

/// jemalloc instead of glibc's malloc: under sustained load glibc kept a node's resident
/// memory near twice what it uses (an arena per thread, freed memory not returned).
/// BENCHMARKS.md has the figures.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's settings (read at its start; `_RJEM_MALLOC_CONF` in the environment adds to
/// them): a background thread hands memory freed a second ago back to the system, instead of
/// keeping it ten seconds, and two arenas instead of four per core hold less memory idle.
#[export_name = "_rjem_malloc_conf"]
static MALLOC_CONF: &[u8; 70] =
	b"background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:2\0";

fn main() -> sc_cli::Result<()> {
	command::run()
}
