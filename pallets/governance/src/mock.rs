//! A runtime with frame-system and pallet-governance. The council is stood in for by one
//! account (`COUNCIL`); the allow-list names `system.authorizeUpgrade` (as the runtime's
//! does) and `system.applyAuthorizedUpgrade`, whose refusal when nothing is authorized shows
//! an enacted call's failure passing through.

use crate as pallet_governance;
use frame_support::{derive_impl, ord_parameter_types, traits::Contains};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Governance: pallet_governance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The account that stands for the council's two thirds.
pub const COUNCIL: u64 = 1;
/// Anyone else.
pub const STRANGER: u64 = 2;

ord_parameter_types! {
	pub const Council: u64 = COUNCIL;
}

/// The mock's allow-list.
pub struct Enactable;

impl Contains<RuntimeCall> for Enactable {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(
				frame_system::Call::authorize_upgrade { .. }
					| frame_system::Call::apply_authorized_upgrade { .. }
			)
		)
	}
}

impl pallet_governance::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type EnactOrigin = EnsureSignedBy<Council, u64>;
	type Enactable = Enactable;
	type WeightInfo = ();
}

/// Externalities at block 1 (events are kept from block 1 on).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.expect("the system genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
