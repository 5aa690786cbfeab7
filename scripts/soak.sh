#!/usr/bin/env bash
# Soak: four authorities on loopback take 600 signed calls a second (health anchors and
# transfers in turn) for 60 minutes; every node's resident memory and database size are
# sampled each minute. Reports the RSS growth over the last 20 minutes (the goal: under 5 % of
# the node's RSS), the database bytes per million extrinsics, and plots the RSS curves into
# docs/resilience/soak-rss.svg. Then, with the load going on, one node's database is deleted
# and it syncs the soak's chain from nothing, by full sync and then by warp sync: the time
# each takes to reach the head. Writes the figures into RESILIENCE.md. Not part of
# scripts/test.sh.
#
#   scripts/soak.sh [--minutes 60] [--rate 600] [--sample 60] [--no-write]
#                   [--memory-limit-mib 1024] [--trie-cache-mib 16]
#
# --memory-limit-mib runs each node in a memory cgroup of its own (root only), as an operator
# should run a node (docs/operations.md, "A node's memory"); RESILIENCE.md's figures used 1024.
#
# The run's files (the report as JSON, the nodes' and the generator's logs) go to
# $RESILIENCE_DIR (default /tmp/civitas-resilience). The orchestration is
# clients/bench/resilience.mjs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

run_resilience soak "$@"
