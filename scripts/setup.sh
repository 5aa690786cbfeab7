#!/usr/bin/env bash
# Install what a fresh machine lacks to build and test Civitas. Idempotent, and quiet when
# everything is already there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

missing_packages=()
command -v protoc >/dev/null 2>&1 || missing_packages+=(protobuf-compiler)
command -v cc >/dev/null 2>&1 || missing_packages+=(build-essential)
command -v git >/dev/null 2>&1 || missing_packages+=(git)
command -v python3 >/dev/null 2>&1 || missing_packages+=(python3)
command -v node >/dev/null 2>&1 || missing_packages+=(nodejs npm)
# The portal's browser tests drive Debian's Chromium (Playwright's own browser download is not
# reachable from these machines); a CJK font draws its Chinese pages and screenshots.
command -v chromium >/dev/null 2>&1 || missing_packages+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || missing_packages+=(fonts-wqy-microhei)

if [ ${#missing_packages[@]} -gt 0 ]; then
	log "installing ${missing_packages[*]}"
	sudo_cmd=""
	[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
	export DEBIAN_FRONTEND=noninteractive
	$sudo_cmd apt-get update -qq
	$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
fi

if ! command -v rustup >/dev/null 2>&1; then
	log "rustup is missing: install it (https://rustup.rs) and run this again"
	exit 1
fi

# rust-toolchain.toml pins the toolchain; make sure it, its wasm targets and rust-src are in.
cd "$CIVITAS_ROOT"
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
if ! rustup toolchain list | grep -q "^$toolchain"; then
	log "installing Rust $toolchain"
	rustup toolchain install "$toolchain" --profile minimal >/dev/null
fi
installed_targets="$(rustup target list --installed --toolchain "$toolchain")"
for target in wasm32-unknown-unknown wasm32v1-none; do
	if ! grep -qx "$target" <<<"$installed_targets"; then
		log "adding Rust target $target"
		rustup target add "$target" --toolchain "$toolchain" >/dev/null
	fi
done
installed_components="$(rustup component list --installed --toolchain "$toolchain")"
for component in rust-src clippy rustfmt; do
	if ! grep -q "^$component" <<<"$installed_components"; then
		log "adding $component"
		rustup component add "$component" --toolchain "$toolchain" >/dev/null
	fi
done
