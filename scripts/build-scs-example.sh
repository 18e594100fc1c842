#!/usr/bin/env bash
# Rebuilds the imported files of examples/scs from ../shared/data with upkeep's own importers.
# Hand-written files (upkeep.yaml entries, policy.yaml, commitments.yaml, products/ovs.yaml, products/ovn.yaml,
# products/ceph.history.yaml, pins added by hand) are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${UPKEEP_DATA:-../shared/data}
ws=${UPKEEP_EXAMPLE_DIR:-examples/scs}
up() { node dist/bundle/bin.js "$@"; }

for p in ubuntu kubernetes mariadb redis postgresql nginx traefik zookeeper keycloak memcached hashicorp-vault ansible ansible-core docker-engine rabbitmq; do
  up import endoflife "$data/endoflife/products/$p.md" --history "$data/endoflife/history/$p.jsonl" -w "$ws"
done
up import openstack-series "$data/openstack/series_status.yaml" --history "$data/openstack/series_status.history.jsonl" -w "$ws"
up import ceph-releases "$data/ceph/releases.yml" -w "$ws"

# SCS R3 = OSISM 4.0.0 (2022-09-21), R4 = OSISM 5.0.0 (2023-03-22, planned end 2023-11-05),
# R4.1 = OSISM 5.1.0 (a point release of R4, same planned end).
up import osism "$data/osism-release/4.0.0" -w "$ws" --release-id R3 --date 2022-09-21 --end 2023-05-05
up import osism "$data/osism-release/5.0.0" -w "$ws" --release-id R4 --date 2023-03-22 --end 2023-11-05
up import osism "$data/osism-release/5.1.0" -w "$ws" --release-id R4.1 --date 2023-04-18 --end 2023-11-05

# Made-up evidence for Ceph 16.2.11 vs 17.2.5 (evidence/README.md) and its manifest evidence.yaml.
node scripts/make-scs-evidence.mjs "$ws"
