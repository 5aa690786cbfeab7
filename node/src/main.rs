//! civitas-node: the authority node each Civitas agency runs.

mod chain_spec;
mod cli;
mod command;
mod peering;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
