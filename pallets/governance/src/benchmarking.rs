//! Benchmark of pallet-governance (FRAME benchmarking v2): `enact` of a call on the
//! allow-list (`system.authorizeUpgrade`, which every Civitas runtime lists), through the
//! runtime's real `EnactOrigin`. The enacted call's own weight is added on top of this one
//! when the call is charged, so the figure counts it twice — a small, safe excess.

use super::*;
use alloc::boxed::Box;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn enact() -> Result<(), BenchmarkError> {
		let origin =
			T::EnactOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let code_hash = T::Hash::default();
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::authorize_upgrade { code_hash }.into();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		assert!(frame_system::Pallet::<T>::authorized_upgrade().is_some());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
