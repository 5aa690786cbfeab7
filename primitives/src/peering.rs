//! The rule a Civitas node follows to apply the nodes the chain names
//! (`AgenciesApi::authorized_nodes`) to its network, apart from the network itself so that
//! it can be tested: the node (`node/src/peering.rs`) reads the chain, asks [`decide`] and
//! does what it says.
//!
//! A chain whose genesis names no node (the `dev` chain) is *open*: its node leaves the
//! network as the command line set it. Any other chain is *closed*: the node is restricted
//! before its first read of the chain, stays restricted (to no one) while the runtime cannot
//! be read, and never opens up again because a later block names no node — an empty list on
//! such a chain means "no one", not "everyone". An open chain, once any block names a node,
//! is restricted for good too.

use std::collections::HashSet;
use std::hash::Hash;

/// What the node last applied.
#[derive(Debug, PartialEq)]
pub enum Applied<P: Eq + Hash> {
	/// Nothing yet: the network is as the command line set it.
	Nothing,
	/// Open: the chain names no node and never did.
	Open,
	/// Restricted to these peers (possibly none).
	Only(HashSet<P>),
}

/// What to do with the network after a read of the chain.
#[derive(Debug, PartialEq)]
pub enum Decision<P: Eq + Hash> {
	/// Nothing changes.
	Keep,
	/// Leave the network open, as the command line set it (only an open chain, once).
	Open,
	/// Allow exactly these peers and refuse everyone else.
	Restrict(HashSet<P>),
}

/// What the node does at its start, before it reads anything but the genesis: a chain not
/// known to be open (its genesis names a node, or cannot be read) is restricted to no one.
pub fn at_start<P: Eq + Hash>(open_chain: bool) -> Decision<P> {
	if open_chain {
		Decision::Keep
	} else {
		Decision::Restrict(HashSet::new())
	}
}

/// Whether a chain is open: its genesis names no node. `None` (the genesis could not be
/// read) is not known to be open, so it is closed.
pub fn is_open<N>(genesis_nodes: Option<&[N]>) -> bool {
	matches!(genesis_nodes, Some(nodes) if nodes.is_empty())
}

/// The rule: `allowed` is what the chain names now (`None` if it could not be read),
/// `applied` what the node last applied.
pub fn decide<P: Eq + Hash>(
	open_chain: bool,
	applied: &Applied<P>,
	allowed: Option<HashSet<P>>,
) -> Decision<P> {
	let Some(peers) = allowed else { return Decision::Keep };
	if peers.is_empty() && open_chain && !matches!(applied, Applied::Only(_)) {
		return if *applied == Applied::Nothing { Decision::Open } else { Decision::Keep };
	}
	if matches!(applied, Applied::Only(current) if *current == peers) {
		return Decision::Keep;
	}
	Decision::Restrict(peers)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn set(peers: &[u8]) -> HashSet<u8> {
		peers.iter().copied().collect()
	}

	/// Read the chain (`allowed`) and apply what `decide` says, as the node does.
	fn step(applied: &mut Applied<u8>, open_chain: bool, allowed: Option<HashSet<u8>>) {
		let decision = decide(open_chain, applied, allowed);
		apply(applied, decision);
	}

	/// Apply `decision`, as the node does.
	fn apply(applied: &mut Applied<u8>, decision: Decision<u8>) {
		match decision {
			Decision::Keep => {},
			Decision::Open => *applied = Applied::Open,
			Decision::Restrict(peers) => *applied = Applied::Only(peers),
		}
	}

	#[test]
	fn a_closed_chain_is_restricted_before_its_first_read() {
		assert!(!is_open(Some(&[1u8][..])));
		assert_eq!(at_start::<u8>(false), Decision::Restrict(set(&[])));
		assert_eq!(at_start::<u8>(true), Decision::Keep);
	}

	#[test]
	fn a_genesis_that_cannot_be_read_is_closed() {
		assert!(!is_open::<u8>(None));
		assert!(is_open::<u8>(Some(&[])));
	}

	#[test]
	fn an_unreadable_runtime_keeps_a_closed_node_closed() {
		let mut applied = Applied::Nothing;
		apply(&mut applied, at_start(false));
		assert_eq!(decide(false, &applied, None), Decision::Keep);
		assert_eq!(applied, Applied::Only(set(&[])), "restricted to no one");
		// Later reads fail too: still no one.
		step(&mut applied, false, None);
		assert_eq!(applied, Applied::Only(set(&[])));
	}

	#[test]
	fn a_chain_that_named_nodes_never_opens_when_it_names_none() {
		let mut applied = Applied::Nothing;
		apply(&mut applied, at_start(false));
		step(&mut applied, false, Some(set(&[1, 2])));
		assert_eq!(applied, Applied::Only(set(&[1, 2])));
		step(&mut applied, false, Some(set(&[])));
		assert_eq!(applied, Applied::Only(set(&[])), "an empty list means no one");
	}

	#[test]
	fn an_open_chain_opens_once_and_closes_for_good_once_it_names_a_node() {
		let mut applied = Applied::Nothing;
		apply(&mut applied, at_start(true));
		assert_eq!(decide(true, &applied, Some(set(&[]))), Decision::Open);
		step(&mut applied, true, Some(set(&[])));
		assert_eq!(applied, Applied::Open);
		assert_eq!(decide(true, &applied, Some(set(&[]))), Decision::Keep);
		step(&mut applied, true, Some(set(&[7])));
		assert_eq!(applied, Applied::Only(set(&[7])));
		step(&mut applied, true, Some(set(&[])));
		assert_eq!(applied, Applied::Only(set(&[])), "named once, closed for good");
	}

	#[test]
	fn the_same_set_changes_nothing() {
		let applied = Applied::Only(set(&[1, 2]));
		assert_eq!(decide(false, &applied, Some(set(&[2, 1]))), Decision::Keep);
		assert_eq!(decide(false, &applied, Some(set(&[1]))), Decision::Restrict(set(&[1])));
	}
}
