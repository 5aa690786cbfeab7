//! Tests of pallet-agencies, one file per feature.

mod addresses;
mod admin;
mod free_work;
mod gateway;
mod genesis;
mod invariants;
mod motions;
mod nodes;
mod offences;
mod operators;
mod register;
#[cfg(feature = "upgrade-rehearsal")]
mod rehearsal;
mod roles;
mod session;
mod session_length;
mod status;

use crate::{mock::*, Event};

/// The last event the pallet deposited.
pub(crate) fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Agencies(event) => Some(event),
			_ => None,
		})
		.expect("an agencies event was deposited")
}
