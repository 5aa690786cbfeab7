#!/usr/bin/env bash
# Stall: four authorities on loopback take 600 signed calls a second (health anchors and
# transfers in turn); two minutes in, nodes 2 and 3 are SIGKILLed, so the two left author
# blocks that nothing finalizes, and --stall-minutes later both are restarted. Until a block
# is final every node keeps the state it wrote in memory: reports the two nodes' heap
# (RssAnon) before, through and after the stall, the blocks authored while nothing was final,
# how long finality takes to move again, and accepted extrinsics lost; past 32 blocks not yet
# final the authors take 64 transactions a block, so it reports the heap's growth per block
# before and after, and puts a council motion through the backlog (three admins' votes). Writes
# the figures into RESILIENCE.md ("A stall under load"). Not part of scripts/test.sh.
#
#   scripts/stall.sh [--minutes 12] [--rate 600] [--stall-minutes 8] [--memory-limit-mib 1024]
#                    [--no-write]
#
# The run's files go to $RESILIENCE_DIR (default /tmp/civitas-resilience). The orchestration is
# clients/bench/resilience.mjs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

run_resilience stall "$@"
