fn main() {
	#[cfg(feature = "std")]
	{
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
		// The upgrade rehearsal's runtime (the `upgrade-rehearsal` feature), built beside the
		// production one only when asked for: `scripts/common.sh` sets CIVITAS_REHEARSAL_WASM for
		// the upgrade e2e test. Its wasm is
		// `$CARGO_TARGET_DIR/release/wbuild/civitas-runtime/civitas_runtime_rehearsal.compact.compressed.wasm`.
		println!("cargo:rerun-if-env-changed=CIVITAS_REHEARSAL_WASM");
		if std::env::var_os("CIVITAS_REHEARSAL_WASM").is_some() {
			substrate_wasm_builder::WasmBuilder::init_with_defaults()
				.enable_feature("upgrade-rehearsal")
				.set_file_name("civitas_runtime_rehearsal")
				.build();
		}
	}
}
