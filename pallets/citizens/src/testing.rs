//! For other pallets' test runtimes: the agency registry and the citizens' registry, wired
//! the same way in each, so that their tests run against the real role, consent and
//! access-log checks.

/// Implement `pallet_agencies::Config` and `pallet_citizens::Config` for a mock runtime
/// (`$runtime`, with `RuntimeEvent` and the pallets named `Agencies` in scope): council =
/// root, up to 12 agencies of 4 operators, 4 attestations, consents and log entries per
/// citizen. The using crate needs both pallets as dev-dependencies.
#[macro_export]
macro_rules! impl_test_registries {
	($runtime:ty) => {
		impl pallet_agencies::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type CouncilOrigin = frame_system::EnsureRoot<u64>;
			type CouncilMembers = ();
			type MaxAgencies = frame_support::traits::ConstU32<12>;
			type MaxOperators = frame_support::traits::ConstU32<4>;
			type MaxNodesPerAgency = frame_support::traits::ConstU32<1>;
			type MaxNameLength = frame_support::traits::ConstU32<32>;
			type DefaultSessionLength = frame_support::traits::ConstU64<100>;
			type MinSessionLength = frame_support::traits::ConstU64<10>;
			type WeightInfo = ();
		}

		impl pallet_citizens::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Agencies = Agencies;
			type MaxAttestations = frame_support::traits::ConstU32<4>;
			type MaxConsents = frame_support::traits::ConstU32<4>;
			type MaxLogEntries = frame_support::traits::ConstU32<4>;
			type WeightInfo = ();
		}
	};
}
