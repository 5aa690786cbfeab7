#!/usr/bin/env bash
# Back up a stopped node, and restore it.
#
#   scripts/node-backup.sh backup  <base-path> <archive.tar.gz>
#   scripts/node-backup.sh restore <archive.tar.gz> <base-path>
#
# A backup is the node's whole base path: its database (the chain it has imported), its
# keystore (an authority node's session keys) and, unless the node takes its key from
# --node-key-file, its network key (its peer id, which the council names on chain). Restored
# on the same or another machine and started with the same flags, the node is the same node:
# it catches up from its peers the blocks made since the backup, and authors and votes again.
#
# - The node must be stopped: a database copied while the node writes it is not a backup.
#   `backup` refuses while any process holds a file under the base path.
# - The archive holds secret keys: keep it as you keep the keys (encrypted, offline).
# - Never start two copies of one authority node: two nodes signing with the same GRANDPA key
#   vote twice, which is equivocation. Restore in place of the node, not beside it.
# - `restore` writes only into an absent or empty directory.
#
# docs/operations.md ("Back up and restore a node") gives the whole recipe;
# clients/e2e/operations.test.mjs runs it on a 3-node network.
set -euo pipefail

die() {
	echo "node-backup: $*" >&2
	exit 1
}

# Whether a process holds an open file (or its working directory) under directory $1.
in_use() {
	local dir link
	dir="$(realpath "$1")"
	for link in /proc/[0-9]*/fd/* /proc/[0-9]*/cwd; do
		case "$(readlink "$link" 2>/dev/null)" in
			"$dir" | "$dir"/*) return 0 ;;
		esac
	done
	return 1
}

case "${1:-}" in
	backup)
		[[ $# -eq 3 ]] || die "usage: $0 backup <base-path> <archive.tar.gz>"
		base="$2" archive="$3"
		[[ -d "$base" ]] || die "$base is not a directory"
		[[ -n "$(ls -A "$base")" ]] || die "$base is empty: nothing to back up"
		! in_use "$base" || die "$base is in use by a running process: stop the node first"
		[[ ! -e "$archive" ]] || die "$archive exists: choose a new name"
		# Written beside its final name and moved there whole, so an interrupted backup never
		# looks like a good one.
		tar -C "$base" -czf "$archive.partial" .
		tar -tzf "$archive.partial" >/dev/null || die "the archive does not read back"
		mv "$archive.partial" "$archive"
		echo "node-backup: $base -> $archive ($(du -h "$archive" | cut -f1))"
		;;
	restore)
		[[ $# -eq 3 ]] || die "usage: $0 restore <archive.tar.gz> <base-path>"
		archive="$2" base="$3"
		[[ -f "$archive" ]] || die "$archive is not a file"
		if [[ -e "$base" ]]; then
			[[ -d "$base" && -z "$(ls -A "$base")" ]] || die "$base is not empty: restore into a new directory"
		fi
		mkdir -p "$base"
		tar -C "$base" -xzf "$archive"
		echo "node-backup: $archive -> $base"
		;;
	*)
		die "usage: $0 backup <base-path> <archive.tar.gz> | restore <archive.tar.gz> <base-path>"
		;;
esac
