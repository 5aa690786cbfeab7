//! The pallets `civitas-node benchmark pallet` can measure (built with the
//! `runtime-benchmarks` feature only). `scripts/bench-weights.sh` runs them and writes the
//! weights.rs files the runtime uses.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_sudo, Sudo]
	[pallet_agencies, Agencies]
	[pallet_citizens, Citizens]
	[pallet_health, Health]
	[pallet_property, Property]
	[pallet_parking, Parking]
	[pallet_catalog, Catalog]
	[pallet_governance, Governance]
);

impl frame_system_benchmarking::Config for crate::Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
impl frame_benchmarking::baseline::Config for crate::Runtime {}
