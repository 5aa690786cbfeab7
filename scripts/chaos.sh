#!/usr/bin/env bash
# Chaos under load: four authorities on loopback take 400 signed calls a second (health anchors
# and transfers in turn) for 10 minutes while a random node is SIGKILLed every 60-90 s and
# restarted 20 s later. Reports accepted extrinsics lost (must be 0), the longest finality gap,
# each restarted node's catch-up, and whether all four end on one finalized chain; writes the
# figures into RESILIENCE.md. Not part of scripts/test.sh: it takes 15 minutes and the machine.
#
#   scripts/chaos.sh [--minutes 10] [--rate 400] [--every 60-90] [--down 20] [--no-write]
#
# The run's files (the report as JSON, the nodes' and the generator's logs) go to
# $RESILIENCE_DIR (default /tmp/civitas-resilience). The orchestration is
# clients/bench/resilience.mjs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

run_resilience chaos "$@"
